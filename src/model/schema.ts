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
 * Descriptions are written for the people who edit the YAML: an editor with
 * the YAML extension shows them on hover.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ROLES, ROLE_NAMES, type Role } from './roles.js';

const strict = { additionalProperties: false } as const;

export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

export const Id = Type.String({
  pattern: ID_PATTERN,
  // Shown by the editor (YAML extension) in place of the raw pattern.
  patternErrorMessage: 'An id is lower-case ASCII letters, digits and single hyphens, e.g. retail-contract.',
  description:
    'Stable id: lower-case ASCII letters, digits and hyphens (e.g. `retailers`). ' +
    'Never change it when only the wording changes: versions are compared by id.',
  examples: ['retailers'],
});

export const Text = Type.String({
  minLength: 1,
  description:
    'Text as it is published. Inline Markdown is allowed: *emphasis*, **strong**, ' +
    '[link](https://example.jp), <https://example.jp>, and footnote marks such as [^scope].',
});

const Conjunction = Type.String({
  description:
    'Word placed before the last item of the list: 「及び」 gives 「A、B及びC」, ' +
    '「、及び」 gives 「A、B、及びC」. Without it the items are joined with 「、」 only.',
  examples: ['及び', '、及び', '又は'],
});

const DateText = Type.String({
  pattern: DATE_PATTERN,
  // Shown by the editor (YAML extension) in place of the raw pattern, also while a placeholder 【要記入：…】 stands here.
  patternErrorMessage: 'Write the date as YYYY-MM-DD, e.g. 2027-04-01 (in place of the placeholder 【要記入：…】, if one is left).',
  description: 'A date written as YYYY-MM-DD, e.g. 2026-12-01.',
  examples: ['2026-12-01'],
});

const NoteRefs = Type.Array(Id, {
  description: 'Ids of footnotes whose marks (※1, ※2 …) follow this entry.',
});

/** `role:` on a section or a block: what the part is in law. Optional: the check finds roles from the words too. */
export const RoleField = Type.Optional(
  Type.Union(
    ROLE_NAMES.map((r) => Type.Literal(r)),
    {
      description:
        'What this part is in law (optional: `policy check` finds it from the words and says where they disagree): ' +
        ROLE_NAMES.map((r) => `${r}: ${ROLES[r].ja} — ${ROLES[r].en} (${ROLES[r].article})`).join('; '),
    },
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
  description:
    'How the entries are numbered: article (第1条), decimal (1.), paren ((1)), half-paren (1)), circled (①), ' +
    'katakana (ア.), iroha (イ.), bullet (・), none, or paragraph (項 as statutes number them: the first unnumbered, then ２, ３); or a pattern with one counter in braces: ' +
    '"第{1}条", "（{1}）", "{１}．", "({ア})", "{a}.", "{i}.", "{一}、"; or a fixed mark such as "・" or "■".',
  examples: ['article', 'decimal', 'paren', 'half-paren', 'circled', 'bullet', 'none', '第{1}条', '（{1}）'],
});

/** The name in the earlier version of an entity renamed or succeeded, or of an item reworded (the diff checks it). */
function FormerName(what: 'entity' | 'item') {
  const change = what === 'entity' ? 'the same entity was renamed or succeeded (PPC Guidelines 3-6-3 事例2/3)' : 'the same item was reworded';
  return Type.Optional(
    Type.String({
      minLength: 1,
      description: `The name in the earlier version, when ${change}: the diff checks it against that version and then treats the change as a new name, not a new ${what}.`,
    }),
  );
}

