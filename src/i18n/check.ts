/**
 * The catalogue's part for the messages of the check rules: for each, the
 * reason (`check.<rule>…`) and what to write instead (`….hint`), in English
 * and Japanese (catalogue.ts). Values are named as the rule fills them in.
 *
 * A value that reads differently in each language is given as an id and said
 * here: a role (its name and article, model/roles.ts), a kind of value, a
 * kind of security measure, the kind of entry an id belongs to. A list is
 * given as its entries one a line (`listValue`, `cappedValues`) and joined
 * here: with commas and "and" in English, with 、 in Japanese.
 */
import { describeCodePoint } from '../check/code-points.js';
import { ROLES, isRole } from '../model/roles.js';
import { MAX_LISTED } from '../report/list.js';
import type { Part, Values } from './types.js';

// ---------------------------------------------------------------- lists

const SEPARATOR = '\n';

/** A list as a message's value: its entries one a line. */
export function listValue(items: readonly string[]): string {
  return items.join(SEPARATOR);
}

/**
 * A list that may be long, as a message's values: its first entries (`name`)
 * and how many are left out (`more`). A message about ten thousand entries
 * names the first few and counts the rest.
 */
export function cappedValues(name: string, items: readonly string[], max = MAX_LISTED): Values {
  return { [name]: listValue(items.slice(0, max)), ...(items.length > max ? { more: items.length - max } : {}) };
}

const entries = (value: string | number | undefined): string[] => (value === undefined || value === '' ? [] : String(value).split(SEPARATOR));

/** `a, b, c, … and 9,990 more` (report/list.ts capList). */
const enCapped = (value: string | number | undefined, more: string | number | undefined) =>
  entries(value).join(', ') + (more ? `, … and ${Number(more).toLocaleString('en-US')} more` : '');
/** `a、b、c、…ほか 9,990 件` */
const jaCapped = (value: string | number | undefined, more: string | number | undefined) =>
  entries(value).join('、') + (more ? `、…ほか ${Number(more).toLocaleString('en-US')} 件` : '');
const ja = (value: string | number | undefined) => entries(value).join('、');

// ---------------------------------------------------------------- the words of tables

/** A role's name and article, in English and in Japanese form (model/roles.ts); an unknown role is said as written. */
function role(id: string | number | undefined) {
  const key = String(id);
  return isRole(key) ? ROLES[key] : { ja: key, article: '', articleJa: '' };
}

/** What a value was found to be (schema-rule.ts kindOf): the number and the word are quoted as written. */
const FOUND: Record<string, { en: (written: string) => string; ja: (written: string) => string }> = {
  nothing: { en: () => 'nothing (an empty value)', ja: () => '空の値' },
  list: { en: () => 'a list', ja: () => 'リスト' },
  block: { en: () => 'a block of keys', ja: () => 'キーのブロック' },
  number: { en: (w) => `the number ${w}`, ja: (w) => `数値「${w}」` },
  boolean: { en: (w) => `the word ${w} (read as yes/no)`, ja: (w) => `はい・いいえとして読まれる語「${w}」` },
  text: { en: () => 'text', ja: () => '文章' },
};
const found = (values: Values, locale: 'en' | 'ja') => (FOUND[String(values.found)] ?? FOUND.text!)[locale](String(values.written ?? ''));

/** What a value was expected to be (schema-rule.ts typeProblem). */
const EXPECTED: Record<string, { en: string; ja: string }> = {
  text: { en: 'text', ja: '文章' },
  list: { en: 'a list', ja: 'リスト' },
  block: { en: 'a block of keys', ja: 'キーのブロック' },
  boolean: { en: 'true or false', ja: '「true」か「false」' },
};

/** The kinds of entries whose ids must be unique (model/walk.ts idGroupsOf), by the name the walk gives them. */
const ID_GROUP_JA: Readonly<Record<string, string>> = {
  section: 'section',
  'purpose of use': '利用目的',
  'joint-use table': '共同利用の表',
  'joint-use party': '共同利用者',
  'joint-use purpose': '共同利用の目的',
  'item group': '項目グループ',
  'data item': 'データ項目',
  manager: '管理責任者',
  footnote: '脚注',
  entry: '項目',
};

/** What a reference points at (references.ts), and where the ids it may name are. */
const REFERENCE: Readonly<Record<string, { en: string; where: string; ja: (id: string) => string; whereJa: string }>> = {
  mark: { en: 'the footnote mark', where: 'footnotes', ja: (id) => `脚注記号 [^${id}] に当たる脚注がありません`, whereJa: '脚注（footnotes）' },
  section: { en: 'the section', where: 'the sections', ja: (id) => `id が「${id}」の section はありません`, whereJa: 'section（sections）' },
  footnote: { en: 'the footnote', where: 'footnotes', ja: (id) => `id が「${id}」の脚注はありません`, whereJa: '脚注（footnotes）' },
  group: { en: 'the item group', where: 'the item groups of its table', ja: (id) => `id が「${id}」の項目グループはありません`, whereJa: 'この表の項目グループ（groups）' },
  party: { en: 'the joint-use party', where: 'the joint-use tables', ja: (id) => `id が「${id}」の共同利用者はありません`, whereJa: '共同利用の表の共同利用者（parties）' },
};
const reference = (kind: string | number | undefined) => REFERENCE[String(kind)] ?? REFERENCE.section!;

/** The kinds of security control measures of the PPC Guidelines 10 (appi.ts), by id. */
const MEASURE_NAMES = {
  organisational: { en: '組織的安全管理措置 (organisational)', ja: '組織的安全管理措置' },
  human: { en: '人的安全管理措置 (human)', ja: '人的安全管理措置' },
  physical: { en: '物理的安全管理措置 (physical)', ja: '物理的安全管理措置' },
  technical: { en: '技術的安全管理措置 (technical)', ja: '技術的安全管理措置' },
  external: { en: '外的環境の把握 (the external environment, for data kept abroad)', ja: '外的環境の把握' },
} as const;
export type Measure = keyof typeof MEASURE_NAMES;
const measures = (value: string | number | undefined, locale: 'en' | 'ja') =>
  entries(value)
    .map((id) => MEASURE_NAMES[id as Measure]?.[locale] ?? id)
    .join(locale === 'en' ? ', ' : '、');

