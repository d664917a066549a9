/**
 * The facts of a legal part, read from its words: who receives the data,
 * in which countries, which data items, by what act (提供, 販売, 共同利用 …),
 * the words that open a set (等, その他, 必要と判断した …) or narrow it
 * (のみ, 必ずしも … ない, を除き), and the categories of special
 * care-required personal information (要配慮個人情報).
 *
 * The diff compares the facts of two versions of a part before its words
 * (classify.ts): equal facts with other words are a rewording for a lawyer
 * to confirm, never a widening; a fact added or dropped is weighed by the
 * part's role. One table of vocabulary, each row with the article it serves.
 */

export type FactKind = 'recipient' | 'country' | 'item' | 'method' | 'opener' | 'limiter' | 'sensitive';

export interface Fact {
  kind: FactKind;
  /** What is compared: the name folded (width, spacing, corporate form), or the vocabulary's own key. */
  key: string;
  /** The words as written. */
  words: string;
  /** Offset in the text read. */
  start: number;
}

interface Vocabulary {
  kind: FactKind;
  /** Why the law cares. */
  article: string;
  entries: ReadonlyArray<{ key: string; re: RegExp }>;
}

const v = (key: string, re: RegExp) => ({ key, re });

/** Corporate forms, written before or after a name, in Japanese and English (folded away when names are compared). */
const FORMS_JA = '株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|医療法人|社会福祉法人|特定非営利活動法人|NPO法人|独立行政法人|国立大学法人|協同組合|\\(株\\)|\\(有\\)|\\(同\\)|㈱|㈲';
const FORMS_EN = 'Inc\\.?|Ltd\\.?|LLC|L\\.L\\.C\\.|Co\\., ?Ltd\\.?|Corporation|Corp\\.?|GmbH|Limited|plc|PLC|S\\.A\\.|B\\.V\\.|Pte\\.? Ltd\\.?|AG';
const NOT_NAME_START = '(?<![\\p{Script=Han}\\p{Script=Katakana}A-Za-z0-9])';
/** Before a corporate form (東京電力株式会社): no kana of the sentence (当社は …) is taken into the name. */
const NAME_BEFORE = '[\\p{Script=Han}\\p{Script=Katakana}ー・A-Za-z0-9&\\-]';
/**
 * After a corporate form (株式会社みずほ銀行, 株式会社ぐるなび): a name may begin in hiragana; a
 * hiragana run is taken when a name character follows it, or when it stands alone before a
 * delimiter (、）」 …), so that a particle (株式会社みらい物流に) ends the name.
 */
const HIRAGANA = '[\\p{Script=Hiragana}ー]';
/** A name character that does not begin a conjunction (株式会社A及び株式会社B: the name is A). */
const NAME_CHAR = `(?:(?!及び|並びに|又は|若しくは)${NAME_BEFORE})`;
const NAME_AFTER = `(?:${HIRAGANA}{1,12}${NAME_CHAR}{1,30}|${HIRAGANA}{2,12}(?=[、，,）)」』。\\s]|$)|${NAME_CHAR}{1,30})`;

/**
 * Recipients: a company named with its corporate form, and the open classes of
 * recipients (グループ会社, 提携先, 関係団体 …) (APPI Art. 27(1), 27(5)(iii), 28(1)).
 */
const RECIPIENTS: Vocabulary = {
  kind: 'recipient',
  article: 'APPI Art. 27(1), 27(5)(iii), 28(1)',
  entries: [
    v('company', new RegExp(`${NOT_NAME_START}${NAME_BEFORE}{1,30}(?:${FORMS_JA})`, 'gu')),
    v('company', new RegExp(`(?:${FORMS_JA})(?![及並又若等]|および|ならびに|または|もしくは|など|[のにをはがとで])${NAME_AFTER}`, 'gu')),
    v('company', new RegExp(`[A-Z][A-Za-z0-9&.\\- ]{1,40}?,? (?:${FORMS_EN})(?![A-Za-z])`, 'gu')),
    v('class', /(?:グループ(?:各社|会社|企業)|子会社|親会社|関連会社|関係会社|提携(?:先|企業|会社)|業務提携先|業務委託先|委託先|関係団体|加盟店|代理店|取引先|パートナー(?:企業)?|協力会社|販売店|広告(?:配信)?事業者|情報収集モジュール提供者|[\p{Script=Han}\p{Script=Katakana}ー]{0,12}(?:事業者|機関|団体|組合|連合会|協会))/gu),
  ],
};

