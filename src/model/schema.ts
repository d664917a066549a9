/**
 * The policy model: one source of truth for the TypeScript types (`Static`)
 * and the JSON Schema committed as `schema/policy.schema.json`
 * (regenerate with `npm run schema`).
 *
 * A policy is a tree: sections (each with an optional heading and its own
 * numbering) holding blocks (paragraphs, lists, tables, contact blocks, date
 * and signature lines). Typed blocks carry a legal meaning that the check,
 * the renderers and the diff understand: the purposes of use (利用目的), the
 * joint-use table (共同利用), and the business's own identity (事業者).
 *
 * Descriptions are written for the people who edit the YAML, in Japanese and
 * English (`about`): an editor with the YAML extension shows them on hover
 * and on completion, the Japanese first.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ROLES, ROLE_NAMES, type Role } from './roles.js';

const strict = { additionalProperties: false } as const;

/** The keyword of a schema's Japanese description, beside its English `description`; the committed schema joins the two (jsonSchema). */
export const DESCRIPTION_JA = 'descriptionJa';

/**
 * A description in Japanese and English. The English stays the schema's
 * `description` in the model, as `policy check` quotes it in its hints; the
 * JSON Schema for the editor says both, 「日本語 — English」.
 */
export function about(ja: string, en: string): { description: string; [DESCRIPTION_JA]: string } {
  return { description: en, [DESCRIPTION_JA]: ja };
}

/**
 * What the editor underlines a value that breaks a pattern with, in both
 * languages: the English first, as it was before the Japanese was added (what
 * matches the message from its start still finds it), then 「 / 」 and the
 * Japanese.
 */
export function patternMessage(ja: string, en: string): { patternErrorMessage: string; [PATTERN_MESSAGE_JA]: string } {
  return { patternErrorMessage: en, [PATTERN_MESSAGE_JA]: ja };
}

/** The keyword of a pattern message's Japanese, beside its English `patternErrorMessage`; `policy check` says the one, the committed schema both. */
export const PATTERN_MESSAGE_JA = 'patternErrorMessageJa';

/** A schema's description in one language (the English where it has no Japanese). */
export function descriptionIn(schema: { description?: string; [DESCRIPTION_JA]?: string }, locale: 'en' | 'ja'): string | undefined {
  return locale === 'ja' ? (schema[DESCRIPTION_JA] ?? schema.description) : schema.description;
}

export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

export const Id = Type.String({
  pattern: ID_PATTERN,
  // Shown by the editor (YAML extension) in place of the raw pattern.
  ...patternMessage('id は半角の英小文字・数字と、一つずつのハイフンで書いてください（例：retail-contract）。', 'An id is lower-case ASCII letters, digits and single hyphens, e.g. retail-contract.'),
  ...about(
    '変わらない識別子：半角の英小文字・数字とハイフン（例：`retailers`）。文言だけを変えるときは変えないでください。版の比較は id で行います。',
    'Stable id: lower-case ASCII letters, digits and hyphens (e.g. `retailers`). ' +
      'Never change it when only the wording changes: versions are compared by id.',
  ),
  examples: ['retailers'],
});

export const Text = Type.String({
  minLength: 1,
  ...about(
    '公開するとおりの文。インラインの Markdown を使えます：*強調*、**太字**、[リンク](https://example.jp)、<https://example.jp>、脚注記号 [^scope] など。',
    'Text as it is published. Inline Markdown is allowed: *emphasis*, **strong**, ' +
      '[link](https://example.jp), <https://example.jp>, and footnote marks such as [^scope].',
  ),
});

const Conjunction = Type.String({
  ...about(
    'リストの最後の項目の前に置く語：「及び」なら「A、B及びC」、「、及び」なら「A、B、及びC」となります。省略すると「、」だけでつなぎます。',
    'Word placed before the last item of the list: 「及び」 gives 「A、B及びC」, ' +
      '「、及び」 gives 「A、B、及びC」. Without it the items are joined with 「、」 only.',
  ),
  examples: ['及び', '、及び', '又は'],
});

const DateText = Type.String({
  pattern: DATE_PATTERN,
  // Shown by the editor (YAML extension) in place of the raw pattern, also while a placeholder 【要記入：…】 stands here.
  ...patternMessage(
    '日付は YYYY-MM-DD の形で書いてください（例：2027-04-01）。【要記入：…】が残っていれば、それに代えて書いてください。',
    'Write the date as YYYY-MM-DD, e.g. 2027-04-01 (in place of the placeholder 【要記入：…】, if one is left).',
  ),
  ...about('YYYY-MM-DD の形で書いた日付（例：2026-12-01）。', 'A date written as YYYY-MM-DD, e.g. 2026-12-01.'),
  examples: ['2026-12-01'],
});

const NoteRefs = Type.Array(Id, {
  ...about('この項目の後に付ける脚注記号（※1、※2 …）の脚注の id。', 'Ids of footnotes whose marks (※1, ※2 …) follow this entry.'),
});

/**
 * What a `role:` value means, for the editor: its Japanese name, the article
 * and what it covers, then the same in English. Each value has its own
 * description (an `anyOf` of `const`s), which the YAML extension shows for the
 * value written and beside each value it offers.
 */
export function roleDescription(role: Role): { description: string; [DESCRIPTION_JA]: string } {
  const spec = ROLES[role];
  const ja = spec.articleJa === '—' ? spec.ja : `${spec.ja}（${spec.articleJa}）`;
  const en = spec.article === '—' ? spec.en : `${spec.en} (${spec.article})`;
  return about(`${ja}：${spec.covers.ja}`, `${en}: ${spec.covers.en}`);
}