/** The keys of a business or a manager that identify it, in Japanese. */
const IDENTITY_JA: Record<string, string> = { address: '住所', representative: '代表者の氏名' };
const identityJa = (key: string | number | undefined) => IDENTITY_JA[String(key)] ?? String(key);

const hex = (cp: string | number | undefined) => Number(cp).toString(16).toUpperCase().padStart(4, '0');
/** How a character written as an escape is said after its name. */
const escapedEn = ({ cp, escaped }: Values) => (escaped ? ` (written as an escape such as "\\u${hex(cp)}")` : '');
const escapedJa = ({ cp, escaped }: Values) => (escaped ? `（"\\u${hex(cp)}" のようなエスケープで書かれています）` : '');

/** `"😀" (U+1F600)` and `「😀」（U+1F600）`: a character the fonts lack, with its code points. */
const codePoints = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

const ART_27_5_3 = 'APPI Art. 27(5)(iii)';
const ART_27_5_3_JA = '個人情報保護法第27条第5項第3号';

// ---------------------------------------------------------------- the messages

export const CHECK = {
  // The file as a whole (index.ts).
  'check.not-a-policy': { en: 'the file does not hold a policy', ja: 'このファイルにはポリシーが書かれていません' },
  'check.not-a-policy.hint': {
    en: 'a policy file starts with keys such as "version:", "organization:" and "title:"; see policy/shimin-denryoku.yaml',
    ja: 'ポリシーのファイルは「version:」「organization:」「title:」などのキーで始まります。policy/shimin-denryoku.yaml を参考にしてください',
  },
  'check.yaml-alias': {
    en: 'the file repeats copies ("*name") of blocks that are themselves copies, so many times that reading it would take all memory',
    ja: 'このファイルは、複製（"*name"）した部分をさらに複製することを何重にも繰り返しており、読み込むとメモリをすべて使い切ってしまいます',
  },
  'check.yaml-alias.unreadable': {
    en: ({ error }) => `the file could not be read as a policy (${error})`,
    ja: ({ error }) => `このファイルをポリシーとして読み込めませんでした（${error}）`,
  },
  'check.yaml-alias.hint': {
    en: 'write each text out where it is needed instead of using "&name" and "*name"',
    ja: '"&name" と "*name" を使わずに、必要な箇所にそれぞれ文章を書いてください',
  },

  // The schema (schema-rule.ts).
  'check.unknown-key': { en: ({ key }) => `unknown key "${key}"`, ja: ({ key }) => `「${key}」というキーはありません` },
  'check.unknown-key.hint': {
    en: ({ guess, allowed }) => (guess ? `did you mean "${guess}"? ` : '') + `Keys allowed here: ${entries(allowed).join(', ')}`,
    ja: ({ guess, allowed }) => (guess ? `「${guess}」の誤りではありませんか。` : '') + `ここで使えるキー：${ja(allowed)}`,
  },
  'check.unknown-key.space.hint': {
    en: 'the key holds a full-width space (　) or colon (：): indent with half-width spaces and write ": " after the key',
    ja: 'キーに全角スペース（　）か全角コロン（：）が含まれています。字下げには半角スペースを使い、キーの後には半角で「: 」と書いてください',
  },
  'check.missing-key': { en: ({ key }) => `"${key}" is missing`, ja: ({ key }) => `「${key}」がありません` },
  'check.missing-key.hint': {
    // The schema describes each key in both languages (model/schema.ts): each language quotes its own.
    en: ({ key, about }) => `add a line "${key}: …" to this block` + (about ? ` (${about})` : ''),
    ja: ({ key, aboutJa }) => `このブロックに「${key}: …」の行を加えてください` + (aboutJa ? `（${String(aboutJa).replace(/。$/, '')}）` : ''),
  },
  'check.empty-text': { en: 'the text is empty', ja: '文章が空です' },
  'check.blank-text': { en: 'the text is blank', ja: '文章が空白だけです' },
  'check.empty-text.hint': {
    en: 'write the text after the colon, or remove the line if it is optional',
    ja: 'コロンの後に文章を書いてください。省略できる項目であれば、その行を削除してください',
  },
  'check.empty-list': { en: 'the list is empty', ja: 'リストが空です' },
  'check.empty-list.hint': {
    en: 'add at least one entry, each on its own line starting with "- "',
    ja: '項目を一つ以上、それぞれ「- 」で始まる行に書いてください',
  },
  'check.wrong-value': {
    en: ({ value, choices }) => `"${value}" is not one of ${entries(choices).join(', ')}`,
    ja: ({ value, choices }) => `「${value}」は ${ja(choices)} のいずれでもありません`,
  },
  'check.wrong-value.hint': {
    en: ({ choices }) => `write one of: ${entries(choices).join(', ')}`,
    ja: ({ choices }) => `${ja(choices)} のいずれかを書いてください`,
  },
  'check.unknown-block': {
    en: ({ keys }) => `this block has none of the keys that say what it is (found ${entries(keys).join(', ')})`,
    ja: ({ keys }) => `このブロックには、何のブロックかを示すキーがありません（書かれているキー：${ja(keys)}）`,
  },
  'check.unknown-block.kind': {
    en: (values) => `expected a text or a block, found ${found(values, 'en')}`,
    ja: (values) => `ここには文章かブロックを書きますが、${found(values, 'ja')}が書かれています`,
  },
  'check.unknown-block.hint': {
    en: ({ guess, blockKeys }) =>
      (guess ? `did you mean "${guess}"? ` : '') + `a block is a text, or has one of the keys ${entries(blockKeys).join(', ')} (e.g. "- list:" followed by its entries)`,
    ja: ({ guess, blockKeys }) =>
      (guess ? `「${guess}」の誤りではありませんか。` : '') + `ブロックは文章とするか、${ja(blockKeys)} のいずれかのキーを持たせてください（例：「- list:」の後に項目を並べる）`,
  },
  'check.invalid-date.format': { en: ({ value }) => `"${value}" is not a date`, ja: ({ value }) => `「${value}」は日付ではありません` },
  'check.invalid-date.format.hint': {
    en: 'write the date as YYYY-MM-DD, e.g. 2026-12-01',
    ja: '日付は YYYY-MM-DD の形で書いてください（例：2026-12-01）',
  },
  'check.invalid-date': {
    en: ({ value }) => `${value} is not a day of the calendar`,
    ja: ({ value }) => `${value} は暦にない日付です`,
  },
  'check.invalid-date.hint': { en: 'check the month and the day', ja: '月と日を確かめてください' },
  'check.pattern': {
    en: ({ value, en }) => `"${value}" is not written in the form asked for: ${en}`,
    ja: ({ value, ja }) => `「${value}」は求められている書き方になっていません。${ja}`,
  },
  'check.invalid-id': { en: ({ value }) => `"${value}" is not a valid id`, ja: ({ value }) => `「${value}」は id として使えません` },
  'check.invalid-id.hint': {
    en: ({ example }) => `an id uses lower-case ASCII letters, digits and single hyphens, e.g. ${example}`,
    ja: ({ example }) => `id には半角の英小文字・数字と、一つずつのハイフンを使ってください（例：${example}）`,
  },
  'check.wrong-type': {
    en: (values) => `expected ${EXPECTED[String(values.expected)]?.en ?? values.expected}, found ${found(values, 'en')}`,
    ja: (values) => `ここには${EXPECTED[String(values.expected)]?.ja ?? values.expected}を書きますが、${found(values, 'ja')}が書かれています`,
  },
  'check.wrong-type.text.hint': { en: 'write the text after the colon', ja: 'コロンの後に文章を書いてください' },
  'check.wrong-type.number.hint': {
    en: ({ key, written }) => `write the text after the colon, in quotes: ${key}: "${written}"`,
    ja: ({ key, written }) => `コロンの後に、引用符で囲んで ${key}: "${written}" と書いてください`,
  },
  'check.wrong-type.list.hint': {
    en: ({ key }) => `write each entry on its own line under "${key}:", starting with "- "`,
    ja: ({ key }) => `「${key}:」の下の行に、項目を一つずつ「- 」で始めて書いてください`,
  },
  'check.wrong-type.block.hint': {
    en: ({ key }) => `write the keys on the lines under "${key}:", indented by two more spaces`,
    ja: ({ key }) => `「${key}:」の下の行に、半角スペース二つ分深く字下げしてキーを書いてください`,
  },
  'check.wrong-type.boolean.hint': {
    en: ({ key }) => `write ${key}: true or ${key}: false`,
    ja: ({ key }) => `${key}: true または ${key}: false と書いてください`,
  },
  'check.schema': {
    en: ({ error }) => `${error}`,
    ja: ({ error }) => `スキーマ（schema/policy.schema.json）に合いません（${error}）`,
  },

  // Ids and references (duplicate-id.ts, references.ts).
  'check.duplicate-id': {
    en: ({ what, id, line }) => `the ${what} id "${id}" is already used on line ${line}`,
    ja: ({ what, id, line }) => `id「${id}」（${ID_GROUP_JA[String(what)] ?? what}）は ${line} 行目で既に使われています`,
  },
  'check.duplicate-id.hint': {
    en: ({ what, id }) => `give this ${what} an id of its own, e.g. "${id}-2"; versions are compared by id, so never reuse one`,
    ja: ({ id }) => `別の id をつけてください（例：「${id}-2」）。版どうしは id で比べるため、id を使い回さないでください`,
  },
  'check.unknown-reference': {
    en: ({ kind, id }) => (kind === 'mark' ? `the footnote mark [^${id}] does not exist` : `${reference(kind).en} "${id}" does not exist`),
    ja: ({ kind, id }) => reference(kind).ja(String(id)),
  },
  'check.unknown-reference.hint': {
    en: ({ kind, guess, known, more }) =>
      (guess ? `did you mean ${kind === 'mark' ? `[^${guess}]` : `"${guess}"`}? ` : '') +
      (entries(known).length ? `ids in ${reference(kind).where}: ${enCapped(known, more)}` : `there is nothing in ${reference(kind).where} yet`),
    ja: ({ kind, guess, known, more }) =>
      (guess ? (kind === 'mark' ? `[^${guess}] の誤りではありませんか。` : `「${guess}」の誤りではありませんか。`) : '') +
      (entries(known).length ? `${reference(kind).whereJa}の id：${jaCapped(known, more)}` : `${reference(kind).whereJa}にはまだ何もありません`),
  },
  'check.unknown-reference.fields': {
    en: 'the manager names item groups, but its table lists its items as plain "fields", without groups',
    ja: '管理責任者に項目グループ（groups）が指定されていますが、この表は項目をグループに分けず「fields」に並べています',
  },
  'check.unknown-reference.fields.hint': {
    en: 'remove "groups:" from this manager (it then answers for every item), or put the items of the table into "groups:" with ids',
    ja: 'この管理責任者から「groups:」を削除してください（すべての項目について責任を有することになります）。または、表の項目を id をつけて「groups:」に分けてください',
  },
  'check.joint-use-reference': {
    en: ({ words }) =>
      `this row of the joint-use table refers to another part of the policy ("${words}") without naming it, so a change there would not be weighed as a change of the joint use`,
    ja: ({ words }) =>
      `共同利用の表のこの行は、ポリシーのほかの箇所を参照していますが（「${words}」）、参照先の section が示されていません。そのため、参照先が変わっても共同利用の変更として判定されません`,
  },
  'check.joint-use-reference.hint': {
    en: ({ row }) => `add "refers: [id]" to the row "${row}" with the id of the section it refers to`,
    ja: ({ row }) => `行「${row}」に、参照先の section の id を「refers: [id]」と書き加えてください`,
  },
  'check.list-slot': {
    en: '{list} is written in the text but there is no list to put there',
    ja: '文章に {list} が書かれていますが、そこに入れるリストがありません',
  },
  'check.list-slot.hint': {
    en: ({ slot }) => `add "${slot}:" beside "text:" with the items, or remove {list}`,
    ja: ({ slot }) => `「text:」と並べて「${slot}:」に項目を書くか、{list} を削除してください`,
  },
  'check.list-slot.plain.hint': {
    en: 'remove {list}: this text cannot hold a list',
    ja: '{list} を削除してください。この文章にはリストを入れられません',
  },
  'check.list-slot.unused': {
    en: ({ slot }) => `"${slot}" is given but the text has no {list} to show it`,
    ja: ({ slot }) => `「${slot}」が書かれていますが、文章にそれを表示する {list} がありません`,
  },
  'check.list-slot.unused.hint': {
    en: 'write {list} in the text where the items should appear',
    ja: '文章の中の、項目を表示する位置に {list} と書いてください',
  },
  'check.clause-parties': {
    en: ({ named, total, missing, more }) =>
      `the paragraph names ${Number(named).toLocaleString('en-US')} of the ${Number(total).toLocaleString('en-US')} joint users of its table: ${enCapped(missing, more)} ${entries(missing).length === 1 && !more ? 'is' : 'are'} not named, so the sentence may read as if the others were all`,
    ja: ({ named, total, missing, more }) =>
      `この段落は、表の共同利用者 ${Number(total).toLocaleString('en-US')} 者のうち ${Number(named).toLocaleString('en-US')} 者を挙げています。${jaCapped(missing, more)} が挙げられていないため、挙げた者だけで全部であるかのように読まれるおそれがあります`,
  },
  'check.clause-parties.hint': {
    en: 'add each missing id on its own line "- id", in the order the paragraph should name them; or keep the sentence as it is if it says that the table lists every joint user',
    ja: '足りない id を、段落で挙げる順に一行ずつ「- id」と書き加えてください。共同利用者はすべて表のとおりであると文章が述べているなら、そのままでかまいません',
  },
  'check.clause-parties.twice': { en: ({ id }) => `the party "${id}" is named twice`, ja: ({ id }) => `共同利用者「${id}」が二度挙げられています` },
  'check.clause-parties.twice.hint': { en: 'delete one of the two lines', ja: '二つの行のうち一つを削除してください' },

  // Characters (characters.ts).
  'check.bidi-control': {
    en: (values) =>
      `the text holds the invisible character ${describeCodePoint(Number(values.cp))}${escapedEn(values)}, which changes the order in which the text is displayed: readers would see words in a different order from what is written`,
    ja: (values) =>
      `文章に見えない文字 ${describeCodePoint(Number(values.cp), 'ja')} が含まれています${escapedJa(values)}。表示の順序を変える文字で、読み手には書かれたものと違う順序で語が見えてしまいます`,
  },
  'check.bidi-control.hint': {
    en: ({ cp }) => `delete this character: the preview shows it as \\u${hex(cp).toLowerCase()} at this place; if the text should contain Arabic or Hebrew words, write them without direction controls`,
    ja: ({ cp }) => `この文字を削除してください。プレビューではこの位置に \\u${hex(cp).toLowerCase()} と表示されます。アラビア語やヘブライ語の語を書くときは、方向を制御する文字を使わずに書いてください`,
  },
  'check.invisible-character': {
    en: (values) =>
      `the text holds the invisible character ${describeCodePoint(Number(values.cp))}${escapedEn(values)}: it is not shown, but it makes the text differ from what readers see (a search or a comparison would not find the word)`,
    ja: (values) =>
      `文章に見えない文字 ${describeCodePoint(Number(values.cp), 'ja')} が含まれています${escapedJa(values)}。表示はされませんが、文章が読み手に見えるものと違ってしまいます（検索や比較でその語が見つかりません）`,
  },
  'check.invisible-character.hint': {
    en: 'delete this character; it usually comes from copying text out of a web page or a word processor',
    ja: 'この文字を削除してください。ウェブページやワープロから文章をコピーしたときに紛れ込むことがよくあります',
  },
  'check.control-character': {
    en: (values) =>
      `the text holds the control character ${describeCodePoint(Number(values.cp))}${escapedEn(values)}, which is not text and can disturb how the page, the text file or a terminal shows it`,
    ja: (values) =>
      `文章に制御文字 ${describeCodePoint(Number(values.cp), 'ja')} が含まれています${escapedJa(values)}。文字ではなく、ページ、テキストファイルや端末の表示を乱すおそれがあります`,
  },
  'check.control-character.hint': {
    en: 'delete this character; it usually comes from copying text out of another program. For a line break inside a text, use a YAML block (text: |)',
    ja: 'この文字を削除してください。ほかのプログラムから文章をコピーしたときに紛れ込むことがよくあります。文章の中で改行するには、YAML のブロック（text: |）を使ってください',
  },
  'check.lone-surrogate': {
    en: (values) => `the text holds ${describeCodePoint(Number(values.cp))}${escapedEn(values)}: half of a character (an emoji or a rare kanji) that cannot be shown`,
    ja: (values) => `文章に ${describeCodePoint(Number(values.cp), 'ja')}が含まれています${escapedJa(values)}。文字（絵文字やまれな漢字）の半分だけで、表示できません`,
  },
  'check.lone-surrogate.hint': {
    en: 'write the whole character, or delete the half: a pair such as "\\uD83D\\uDE00" must be written together, better as the character itself',
    ja: '文字全体を書くか、半分だけの文字を削除してください。"\\uD83D\\uDE00" のような組は二つ続けて書く必要があり、文字そのものを書くほうが確実です',
  },
  'check.more-characters': {
    en: ({ more }) => `… and ${Number(more).toLocaleString('en-US')} more such characters in this file`,
    ja: ({ more }) => `このファイルには、ほかにも同じような文字が ${Number(more).toLocaleString('en-US')} 個あります`,
  },
  'check.more-characters.hint': {
    en: 'delete them all: search the file for them, e.g. in VS Code with the regular expression [\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u00AD]',
    ja: 'すべて削除してください。ファイルの中を検索すると見つかります（例：VS Code で正規表現 [\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u00AD] を検索）',
  },
  'check.lookalike-name.same': {
    en: ({ name, line }) => `the name "${name}" is already used on line ${line}`,
    ja: ({ name, line }) => `名称「${name}」は ${line} 行目で既に使われています`,
  },
  'check.lookalike-name': {
    en: ({ name, first, line }) =>
      `the name "${name}" looks the same as "${first}" on line ${line}; they differ only by invisible characters, spaces or full-width/half-width forms`,
    ja: ({ name, first, line }) => `名称「${name}」は ${line} 行目の「${first}」と同じに見えます。違いは見えない文字、空白、全角・半角だけです`,
  },
  'check.lookalike-name.hint': {
    en: 'each joint user must be told apart by its name: write each name once, as in its register of companies; remove invisible characters',
    ja: '共同利用者は名称で見分けられなければなりません。各名称は登記のとおり一度だけ書き、見えない文字を取り除いてください',
  },

  // Editorial checks (lint.ts, placeholder.ts, numbering.ts, version-name.ts, short-name-form.ts, font-coverage.ts).
  'check.footnote-unused': {
    en: ({ id }) => `the footnote "${id}" is not referenced anywhere, so readers cannot find it`,
    ja: ({ id }) => `脚注「${id}」はどこからも参照されていないため、読み手が見つけられません`,
  },
  'check.footnote-unused.hint': {
    en: ({ id }) => `write [^${id}] where it applies, or delete the footnote`,
    ja: ({ id }) => `当てはまる箇所に [^${id}] と書くか、脚注を削除してください`,
  },
  'check.https-link': {
    en: ({ url }) => `the link ${url} is not secure (http:)`,
    ja: ({ url }) => `リンク ${url} は暗号化されていません（http:）`,
  },
  'check.https-link.hint': {
    en: ({ secure }) => `write ${secure} if the site offers it`,
    ja: ({ secure }) => `サイトが対応していれば ${secure} と書いてください`,
  },
  'check.contact-name.hint': {
    en: 'add a line "name: …" to this block (The desk (窓口), e.g. 個人情報相談窓口.), or give the lines as the page sets them under "lines:"',
    ja: 'このブロックに「name: …」の行（窓口の名称。例：個人情報相談窓口）を加えるか、「lines:」にページに表示するとおりの行を書いてください',
  },
  'check.contact-email': {
    en: ({ email }) => `"${email}" is not an e-mail address, so its mailto: link would not work`,
    ja: ({ email }) => `「${email}」はメールアドレスではないため、mailto: のリンクが働きません`,
  },
  'check.contact-email.hint': {
    en: 'write the address itself (privacy@example.jp); for a web form, give its address as "url:" and name it in "note:"',
    ja: 'アドレスそのもの（privacy@example.jp）を書いてください。ウェブのフォームであれば、そのアドレスを「url:」に書き、「note:」でフォームの名前を示してください',
  },
  'check.revision-history': {
    en: ({ last, lastDate, version, date }) => `the last revision (${last}, ${lastDate}) is not this version (${version}, ${date || 'no date'})`,
    ja: ({ last, lastDate, version, date }) => `改定履歴の最後の版（${last}、${lastDate}）が、この版（${version}、${date || '日付なし'}）と一致しません`,
  },
  'check.revision-history.hint': {
    en: 'add a revision entry for this version at the end of "revisions:", with its date and a one-line summary',
    ja: '「revisions:」の最後に、この版の改定を、日付と一行の要約をつけて書き加えてください',
  },
  'check.placeholder': {
    en: ({ mark }) => `a placeholder is still here: ${mark}`,
    ja: ({ mark }) => `記入すべき箇所が残っています：${mark}`,
  },
  'check.placeholder.hint': {
    en: ({ mark, what }) => (what ? `write the ${what} in place of ${mark}` : `write the real text in place of ${mark}`),
    ja: ({ mark, what }) => (what ? `${mark}を${what}に書き換えてください` : `${mark}を実際の文章に書き換えてください`),
  },
  'check.numbering.counters': {
    en: 'a numbering pattern has at most one counter in braces',
    ja: '番号のパターンに書ける {…}（番号の種類）は一つだけです',
  },
  'check.numbering.counter': {
    en: ({ counter }) => `{${counter}} is not a counter`,
    ja: ({ counter }) => `{${counter}} は番号の種類ではありません`,
  },
  'check.numbering.style': {
    en: ({ numbering }) => `"${numbering}" is not a numbering style`,
    ja: ({ numbering }) => `「${numbering}」という番号の付け方はありません`,
  },
  'check.numbering.hint': {
    en: ({ presets, counters }) => `write one of ${entries(presets).join(', ')}, or a pattern with one counter: ${entries(counters).join(' ')}, e.g. "第{1}条" or "（{1}）"`,
    ja: ({ presets, counters }) =>
      `${ja(presets)} のいずれか、または番号の種類（${entries(counters).join(' ')}）を一つ含むパターンを書いてください（例：「第{1}条」「（{1}）」）`,
  },
  'check.version-name.length': {
    en: ({ length, max }) => `the version is ${length} characters long; it names the files and folders of this version, and cannot be longer than ${max}`,
    ja: ({ length, max }) => `版が ${length} 文字あります。版はこの版のファイルやフォルダの名前になるため、${max} 文字までしか書けません`,
  },
  'check.version-name.length.hint': {
    en: 'write a short version such as "1.2"; put the description of the change in the revision summary',
    ja: '「1.2」のような短い版を書いてください。変更の説明は改定履歴の要約に書いてください',
  },
  'check.version-name.characters': {
    en: ({ version }) =>
      `the version "${version}" holds characters other than letters, digits, dots and hyphens; in folder names they become "-", so two versions could share a folder`,
    ja: ({ version }) =>
      `版「${version}」に英字・数字・ピリオド・ハイフン以外の文字が含まれています。フォルダ名ではそれらが「-」になるため、二つの版が同じフォルダになるおそれがあります`,
  },
  'check.version-name.characters.hint': {
    en: 'write the version with digits and dots, e.g. "1.2"',
    ja: '版は数字とピリオドで書いてください（例：「1.2」）',
  },
  'check.short-name-form': {
    en: ({ form }) => `"${form}" is not a definition of a short name; this wording is put after each joint user's name, so it may say nothing else`,
    ja: ({ form }) => `「${form}」は略称の定義になっていません。この文言は各共同利用者の名称の後に置かれるため、定義のほかには何も書けません`,
  },
  'check.short-name-form.name': {
    en: ({ form }) => `"${form}" has no {name}, where each joint user's short name goes`,
    ja: ({ form }) => `「${form}」に、各共同利用者の略称が入る {name} がありません`,
  },
  'check.short-name-form.hint': {
    en: 'write a definition with {name} for the short name, e.g. "（以下「{name}」といいます。）" or "（以下「{name}」という。）"; anything more belongs in the paragraph\'s own text',
    ja: '略称の位置に {name} を置いた定義を書いてください（例：「（以下「{name}」といいます。）」「（以下「{name}」という。）」）。それ以上のことは段落の文章に書いてください',
  },
  'check.font-coverage': {
    en: ({ chars, more }) => {
      const n = entries(chars).length + Number(more ?? 0);
      const listed = entries(chars).map((c) => `"${c}" (${codePoints(c)})`);
      return `the printed leaflet (PDF) cannot show ${enCapped(listValue(listed), more)}: the embedded IPAex fonts lack ${n === 1 ? 'it' : 'them'}, so ${n === 1 ? 'it is' : 'they are'} printed as an empty box`;
    },
    ja: ({ chars, more }) => {
      const listed = entries(chars).map((c) => `「${c}」（${codePoints(c)}）`);
      return `印刷用のリーフレット（PDF）では${jaCapped(listValue(listed), more)}を表示できません。埋め込んでいる IPAex フォントにない文字のため、空の四角として印刷されます`;
    },
  },
  'check.font-coverage.hint': {
    en: 'write it in words (e.g. 「注意」 instead of an emoji), or leave it out',
    ja: '言葉で書くか（例：絵文字の代わりに「注意」）、削除してください',
  },

  // The revision history and the dates (revision-order.ts).
  'check.revision-order.version': {
    en: ({ version, line }) => `version ${version} has two revision entries (the first at line ${line})`,
    ja: ({ version, line }) => `版 ${version} の改定履歴が二つあります（一つ目は ${line} 行目）`,
  },
  'check.revision-order.version.hint': {
    en: 'keep one entry per version: merge the two summaries into one line, or correct the version number of this entry',
    ja: '一つの版につき記載は一つにしてください。二つの要約を一行にまとめるか、この記載の版番号を直してください',
  },
  'check.revision-order.date': {
    en: ({ date, before, line }) => `the date ${date} is earlier than ${before} of the entry before it (line ${line}); the history goes from the oldest to the newest`,
    ja: ({ date, before, line }) => `日付 ${date} が、一つ前の記載（${line} 行目）の ${before} より前になっています。改定履歴は古いものから新しいものへ並べます`,
  },
  'check.revision-order.date.hint': {
    en: 'put the entries in the order of their dates, the newest last, or correct this date',
    ja: '記載を日付の順（最新のものを最後）に並べるか、この日付を直してください',
  },
  'check.dates-disagree': {
    en: ({ label, date, expected, line }) => `「${label}」 is ${date}, but the revisions say ${expected} (line ${line}): the page would print another date than its history`,
    ja: ({ label, date, expected, line }) =>
      `「${label}」は ${date} ですが、改定履歴（${line} 行目）では ${expected} です。ページに改定履歴と違う日付が印刷されてしまいます`,
  },
  'check.dates-disagree.hint': {
    en: ({ date, expected }) => `write date: ${expected}, or add the revision of ${date} to "revisions:"`,
    ja: ({ date, expected }) => `date: ${expected} と書くか、「revisions:」に ${date} の改定を書き加えてください`,
  },

  // Roles read from the words (roles.ts).
  'check.role-mismatch': {
    en: ({ declared, words, role: id }) =>
      `the section is declared "${entries(declared).join(', ')}" but its heading 「${words}」 reads like ${role(id).ja} (${id}, ${role(id).article}); the diff weighs a change here by the declared role only`,
    ja: ({ declared, words, role: id }) =>
      `この section は「${ja(declared)}」と宣言されていますが、見出し「${words}」は${role(id).ja}（${id}、${role(id).articleJa}）のように読めます。policy diff は、ここの変更を宣言された役割だけで判定します`,
  },
  'check.role-mismatch.hint': {
    en: ({ role: id }) => `if the section is on ${role(id).ja}, write "role: ${id}"; if not, reword it or split the part into a section of its own`,
    ja: ({ role: id }) => `この section が${role(id).ja}についてのものなら「role: ${id}」と書いてください。そうでなければ、見出しを書き直すか、その部分を別の section に分けてください`,
  },
  'check.role-undeclared': {
    en: ({ role: id, cue, words }) =>
      `the section reads like ${role(id).ja} (${id}, ${role(id).article}) from its ${cue === 'heading' ? 'heading' : 'words'} 「${words}」, but declares no role: the diff weighs its changes as ${id}`,
    ja: ({ role: id, cue, words }) =>
      `この section は、${cue === 'heading' ? '見出し' : '文言'}「${words}」から${role(id).ja}（${id}、${role(id).articleJa}）のように読めますが、役割（role）が宣言されていません。policy diff は、その変更を ${id} として判定します`,
  },
  'check.role-undeclared.hint': {
    en: ({ role: id, section }) => `write "role: ${id}" under "id: ${section}" to confirm it`,
    ja: ({ role: id, section }) => `確かめたうえで、「id: ${section}」の下に「role: ${id}」と書いてください`,
  },
  'check.role-undeclared.also': {
    en: ({ declared, role: id, words }) =>
      `the section declares "${entries(declared).join(', ')}" and its words 「${words}」 read like ${role(id).ja} too (${id}, ${role(id).article}): the diff weighs its changes as both`,
    ja: ({ declared, role: id, words }) =>
      `この section は「${ja(declared)}」と宣言していますが、その文言「${words}」は${role(id).ja}（${id}、${role(id).articleJa}）としても読めます。policy diff は、その変更を両方として判定します`,
  },
  'check.role-undeclared.also.hint': {
    en: ({ role: id }) => `if the part is on ${role(id).ja}, give it a section with "role: ${id}" and the information ${role(id).article} asks for`,
    ja: ({ role: id }) =>
      `その部分が${role(id).ja}についてのものなら、「role: ${id}」の section に分け、${role(id).articleJa}が求める事項を書いてください`,
  },

  // The APPI compliance lint (appi.ts).
  'check.appi-joint-use-items': {
    en: `no paragraph says that personal data is used jointly (${ART_27_5_3})`,
    ja: `個人データを共同利用することを述べた段落がありません（${ART_27_5_3_JA}）`,
  },
  'check.appi-joint-use-items.hint': {
    en: 'add a paragraph that says so and names the joint users: write {list} in its text and list their ids under "parties:"',
    ja: 'そのことを述べ、共同利用者を挙げる段落を加えてください。文章に {list} と書き、「parties:」に共同利用者の id を並べてください',
  },
  'check.appi-joint-use-items.group': {
    en: ({ group }) => `no manager is named for the item group "${group}" (${ART_27_5_3})`,
    ja: ({ group }) => `項目グループ「${group}」について、管理について責任を有する者が示されていません（${ART_27_5_3_JA}）`,
  },
  'check.appi-joint-use-items.group.hint': {
    en: ({ group }) => `add "${group}" to the "groups:" of the manager responsible for it, or leave "groups:" out of a manager who answers for every item`,
    ja: ({ group }) => `責任を有する管理責任者の「groups:」に「${group}」を加えるか、すべての項目について責任を有する管理責任者からは「groups:」を除いてください`,
  },
  'check.appi-manager-identity.business': {
    en: ({ key, business }) =>
      `the manager is the business itself, but its ${key} differs from the one under "organization:" (${business}): the notice would give two (${ART_27_5_3}; Art. 32(1)(i))`,
    ja: ({ key, business }) =>
      `管理責任者は事業者自身ですが、その ${key}（${identityJa(key)}）が「organization:」のもの（${business}）と違います。二つの${identityJa(key)}を示すことになってしまいます（${ART_27_5_3_JA}・第32条第1項第1号）`,
  },
  'check.appi-manager-identity.business.hint': {
    en: ({ key }) => `write the same ${key} in both places; when it changes, change both (a change of the manager's ${key} is notified without delay, Art. 27(6))`,
    ja: ({ key }) =>
      `両方に同じ ${key} を書いてください。変わるときは両方を変えてください（管理責任者の${identityJa(key)}の変更は、遅滞なく本人に通知するか、本人が容易に知り得る状態に置きます。個人情報保護法第27条第6項）`,
  },
  'check.appi-manager-identity': {
    en: ({ missing }) =>
      `the manager has no ${entries(missing).join(' and no ')}: since the 2022 amendment the notice names the manager's name, address and, for a corporation, its representative (${ART_27_5_3})`,
    ja: ({ missing }) =>
      `管理責任者に ${ja(missing)} がありません。2022年4月施行の改正により、管理責任者の氏名又は名称、住所、法人にあってはその代表者の氏名を示すことになっています（${ART_27_5_3_JA}）`,
  },
  'check.appi-manager-identity.hint': {
    en: ({ missing }) =>
      entries(missing)
        .map((key) => `add "${key}: …"`)
        .join(' and ') + ' to this manager; where the manager is each contracting company in turn, say where their addresses and representatives are published',
    ja: ({ missing }) =>
      `この管理責任者に${entries(missing)
        .map((key) => `「${key}: …」`)
        .join('と')}を加えてください。契約する各社がそれぞれ管理責任者となる場合は、各社の住所と代表者がどこで公表されているかを書いてください`,
  },
  'check.appi-manager-identity.prose': {
    en: ({ missing }) =>
      `the managers row names no ${entries(missing).map((k) => (k === 'address' ? 'address' : 'representative')).join(' and no ')} of the manager: since the 2022 amendment the notice names the manager's name, address and, for a corporation, its representative (${ART_27_5_3})`,
    ja: ({ missing }) =>
      `管理責任者の行に、管理責任者の${entries(missing).map((k) => (k === 'address' ? '住所' : '代表者の氏名')).join('と')}が書かれていません。2022年4月施行の改正により、管理責任者の氏名又は名称、住所、法人にあってはその代表者の氏名を示すことになっています（${ART_27_5_3_JA}）`,
  },
  'check.appi-manager-identity.prose.hint': {
    en: ({ missing }) =>
      `write the manager's ${entries(missing).map((k) => (k === 'address' ? 'address' : 'representative')).join(' and ')} in this row after its name, e.g. 株式会社A（住所：東京都千代田区…、代表者：代表取締役 山田太郎）`,
    ja: ({ missing }) =>
      `この行の名称のあとに、管理責任者の${entries(missing).map((k) => (k === 'address' ? '住所' : '代表者の氏名')).join('と')}を書いてください（例：株式会社A（住所：東京都千代田区…、代表者：代表取締役 山田太郎））`,
  },
  'check.appi-business-identity': {
    en: ({ missing }) =>
      `the business has no ${entries(missing).join(' and no ')}: a privacy notice publishes the business's name, address and representative (APPI Art. 32(1)(i))`,
    ja: ({ missing }) =>
      `事業者に ${ja(missing)} がありません。プライバシーポリシーでは、事業者の名称、住所と代表者の氏名を公表します（個人情報保護法第32条第1項第1号）`,
  },
  'check.appi-business-identity.hint': {
    en: ({ missing }) =>
      entries(missing)
        .map((key) => `add "${key}: …"`)
        .join(' and ') + ' under "organization:", e.g. address: 東京都千代田区… and representative: 代表取締役 山田太郎',
    ja: ({ missing }) =>
      `「organization:」の下に${entries(missing)
        .map((key) => `「${key}: …」`)
        .join('と')}を加えてください（例：address: 東京都千代田区…、representative: 代表取締役 山田太郎）`,
  },
  'check.appi-business-identity.unpublished': {
    en: ({ keys }) =>
      `the business's ${entries(keys).join(' and ')} ${entries(keys).length === 1 ? 'is' : 'are'} given under "organization:" but not published: this signature takes the place where they would be printed (APPI Art. 32(1)(i))`,
    ja: ({ keys }) =>
      `事業者の ${ja(keys)} は「organization:」に書かれていますが、公表されていません。それらが印刷されるはずの場所に、この署名が置かれています（個人情報保護法第32条第1項第1号）`,
  },
  'check.appi-business-identity.unpublished.hint': {
    en: 'add a block "- show: business" to the section on the business, or write them in the signature lines as they are written under "organization:"',
    ja: '事業者についての section に「- show: business」のブロックを加えるか、署名の行に「organization:」と同じとおりに書いてください',
  },
  'check.appi-use-purposes': {
    en: 'the policy states no purpose of use (利用目的): they must be published (APPI Art. 21(1), 32(1)(ii))',
    ja: 'ポリシーに利用目的が書かれていません。利用目的は公表しなければなりません（個人情報保護法第21条第1項・第32条第1項第2号）',
  },
  'check.appi-use-purposes.hint': {
    en: 'add a block "purposes:" to the section on the purposes of use, with one entry (id and text) per purpose',
    ja: '利用目的の section に「purposes:」のブロックを加え、目的を一つずつ（id と text）書いてください',
  },
  'check.appi-disclosure-procedure': {
    en: 'the policy does not say how to request disclosure, correction, suspension of use etc. (開示等の請求) (APPI Art. 32(1)(iii))',
    ja: 'ポリシーに、開示、訂正、利用停止等の請求（開示等の請求）の手続が書かれていません（個人情報保護法第32条第1項第3号）',
  },
  'check.appi-disclosure-procedure.hint': {
    en: 'add a section with "role: disclosure" that says where and how to make a request, what to send, how identity is verified, and the fee (or that there is none)',
    ja: '「role: disclosure」の section を加え、請求の宛先と方法、提出する書面、本人確認の方法、手数料（無料ならその旨）を書いてください',
  },
  'check.appi-disclosure-procedure.amount': {
    en: 'the procedure for disclosure requests speaks of a fee (手数料) but does not state its amount: where a fee is set, its amount is published (APPI Art. 32(1)(iii), 38(2))',
    ja: '開示等の請求の手続に手数料のことが書かれていますが、その額が書かれていません。手数料を定めたときは、その額を公表します（個人情報保護法第32条第1項第3号・第38条第2項）',
  },
  'check.appi-disclosure-procedure.amount.hint': {
    en: 'add the amount, e.g. 「開示の請求1件につき手数料として○○円を申し受けます。」, or say 「手数料は無料です。」',
    ja: '額を書き加えるか（例：「開示の請求1件につき手数料として○○円を申し受けます。」）、「手数料は無料です。」と書いてください',
  },
  'check.appi-disclosure-fee': {
    en: ({ sentence }) =>
      `a fee is asked for correction, suspension of use or deletion: 「${sentence}」; only a request for disclosure or for the notice of the purposes may carry a fee (APPI Art. 38(1))`,
    ja: ({ sentence }) =>
      `訂正、利用停止又は削除について手数料を求めています：「${sentence}」。手数料を徴収できるのは、開示の請求と利用目的の通知の求めについてだけです（個人情報保護法第38条第1項）`,
  },
  'check.appi-disclosure-fee.hint': {
    en: 'ask the fee only for 開示 and 利用目的の通知, and say that correction, suspension and deletion are free of charge',
    ja: '手数料は開示と利用目的の通知についてだけ求め、訂正、利用停止と削除は無料であると書いてください',
  },
  'check.appi-security-measures': {
    en: 'the policy does not state the security control measures taken (安全管理措置) (APPI Art. 32(1)(iv); Cabinet Order Art. 10(1))',
    ja: 'ポリシーに、講じている安全管理措置が書かれていません（個人情報保護法第32条第1項第4号、施行令第10条第1号）',
  },
  'check.appi-security-measures.hint': {
    en: 'add a section with "role: security" listing the organisational, human, physical and technical measures and the understanding of the external environment (外的環境の把握)',
    ja: '「role: security」の section を加え、組織的、人的、物理的、技術的安全管理措置と外的環境の把握を挙げてください',
  },
  'check.appi-security-measures.kinds': {
    en: ({ missing }) => `the security control measures do not mention ${measures(missing, 'en')} (Cabinet Order Art. 10(1); PPC Guidelines 10)`,
    ja: ({ missing }) => `安全管理措置に${measures(missing, 'ja')}が書かれていません（施行令第10条第1号、通則ガイドライン 10）`,
  },
  'check.appi-security-measures.kinds.hint': {
    en: 'add an entry for each missing kind of measure to the list of this section',
    ja: 'この section のリストに、足りない種類の措置をそれぞれ書き加えてください',
  },
  'check.appi-complaints': {
    en: 'the policy does not say where to make complaints about the handling of personal data (苦情の申出先) (APPI Art. 32(1)(iv); Cabinet Order Art. 10(2))',
    ja: 'ポリシーに、個人情報の取扱いに関する苦情の申出先が書かれていません（個人情報保護法第32条第1項第4号、施行令第10条第2号）',
  },
  'check.appi-complaints.hint': {
    en: 'add a section with "role: complaints" holding a "contact:" block (name of the desk, address, phone, e-mail, hours); name the 認定個人情報保護団体 too if the business is a member',
    ja: '「role: complaints」の section を加え、「contact:」のブロック（窓口の名称、住所、電話番号、メールアドレス、受付時間）を書いてください。認定個人情報保護団体の対象事業者であれば、その団体の名称も書いてください',
  },
  'check.appi-complaints.contact': {
    en: 'the section on complaints has no contact block: readers need the desk, its address and how to reach it (Cabinet Order Art. 10(2))',
    ja: '苦情の申出先の section に連絡先のブロックがありません。読み手には、窓口とその住所、連絡の方法が必要です（施行令第10条第2号）',
  },
  'check.appi-complaints.contact.hint': {
    en: 'add a block "contact:" with name, address, phone or email, and hours',
    ja: '「contact:」のブロックを加え、name、address、phone か email、hours を書いてください',
  },
  'check.effective-date': { en: 'the policy has no effective date (施行日)', ja: 'ポリシーに施行日がありません' },
  'check.effective-date.hint': {
    en: 'add a line "effectiveDate: YYYY-MM-DD", e.g. effectiveDate: 2026-12-01',
    ja: '「effectiveDate: YYYY-MM-DD」の行を加えてください（例：effectiveDate: 2026-12-01）',
  },
  'check.appi-overseas-information': {
    en: 'the section is on provision to a third party abroad, but gives no "abroad:" information (the country, its system for protecting personal information, the recipient\'s measures) that must be provided before the individual consents (APPI Art. 28(2))',
    ja: 'この section は外国にある第三者への提供についてのものですが、本人の同意を得る前に提供しなければならない情報（国の名称、その国の個人情報の保護に関する制度、提供先が講ずる措置）が「abroad:」に書かれていません（個人情報保護法第28条第2項）',
  },
  'check.appi-overseas-information.hint': {
    en: 'add under the section: abroad: [{ country: …, system: …, measures: … }] (recipient: optional); the letter of "policy notice" quotes it',
    ja: 'section に「abroad: [{ country: …, system: …, measures: … }]」を加えてください（recipient は任意）。「policy notice」のお知らせはこれを引用します',
  },
} as const satisfies Part;
