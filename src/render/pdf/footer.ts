/**
 * The running footer, drawn by Chromium in the bottom margin of every page
 * (puppeteer's displayHeaderFooter). The template is a separate little
 * document: it sees none of the page's styles, so it names its font itself
 * (an IPAex font, so that its glyphs are embedded as TrueType like the body's).
 */
import { escapeHtml } from '../inline-html.js';
import { displayWidth, graphemes } from '../text-wrap.js';
import { PAPER_SPECS, type Paper } from './paper.js';

export interface PdfFooter {
  /**
   * Plain texts (escaped here) at the left, centre and right of the footer.
   * `{page}` and `{pages}` stand for the page number and the page count.
   * Default: nothing at the left and centre, `{page} / {pages}` at the right.
   */
  left?: string;
  center?: string;
  right?: string;
  /** CSS font-family list; default IPAexGothic. */
  fontFamily?: string;
  /** CSS font size; default 7.5pt. */
  fontSize?: string;
  /** CSS colour; default a dark grey. */
  color?: string;
}

export const FOOTER_FONT = '"IPAexGothic", "IPAexゴシック"';

const PAGE_TOKENS = /\{(page|pages)\}/g;

function part(text: string): string {
  return escapeHtml(text).replace(PAGE_TOKENS, (_, token: string) =>
    token === 'page' ? '<span class="pageNumber"></span>' : '<span class="totalPages"></span>',
  );
}

/** The footer's font size, in points, and the gap between its three parts, in millimetres. */
export const FOOTER_FONT_SIZE = 7.5;
export const FOOTER_GAP = 4;
/** Lines the left part may take: two fit in the bottom margin of every paper, above the footer's own 6 mm. */
export const FOOTER_LINES = 2;

/** The footerTemplate for a footer; `margin` is the page's left and right margin in millimetres. */
export function footerTemplate(footer: PdfFooter, margin: { left: number; right: number }): string {
  const font = footer.fontFamily ?? FOOTER_FONT;
  const size = footer.fontSize ?? `${FOOTER_FONT_SIZE}pt`;
  const color = footer.color ?? '#4a524d';
  // The left part (the organisation, or the company's footer line) wraps rather than losing its end.
  const cell = (text: string | undefined, align: string, flex: string, wraps = false) =>
    `<div style="flex:${flex};min-width:0;overflow:hidden;text-align:${align};${wraps ? 'white-space:normal;overflow-wrap:anywhere;line-height:1.3;' : 'white-space:nowrap;'}">${text ? part(text) : ''}</div>`;
  return (
    `<div style="box-sizing:border-box;width:100%;display:flex;align-items:baseline;gap:${FOOTER_GAP}mm;` +
    `padding:0 ${margin.right}mm 0 ${margin.left}mm;margin:0 0 6mm;` +
    `font-family:${escapeHtml(font)};font-size:${size};font-weight:normal;font-synthesis:none;color:${color};` +
    `-webkit-print-color-adjust:exact;">` +
    cell(footer.left, 'left', '1 1 0', true) +
    cell(footer.center, 'center', '0 0 auto') +
    cell(footer.right ?? '{page} / {pages}', 'right', '1 1 0') +
    `</div>`
  );
}

/** An empty header: Chromium would print the date and title when the header template is left out. */
export const EMPTY_HEADER = '<span></span>';

/** Millimetres per point. */
const MM_PER_PT = 25.4 / 72;

/**
 * The width of a text as the footer sets it (IPAexGothic at 7.5 pt), in millimetres: a full-width
 * character (kanji, kana, ①) takes 1 em; the others, set in the font's proportional Latin, are
 * counted at 0.6 em, a little more than most of them take.
 */
export function footerTextWidth(text: string, fontSize = FOOTER_FONT_SIZE): number {
  let em = 0;
  for (const g of graphemes(text.replace(PAGE_TOKENS, '000'))) {
    const columns = displayWidth(g);
    em += columns >= 2 ? 1 : columns === 0 ? 0 : 0.6;
  }
  return em * fontSize * MM_PER_PT;
}

/** The middle of the leaflet's footer as most policies print it, for measuring the line beside it. */
export const TYPICAL_FOOTER_CENTER = '第1.0版　2026年12月31日施行';

export interface FooterFit {
  fits: boolean;
  /** The text's width and the width of one line of the left part, in millimetres. */
  width: number;
  line: number;
  /** About how many full-width characters the left part holds, on its lines together. */
  capacity: number;
}

/**
 * Whether a footer line fits the leaflet's footer on `paper`, laid out as footerTemplate lays it:
 * the page less its margins, the centre part, two gaps, and the rest shared by the left and the
 * right part; the left part on at most FOOTER_LINES lines.
 */
export function footerFit(left: string, paper: Paper, center = TYPICAL_FOOTER_CENTER): FooterFit {
  const spec = PAPER_SPECS[paper];
  const content = spec.width - spec.margin.left - spec.margin.right;
  const line = (content - footerTextWidth(center) - 2 * FOOTER_GAP) / 2;
  const width = footerTextWidth(left);
  const perCharacter = FOOTER_FONT_SIZE * MM_PER_PT;
  // A line that breaks leaves up to one character's room at its end.
  const room = line * FOOTER_LINES - perCharacter * (FOOTER_LINES - 1);
  return { fits: width <= room, width, line, capacity: Math.floor(room / perCharacter) };
}