/** `role:` on a section or a block: what the part is in law. Optional: the check finds roles from the words too. */
export const RoleField = Type.Optional(
  Type.Union(
    ROLE_NAMES.map((r) => Type.Literal(r, roleDescription(r))),
    about(
      'この部分が法律上何にあたるか（省略できます。`policy check` が文言から読み取り、食い違えば指摘します）。',
      'What this part is in law (optional: `policy check` finds it from the words and says where they disagree).',
    ),
  ),
);

/** Numbering presets; any other value is a pattern such as "第{1}条" or "（{ア}）". */
export const NUMBERING_PRESETS = {
  article: '第{1}条',
  decimal: '{1}.',
  paren: '({1})',
  'half-paren': '{1})',
  circled: '{①}',
  katakana: '{ア}.',
  iroha: '{イ}.',
  bullet: '・',
  none: '',
  paragraph: '{１}',
} as const;

export const Numbering = Type.String({
  ...about(
    '項目の番号の付け方：article（第1条）、decimal（1.）、paren（(1)）、half-paren（1)）、circled（①）、katakana（ア.）、iroha（イ.）、bullet（・）、none（番号なし）、paragraph（法令の項の番号：最初は番号なし、次から２、３）。又は番号を一つ波括弧で囲んだ書式："第{1}条"、"（{1}）"、"{１}．"、"({ア})"、"{a}."、"{i}."、"{一}、"。又は "・" や "■" のような決まった記号。',
    'How the entries are numbered: article (第1条), decimal (1.), paren ((1)), half-paren (1)), circled (①), ' +
      'katakana (ア.), iroha (イ.), bullet (・), none, or paragraph (項 as statutes number them: the first unnumbered, then ２, ３); or a pattern with one counter in braces: ' +
      '"第{1}条", "（{1}）", "{１}．", "({ア})", "{a}.", "{i}.", "{一}、"; or a fixed mark such as "・" or "■".',
  ),
  examples: ['article', 'decimal', 'paren', 'half-paren', 'circled', 'bullet', 'none', '第{1}条', '（{1}）'],
});

/** The name in the earlier version of an entity renamed or succeeded, or of an item reworded (the diff checks it). */
function FormerName(what: 'entity' | 'item') {
  const change = what === 'entity' ? 'the same entity was renamed or succeeded (PPC Guidelines 3-6-3 事例2/3)' : 'the same item was reworded';
  const ja =
    what === 'entity'
      ? '同じ者が名称を変え、又は承継されたときの、前の版での名称（通則ガイドライン 3-6-3 事例2・3）。差分はその版と照合し、新しい者ではなく名称の変更として扱います。'
      : '同じ項目の文言を変えたときの、前の版での名称。差分はその版と照合し、新しい項目ではなく名称の変更として扱います。';
  return Type.Optional(
    Type.String({
      minLength: 1,
      ...about(ja, `The name in the earlier version, when ${change}: the diff checks it against that version and then treats the change as a new name, not a new ${what}.`),
    }),
  );
}

function entry<P extends Record<string, TSchema>>(properties: P, words: ReturnType<typeof about>) {
  return Type.Object({ id: Id, ...properties }, { ...strict, ...words });
}

/** The kinds of change a decision speaks of: the categories of `policy diff` (diff/types.ts CATEGORIES). */
export const DECISION_KINDS = [
  'unclassified', 'party', 'item', 'jointPurpose', 'manager', 'provision', 'overseas', 'optOut', 'entrustment', 'sensitive', 'usePurpose', 'publication', 'editorial',
] as const;

/** What was done about a kind of change: consent collected, individuals notified, the text published, or nothing. */
export const DECISION_TAKEN = ['consent', 'notified', 'published', 'none'] as const;

export const DecisionAction = Type.Object(
  {
    kinds: Type.Optional(
      Type.Array(Type.Union(DECISION_KINDS.map((k) => Type.Literal(k))), {
        minItems: 1,
        ...about('この対応が対象とする変更の種類（"policy diff" の分類。例：party、usePurpose）。すべての変更が対象なら省略します。', 'The kinds of change (the categories of "policy diff", e.g. party, usePurpose) this action is for; leave out for every change.'),
      }),
    ),
    taken: Type.Union(DECISION_TAKEN.map((k) => Type.Literal(k)), {
      ...about('consent：同意を取得した、notified：本人に通知した、published：公表した、none：対応は不要と判断した。', 'consent: consent collected; notified: individuals told; published: the text made public; none: judged to need nothing.'),
    }),
    on: Type.Optional({ ...DateText, ...about('本人に通知した日又は公表した日（YYYY-MM-DD）。', 'The day individuals were told or the text was published, YYYY-MM-DD.') }),
    from: Type.Optional({ ...DateText, ...about('同意の取得を始めた日（YYYY-MM-DD）。', 'The first day consent was collected, YYYY-MM-DD.') }),
    to: Type.Optional({ ...DateText, ...about('同意の取得を終えた日（YYYY-MM-DD）。', 'The last day consent was collected, YYYY-MM-DD.') }),
    note: Type.Optional(Type.String({ minLength: 1, ...about('方法。例：書面による同意書の回収、会員サイトでの告知。', 'How, e.g. 書面による同意書の回収, 会員サイトでの告知.') })),
  },
  { ...strict, ...about('変更の種類ごとに行った対応。', 'The action taken for some kinds of change.') },
);

