/**
 * The policy model: one source of truth for the TypeScript types (`Static`)
 * and the JSON Schema committed as `schema/policy.schema.json`
 * (regenerate with `npm run schema`).
 *
 * Descriptions are written for the people who edit the YAML: an editor with
 * the YAML extension shows them on hover.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;

export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

export const Id = Type.String({
  pattern: ID_PATTERN,
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
  description: 'A date written as YYYY-MM-DD, e.g. 2026-12-01.',
  examples: ['2026-12-01'],
});

const NoteRefs = Type.Array(Id, {
  description: 'Ids of footnotes whose marks (※1, ※2 …) follow this entry.',
});

function entry<P extends Record<string, TSchema>>(properties: P, description: string) {
  return Type.Object({ id: Id, ...properties }, { ...strict, description });
}

export const Revision = Type.Object(
  {
    version: Type.String({ minLength: 1, description: 'Version number, e.g. "1.1". Quote it.' }),
    date: DateText,
    summary: Text,
  },
  { ...strict, description: 'One line of the revision history (改定履歴).' },
);

export const Organization = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'Full legal name, e.g. 一般社団法人グリーン・市民電力.' }),
    shortName: Type.Optional(Type.String({ minLength: 1, description: 'Short name used in the text, e.g. 市民電力.' })),
    address: Type.Optional(Type.String({ minLength: 1, description: 'Registered address (所在地).' })),
    representative: Type.Optional(Type.String({ minLength: 1, description: 'Representative (代表者), e.g. 代表理事 山田太郎.' })),
  },
  { ...strict, description: 'The organisation that issues the policy.' },
);

export const UsePurpose = entry({ text: Text }, 'One purpose of use (利用目的). Numbered 1), 2) … in order.');

export const Clause = entry(
  {
    text: Type.String({
      minLength: 1,
      description:
        'The clause text. If the clause names the joint-use parties, write {list} where the list goes ' +
        'and give their ids under `parties`.',
    }),
    purposes: Type.Optional(
      Type.Object(
        {
          heading: Type.String({ minLength: 1, description: 'Heading shown in 【】, e.g. 利用目的.' }),
          entries: Type.Array(UsePurpose, { minItems: 1 }),
        },
        { ...strict, description: 'The purposes of use (利用目的) listed under this clause.' },
      ),
    ),
    parties: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        description:
          'Ids of the joint-use parties named in this clause, in the order the clause names them. ' +
          'Their names come from jointUse.parties, so the clause and the table never disagree.',
      }),
    ),
    conjunction: Type.Optional(Conjunction),
  },
  'A numbered clause (1., 2. …) of the policy.',
);

export const Party = entry(
  {
    name: Text,
    shortName: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Short name defined where the clause names the party: 「…(以下「グリーンコープ連合」という)」.',
      }),
    ),
    notes: Type.Optional(NoteRefs),
  },
  'One joint user (共同利用する者).',
);

export const JointPurpose = entry({ text: Text }, 'One purpose of the joint use (共同利用の目的). Numbered ①, ② … in order.');

export const Field = entry({ name: Text }, 'One data item (情報項目), e.g. 氏名.');

export const ItemGroup = entry(
  {
    name: Text,
    fields: Type.Array(Field, { minItems: 1 }),
    conjunction: Type.Optional(Conjunction),
  },
  'A group of data items, e.g. 基本情報. Numbered ①, ② … in order.',
);

export const Manager = entry(
  {
    groups: Type.Array(Id, { minItems: 1, description: 'Ids of the item groups this manager is responsible for.' }),
    name: Text,
    exception: Type.Optional(
      Type.String({ minLength: 1, description: 'An exception, shown in （） after the name. Write it without the brackets.' }),
    ),
    address: Type.Optional(Type.String({ minLength: 1, description: 'Address of the manager (住所).' })),
    representative: Type.Optional(
      Type.String({ minLength: 1, description: 'Representative of the manager, for a corporation (代表者の氏名).' }),
    ),
  },
  'The person responsible for managing the jointly used data (管理について責任を有する者).',
);

export const Footnote = entry(
  {
    text: Type.String({
      minLength: 1,
      description: 'The footnote text. To render a list from `list`, write {list} where it goes.',
    }),
    list: Type.Optional(Type.Array(Text, { minItems: 1, description: 'Items joined into {list}.' })),
    conjunction: Type.Optional(Conjunction),
  },
  'A footnote. Numbered ※1, ※2 … in order; refer to it with [^id] in a text or in `notes`.',
);

function section<P extends Record<string, TSchema>>(properties: P, description: string) {
  return Type.Object(
    { label: Type.String({ minLength: 1, description: 'Row heading in the table.' }), ...properties },
    { ...strict, description },
  );
}

export const JointUse = Type.Object(
  {
    title: Text,
    columns: Type.Object(
      {
        item: Type.String({ minLength: 1, description: 'Heading of the first column, e.g. 項目.' }),
        provision: Type.String({ minLength: 1, description: 'Heading of the second column, e.g. 規 定.' }),
      },
      { ...strict, description: 'The table column headings.' },
    ),
    parties: section(
      {
        intro: Type.Optional(Text),
        entries: Type.Array(Party, { minItems: 1 }),
      },
      'Scope of the joint users (共同利用する者の範囲).',
    ),
    purposes: section({ entries: Type.Array(JointPurpose, { minItems: 1 }) }, 'Purposes of the joint use (共同利用の目的).'),
    items: section({ groups: Type.Array(ItemGroup, { minItems: 1 }) }, 'Data items used jointly (共同利用する情報項目).'),
    managers: section({ entries: Type.Array(Manager, { minItems: 1 }) }, 'Managers of the joint use (共同利用の管理責任者).'),
  },
  { ...strict, description: 'The joint-use policy (共同利用, APPI Art. 27(5)(iii)), published as a table.' },
);

export const Policy = Type.Object(
  {
    version: Type.String({ minLength: 1, description: 'Version of this policy, e.g. "1.0". Quote it.' }),
    effectiveDate: Type.Optional(DateText),
    revisions: Type.Optional(Type.Array(Revision, { description: 'Revision history (改定履歴), oldest first.' })),
    organization: Organization,
    title: Text,
    preamble: Type.Array(Text, { minItems: 1, description: 'Paragraphs before the numbered clauses.' }),
    clauses: Type.Array(Clause, { minItems: 1 }),
    jointUse: Type.Optional(JointUse),
    footnotes: Type.Optional(Type.Array(Footnote)),
  },
  {
    ...strict,
    title: 'Privacy policy (個人情報保護方針)',
    description: 'A privacy policy with its joint-use table. One file per policy under policy/.',
  },
);

export type Policy = Static<typeof Policy>;
export type Clause = Static<typeof Clause>;
export type Party = Static<typeof Party>;
export type JointUse = Static<typeof JointUse>;
export type ItemGroup = Static<typeof ItemGroup>;
export type Manager = Static<typeof Manager>;
export type Footnote = Static<typeof Footnote>;
export type Revision = Static<typeof Revision>;

/** The JSON Schema document as committed in schema/policy.schema.json. */
export function jsonSchema(): object {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...JSON.parse(JSON.stringify(Policy)) };
}