/** Countries and regions, and the open 外国/海外 (APPI Art. 28(1), (2)(i)). 中国 is not 中国電力 or the 中国地方. */
const COUNTRIES: Vocabulary = {
  kind: 'country',
  article: 'APPI Art. 28(1), (2)',
  entries: [
    v('米国', /アメリカ合衆国|アメリカ|米国|USA|U\.S\.A?\.?|United States/gu),
    v('中国', /中華人民共和国|中国(?!地方|電力|・四国|四国|銀行)/gu),
    v('韓国', /大韓民国|韓国/gu),
    v('台湾', /台湾/gu),
    v('香港', /香港/gu),
    v('シンガポール', /シンガポール/gu),
    v('インド', /インド(?!ネシア)/gu),
    v('インドネシア', /インドネシア/gu),
    v('ベトナム', /ベトナム/gu),
    v('フィリピン', /フィリピン/gu),
    v('タイ', /タイ王国|(?<![\p{Script=Katakana}ー])タイ(?![\p{Script=Katakana}ー])/gu),
    v('マレーシア', /マレーシア/gu),
    v('英国', /英国|イギリス|United Kingdom/gu),
    v('ドイツ', /ドイツ/gu),
    v('フランス', /フランス/gu),
    v('アイルランド', /アイルランド/gu),
    v('オランダ', /オランダ/gu),
    v('カナダ', /カナダ/gu),
    v('オーストラリア', /オーストラリア|豪州/gu),
    v('ブラジル', /ブラジル/gu),
    v('EU', /欧州連合|欧州経済領域|EEA|EU(?![A-Za-z])|欧州/gu),
    v('外国', /外国(?!為替|人|語|籍)|海外(?!旅行|発送|出張)|国外/gu),
  ],
};

/** Data items (APPI Art. 27(5)(iii): the items used jointly; Art. 28(2): what is provided). */
const ITEMS: Vocabulary = {
  kind: 'item',
  article: 'APPI Art. 27(5)(iii), 28(2)',
  entries: [
    v('氏名', /氏名|お名前|名前/gu),
    v('住所', /住所|所在地/gu),
    v('電話番号', /電話番号/gu),
    v('メールアドレス', /(?:電子)?メール(?:アドレス)?|e-?mail/giu),
    v('生年月日', /生年月日/gu),
    v('性別', /性別/gu),
    v('年齢', /年齢/gu),
    v('職業', /職業|勤務先|役職/gu),
    v('口座', /口座(?:番号|情報)?/gu),
    v('クレジットカード', /クレジットカード(?:番号|情報)?/gu),
    v('購買履歴', /購買履歴|購入履歴|取引履歴/gu),
    v('閲覧履歴', /閲覧履歴|アクセス履歴|行動履歴|利用履歴/gu),
    v('位置情報', /位置情報|GPS/gu),
    v('Cookie', /Cookie|クッキー/giu),
    v('IPアドレス', /IPアドレス/gu),
    v('端末識別子', /端末(?:識別子|識別番号|ID|情報)|広告識別子|デバイスID/gu),
    v('画像', /顔(?:画像|写真)|写真|映像|画像/gu),
    v('音声', /音声|通話(?:録音|内容)/gu),
    v('生体情報', /指紋|生体|虹彩|声紋/gu),
    v('個人番号', /マイナンバー|個人番号/gu),
    v('免許証', /運転免許証|旅券|パスポート/gu),
    v('家族', /家族構成|配偶者/gu),
    v('収入', /年収|所得|収入/gu),
    v('国籍', /国籍/gu),
    v('使用量', /使用量|電力量/gu),
  ],
};

/** What is done with the data: each act is a distinct legal ground (Art. 27(1), 27(5), 28(1)). */
const METHODS: Vocabulary = {
  kind: 'method',
  article: 'APPI Art. 27(1), 27(5), 28(1)',
  entries: [
    v('提供', /提供/gu),
    v('開示', /開示/gu),
    v('販売', /販売|売却|譲渡/gu),
    v('貸与', /貸与/gu),
    v('共同利用', /共同(?:で|して)?利用/gu),
    v('委託', /委託/gu),
    v('移転', /移転/gu),
    v('公開', /公開|公表/gu),
    v('共有', /共有/gu),
  ],
};

