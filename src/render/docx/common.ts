/**
 * What the Word documents (the 新旧対照表 and the notice letter) share:
 * the Japanese font (a Latin one first in an English document), A4 page
 * setup, tables of plain or underlined text, a footer with page numbers,
 * and packing to bytes that depend only on the content (fixed document
 * dates, fixed zip timestamps).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The font families Word documents are set in: 游明朝 / 游ゴシック (Word on
 * Windows and macOS), each with its fallbacks in the font table (FALLBACKS):
 * ＭＳ 明朝 where 游明朝 is missing, IPAex明朝 where neither is (LibreOffice).
 */
export const DOCX_FONTS = {
  mincho: '游明朝',
  gothic: '游ゴシック',
} as const;
export type DocxFont = keyof typeof DOCX_FONTS;

/**
 * The Latin fonts of an English document (the English letter), with the
 * Japanese ones above for any Japanese left in it: Word sets Latin text in
 * w:ascii / w:hAnsi and Japanese in w:eastAsia. Times New Roman and Arial are
 * on every Word; LibreOffice stands in Liberation Serif and Sans, made to the
 * same widths.
 */
export const DOCX_LATIN_FONTS = {
  mincho: 'Times New Roman',
  gothic: 'Arial',
} as const;

/** The font table: each font with the one that stands in for it (w:altName), Japanese (charset 80) or Latin (00), serif or sans-serif. */
interface FontEntry {
  name: string;
  alt?: string;
  family: 'roman' | 'swiss' | 'modern';
  pitch: 'fixed' | 'variable';
  /** 80: Japanese (Shift_JIS); 00: ANSI (Latin). */
  charset?: '00' | '80';
}

const FALLBACKS: readonly FontEntry[] = [
  { name: '游明朝', alt: 'ＭＳ 明朝', family: 'roman', pitch: 'variable' },
  { name: 'ＭＳ 明朝', alt: 'IPAex明朝', family: 'roman', pitch: 'fixed' },
  { name: 'IPAex明朝', family: 'roman', pitch: 'variable' },
  { name: '游ゴシック', alt: 'ＭＳ ゴシック', family: 'swiss', pitch: 'variable' },
  { name: 'ＭＳ ゴシック', alt: 'IPAexゴシック', family: 'modern', pitch: 'fixed' },
  { name: 'IPAexゴシック', family: 'swiss', pitch: 'variable' },
];

/** The Latin fonts of an English document, listed before the Japanese ones. */
const LATIN_FALLBACKS: readonly FontEntry[] = [
  { name: 'Times New Roman', alt: 'Liberation Serif', family: 'roman', pitch: 'variable', charset: '00' },
  { name: 'Arial', alt: 'Liberation Sans', family: 'swiss', pitch: 'variable', charset: '00' },
];

