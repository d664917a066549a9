/**
 * Sets the document information of a PDF printed by Chromium, and makes the
 * file reproducible. Chromium (Skia) writes one revision with a classic
 * cross-reference table, the information dictionary as an uncompressed
 * object (Title from <title>, Creator, Producer, and the current time as
 * CreationDate and ModDate), and no /ID and no XMP metadata. Two things
 * differ between two prints of the same document: that time, and the
 * structure element ids of a tagged PDF (`(node00000070)`, from a counter
 * of the renderer that goes on across the documents a page has printed).
 * The ids are renumbered 1, 2, 3 … in their order, in the same number of
 * digits, so the name tree of ids stays sorted and no offset moves.
 *
 * The information dictionary is replaced in place and the offsets of the
 * objects after it are shifted in the cross-reference table: no other byte
 * of the file changes, so the structure tree (tagged PDF), the outline and
 * the /Lang of the catalog are kept as Chromium wrote them. A fixed /ID,
 * derived from the content, is added to the trailer.
 */
import { createHash } from 'node:crypto';
import { EnvironmentError } from '../../errors.js';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords?: readonly string[];
  /** The application that made the document; default `privacy-policy-as-code`. */
  creator?: string;
  /** Creation and modification date, `YYYY-MM-DD` (midnight, Japan time). */
  date: string;
}

export const DEFAULT_CREATOR = 'privacy-policy-as-code';

/** A PDF text string: ASCII as a literal string, anything else as UTF-16BE with a byte order mark. */
export function pdfTextString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** `2026-12-01` → `D:20261201000000+09'00'`. */
export function pdfDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new TypeError(`not a date (YYYY-MM-DD): ${isoDate}`);
  return `D:${m[1]}${m[2]}${m[3]}000000+09'00'`;
}

function unexpected(what: string): never {
  throw new EnvironmentError(
    `the PDF printed by Chromium has an unexpected structure (${what})`,
    'this Chromium version writes PDF files differently; report the Chromium version (chromium --version)',
  );
}

interface XrefEntry {
  offset: number;
  generation: number;
  inUse: boolean;
}

/** The classic cross-reference table at `start`: its entries by object number, and where the trailer starts. */
function readXref(text: string, start: number): { entries: Map<number, XrefEntry>; trailerAt: number } {
  if (!text.startsWith('xref', start)) unexpected('no cross-reference table at startxref');
  const entries = new Map<number, XrefEntry>();
  const section = /(\d+) (\d+)\s*?\r?\n/y;
  const entry = /(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)/y;
  let at = start + 'xref'.length;
  while (/\s/.test(text[at] ?? '')) at++;
  for (;;) {
    section.lastIndex = at;
    const head = section.exec(text);
    if (!head) break;
    at = section.lastIndex;
    const first = Number(head[1]);
    const count = Number(head[2]);
    for (let i = 0; i < count; i++) {
      entry.lastIndex = at;
      const e = entry.exec(text);
      if (!e) unexpected('malformed cross-reference entry');
      entries.set(first + i, { offset: Number(e[1]), generation: Number(e[2]), inUse: e[3] === 'n' });
      at = entry.lastIndex;
    }
  }
  if (!text.startsWith('trailer', at)) unexpected('no trailer after the cross-reference table');
  return { entries, trailerAt: at };
}

function writeXref(entries: Map<number, XrefEntry>): string {
  const numbers = [...entries.keys()].sort((a, b) => a - b);
  let out = 'xref\n';
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    out += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) {
      const e = entries.get(numbers[k]!)!;
      out += `${String(e.offset).padStart(10, '0')} ${String(e.generation).padStart(5, '0')} ${e.inUse ? 'n' : 'f'} \n`;
    }
    i = j + 1;
  }
  return out;
}