/** Words that leave a set open: a set that was closed and is now open is wider (Art. 18(1), 27(5)(iii); GL 3-6-3 事例1). */
const OPENERS: Vocabulary = {
  kind: 'opener',
  article: 'APPI Art. 18(1), 27(1), 27(5)(iii); PPC Guidelines 3-6-3',
  entries: [
    // 等 after a noun, not the statutory collective terms (開示等, 利用停止等 …).
    v('等', /(?<!開示|停止|訂正|消去|削除|追加|電話|当社|取得)等(?!の請求|の求め|を行|級)/gu),
    v('など', /など/gu),
    v('その他', /その他|そのほか|ほか(?=の)/gu),
    v('含む', /を含(?:む|み)|に限らず|に限定されない|限られない/gu),
    v('判断', /必要と(?:判断|認め)|適当と(?:判断|認め)|適切と(?:判断|認め)|(?:当社|弊社|当法人)が(?:定める|指定する|判断する|適当と)|適宜|別途定める/gu),
    v('全て', /全て|すべて|一切の|あらゆる/gu),
    // Consent taken as given (みなし同意): not the person's own indication of intent (PPC Guidelines 2-16).
    v('みなし同意', /(?:同意|承諾)(?:した|があった|を得た)ものとみな/gu),
  ],
};

/** Words that narrow a set: dropping one widens it. */
const LIMITERS: Vocabulary = {
  kind: 'limiter',
  article: 'APPI Art. 18(1), 27(1), 27(5)(iii)',
  entries: [
    v('のみ', /のみ|だけ|限り|限定して|限って|に限る/gu),
    v('除き', /を除き|を除いて|除く|以外(?:に|には|の)/gu),
    v('必ずしも', /必ずしも/gu),
    v('否定', /ません|(?<![少危])ない(?=[。、）)]|$|もの|こと|場合|よう)|せず|ではなく/gu),
    v('範囲内', /範囲内|範囲において|限度において|必要な範囲/gu),
    v('同意', /(?:同意|承諾)(?:を得|を(?:いただ|頂)|を取得|を求め|なく|なし)/gu),
  ],
};

/**
 * 要配慮個人情報 and its categories: APPI Art. 2(3) and Cabinet Order Art. 2.
 * A purpose or an item that needs them is acquired only with consent (Art. 20(2)).
 */
const SENSITIVE: Vocabulary = {
  kind: 'sensitive',
  article: 'APPI Art. 2(3), 20(2); Cabinet Order Art. 2',
  entries: [
    v('要配慮個人情報', /要配慮個人情報/gu),
    v('人種', /人種|民族/gu),
    v('信条', /信条|宗教|信仰|思想/gu),
    v('社会的身分', /社会的身分|門地|本籍/gu),
    v('病歴', /病歴|既往歴|病状|疾病|傷病/gu),
    v('犯罪の経歴', /犯罪(?:の)?経歴|犯罪歴|前科|前歴/gu),
    v('犯罪被害', /犯罪により害を被った事実|犯罪被害/gu),
    v('障害', /身体障害|知的障害|精神障害|発達障害|障がい|障害(?:の有無|者手帳)/gu),
    v('健康診断', /健康診断|検診|健診|遺伝子検査|ゲノム/gu),
    v('診療', /診療|診察|調剤|処方|服薬/gu),
    v('刑事手続', /逮捕|捜索|差押え|勾留|公訴/gu),
    v('少年保護', /少年の保護事件/gu),
  ],
};

export const FACT_VOCABULARY: readonly Vocabulary[] = [RECIPIENTS, COUNTRIES, ITEMS, METHODS, OPENERS, LIMITERS, SENSITIVE];

const FORM_RE = new RegExp(`^(?:${FORMS_JA})|(?:${FORMS_JA})$|,? (?:${FORMS_EN})$`, 'gu');

/** A name as compared: NFKC, no spaces, without its corporate form (株式会社ABC, ABC株式会社 and (株)ABC are one). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(FORM_RE, '').replace(/\s+/g, '').toLowerCase();
}

/**
 * The exceptions the law itself makes to provision without consent (APPI Art. 27(1)(i)–(vii)): a
 * sentence that only restates one (法令に基づく場合 …) says nothing about this business's own handling.
 */