export const Decision = Type.Object(
  {
    reviewer: Type.String({ minLength: 1, ...about('変更を判断した人。例：法務部 山田花子。', 'Who judged the changes, e.g. 法務部 山田花子.') }),
    date: { ...DateText, ...about('判断した日（YYYY-MM-DD）。', 'The day of the judgement, YYYY-MM-DD.') },
    reference: Type.Optional(Type.String({ minLength: 1, ...about('承認の番号。例：稟議第2027-045号。', 'The reference of the approval, e.g. 稟議第2027-045号.') })),
    actions: Type.Array(DecisionAction, { minItems: 1, ...about('変更の種類ごとの対応。', 'Per kind of change, the action taken.') }),
  },
  { ...strict, ...about('この改定についての判断の記録（社内用：公開しません）。', 'The record of the decision on this revision (internal: never published).') },
);

export const Revision = Type.Object(
  {
    version: Type.String({ minLength: 1, ...about('版番号。例："1.1"。引用符で囲んでください。', 'Version number, e.g. "1.1". Quote it.') }),
    date: DateText,
    summary: Text,
    decision: Type.Optional(Decision),
  },
  { ...strict, ...about('改定履歴の一行。', 'One line of the revision history (改定履歴).') },
);

export const Organization = Type.Object(
  {
    name: Type.String({ minLength: 1, ...about('正式な名称。例：一般社団法人グリーン・市民電力。', 'Full legal name (名称), e.g. 一般社団法人グリーン・市民電力.') }),
    shortName: Type.Optional(Type.String({ minLength: 1, ...about('本文で使う略称。例：市民電力。', 'Short name used in the text, e.g. 市民電力.') })),
    address: Type.Optional(Type.String({ minLength: 1, ...about('本店の住所。個人情報保護法第32条第1項第1号により公表します。', 'Address of the head office (住所), published as APPI Art. 32(1)(i) requires.') })),
    representative: Type.Optional(
      Type.String({ minLength: 1, ...about('代表者の氏名。例：代表理事 山田太郎。個人情報保護法第32条第1項第1号により公表します。', 'Representative (代表者の氏名), e.g. 代表理事 山田太郎; published as APPI Art. 32(1)(i) requires.') }),
    ),
  },
  { ...strict, ...about('この方針を定める個人情報取扱事業者。', 'The business that issues the policy (個人情報取扱事業者).') },
);

// ---------------------------------------------------------------- joint use

export const Party = entry(
  {
    name: Text,
    shortName: Type.Optional(
      Type.String({
        minLength: 1,
        ...about('段落でこの者を挙げるときに定める略称：「…(以下「グリーンコープ連合」という)」。', 'Short name defined where a paragraph names the party: 「…(以下「グリーンコープ連合」という)」.'),
      }),
    ),
    notes: Type.Optional(NoteRefs),
    note: Type.Optional(Type.String({ minLength: 1, ...about('名称の後に、方針のとおりに載せる注記：「ただし、ユーザーは…を利用することはできません。」', 'A note printed after the name, as the policy sets it: 「ただし、ユーザーは…を利用することはできません。」') })),
    formerName: FormerName('entity'),
  },
  about('共同利用する者の一つ。', 'One joint user (共同利用する者).'),
);

export const JointPurpose = entry({ text: Text }, about('共同利用の目的の一つ。', 'One purpose of the joint use (共同利用の目的).'));

export const Field = entry(
  {
    name: Text,
    formerName: FormerName('item'),
  },
  about('情報項目の一つ。例：氏名。', 'One data item (情報項目), e.g. 氏名.'),
);

export const ItemGroup = entry(
  {
    name: Text,
    fields: Type.Array(Field, { minItems: 1, ...about('このまとまりの情報項目。それぞれに id と名称を書きます。', 'The data items of the group, each with an id and a name.') }),
    conjunction: Type.Optional(Conjunction),
  },
  about('情報項目のまとまり。例：基本情報。', 'A group of data items, e.g. 基本情報.'),
);

export const Manager = entry(
  {
    groups: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        ...about('この者が責任を有する項目のまとまりの id。すべての項目について責任を有するなら省略します。', 'Ids of the item groups this manager is responsible for. Leave out when the manager answers for all items.'),
      }),
    ),
    name: Text,
    exception: Type.Optional(
      Type.String({ minLength: 1, ...about('名称の後に（）で示す例外。括弧は付けずに書いてください。', 'An exception, shown in （） after the name. Write it without the brackets.') }),
    ),
    address: Type.Optional(Type.String({ minLength: 1, ...about('管理について責任を有する者の住所。', 'Address of the manager (住所).') })),
    representative: Type.Optional(
      Type.String({ minLength: 1, ...about('法人であれば、その代表者の氏名。', 'Representative of the manager, for a corporation (代表者の氏名).') }),
    ),
    lines: Type.Optional(
      Type.Array(
        Type.Object(
          {
            label: Type.String({ minLength: 1, ...about('この行の見出し。例：管理担当。', 'The label of the line, e.g. 管理担当.') }),
            text: Type.String({ minLength: 1, ...about('見出しに続く内容。例：○○個人情報保護事務局。', 'The line after its label, e.g. ○○個人情報保護事務局.') }),
          },
          { ...strict, ...about('一行：「管理担当：○○個人情報保護事務局」。', 'A line: 「管理担当：○○個人情報保護事務局」.') },
        ),
        { minItems: 1, ...about('住所と代表者の後に載せる行。例：{ label: 管理担当, text: ○○個人情報保護事務局 }。', 'Further lines of the manager, printed after its address and representative, e.g. { label: 管理担当, text: ○○個人情報保護事務局 }.') },
      ),
    ),
    labels: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String({ minLength: 1, ...about('名称の前に付ける見出し。例：会社名：', 'The label before the name, e.g. 会社名：') })),
          address: Type.Optional(Type.String({ minLength: 1, ...about('住所の前に付ける見出し。例：所在地：', 'The label before the address, e.g. 所在地：') })),
          representative: Type.Optional(Type.String({ minLength: 1, ...about('代表者の前に付ける見出し。例：代表者：', 'The label before the representative, e.g. 代表者：') })),
        },
        { ...strict, ...about('各行の見出しを方針の表記にするとき。例：{ name: 会社名：, address: 所在地：, representative: 代表者： }。既定では名称に見出しはなく、住所：と代表者：です。', 'The policy\'s own labels for the lines, e.g. { name: 会社名：, address: 所在地：, representative: 代表者： }; default none for the name, 住所： and 代表者：.') },
      ),
    ),
    formerName: FormerName('entity'),
  },
  about('共同利用する個人データの管理について責任を有する者。', 'The person responsible for managing the jointly used data (管理について責任を有する者).'),
);