function entry<P extends Record<string, TSchema>>(properties: P, description: string) {
  return Type.Object({ id: Id, ...properties }, { ...strict, description });
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
        description: 'The kinds of change (the categories of "policy diff", e.g. party, usePurpose) this action is for; leave out for every change.',
      }),
    ),
    taken: Type.Union(DECISION_TAKEN.map((k) => Type.Literal(k)), {
      description: 'consent: consent collected; notified: individuals told; published: the text made public; none: judged to need nothing.',
    }),
    on: Type.Optional({ ...DateText, description: 'The day individuals were told or the text was published, YYYY-MM-DD.' }),
    from: Type.Optional({ ...DateText, description: 'The first day consent was collected, YYYY-MM-DD.' }),
    to: Type.Optional({ ...DateText, description: 'The last day consent was collected, YYYY-MM-DD.' }),
    note: Type.Optional(Type.String({ minLength: 1, description: 'How, e.g. 書面による同意書の回収, 会員サイトでの告知.' })),
  },
  { ...strict, description: 'The action taken for some kinds of change.' },
);

export const Decision = Type.Object(
  {
    reviewer: Type.String({ minLength: 1, description: 'Who judged the changes, e.g. 法務部 山田花子.' }),
    date: { ...DateText, description: 'The day of the judgement, YYYY-MM-DD.' },
    reference: Type.Optional(Type.String({ minLength: 1, description: 'The reference of the approval, e.g. 稟議第2027-045号.' })),
    actions: Type.Array(DecisionAction, { minItems: 1, description: 'Per kind of change, the action taken.' }),
  },
  { ...strict, description: 'The record of the decision on this revision (internal: never published).' },
);

export const Revision = Type.Object(
  {
    version: Type.String({ minLength: 1, description: 'Version number, e.g. "1.1". Quote it.' }),
    date: DateText,
    summary: Text,
    decision: Type.Optional(Decision),
  },
  { ...strict, description: 'One line of the revision history (改定履歴).' },
);

export const Organization = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'Full legal name (名称), e.g. 一般社団法人グリーン・市民電力.' }),
    shortName: Type.Optional(Type.String({ minLength: 1, description: 'Short name used in the text, e.g. 市民電力.' })),
    address: Type.Optional(Type.String({ minLength: 1, description: 'Address of the head office (住所), published as APPI Art. 32(1)(i) requires.' })),
    representative: Type.Optional(
      Type.String({ minLength: 1, description: 'Representative (代表者の氏名), e.g. 代表理事 山田太郎; published as APPI Art. 32(1)(i) requires.' }),
    ),
  },
  { ...strict, description: 'The business that issues the policy (個人情報取扱事業者).' },
);

// ---------------------------------------------------------------- joint use

export const Party = entry(
  {
    name: Text,
    shortName: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Short name defined where a paragraph names the party: 「…(以下「グリーンコープ連合」という)」.',
      }),
    ),
    notes: Type.Optional(NoteRefs),
    note: Type.Optional(Type.String({ minLength: 1, description: 'A note printed after the name, as the policy sets it: 「ただし、ユーザーは…を利用することはできません。」' })),
    formerName: FormerName('entity'),
  },
  'One joint user (共同利用する者).',
);

export const JointPurpose = entry({ text: Text }, 'One purpose of the joint use (共同利用の目的).');

export const Field = entry(
  {
    name: Text,
    formerName: FormerName('item'),
  },
  'One data item (情報項目), e.g. 氏名.',
);

export const ItemGroup = entry(
  {
    name: Text,
    fields: Type.Array(Field, { minItems: 1 }),
    conjunction: Type.Optional(Conjunction),
  },
  'A group of data items, e.g. 基本情報.',
);