const STATUTORY = /法令に基づく場合|人の生命、?身体又は財産の保護|公衆衛生の向上|児童の健全な育成|国の機関若しくは地方公共団体|学術研究(機関|の目的)/u;
const OWN_FACTS: readonly FactKind[] = ['recipient', 'country', 'item', 'opener', 'sensitive'];

/** The facts of a text, in order, leaving out the sentences that only restate the law (STATUTORY, with no facts of the business's own). */
export function factsOf(text: string): Fact[] {
  let offset = 0;
  const out: Fact[] = [];
  for (const sentence of text.split(/(?<=[。\n])/u)) {
    const facts = sentenceFacts(sentence).map((f) => ({ ...f, start: f.start + offset }));
    offset += sentence.length;
    if (STATUTORY.test(sentence.normalize('NFKC')) && !facts.some((f) => OWN_FACTS.includes(f.kind))) continue;
    out.push(...facts);
  }
  return out;
}

/** The facts of one sentence, in order. A company's name is one fact; the words inside it (電力 in 中国電力) are not facts of their own. */
function sentenceFacts(text: string): Fact[] {
  const folded = text.normalize('NFKC');
  const out: Fact[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  for (const vocab of FACT_VOCABULARY) {
    for (const { key, re } of vocab.entries) {
      for (const m of folded.matchAll(re)) {
        const [s, e] = [m.index, m.index + m[0].length];
        if (vocab.kind !== 'opener' && vocab.kind !== 'limiter' && vocab.kind !== 'method' && !free(s, e)) continue;
        const k = vocab.kind === 'recipient' ? (key === 'company' ? nameKey(m[0]) : m[0]) : key;
        out.push({ kind: vocab.kind, key: k, words: m[0], start: s });
        if (vocab.kind === 'recipient') taken.push([s, e]);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface FactChange {
  added: Fact[];
  removed: Fact[];
  /** A name misspelt in one version and corrected in the other: the same recipient. */
  corrected: Array<{ before: Fact; after: Fact }>;
}

/**
 * The facts one version has and the other lacks, counted: an opener written
 * twice where it was once is one more. Names a letter or two apart (a typo
 * corrected) are paired, not added and removed.
 */
export function compareFacts(before: readonly Fact[], after: readonly Fact[]): FactChange {
  const id = (f: Fact) => `${f.kind}\u0000${f.key}`;
  const pool = new Map<string, Fact[]>();
  for (const f of before) pool.set(id(f), [...(pool.get(id(f)) ?? []), f]);
  const added: Fact[] = [];
  for (const f of after) {
    const left = pool.get(id(f));
    if (left?.length) left.shift();
    else added.push(f);
  }
  const removed = [...pool.values()].flat();
  const corrected: FactChange['corrected'] = [];
  for (const a of [...added]) {
    if (a.kind !== 'recipient') continue;
    const r = removed.find((x) => x.kind === 'recipient' && typo(x.key, a.key));
    if (!r) continue;
    corrected.push({ before: r, after: a });
    added.splice(added.indexOf(a), 1);
    removed.splice(removed.indexOf(r), 1);
  }
  return { added, removed, corrected };
}

/**
 * Two names in Latin letters of five or more characters one edit apart (two
 * for names of twelve or more): a misspelling, not another name. A name in
 * kanji or kana one character apart is another name (サンプル商事, サンプル商会).
 */
function typo(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 5 || a === b || !/^[a-z0-9&.\-]+$/.test(a) || !/^[a-z0-9&.\-]+$/.test(b)) return false;
  return distance(a, b, n >= 12 ? 2 : 1) <= (n >= 12 ? 2 : 1);
}

/** Levenshtein distance, with adjacent transpositions, stopped early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let x = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) x = Math.min(x, d[i - 2]![j - 2]! + 1);
      d[i]![j] = x;
    }
  }
  return d[a.length]![b.length]!;
}

/** The facts as a reader sees them: 「追加：中華人民共和国、提携先」. */
export function factWords(facts: readonly Pick<Fact, 'words'>[]): string[] {
  return [...new Set(facts.map((f) => f.words))];
}