const rowLabel = Type.String({ minLength: 1, ...about('表の行の見出し（会社の表記のとおり）。', 'Row heading in the table, as the company writes it.') });
const rowIntro = Type.Optional(Type.String({ minLength: 1, ...about('その行で、項目の前に示す文。', 'A sentence shown in the row before its entries.') }));
const rowNumbering = Type.Optional(Numbering);
const rowRefers = Type.Optional(
  Type.Array(Id, {
    minItems: 1,
    ...about('この行が内容を参照する条の id（「第2条に定める利用目的」、「「１. 取得する個人情報」記載の情報」）。その条の文言も行の一部となり、その変更は共同利用の変更として評価します。', 'Ids of the sections this row refers to for its content (「第2条に定める利用目的」, 「「１. 取得する個人情報」記載の情報」): their text is part of the row, so a change there is weighed as a change of the joint use.'),
  }),
);

export const JointUse = Type.Object(
  {
    id: Id,
    header: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        minItems: 2,
        maxItems: 2,
        ...about('見出し行：二つの列の見出し。例：[項目, 規定]。見出し行のない表なら省略します。', 'The header row: the headings of the two columns, e.g. [項目, 規定]. Leave out for a table without a header row.'),
      }),
    ),
    layout: Type.Optional(
      Type.Union([Type.Literal('table'), Type.Literal('list')], {
        ...about('table（既定）：二列の表。list：各行を番号付きのリストにし、見出しの下に内容を置きます（「1. 共同して利用される個人データの項目」）。', 'table (default): a two-column table; list: the rows as a numbered list, each label over its entries (「1. 共同して利用される個人データの項目」).'),
      }),
    ),
    numbering: Type.Optional(Numbering),
    parties: Type.Object(
      { label: rowLabel, intro: rowIntro, numbering: rowNumbering, refers: rowRefers, entries: Type.Array(Party, { minItems: 1, ...about('共同利用する者。それぞれに id と名称を書きます。', 'The joint users, each with an id and a name.') }) },
      { ...strict, ...about('共同利用する者の範囲。', 'Scope of the joint users (共同利用する者の範囲).') },
    ),
    purposes: Type.Object(
      { label: rowLabel, intro: rowIntro, numbering: rowNumbering, refers: rowRefers, entries: Type.Array(JointPurpose, { minItems: 1, ...about('利用目的。それぞれに id と文を書きます。', 'The purposes, each with an id and its text.') }) },
      { ...strict, ...about('利用する者の利用目的。', 'Purposes of the joint users (利用する者の利用目的).') },
    ),
    items: Type.Object(
      {
        label: rowLabel,
        intro: rowIntro,
        numbering: rowNumbering,
        refers: rowRefers,
        groups: Type.Optional(Type.Array(ItemGroup, { minItems: 1, ...about('名前を付けたまとまりごとの項目（①基本情報：氏名、住所…）。', 'The items in named groups (①基本情報：氏名、住所…).') })),
        fields: Type.Optional(Type.Array(Field, { minItems: 1, ...about('まとまりに分けないときの項目。', 'The items, when they are not grouped.') })),
        text: Type.Optional(
          Type.String({
            minLength: 1,
            ...about('方針が文章で書く項目：「…の項目はすべて共同で利用する可能性がありますが、具体的には、氏名、性別、生年月日…です。」差分はこの文言から項目を読み取ります。', 'The items as the policy writes them in prose: 「…の項目はすべて共同で利用する可能性がありますが、具体的には、氏名、性別、生年月日…です。」 The diff reads the items from its words.'),
          }),
        ),
        conjunction: Type.Optional(Conjunction),
      },
      { ...strict, ...about('共同して利用される個人データの項目。groups と fields のどちらかを書きます。', 'Data items used jointly (共同して利用される個人データの項目). Give either groups or fields.') },
    ),
    managers: Type.Object(
      { label: rowLabel, intro: rowIntro, refers: rowRefers, entries: Type.Array(Manager, { minItems: 1, ...about('管理について責任を有する者。それぞれに id と名称を書きます。', 'The managers, each with an id and a name.') }) },
      { ...strict, ...about('共同利用の管理について責任を有する者。', 'Managers of the joint use (管理について責任を有する者).') },
    ),
    more: Type.Optional(
      Type.Array(
        Type.Object(
          { id: Id, label: rowLabel, text: Text, role: RoleField },
          { ...strict, ...about('法の定める四つの事項のほかに方針が設ける行。例：「個人情報の取得方法」。', 'A row of the policy\'s own beyond the four of the law, e.g. 「個人情報の取得方法」.') },
        ),
        { minItems: 1, ...about('追加の行。このキーを書いた位置に載り（managers の後なら最後）、他の行と通して番号を付けます。', 'Further rows, printed where this key is written (after managers: at the end), numbered with the others.') },
      ),
    ),
  },
  {
    ...strict,
    ...about(
      '共同利用の表（個人情報保護法第27条第5項第3号）。行はキーを書いた順に並びます（parties、purposes、items、managers の順序は自由です）。',
      'A joint-use table (共同利用, APPI Art. 27(5)(iii)). Its rows appear in the order their keys are written ' +
        '(parties, purposes, items, managers in any order).',
    ),
  },
);

