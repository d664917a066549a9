/**
 * Which characters the leaflet's fonts can draw. The PDF embeds the IPAex
 * fonts; a character they lack (an emoji, a rare symbol) is printed as an
 * empty box. The characters of a font are read from its `cmap` table (the
 * OpenType map from code points to glyphs, formats 4 and 12), reading only
 * that table of the file, once per process.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';
import { graphemes } from '../text-wrap.js';

/** Where Debian's fonts-ipaexfont puts the two faces; the gothic is used for every leaflet. */
export const LEAFLET_FONT_FILES = [
  '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
  '/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf',
  '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
  '/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf',
];

/** A set of code points as sorted, non-overlapping ranges: start, end, start, end … */
export class CodePointSet {
  constructor(readonly bounds: Uint32Array) {}

  static fromRanges(ranges: ReadonlyArray<readonly [number, number]>): CodePointSet {
    return new CodePointSet(Uint32Array.from(ranges.flat()));
  }

  has(cp: number): boolean {
    const b = this.bounds;
    let lo = 0;
    let hi = b.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < b[mid * 2]!) hi = mid - 1;
      else if (cp > b[mid * 2 + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  }

  get size(): number {
    let n = 0;
    for (let i = 0; i < this.bounds.length; i += 2) n += this.bounds[i + 1]! - this.bounds[i]! + 1;
    return n;
  }
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, offset);
  if (read < length) throw new Error('the font file is cut short');
  return buffer;
}

/** The code points a TrueType/OpenType font maps to a glyph (other than the empty .notdef). */
export function readCmap(file: string): CodePointSet {
  const fd = openSync(file, 'r');
  try {
    const head = readAt(fd, 0, 12);
    const numTables = head.readUInt16BE(4);
    const directory = readAt(fd, 12, numTables * 16);
    let cmap: Buffer | undefined;
    for (let i = 0; i < numTables; i++) {
      if (directory.toString('latin1', i * 16, i * 16 + 4) === 'cmap') {
        cmap = readAt(fd, directory.readUInt32BE(i * 16 + 8), directory.readUInt32BE(i * 16 + 12));
      }
    }
    if (!cmap) throw new Error('the font has no cmap table');
    return parseCmap(cmap);
  } finally {
    closeSync(fd);
  }
}

/** Ranges from the best Unicode subtable: format 12 (all planes) if there is one, else format 4 (BMP). */
export function parseCmap(cmap: Buffer): CodePointSet {
  const count = cmap.readUInt16BE(2);
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const offset = cmap.readUInt32BE(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.readUInt16BE(offset);
    if (format === 12 && best?.format !== 12) best = { format, offset };
    else if (format === 4 && !best) best = { format, offset };
  }
  if (!best) throw new Error('the font has no Unicode cmap');
  const ranges: Array<[number, number]> = [];
  const add = (start: number, end: number) => {
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  };
  const o = best.offset;
  if (best.format === 12) {
    const groups = cmap.readUInt32BE(o + 12);
    for (let g = 0; g < groups; g++) {
      const at = o + 16 + g * 12;
      if (cmap.readUInt32BE(at + 8) !== 0 || cmap.readUInt32BE(at) !== cmap.readUInt32BE(at + 4)) add(cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4));
    }
  } else {
    const segX2 = cmap.readUInt16BE(o + 6);
    const ends = o + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const rangeOffsets = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const end = cmap.readUInt16BE(ends + s * 2);
      const start = cmap.readUInt16BE(starts + s * 2);
      const delta = cmap.readInt16BE(deltas + s * 2);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
      if (start === 0xffff) continue;
      if (rangeOffset === 0) {
        // The whole segment maps to glyphs, but for the one code point that lands on glyph 0.
        const none = (0x10000 - delta) & 0xffff;
        if (none >= start && none <= end) {
          if (none > start) add(start, none - 1);
          if (none < end) add(none + 1, end);
        } else add(start, end);
        continue;
      }
      for (let cp = start; cp <= end; cp++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
        else {
          const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
          glyph = at + 1 < cmap.length ? cmap.readUInt16BE(at) : 0;
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) add(cp, cp);
      }
    }
  }
  return CodePointSet.fromRanges(ranges);
}

let cached: CodePointSet | null | undefined;

/** Where the ranges read from a font are kept between runs, with the font's path, size and time. */
const CACHE_FILE = path.join(PACKAGE_ROOT, 'dist', 'font-cmap.cache');

/**
 * The characters of the leaflet's gothic face (every leaflet uses it), or
 * null when the font is not installed (then the PDF cannot be printed at
 * all, which its own message says). Read once per process, and kept in
 * dist/font-cmap.cache while the font file is unchanged.
 */
export function leafletCharacters(): CodePointSet | null {
  if (cached !== undefined) return cached;
  const file = LEAFLET_FONT_FILES.find((f) => existsSync(f));
  if (!file) return (cached = null);
  try {
    const info = statSync(file);
    const key = `${endianness()}\0${file}\0${info.size}\0${info.mtimeMs}\0`;
    const kept = readCache(key);
    if (kept) return (cached = kept);
    cached = readCmap(file);
    writeCache(key, cached);
  } catch {
    cached = null;
  }
  return cached;
}

function readCache(key: string): CodePointSet | undefined {
  try {
    const data = readFileSync(CACHE_FILE);
    const keyBytes = Buffer.from(key);
    if (!data.subarray(0, keyBytes.length).equals(keyBytes)) return undefined;
    const body = data.subarray(keyBytes.length);
    const copy = new Uint8Array(body.length);
    copy.set(body);
    return new CodePointSet(new Uint32Array(copy.buffer));
  } catch {
    return undefined;
  }
}

function writeCache(key: string, set: CodePointSet): void {
  try {
    const body = Buffer.from(set.bounds.buffer, set.bounds.byteOffset, set.bounds.byteLength);
    const temp = `${CACHE_FILE}.${process.pid}`;
    writeFileSync(temp, Buffer.concat([Buffer.from(key), body]));
    renameSync(temp, CACHE_FILE);
  } catch {
    // A read-only installation reads the font each time.
  }
}

/**
 * Characters that need no glyph of their own: controls and spaces, joiners and
 * direction marks, variation selectors, combining marks drawn with the
 * character before. Ranges, not a Unicode property regex, which is slow to build.
 */
const NO_GLYPH: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x20], [0x7f, 0xa0], [0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x200b, 0x200f], [0x2028, 0x202f],
  [0x2060, 0x206f], [0x20d0, 0x20ff], [0x3000, 0x3000], [0x3099, 0x309a], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xfeff, 0xfeff],
  [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
];
const needsNoGlyph = (cp: number) => NO_GLYPH.some(([start, end]) => cp >= start && cp <= end);


/** The distinct characters (grapheme clusters) of `text` that `font` cannot draw, in order. */
export function missingCharacters(text: string, font: CodePointSet): string[] {
  const missing = new Set<string>();
  // Fast path: most text is in the font, code point by code point.
  let all = true;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (font.has(cp) || needsNoGlyph(cp)) continue;
    all = false;
    break;
  }
  if (all) return [];
  for (const segment of graphemes(text)) {
    if ([...segment].some((c) => !font.has(c.codePointAt(0)!) && !needsNoGlyph(c.codePointAt(0)!))) missing.add(segment);
  }
  return [...missing];
}
