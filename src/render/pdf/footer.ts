/**
 * The running footer, drawn by Chromium in the bottom margin of every page
 * (puppeteer's displayHeaderFooter). The template is a separate little
 * document: it sees none of the page's styles, so it names its font itself
 * (an IPAex font, so that its glyphs are embedded as TrueType like the body's).
 */
import { escapeHtml } from '../inline-html.js';

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

/** The footerTemplate for a footer; `margin` is the page's left and right margin in millimetres. */
export function footerTemplate(footer: PdfFooter, margin: { left: number; right: number }): string {
  const font = footer.fontFamily ?? FOOTER_FONT;
  const size = footer.fontSize ?? '7.5pt';
  const color = footer.color ?? '#4a524d';
  const cell = (text: string | undefined, align: string, flex: string) =>
    `<div style="flex:${flex};min-width:0;overflow:hidden;text-align:${align};white-space:nowrap;">${text ? part(text) : ''}</div>`;
  return (
    `<div style="box-sizing:border-box;width:100%;display:flex;align-items:baseline;gap:4mm;` +
    `padding:0 ${margin.right}mm 0 ${margin.left}mm;margin:0 0 6mm;` +
    `font-family:${escapeHtml(font)};font-size:${size};font-weight:normal;font-synthesis:none;color:${color};` +
    `-webkit-print-color-adjust:exact;">` +
    cell(footer.left, 'left', '1 1 0') +
    cell(footer.center, 'center', '0 0 auto') +
    cell(footer.right ?? '{page} / {pages}', 'right', '1 1 0') +
    `</div>`
  );
}

/** An empty header: Chromium would print the date and title when the header template is left out. */
export const EMPTY_HEADER = '<span></span>';