function fontTable(xml: string, lang: DocxLang): string {
  const fonts = [...(lang === 'en' ? LATIN_FALLBACKS : []), ...FALLBACKS]
    .map(
      (f) =>
        `<w:font w:name="${f.name}">${f.alt ? `<w:altName w:val="${f.alt}"/>` : ''}<w:charset w:val="${f.charset ?? '80'}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join('');
  return xml.replace(/<w:fonts([^>]*?)\/>/, `<w:fonts$1>${fonts}</w:fonts>`).replace(/(<w:fonts[^>]*>)(?!<w:font )/, `$1${fonts}`);
}

/** Heading levels: styles Heading1 and Heading2 (見出し 1, 見出し 2 in a Japanese Word), for the navigation pane. */
export const HEADING_STYLES = [
  { id: 'Title', name: 'Title', size: 32 },
  { id: 'Heading1', name: 'heading 1', size: 24 },
  { id: 'Heading2', name: 'heading 2', size: 22 },
] as const;

/** Twentieths of a point per millimetre. */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/** A4 in twips, portrait. */
const A4 = { width: 11906, height: 16838 };

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Usable width of an A4 page in twips. */
export function textWidth(landscape: boolean, margin: Margins): number {
  return (landscape ? A4.height : A4.width) - mm(margin.left) - mm(margin.right);
}

export interface Seg {
  text: string;
  changed?: boolean;
}

export interface RunStyle {
  bold?: boolean;
  size?: number;
}

/** Runs of text; changed words underlined (傍線) with a single line. */
export function runs(segments: readonly Seg[], style: RunStyle = {}): TextRun[] {
  // A line end in a text (a heading above its body) is a line break in the paragraph.
  return segments.flatMap((s) =>
    s.text.split('\n').map(
      (text, i) =>
        new TextRun({
          text,
          ...(i > 0 ? { break: 1 } : {}),
          ...(style.bold ? { bold: true } : {}),
          ...(style.size ? { size: style.size } : {}),
          ...(s.changed ? { underline: { type: UnderlineType.SINGLE } } : {}),
        }),
    ),
  );
}

export interface ParaOptions extends RunStyle {
  align?: 'left' | 'center' | 'right';
  /** Space after, in points. */
  after?: number;
  before?: number;
  /** Left indent in characters (of 10.5 pt). */
  indent?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** A heading: style Heading1 or Heading2 (見出し), shown in the navigation pane. */
  heading?: 1 | 2;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export function para(content: string | readonly Seg[], options: ParaOptions = {}): Paragraph {
  const children: ParagraphChild[] = runs(typeof content === 'string' ? [{ text: content }] : content, options);
  return new Paragraph({
    children,
    alignment: ALIGN[options.align ?? 'left'],
    spacing: { after: (options.after ?? 4) * 20, ...(options.before ? { before: options.before * 20 } : {}) },
    ...(options.indent ? { indent: { left: options.indent * 210 } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(options.heading ? { style: `Heading${options.heading}` } : {}),
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

export interface Cell {
  children: Paragraph[];
  /** A header cell: shaded and bold. */
  header?: boolean;
  columnSpan?: number;
}

/** A bordered table filling `width` twips, columns in proportion to `weights`; the first row repeats on each page when `headerRow`. */
export function table(rows: ReadonlyArray<readonly Cell[]>, weights: readonly number[], width: number, headerRow = true): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => Math.floor((w / total) * width));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    borders: BORDERS,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          ...(headerRow && r === 0 ? { tableHeader: true } : {}),
          cantSplit: false,
          children: cells.map((cell, c) => {
            const span = cell.columnSpan ?? 1;
            const w = columnWidths.slice(c, c + span).reduce((a, b) => a + b, 0);
            return new TableCell({
              children: cell.children,
              width: { size: w, type: WidthType.DXA },
              verticalAlign: VerticalAlign.TOP,
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
              ...(span > 1 ? { columnSpan: span } : {}),
              ...(cell.header ? { shading: { type: ShadingType.CLEAR, fill: 'E7E7E7', color: 'auto' } } : {}),
            });
          }),
        }),
    ),
  });
}

/** A header cell with one centred bold line. */
export const headerCell = (text: string): Cell => ({ header: true, children: [para(text, { bold: true, align: 'center', after: 0 })] });
/** A body cell with one paragraph. */
export const textCell = (text: string | readonly Seg[], options: ParaOptions = {}): Cell => ({ children: [para(text, { after: 0, ...options })] });

/** The footer: `left`, `center` and the page number 「n / N」 on one line, with tab stops; only the page number, centred, when both are empty. */
export function footer(left: string, center: string, width: number): Footer {
  const page = new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16 });
  if (!left && !center) return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [page] })] });
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [
          { type: 'center', position: Math.floor(width / 2) },
          { type: 'right', position: width },
        ],
        children: [
          new TextRun({ text: left, size: 16 }),
          new TextRun({ text: `\t${center}\t`, size: 16 }),
          page,
        ],
      }),
    ],
  });
}

export interface DocxDocument {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  /** YYYY-MM-DD: the document's created and modified dates, and the zip entries' timestamps. */
  date: string;
  font: DocxFont;
  landscape: boolean;
  margin: Margins;
  footer: { left: string; center: string };
  /** The body, in order; `pageBreakBefore` on a paragraph starts a new page. */
  children: ISectionOptions['children'];
  /** Word records the reader's edits as tracked changes (the 見え消し). */
  trackRevisions?: boolean;
  /** The document's language: Japanese (default), or English with Latin fonts first. */
  lang?: DocxLang;
}

/** The languages of a Word document. */
export type DocxLang = 'ja' | 'en';

/**
 * The run fonts and language of a document's text: in Japanese the Japanese
 * font throughout; in English a Latin font for Latin text, the Japanese one
 * for Japanese (w:eastAsia), and the language en-US, so that Word breaks
 * lines between words and checks the spelling in English.
 */
function textSettings(lang: DocxLang, font: DocxFont) {
  const japanese = DOCX_FONTS[font];
  if (lang === 'en') {
    const latin = DOCX_LATIN_FONTS[font];
    return { font: { ascii: latin, eastAsia: japanese, hAnsi: latin, cs: latin }, language: { value: 'en-US', eastAsia: 'ja-JP' } };
  }
  return { font: { ascii: japanese, eastAsia: japanese, hAnsi: japanese, cs: japanese }, language: { value: 'ja-JP', eastAsia: 'ja-JP' } };
}

/** The fonts of the headings: the gothic (sans-serif) of the document's language. */
function headingFonts(lang: DocxLang) {
  const latin = lang === 'en' ? DOCX_LATIN_FONTS.gothic : DOCX_FONTS.gothic;
  return { ascii: latin, eastAsia: DOCX_FONTS.gothic, hAnsi: latin };
}

/** A complete Word document as bytes; the same content always gives the same bytes. */
export async function packDocx(doc: DocxDocument): Promise<Uint8Array> {
  const lang = doc.lang ?? 'ja';
  const text = textSettings(lang, doc.font);
  const width = textWidth(doc.landscape, doc.margin);
  const document = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: doc.creator,
    lastModifiedBy: doc.creator,
    keywords: doc.keywords,
    revision: 1,
    ...(doc.trackRevisions ? { features: { trackRevisions: true } } : {}),
    styles: {
      default: {
        document: {
          run: { font: text.font, size: 21, language: text.language },
          paragraph: { spacing: { line: 300 } },
        },
      },
      // The headings in the document's own font, black, numbered by the text (not by Word).
      paragraphStyles: HEADING_STYLES.map((h, level) => ({
        id: h.id,
        name: h.name,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: headingFonts(lang), size: h.size, bold: true, color: '000000' },
        paragraph: { keepNext: true, spacing: { before: 240, after: 120 }, ...(level > 0 ? { outlineLevel: level - 1 } : {}) },
      })),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: mm(doc.margin.top), right: mm(doc.margin.right), bottom: mm(doc.margin.bottom), left: mm(doc.margin.left), footer: mm(doc.margin.bottom / 2) },
          },
        },
        footers: { default: footer(doc.footer.left, doc.footer.center, width) },
        children: doc.children,
      },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return fixDates(new Uint8Array(packed), doc.date, lang);
}

const W3CDTF = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g;

/** Sets the document dates in docProps/core.xml and every zip entry's timestamp to `date` (00:00), keeping the entries' order; fills the font table. */
function fixDates(zip: Uint8Array, date: string, lang: DocxLang): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // fflate writes the local time of the Date into the zip (DOS time): a local midnight gives the same bytes in every time zone.
  const mtime = new Date(y, m - 1, d);
  const files = unzipSync(zip);
  const out: Zippable = {};
  // The package's content types and relationships first, as Word writes them.
  const first = ['[Content_Types].xml', '_rels/.rels'];
  const names = [...first.filter((n) => n in files), ...Object.keys(files).filter((n) => !first.includes(n))];
  for (const name of names) {
    const data = files[name]!;
    const content =
      name === 'docProps/core.xml'
        ? new TextEncoder().encode(new TextDecoder().decode(data).replace(W3CDTF, `$1${date}T00:00:00Z$2`))
        : name === 'word/fontTable.xml'
          ? new TextEncoder().encode(fontTable(new TextDecoder().decode(data), lang))
          : data;
    out[name] = [content, { mtime }];
  }
  return zipSync(out, { level: 6 });
}