// ---------------------------------------------------------------- blocks

export const Paragraph = Type.Object(
  {
    id: Type.Optional(Id),
    role: RoleField,
    text: Type.String({
      minLength: 1,
      ...about('段落の文。共同利用する者を挙げるには、名称を入れる位置に {list} と書き、`parties` にその id を並べます。', 'The paragraph. To name the joint users, write {list} where their names go and give their ids under `parties`.'),
    }),
    parties: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        ...about(
          'この段落で挙げる共同利用する者の id（挙げる順）。名称は共同利用の表から取るので、本文と表が食い違うことはありません。',
          'Ids of the joint users named in this paragraph, in the order it names them. ' +
            'Their names come from the joint-use table, so the text and the table never disagree.',
        ),
      }),
    ),
    conjunction: Type.Optional(Conjunction),
  },
  { ...strict, ...about('id を付けた段落、又は共同利用する者を挙げる段落。', 'A paragraph with an id, or one that names the joint users.') },
);

export interface ListItemShape {
  id?: string;
  role?: Role;
  title?: string;
  text?: string;
  numbering?: string;
  list?: Array<string | ListItemShape>;
  body?: unknown[];
}

let listItemSchema: TSchema | undefined;

/** The keys of a contact block's own labels, each with what it labels and its default. */
const CONTACT_LABEL_WORDS = {
  address: about('住所の見出し（既定：住所）。', 'The label of the address (default 住所).'),
  phone: about('電話番号の見出し（既定：電話）。', 'The label of the phone number (default 電話).'),
  fax: about('FAX 番号の見出し（既定：FAX）。', 'The label of the fax number (default FAX).'),
  email: about('メールアドレスの見出し（既定：メール）。', 'The label of the e-mail address (default メール).'),
  url: about('ウェブページの見出し（既定：ウェブ）。', 'The label of the web page (default ウェブ).'),
  hours: about('受付時間の見出し（既定：受付時間）。', 'The label of the opening hours (default 受付時間).'),
};