export const Manager = entry(
  {
    groups: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        description: 'Ids of the item groups this manager is responsible for. Leave out when the manager answers for all items.',
      }),
    ),
    name: Text,
    exception: Type.Optional(
      Type.String({ minLength: 1, description: 'An exception, shown in （） after the name. Write it without the brackets.' }),
    ),
    address: Type.Optional(Type.String({ minLength: 1, description: 'Address of the manager (住所).' })),
    representative: Type.Optional(
      Type.String({ minLength: 1, description: 'Representative of the manager, for a corporation (代表者の氏名).' }),
    ),
    lines: Type.Optional(
      Type.Array(
        Type.Object(
          { label: Type.String({ minLength: 1 }), text: Type.String({ minLength: 1 }) },
          { ...strict, description: 'A line: 「管理担当：○○個人情報保護事務局」.' },
        ),
        { minItems: 1, description: 'Further lines of the manager, printed after its address and representative, e.g. { label: 管理担当, text: ○○個人情報保護事務局 }.' },
      ),
    ),
    labels: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String({ minLength: 1 })),
          address: Type.Optional(Type.String({ minLength: 1 })),
          representative: Type.Optional(Type.String({ minLength: 1 })),
        },
        { ...strict, description: 'The policy\'s own labels for the lines, e.g. { name: 会社名：, address: 所在地：, representative: 代表者： }; default none for the name, 住所： and 代表者：.' },
      ),
    ),
    formerName: FormerName('entity'),
  },
  'The person responsible for managing the jointly used data (管理について責任を有する者).',
);

const rowLabel = Type.String({ minLength: 1, description: 'Row heading in the table, as the company writes it.' });
const rowIntro = Type.Optional(Type.String({ minLength: 1, description: 'A sentence shown in the row before its entries.' }));
const rowNumbering = Type.Optional(Numbering);
const rowRefers = Type.Optional(
  Type.Array(Id, {
    minItems: 1,
    description:
      'Ids of the sections this row refers to for its content (「第2条に定める利用目的」, 「「１. 取得する個人情報」記載の情報」): their text is part of the row, so a change there is weighed as a change of the joint use.',
  }),
);

export const JointUse = Type.Object(
  {
    id: Id,
    header: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        minItems: 2,
        maxItems: 2,
        description: 'The header row: the headings of the two columns, e.g. [項目, 規定]. Leave out for a table without a header row.',
      }),
    ),
    layout: Type.Optional(
      Type.Union([Type.Literal('table'), Type.Literal('list')], {
        description: 'table (default): a two-column table; list: the rows as a numbered list, each label over its entries (「1. 共同して利用される個人データの項目」).',
      }),
    ),
    numbering: Type.Optional(Numbering),
    parties: Type.Object(
      { label: rowLabel, intro: rowIntro, numbering: rowNumbering, refers: rowRefers, entries: Type.Array(Party, { minItems: 1 }) },
      { ...strict, description: 'Scope of the joint users (共同利用する者の範囲).' },
    ),
    purposes: Type.Object(
      { label: rowLabel, intro: rowIntro, numbering: rowNumbering, refers: rowRefers, entries: Type.Array(JointPurpose, { minItems: 1 }) },
      { ...strict, description: 'Purposes of the joint users (利用する者の利用目的).' },
    ),
    items: Type.Object(
      {
        label: rowLabel,
        intro: rowIntro,
        numbering: rowNumbering,
        refers: rowRefers,
        groups: Type.Optional(Type.Array(ItemGroup, { minItems: 1, description: 'The items in named groups (①基本情報：氏名、住所…).' })),
        fields: Type.Optional(Type.Array(Field, { minItems: 1, description: 'The items, when they are not grouped.' })),
        text: Type.Optional(
          Type.String({
            minLength: 1,
            description: 'The items as the policy writes them in prose: 「…の項目はすべて共同で利用する可能性がありますが、具体的には、氏名、性別、生年月日…です。」 The diff reads the items from its words.',
          }),
        ),
        conjunction: Type.Optional(Conjunction),
      },
      { ...strict, description: 'Data items used jointly (共同して利用される個人データの項目). Give either groups or fields.' },
    ),
    managers: Type.Object(
      { label: rowLabel, intro: rowIntro, refers: rowRefers, entries: Type.Array(Manager, { minItems: 1 }) },
      { ...strict, description: 'Managers of the joint use (管理について責任を有する者).' },
    ),
    more: Type.Optional(
      Type.Array(
        Type.Object(
          { id: Id, label: rowLabel, text: Text, role: RoleField },
          { ...strict, description: 'A row of the policy\'s own beyond the four of the law, e.g. 「個人情報の取得方法」.' },
        ),
        { minItems: 1, description: 'Further rows, printed where this key is written (after managers: at the end), numbered with the others.' },
      ),
    ),
  },
  {
    ...strict,
    description:
      'A joint-use table (共同利用, APPI Art. 27(5)(iii)). Its rows appear in the order their keys are written ' +
      '(parties, purposes, items, managers in any order).',
  },
);

