/**
 * A Japanese address as compared: the same place written with or without its
 * prefecture or postal code, in full- or half-width, with 丁目・番・号 or with
 * hyphens, and with kanji or Arabic numerals, is one address
 * (東京都千代田区丸の内一丁目1番1号 = 千代田区丸の内1-1-1).
 */
const PREFECTURE = /^(東京都|北海道|(?:京都|大阪)府|[^\s都道府県]{2,3}県)/u;
const DIGITS = '〇一二三四五六七八九';

/** 一 … 九十九 as digits. */
function kanjiNumber(kanji: string): string {
  if (!kanji.includes('十')) return [...kanji].map((c) => String(DIGITS.indexOf(c))).join('');
  const [tens, ones] = kanji.split('十');
  return String((tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0));
}

export function addressKey(address: string): string {
  return address
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/〒?\d{3}[-‐−ー]?\d{4}/u, '')
    .replace(PREFECTURE, '')
    .replace(/[〇一二三四五六七八九十]+(?=丁目|番|号|-)/gu, kanjiNumber)
    .replace(/[‐−ー―]/gu, '-')
    .replace(/(\d+)丁目/gu, '$1-')
    .replace(/(\d+)番地?/gu, '$1-')
    .replace(/(\d+)号/gu, '$1')
    .replace(/-+/g, '-')
    .replace(/-$/u, '');
}

/** Whether two addresses name the same place (addressKey). */
export const sameAddress = (a: string, b: string) => addressKey(a) === addressKey(b);

/** An address as a text writes it: a prefecture, city or ward, and a number (大阪市北区梅田一丁目2番3号, 千代田区丸の内1-1-1). */
const ADDRESS = /(?:都|道|府|県|市|区|町|村|郡)[^、。，]{0,30}?(?:[0-9０-９一二三四五六七八九十]+(?:丁目|番地?|号|-|－))/u;

/** Whether a text holds an address (a manager's row written in prose). */
export const hasAddress = (text: string) => ADDRESS.test(text);