/** The blocks of a section, a list item or a table cell; `This` is the block union. */
export const Block = Type.Recursive((This) => {
  const Item = Type.Recursive(
    (Self) =>
      Type.Union([
        Text,
        Type.Object(
          {
            id: Type.Optional(Id),
            role: RoleField,
            title: Type.Optional(Type.String({ minLength: 1, ...about('この項目の見出し。本文の前に示します（例：開示）。', "The entry's title, shown before its text (e.g. 開示).") })),
            text: Type.Optional(Text),
            numbering: Type.Optional(Numbering),
            list: Type.Optional(Type.Array(Self, { minItems: 1, ...about('この項目の中のリスト。`numbering` で番号を付けます。', 'A list nested in this entry, numbered by `numbering`.') })),
            body: Type.Optional(Type.Array(This, { minItems: 1, ...about('この項目に続くブロック（段落、表 …）。', 'Further blocks of this entry (paragraphs, tables …).') })),
          },
          { ...strict, ...about('リストの項目：文、又は見出しと文・入れ子のリスト・ブロック。', 'A list entry: text, or a title with text, a nested list or further blocks.') },
        ),
      ]),
    { $id: 'ListItem' },
  );
  listItemSchema = Item;
  const Items = Type.Array(Item, { minItems: 1, ...about('項目：それぞれ文、又は見出し・文・入れ子のリストを持つブロック。', 'The entries: a text each, or a block with title, text and a nested list.') });
  const Cell = Type.Union([Text, Type.Array(This, { minItems: 1 })], {
    ...about('セル：文、又はブロック（段落、リスト）の並び。', 'A cell: a text, or a list of blocks (paragraphs, lists).'),
  });
  return Type.Union([
    Text,
    Paragraph,
    Type.Object(
      {
        id: Type.Optional(Id),
        role: RoleField,
        heading: Type.Optional(Type.String({ minLength: 1, ...about('リストの上に【】で囲んで示す見出し。', 'Heading shown above the list, in 【】.') })),
        numbering: Type.Optional(Numbering),
        list: Items,
      },
      { ...strict, ...about('リスト（番号付き、箇条書き又は記号なし）。', 'A list (numbered, bulleted or plain).') },
    ),
    Type.Object(
      {
        id: Type.Optional(Id),
        heading: Type.Optional(Type.String({ minLength: 1, ...about('利用目的の上に【】で囲んで示す見出し。例：利用目的。', 'Heading shown above the purposes, in 【】, e.g. 利用目的.') })),
        numbering: Type.Optional(Numbering),
        purposes: Items,
      },
      {
        ...strict,
        ...about('利用目的（個人情報保護法第17条・第21条）。各項目に id が必要です。まとめるときは、見出しと入れ子のリストを持つ項目の下に置きます。', 'The purposes of use (利用目的, APPI Art. 17, 21). Each entry needs an id; group purposes under an entry with a title and a nested list.'),
      },
    ),
    Type.Object(
      {
        id: Type.Optional(Id),
        role: RoleField,
        caption: Type.Optional(Type.String({ minLength: 1, ...about('表の表題。', 'Caption of the table.') })),
        header: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, ...about('見出し行。列ごとに一つの見出し。', 'The header row, one heading per column.') })),
        rowHeaders: Type.Optional(Type.Boolean({ ...about('true：各行の最初のセルをその行の見出しにします。', 'true: the first cell of each row is the row\'s heading.') })),
        table: Type.Array(Type.Array(Cell, { minItems: 1 }), { minItems: 1, ...about('行。それぞれセルの並び。', 'The rows, each a list of cells.') }),
      },
      { ...strict, ...about('表。', 'A table.') },
    ),
    Type.Object({ jointUse: JointUse }, { ...strict, ...about('共同利用の表（個人情報保護法第27条第5項第3号）。', 'A joint-use table (共同利用, APPI Art. 27(5)(iii)).') }),
    Type.Object(
      {
        contact: Type.Object(
          {
            id: Type.Optional(Id),
            name: Type.Optional(Type.String({ minLength: 1, ...about('窓口の名称。例：個人情報相談窓口。`lines` ですべての行を書くなら省略します。', 'The desk (窓口), e.g. 個人情報相談窓口. Leave out when `lines` give every line.') })),
            lines: Type.Optional(
              Type.Array(
                Type.Union([
                  Type.String({ minLength: 1 }),
                  Type.Object(
                    {
                      label: Type.Optional(Type.String({ minLength: 1, ...about('載せるとおりの見出し（区切りの記号があればそれも）：「TEL」、「窓口：」、「個人情報保護管理者」。', 'The label as printed, with its own separator if it has one: 「TEL」, 「窓口：」, 「個人情報保護管理者」.') })),
                      text: Type.String({ minLength: 1, ...about('載せるとおりの内容：番号、住所、名前。', 'The line as printed: a number, an address, a name.') }),
                      role: RoleField,
                    },
                    { ...strict, ...about('見出し付きの行。', 'A line with a label.') },
                  ),
                ]),
                {
                  minItems: 1,
                  ...about(
                    'ページに載せる行（その順）：文（「〒100-0001 東京都千代田区…」）、又は見出しと内容（label: TEL, text: 03-…）。電話番号、メールアドレス又はウェブアドレスを一つだけ書いた行はリンクになります。',
                    'The lines as the page sets them, in its order: a text (「〒100-0001 東京都千代田区…」) or a label with its text (label: TEL, text: 03-…). ' +
                      'A line that holds one phone number, one e-mail address or one web address becomes a link.',
                  ),
                },
              ),
            ),
            organization: Type.Optional(Type.String({ minLength: 1, ...about('事業者自身でなければ、その組織。', 'The organisation, if not the business itself.') })),
            address: Type.Optional(Type.String({ minLength: 1, ...about('郵便の宛先。例：〒100-0001 東京都千代田区…', 'Postal address, e.g. 〒100-0001 東京都千代田区…') })),
            phone: Type.Optional(Type.String({ minLength: 1, ...about('電話番号。', 'Telephone number.') })),
            fax: Type.Optional(Type.String({ minLength: 1, ...about('FAX 番号。', 'Fax number.') })),
            email: Type.Optional(Type.String({ minLength: 1, ...about('メールアドレス。', 'E-mail address.') })),
            url: Type.Optional(Type.String({ minLength: 1, ...about('窓口のウェブページ（https:）。', 'Web page of the desk (https:).') })),
            hours: Type.Optional(Type.String({ minLength: 1, ...about('受付時間。', 'Opening hours (受付時間).') })),
            note: Type.Optional(Text),
            labels: Type.Optional(
              Type.Object(
                Object.fromEntries(Object.entries(CONTACT_LABEL_WORDS).map(([k, words]) => [k, Type.Optional(Type.String({ minLength: 1, ...words }))])),
                {
                  ...strict,
                  ...about('各行の見出しを方針の表記にするとき。例：{ address: 連絡先, email: e-mail }。既定は 住所、電話、FAX、メール、ウェブ、受付時間。', 'The policy\'s own words for the lines, e.g. { address: 連絡先, email: e-mail }; default 住所, 電話, FAX, メール, ウェブ, 受付時間.'),
                },
              ),
            ),
          },
          { ...strict, ...about('窓口：名称、住所、電話、メール、受付時間。', 'A contact block (窓口): name, address, phone, e-mail, hours.') },
        ),
      },
      { ...strict, ...about('窓口のブロック（連絡先として公開します）。', 'A contact block, published as an address.') },
    ),
    Type.Object(
      {
        dates: Type.Array(
          Type.Object(
            {
              label: Type.Optional(Type.String({ minLength: 1, ...about('例：制定日、最終改定日。日付だけを載せる（署名の下など）なら省略します。', 'e.g. 制定日, 最終改定日. Leave out for a date printed alone (under a signature).') })),
              date: DateText,
              after: Type.Optional(
                Type.String({ minLength: 1, ...about('日付の前の見出しの代わりに、日付の後に載せる語：「2023年05月23日　改定」は date: 2023-05-23, after: 改定 です。', 'Words printed after the date instead of a label before it: 「2023年05月23日　改定」 is date: 2023-05-23, after: 改定.') }),
              ),
              padded: Type.Optional(Type.Boolean({ ...about('true：一部の方針の表記のとおり、月と日を2桁で示します（2023年05月23日）。', 'true: month and day in two digits (2023年05月23日), as some policies print them.') })),
            },
            { ...strict, ...about('日付の一行。', 'One date line.') },
          ),
          { minItems: 1, ...about('制定日、改定日などの日付の行。', 'Date lines such as 制定日 and 改定日.') },
        ),
      },
      { ...strict, ...about('日付の行（制定日、改定日）。', 'Date lines (制定日, 改定日).') },
    ),
    Type.Object(
      { signature: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, ...about('署名の行。例：名称と代表者。', 'The lines of the signature, e.g. the name and the representative.') }) },
      { ...strict, ...about('署名の行（右寄せ）。', 'Signature lines, set right.') },
    ),
    Type.Object(
      {
        show: Type.Union([Type.Literal('business'), Type.Literal('revisions')], {
          ...about('business：事業者の名称・住所・代表者、revisions：改定履歴。', 'business: the business\'s name, address and representative; revisions: the revision history (改定履歴).'),
        }),
      },
      { ...strict, ...about('ファイルの別の場所にある情報を示します。', 'Shows data kept elsewhere in the file.') },
    ),
  ]);
}, { $id: 'Block' });