/** The PDF with `metadata` as its information dictionary, a fixed /ID, and no trace of the time it was printed. */
export function setPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Uint8Array {
  // latin1 maps every byte to one UTF-16 unit, so string offsets are byte offsets.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!tail) unexpected('no startxref at the end');
  const xrefAt = Number(tail[1]);
  const { entries, trailerAt } = readXref(text, xrefAt);
  const trailerEnd = text.indexOf('startxref', trailerAt);
  const trailer = text.slice(trailerAt, trailerEnd);
  if (/\/(Prev|Encrypt|XRefStm)\b/.test(trailer)) unexpected('more than one revision, or encrypted');
  const infoRef = /\/Info (\d+) (\d+) R/.exec(trailer);
  if (!infoRef) unexpected('no /Info in the trailer');
  const infoNumber = Number(infoRef[1]);
  const info = entries.get(infoNumber);
  if (!info?.inUse) unexpected('the /Info object is not in the cross-reference table');
  const objHead = `${infoNumber} ${infoRef[2]} obj`;
  if (!text.startsWith(objHead, info.offset)) unexpected('the /Info object is not where the table says');
  const objEnd = text.indexOf('endobj', info.offset);
  if (objEnd < 0 || objEnd > xrefAt) unexpected('the /Info object has no end');
  const oldObject = text.slice(info.offset, objEnd + 'endobj'.length);
  const renumbered = renumberNodeIds(text, entries, xrefAt);
  const producer = /\/Producer (\((?:\\.|[^\\)])*\))/.exec(oldObject)?.[1];

  const date = pdfDate(metadata.date);
  const fields: Array<[string, string | undefined]> = [
    ['Title', metadata.title],
    ['Author', metadata.author],
    ['Subject', metadata.subject],
    ['Keywords', metadata.keywords?.length ? metadata.keywords.join(', ') : undefined],
    ['Creator', metadata.creator ?? DEFAULT_CREATOR],
  ];
  const dict = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([key, value]) => `/${key} ${pdfTextString(value)}`)
    .concat(producer ? [`/Producer ${producer}`] : [], [`/CreationDate (${date})`, `/ModDate (${date})`]);
  const newObject = `${objHead}\n<<${dict.join('\n')}>>\nendobj`;
  const delta = newObject.length - oldObject.length;

  for (const e of entries.values()) if (e.inUse && e.offset > info.offset) e.offset += delta;
  const body = renumbered.slice(0, info.offset) + newObject + renumbered.slice(info.offset + oldObject.length, xrefAt);
  const id = createHash('md5').update(body, 'latin1').digest('hex').toUpperCase();
  const newTrailer = trailer.replace(/\s*\/ID\s*\[[^\]]*\]/, '').replace(/>>\s*$/, `\n/ID [<${id}> <${id}>]>>\n`);
  const out = body + writeXref(entries) + newTrailer + `startxref\n${xrefAt + delta}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const NODE_ID = /\(node(\d+)\)/g;

/**
 * The text with the structure element ids `(nodeNNNNNNNN)` renumbered by rank.
 * Only the dictionaries of the objects are touched, never stream data.
 */
function renumberNodeIds(text: string, entries: Map<number, XrefEntry>, xrefAt: number): string {
  const offsets = [...entries.values()].filter((e) => e.inUse).map((e) => e.offset).sort((a, b) => a - b);
  // Each object up to its stream keyword, if it has one (one pass over the file for all of them).
  const streams: number[] = [];
  for (let at = text.indexOf('stream'); at >= 0 && at < xrefAt; at = text.indexOf('stream', at + 6)) streams.push(at);
  let next = 0;
  const regions: Array<[number, number]> = offsets.map((start, i) => {
    const limit = offsets[i + 1] ?? xrefAt;
    while (next < streams.length && streams[next]! < start) next++;
    const stream = streams[next];
    return [start, stream !== undefined && stream < limit ? stream : limit];
  });
  const ids = new Set<number>();
  for (const [start, end] of regions) for (const m of text.slice(start, end).matchAll(NODE_ID)) ids.add(Number(m[1]));
  if (ids.size === 0) return text;
  const rank = new Map([...ids].sort((a, b) => a - b).map((id, i) => [id, i + 1]));
  let out = '';
  let at = 0;
  for (const [start, end] of regions) {
    out += text.slice(at, start);
    out += text.slice(start, end).replace(NODE_ID, (whole, digits: string) => {
      const renamed = String(rank.get(Number(digits))).padStart(digits.length, '0');
      return renamed.length === digits.length ? `(node${renamed})` : whole;
    });
    at = end;
  }
  return out + text.slice(at);
}

/** How many fonts of a Chromium PDF are Type 3 (glyphs drawn as pictures: outlines Chromium could not embed as TrueType). */
export function type3Fonts(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(/\/Subtype\s*\/Type3\b/g)?.length ?? 0;
}