// ---------------------------------------------------------------- blocks

export const Paragraph = Type.Object(
  {
    id: Type.Optional(Id),
    role: RoleField,
    text: Type.String({
      minLength: 1,
      description: 'The paragraph. To name the joint users, write {list} where their names go and give their ids under `parties`.',
    }),
    parties: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        description:
          'Ids of the joint users named in this paragraph, in the order it names them. ' +
          'Their names come from the joint-use table, so the text and the table never disagree.',
      }),
    ),
    conjunction: Type.Optional(Conjunction),
  },
  { ...strict, description: 'A paragraph with an id, or one that names the joint users.' },
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
            title: Type.Optional(Type.String({ minLength: 1, description: "The entry's title, shown before its text (e.g. 開示)." })),
            text: Type.Optional(Text),
            numbering: Type.Optional(Numbering),
            list: Type.Optional(Type.Array(Self, { minItems: 1, description: 'A list nested in this entry, numbered by `numbering`.' })),
            body: Type.Optional(Type.Array(This, { minItems: 1, description: 'Further blocks of this entry (paragraphs, tables …).' })),
          },
          { ...strict, description: 'A list entry: text, or a title with text, a nested list or further blocks.' },
        ),
      ]),
    { $id: 'ListItem' },
  );
  listItemSchema = Item;
  const Items = Type.Array(Item, { minItems: 1, description: 'The entries: a text each, or a block with title, text and a nested list.' });
  const Cell = Type.Union([Text, Type.Array(This, { minItems: 1 })], {
    description: 'A cell: a text, or a list of blocks (paragraphs, lists).',
  });
  return Type.Union([
    Text,
    Paragraph,
    Type.Object(
      {
        id: Type.Optional(Id),
        role: RoleField,
        heading: Type.Optional(Type.String({ minLength: 1, description: 'Heading shown above the list, in 【】.' })),
        numbering: Type.Optional(Numbering),
        list: Items,
      },
      { ...strict, description: 'A list (numbered, bulleted or plain).' },
    ),
    Type.Object(
      {
        id: Type.Optional(Id),
        heading: Type.Optional(Type.String({ minLength: 1, description: 'Heading shown above the purposes, in 【】, e.g. 利用目的.' })),
        numbering: Type.Optional(Numbering),
        purposes: Items,
      },
      {
        ...strict,
        description:
          'The purposes of use (利用目的, APPI Art. 17, 21). Each entry needs an id; group purposes under an entry with a title and a nested list.',
      },
    ),
    Type.Object(
      {
        id: Type.Optional(Id),
        role: RoleField,
        caption: Type.Optional(Type.String({ minLength: 1, description: 'Caption of the table.' })),
        header: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'The header row, one heading per column.' })),
        rowHeaders: Type.Optional(Type.Boolean({ description: 'true: the first cell of each row is the row\'s heading.' })),
        table: Type.Array(Type.Array(Cell, { minItems: 1 }), { minItems: 1, description: 'The rows, each a list of cells.' }),
      },
      { ...strict, description: 'A table.' },
    ),
    Type.Object({ jointUse: JointUse }, { ...strict, description: 'A joint-use table (共同利用, APPI Art. 27(5)(iii)).' }),
    Type.Object(
      {
        contact: Type.Object(
          {
            id: Type.Optional(Id),
            name: Type.Optional(Type.String({ minLength: 1, description: 'The desk (窓口), e.g. 個人情報相談窓口. Leave out when `lines` give every line.' })),
            lines: Type.Optional(
              Type.Array(
                Type.Union([
                  Type.String({ minLength: 1 }),
                  Type.Object(
                    {
                      label: Type.Optional(Type.String({ minLength: 1, description: 'The label as printed, with its own separator if it has one: 「TEL」, 「窓口：」, 「個人情報保護管理者」.' })),
                      text: Type.String({ minLength: 1, description: 'The line as printed: a number, an address, a name.' }),
                      role: RoleField,
                    },
                    { ...strict, description: 'A line with a label.' },
                  ),
                ]),
                {
                  minItems: 1,
                  description:
                    'The lines as the page sets them, in its order: a text (「〒100-0001 東京都千代田区…」) or a label with its text (label: TEL, text: 03-…). ' +
                    'A line that holds one phone number, one e-mail address or one web address becomes a link.',
                },
              ),
            ),
            organization: Type.Optional(Type.String({ minLength: 1, description: 'The organisation, if not the business itself.' })),
            address: Type.Optional(Type.String({ minLength: 1, description: 'Postal address, e.g. 〒100-0001 東京都千代田区…' })),
            phone: Type.Optional(Type.String({ minLength: 1, description: 'Telephone number.' })),
            fax: Type.Optional(Type.String({ minLength: 1, description: 'Fax number.' })),
            email: Type.Optional(Type.String({ minLength: 1, description: 'E-mail address.' })),
            url: Type.Optional(Type.String({ minLength: 1, description: 'Web page of the desk (https:).' })),
            hours: Type.Optional(Type.String({ minLength: 1, description: 'Opening hours (受付時間).' })),
            note: Type.Optional(Text),
            labels: Type.Optional(
              Type.Object(
                Object.fromEntries(
                  (['address', 'phone', 'fax', 'email', 'url', 'hours'] as const).map((k) => [k, Type.Optional(Type.String({ minLength: 1 }))]),
                ),
                {
                  ...strict,
                  description: 'The policy\'s own words for the lines, e.g. { address: 連絡先, email: e-mail }; default 住所, 電話, FAX, メール, ウェブ, 受付時間.',
                },
              ),
            ),
          },
          { ...strict, description: 'A contact block (窓口): name, address, phone, e-mail, hours.' },
        ),
      },
      { ...strict, description: 'A contact block, published as an address.' },
    ),
    Type.Object(
      {
        dates: Type.Array(
          Type.Object(
            {
              label: Type.Optional(Type.String({ minLength: 1, description: 'e.g. 制定日, 最終改定日. Leave out for a date printed alone (under a signature).' })),
              date: DateText,
              after: Type.Optional(
                Type.String({ minLength: 1, description: 'Words printed after the date instead of a label before it: 「2023年05月23日　改定」 is date: 2023-05-23, after: 改定.' }),
              ),
              padded: Type.Optional(Type.Boolean({ description: 'true: month and day in two digits (2023年05月23日), as some policies print them.' })),
            },
            { ...strict, description: 'One date line.' },
          ),
          { minItems: 1, description: 'Date lines such as 制定日 and 改定日.' },
        ),
      },
      { ...strict, description: 'Date lines (制定日, 改定日).' },
    ),
    Type.Object(
      { signature: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'The lines of the signature, e.g. the name and the representative.' }) },
      { ...strict, description: 'Signature lines, set right.' },
    ),
    Type.Object(
      {
        show: Type.Union([Type.Literal('business'), Type.Literal('revisions')], {
          description: 'business: the business\'s name, address and representative; revisions: the revision history (改定履歴).',
        }),
      },
      { ...strict, description: 'Shows data kept elsewhere in the file.' },
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
    country: Type.String({ minLength: 1, description: 'The country of the recipient (外国の名称), e.g. アメリカ合衆国.' }),
    recipient: Type.Optional(Type.String({ minLength: 1, description: 'The recipient or the kind of recipient (提供先), if it is to be named.' })),
    system: Type.String({ minLength: 1, description: 'That country\'s system for protecting personal information (当該外国における個人情報の保護に関する制度).' }),
    measures: Type.String({ minLength: 1, description: 'The measures the recipient takes to protect personal information (提供先が講ずる個人情報の保護のための措置).' }),
  },
  { ...strict, description: 'The information APPI Art. 28(2) requires on a provision to a third party abroad.' },
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
      heading: Type.Optional(Type.String({ minLength: 1, description: 'The heading (見出し), e.g. 利用目的 or （利用目的）.' })),
      role: RoleField,
      abroad: Type.Optional(
        Type.Array(Abroad, {
          minItems: 1,
          description: 'For a section on provision to third parties abroad: per recipient, the country, its system for protecting personal information and the recipient\'s measures (APPI Art. 28(2)); told in the letter to customers.',
        }),
      ),
      numbered: Type.Optional(Type.Boolean({ description: 'false: the section gets no number and is not counted (e.g. 附則, 別紙).' })),
      branch: Type.Optional(
        Type.Boolean({ description: 'true: a branch article, numbered after the section before it (第6条の2, then 第6条の3) and not counted, so the sections after it keep their numbers.' }),
      ),
      numbering: Type.Optional(Numbering),
      body: Type.Optional(Type.Array(Block, { minItems: 1, description: 'The blocks of the section: paragraphs, lists, tables …' })),
      sections: Type.Optional(Type.Array(This, { minItems: 1, description: 'Subsections, numbered by this section\'s `numbering`.' })),
    },
    { ...strict, description: 'A section (条, 項): an optional heading, its blocks and its subsections.' },
  ),
  { $id: 'Section' },
);