/** A list entry (the schema of `list:` and `purposes:` entries). */
export const ListItem: TSchema = listItemSchema!;

/** Which key tells a block's kind, in the order they are tried. */
export const BLOCK_KEYS = ['text', 'list', 'purposes', 'table', 'jointUse', 'contact', 'dates', 'signature', 'show'] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];

// ---------------------------------------------------------------- sections

export { ROLES, type Role } from './roles.js';


/** The information of APPI Art. 28(2) on one recipient abroad: what the individual is told before consenting. */
export interface AbroadShape {
  country: string;
  recipient?: string;
  system: string;
  measures: string;
}

export const Abroad = Type.Object(
  {
    country: Type.String({ minLength: 1, ...about('提供先の外国の名称。例：アメリカ合衆国。', 'The country of the recipient (外国の名称), e.g. アメリカ合衆国.') }),
    recipient: Type.Optional(Type.String({ minLength: 1, ...about('提供先又はその種類（示す場合）。', 'The recipient or the kind of recipient (提供先), if it is to be named.') })),
    system: Type.String({ minLength: 1, ...about('当該外国における個人情報の保護に関する制度。', 'That country\'s system for protecting personal information (当該外国における個人情報の保護に関する制度).') }),
    measures: Type.String({ minLength: 1, ...about('提供先が講ずる個人情報の保護のための措置。', 'The measures the recipient takes to protect personal information (提供先が講ずる個人情報の保護のための措置).') }),
  },
  { ...strict, ...about('外国にある第三者への提供について、個人情報保護法第28条第2項が求める情報。', 'The information APPI Art. 28(2) requires on a provision to a third party abroad.') },
);

export interface SectionShape {
  id: string;
  heading?: string;
  role?: Role;
  abroad?: AbroadShape[];
  numbered?: boolean;
  branch?: boolean;
  numbering?: string;
  body?: unknown[];
  sections?: SectionShape[];
}

export const Section = Type.Recursive((This) =>
  Type.Object(
    {
      id: Id,
      heading: Type.Optional(Type.String({ minLength: 1, ...about('見出し。例：利用目的、（利用目的）。', 'The heading (見出し), e.g. 利用目的 or （利用目的）.') })),
      role: RoleField,
      abroad: Type.Optional(
        Type.Array(Abroad, {
          minItems: 1,
          ...about('外国にある第三者への提供の条で、提供先ごとに、国、その国の個人情報の保護に関する制度、提供先の措置（個人情報保護法第28条第2項）。お客様へのお知らせにも載ります。', 'For a section on provision to third parties abroad: per recipient, the country, its system for protecting personal information and the recipient\'s measures (APPI Art. 28(2)); told in the letter to customers.'),
        }),
      ),
      numbered: Type.Optional(Type.Boolean({ ...about('false：この条に番号を付けず、数えません（例：附則、別紙）。', 'false: the section gets no number and is not counted (e.g. 附則, 別紙).') })),
      branch: Type.Optional(
        Type.Boolean({ ...about('true：枝番の条として前の条に続けて番号を付け（第6条の2、第6条の3）、数えないので、後の条の番号は変わりません。', 'true: a branch article, numbered after the section before it (第6条の2, then 第6条の3) and not counted, so the sections after it keep their numbers.') }),
      ),
      numbering: Type.Optional(Numbering),
      body: Type.Optional(Type.Array(Block, { minItems: 1, ...about('条の中身のブロック：段落、リスト、表 …', 'The blocks of the section: paragraphs, lists, tables …') })),
      sections: Type.Optional(Type.Array(This, { minItems: 1, ...about('下位の条項。この条の `numbering` で番号を付けます。', 'Subsections, numbered by this section\'s `numbering`.') })),
    },
    { ...strict, ...about('条・項：見出し（省略可）、ブロック、下位の条項。', 'A section (条, 項): an optional heading, its blocks and its subsections.') },
  ),
  { $id: 'Section' },
);

export const Footnote = entry(
  {
    text: Type.String({
      minLength: 1,
      ...about('脚注の文。`list` の項目を並べるには、その位置に {list} と書きます。', 'The footnote text. To render a list from `list`, write {list} where it goes.'),
    }),
    list: Type.Optional(Type.Array(Text, { minItems: 1, ...about('{list} の位置に並べる項目。', 'Items joined into {list}.') })),
    conjunction: Type.Optional(Conjunction),
    section: Type.Optional(
      Type.String({
        minLength: 1,
        ...about('この脚注を末尾に載せる条の id（例えば共同利用の表の下）。省略すると最後の条の後に載ります。', 'Id of the section at whose end the footnote is printed (under its joint-use table, say); without it, after the last section.'),
      }),
    ),
  },
  about('脚注。順に ※1、※2 … と番号を付けます。本文の [^id] 又は `notes` で参照します。', 'A footnote. Numbered ※1, ※2 … in order; refer to it with [^id] in a text or in `notes`.'),
);

