/**
 * A legal citation as the English messages write it, in the form a Japanese
 * legal department writes it:
 *
 *   APPI Art. 27(5)(iii)                          個人情報保護法第27条第5項第3号
 *   APPI Art. 28(1), (2)                          個人情報保護法第28条第1項、第2項
 *   APPI Art. 32(1)(iii), 33–38                   個人情報保護法第32条第1項第3号、第33条～第38条
 *   APPI Art. 23, 32(1)(iv); Cabinet Order Art. 10(1)   個人情報保護法第23条、第32条第1項第4号、施行令第10条第1号
 *   PPC Guidelines 10                             通則ガイドライン 10
 *
 * Article 10 of the Cabinet Order has items only (一 安全管理措置, 二 苦情の
 * 申出先, 三 認定個人情報保護団体), so its (1) is 第1号, not 第1項.
 */

const LAWS: ReadonlyArray<[RegExp, string]> = [
  [/^APPI\s+/, '個人情報保護法'],
  [/^Cabinet Order\s+/, '施行令'],
];

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** `27(5)(iii)` → 第27条第5項第3号; `(2)` after an article → 第2項 (of that article); `33–38` → 第33条～第38条. */
function reference(ref: string, itemsOnly: boolean): string {
  const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(ref);
  if (range) return `第${range[1]}条～第${range[2]}条`;
  const m = /^(\d+)?((?:\([0-9ivx]+\))*)$/.exec(ref);
  if (!m) return ref;
  const article = m[1] ? `第${m[1]}条` : '';
  const parts = [...m[2]!.matchAll(/\(([0-9ivx]+)\)/g)].map((p) => p[1]!);
  const levels = parts.map((p, i) => {
    const roman = ROMAN[p];
    if (roman !== undefined) return `第${roman}号`;
    // A number after a paragraph is an item; the Cabinet Order's Art. 10 has items only.
    return i > 0 || itemsOnly ? `第${p}号` : `第${p}項`;
  });
  return article + levels.join('');
}

/** One law's articles: `Art. 17, 21, 32(1)(ii)` → 第17条、第21条、第32条第1項第2号. */
function articles(law: string, refs: string): string {
  const itemsOnly = law === '施行令' && /^10\b/.test(refs);
  return law + refs.split(/,\s*/).map((r) => reference(r.trim(), itemsOnly)).join('、');
}

/** A citation in Japanese form; text it does not know is kept as written. */
export function citationJa(english: string): string {
  return english
    .split(/;\s*/)
    .map((part) => {
      const guideline = /^PPC Guidelines\s+(.+)$/.exec(part);
      if (guideline) return `通則ガイドライン ${guideline[1]}`;
      for (const [re, law] of LAWS) {
        if (re.test(part)) return articles(law, part.replace(re, '').replace(/^Art\.\s*/, ''));
      }
      // An article without its law (`Art. 32(1)(i)` after APPI): of the Act.
      if (/^Art\.\s*/.test(part)) return articles('個人情報保護法', part.replace(/^Art\.\s*/, ''));
      return part;
    })
    .join('、');
}