export const Footnote = entry(
  {
    text: Type.String({
      minLength: 1,
      description: 'The footnote text. To render a list from `list`, write {list} where it goes.',
    }),
    list: Type.Optional(Type.Array(Text, { minItems: 1, description: 'Items joined into {list}.' })),
    conjunction: Type.Optional(Conjunction),
    section: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Id of the section at whose end the footnote is printed (under its joint-use table, say); without it, after the last section.',
      }),
    ),
  },
  'A footnote. Numbered ※1, ※2 … in order; refer to it with [^id] in a text or in `notes`.',
);

export const Policy = Type.Object(
  {
    version: Type.Optional(Type.String({ minLength: 1, description: 'Version of this policy, e.g. "1.0". Quote it. Printed when given.' })),
    effectiveDate: Type.Optional(DateText),
    revisions: Type.Optional(Type.Array(Revision, { description: 'Revision history (改定履歴), oldest first.' })),
    organization: Organization,
    title: Text,
    overTitle: Type.Optional(
      Type.Object(
        {
          text: Type.String({ minLength: 1, description: 'The words, e.g. PRIVACY POLICY.' }),
          lang: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', description: 'Its language (BCP 47), e.g. en. Screen readers read it in that language.' })),
        },
        { ...strict, description: 'A decorative or second-language line over the title, e.g. { text: PRIVACY POLICY, lang: en }.' },
      ),
    ),
    preamble: Type.Optional(Type.Array(Block, { minItems: 1, description: 'Blocks before the sections (前文).' })),
    numbering: Type.Optional(Numbering),
    shortNameForm: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'How a paragraph that names the joint users defines a short name, after the party\'s name; {name} is the short name. Default "(以下「{name}」という)"; e.g. "（以下「{name}」といいます。）".',
      }),
    ),
    sections: Type.Optional(Type.Array(Section, { minItems: 1, description: 'The sections, numbered by `numbering` (default decimal: 1., 2. …).' })),
    footnotes: Type.Optional(Type.Array(Footnote)),
    closing: Type.Optional(Type.Array(Block, { minItems: 1, description: 'Blocks after the footnotes: date lines, signature, 附則.' })),
  },
  {
    ...strict,
    title: 'Privacy policy (個人情報保護方針)',
    description: 'A privacy policy: sections with headings, lists, tables, joint-use tables and contact blocks. One file per policy under policy/.',
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

/** The JSON Schema document as committed in schema/policy.schema.json. */
export function jsonSchema(): object {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...JSON.parse(JSON.stringify(Policy)) };
}