export const Policy = Type.Object(
  {
    version: Type.Optional(Type.String({ minLength: 1, ...about('この方針の版。例："1.0"。引用符で囲んでください。書けば載ります。', 'Version of this policy, e.g. "1.0". Quote it. Printed when given.') })),
    effectiveDate: Type.Optional({ ...DateText, ...about('この版の施行日（YYYY-MM-DD）。', 'The day this version takes effect (施行日), YYYY-MM-DD.') }),
    revisions: Type.Optional(Type.Array(Revision, { ...about('改定履歴（古い順）。', 'Revision history (改定履歴), oldest first.') })),
    organization: Organization,
    title: Text,
    overTitle: Type.Optional(
      Type.Object(
        {
          text: Type.String({ minLength: 1, ...about('載せる語。例：PRIVACY POLICY。', 'The words, e.g. PRIVACY POLICY.') }),
          lang: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', ...about('その言語（BCP 47）。例：en。スクリーンリーダーはその言語で読み上げます。', 'Its language (BCP 47), e.g. en. Screen readers read it in that language.') })),
        },
        { ...strict, ...about('表題の上に載せる飾り又は別の言語の一行。例：{ text: PRIVACY POLICY, lang: en }。', 'A decorative or second-language line over the title, e.g. { text: PRIVACY POLICY, lang: en }.') },
      ),
    ),
    preamble: Type.Optional(Type.Array(Block, { minItems: 1, ...about('条の前に置くブロック（前文）。', 'Blocks before the sections (前文).') })),
    numbering: Type.Optional(Numbering),
    shortNameForm: Type.Optional(
      Type.String({
        minLength: 1,
        ...about('共同利用する者を挙げる段落で、名称の後に略称を定める書き方。{name} が略称です。既定は "(以下「{name}」という)"。例："（以下「{name}」といいます。）"。', 'How a paragraph that names the joint users defines a short name, after the party\'s name; {name} is the short name. Default "(以下「{name}」という)"; e.g. "（以下「{name}」といいます。）".'),
      }),
    ),
    sections: Type.Optional(Type.Array(Section, { minItems: 1, ...about('条。`numbering` で番号を付けます（既定は decimal：1.、2. …）。', 'The sections, numbered by `numbering` (default decimal: 1., 2. …).') })),
    footnotes: Type.Optional(Type.Array(Footnote, about('脚注。書いた順に ※1、※2 … と番号を付けます。', 'The footnotes, numbered ※1, ※2 … in the order written.'))),
    closing: Type.Optional(Type.Array(Block, { minItems: 1, ...about('脚注の後に置くブロック：日付の行、署名、附則。', 'Blocks after the footnotes: date lines, signature, 附則.') })),
  },
  {
    ...strict,
    title: 'Privacy policy (個人情報保護方針)',
    ...about('個人情報保護方針：見出しのある条、リスト、表、共同利用の表、窓口。方針ごとに policy/ の下の一つのファイルに書きます。', 'A privacy policy: sections with headings, lists, tables, joint-use tables and contact blocks. One file per policy under policy/.'),
  },
);

export type Policy = Static<typeof Policy>;
export type Block = Static<typeof Block>;
export type Section = SectionShape;
export type Party = Static<typeof Party>;
export type JointUse = Static<typeof JointUse>;
export type ItemGroup = Static<typeof ItemGroup>;
export type Field = Static<typeof Field>;
export type Manager = Static<typeof Manager>;
export type Footnote = Static<typeof Footnote>;
export type Revision = Static<typeof Revision>;
export type Paragraph = Static<typeof Paragraph>;
export type ListItem = string | ListItemShape;
export interface PurposesBlock {
  id?: string;
  heading?: string;
  numbering?: string;
  purposes: ListItem[];
}

/** The id of the `role:` values in the committed schema, defined once there with a description for each value. */
export const ROLE_SCHEMA_ID = 'Role';

/**
 * The JSON Schema document as committed in schema/policy.schema.json: the
 * descriptions in both languages, and the `role:` values defined once (as
 * `Block` is) and referred to wherever a role may be written.
 */
export function jsonSchema(): object {
  const role = bilingual(JSON.parse(JSON.stringify(RoleField)) as object);
  const policy = referToRole(bilingual(JSON.parse(JSON.stringify(Policy)) as object), JSON.stringify(role));
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...policy, definitions: { [ROLE_SCHEMA_ID]: { $id: ROLE_SCHEMA_ID, ...role } } };
}

/** The schema with every copy of the role values (`role`, as JSON) replaced by a reference to their one definition. */
function referToRole<T>(node: T, role: string): T {
  if (Array.isArray(node)) return node.map((n) => referToRole(n, role)) as T;
  if (!node || typeof node !== 'object') return node;
  if ('anyOf' in node && JSON.stringify(node) === role) return { $ref: ROLE_SCHEMA_ID } as T;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, referToRole(v, role)])) as T;
}

/** The schema with each description said in both languages, 「日本語 — English」, as the editor shows one text (the config schema too). */
export function bilingual<T>(node: T): T {
  if (Array.isArray(node)) return node.map(bilingual) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === DESCRIPTION_JA || key === PATTERN_MESSAGE_JA) continue;
    // Only a schema has both keywords: a map of `properties` never holds a key named descriptionJa.
    const ja = (node as Record<string, unknown>)[key === 'description' ? DESCRIPTION_JA : PATTERN_MESSAGE_JA];
    out[key] =
      key === 'description' && typeof value === 'string' && typeof ja === 'string'
        ? `${ja} — ${value}`
        : key === 'patternErrorMessage' && typeof value === 'string' && typeof ja === 'string'
          ? `${value} / ${ja}`
          : bilingual(value);
  }
  return out as T;
}
