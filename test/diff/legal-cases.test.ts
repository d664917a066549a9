/**
 * Legal cases: each an edit of the seed, with the category and the action the
 * strictest of its changes needs, and so whether customers must be told
 * (exit 1) or not (exit 0). Both directions: too lax (a change of who, what
 * or why waved through) and too strict (an edit that changes no meaning).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { diffPolicies, type PolicyDiff } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import type { Action, Category } from '../../src/diff/types.js';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

const SEED = readFileSync(SEED_POLICY, 'utf8');
const base = readPolicyText(SEED_POLICY, SEED).policy!;
const JU = ['sections', 4, 'body', 0, 'jointUse'];
const PARTIES = [...JU, 'parties', 'entries'];
const FIELDS = (group: number) => [...JU, 'items', 'groups', group, 'fields'];
const MANAGERS = [...JU, 'managers', 'entries'];
const PURPOSES = ['sections', 0, 'body', 1, 'purposes'];

type Edit = (doc: Document) => void;

function edited(edit: Edit): string {
  const doc = parseDocument(SEED);
  edit(doc);
  return doc.toString();
}

function diffOf(edit: Edit): PolicyDiff {
  const text = edited(edit);
  const after = readPolicyText('edited.yaml', text);
  expect(after.messages.filter((m) => m.severity === 'error')).toEqual([]);
  return diffPolicies(base, after.policy!);
}

const STRICTNESS: Record<Action, number> = { consent: 5, 'prior-notice': 4, review: 3, 'notice-without-delay': 2, notice: 1, none: 0 };

function strictest(diff: PolicyDiff) {
  return diff.changes.reduce((a, b) => (STRICTNESS[b.action] > STRICTNESS[a.action] ? b : a), diff.changes[0]!);
}

const replaceIn = (doc: Document, at: (string | number)[], from: string, to: string) => {
  const value = doc.getIn(at) as string;
  expect(value).toContain(from);
  doc.setIn(at, value.replace(from, to));
};

/** Changes that need action: [what, edit, category, action]. */
const needsAction: Array<[string, Edit, Category, Action]> = [
  ['a power company removed from the footnote that lists the 一般送配電事業者', (d) => d.deleteIn(['footnotes', 2, 'list', 9]), 'party', 'consent'],
  ['a power company added to that footnote', (d) => (d.getIn(['footnotes', 2, 'list']) as { add(v: unknown): void }).add('新電力送配電株式会社'), 'party', 'consent'],
  ['※1 rewritten to share with all 小売電気事業者', (d) => d.setIn(['footnotes', 0, 'text'], '当法人は、全ての小売電気事業者及び一般送配電事業者との間で利用者の個人情報を共同利用します。'), 'party', 'consent'],
  ['the definition of 小売電気事業者 (a party\'s note) changed', (d) => replaceIn(d, ['footnotes', 1, 'text'], '経済産業大臣の登録を受けた事業者', '経済産業大臣の登録を受けた事業者及びその関連会社'), 'party', 'consent'],
  ['the parties\' intro changed', (d) => replaceIn(d, [...JU, 'parties', 'intro'], '以下の者', '以下の者その他の事業者'), 'party', 'consent'],
  ['the clause naming the joint users reworded', (d) => replaceIn(d, ['sections', 3, 'body', 0, 'text'], '共同利用することがあります', '共同利用し、又は提供することがあります'), 'party', 'consent'],
  ['a joint user added', (d) => {
    (d.getIn(PARTIES) as { add(v: unknown): void }).add(d.createNode({ id: 'gas', name: 'ガス小売事業者' }));
    d.setIn(['sections', 3, 'body', 0, 'parties'], ['retailers', 'transmission-operators', 'occto', 'contractors', 'greencoop-coops', 'greencoop-union', 'gas']);
  }, 'party', 'consent'],
  ['a joint user removed', (d) => { d.deleteIn([...PARTIES, 2]); d.deleteIn(['sections', 3, 'body', 0, 'parties', 2]); }, 'party', 'consent'],
  ['a joint user replaced under its old id', (d) => d.setIn([...PARTIES, 2, 'name'], '電力広域的運営推進機関及び経済産業省'), 'party', 'consent'],
  ['a joint user renamed with a formerName that is not its old name', (d) => { d.setIn([...PARTIES, 2, 'name'], '広域機関'); d.setIn([...PARTIES, 2, 'formerName'], '別の機関'); }, 'party', 'consent'],
  ['a joint user renamed, declared by formerName (事例2/3)', (d) => { d.setIn([...PARTIES, 2, 'name'], '電力広域機関'); d.setIn([...PARTIES, 2, 'formerName'], '電力広域的運営推進機関'); }, 'party', 'prior-notice'],
  ['a data item that becomes another item under its old id', (d) => d.setIn([...FIELDS(0), 2, 'name'], '生年月日'), 'item', 'consent'],
  ['a data item reworded, declared by formerName', (d) => { d.setIn([...FIELDS(0), 2, 'name'], '連絡先電話番号'); d.setIn([...FIELDS(0), 2, 'formerName'], '電話番号'); }, 'item', 'prior-notice'],
  ['a data item added', (d) => (d.getIn(FIELDS(1)) as { add(v: unknown): void }).add(d.createNode({ id: 'usage', name: '30分ごとの電力使用量' })), 'item', 'consent'],
  ['a data item removed', (d) => d.deleteIn([...FIELDS(1), 3]), 'item', 'consent'],
  ['an item group added', (d) => (d.getIn([...JU, 'items', 'groups']) as { add(v: unknown): void }).add(d.createNode({ id: 'usage', name: '使用量情報', fields: [{ id: 'monthly', name: '月別使用量' }] })), 'item', 'consent'],
  ['an item group removed with its fields', (d) => { d.deleteIn([...JU, 'items', 'groups', 1]); d.setIn([...MANAGERS, 1, 'groups'], ['basic']); }, 'item', 'consent'],
  ['an item group renamed', (d) => d.setIn([...JU, 'items', 'groups', 0, 'name'], '契約者の基本情報'), 'item', 'prior-notice'],
  ['a data item moved to a group with another manager', (d) => { const f = d.getIn([...FIELDS(1), 6]); d.deleteIn([...FIELDS(1), 6]); (d.getIn(FIELDS(0)) as { add(v: unknown): void }).add(f); }, 'item', 'prior-notice'],
  ['a joint purpose reworded', (d) => replaceIn(d, [...JU, 'purposes', 'entries', 4, 'text'], '収納業務', '収納及び与信審査の業務'), 'jointPurpose', 'prior-notice'],
  ['a joint purpose added', (d) => (d.getIn([...JU, 'purposes', 'entries']) as { add(v: unknown): void }).add(d.createNode({ id: 'marketing', text: '新サービスのご案内のため' })), 'jointPurpose', 'prior-notice'],
  ['a joint purpose removed', (d) => d.deleteIn([...JU, 'purposes', 'entries', 2]), 'jointPurpose', 'prior-notice'],
  ['the footnote a joint purpose cites changed', (d) => replaceIn(d, ['footnotes', 3, 'text'], '解約の申込み', '解約及び契約内容の照会の申込み'), 'jointPurpose', 'prior-notice'],
  ['a manager described by role replaced under its old id', (d) => d.setIn([...MANAGERS, 1, 'name'], '電力広域的運営推進機関'), 'manager', 'prior-notice'],
  ['a manager renamed with a formerName that is not its old name', (d) => { d.setIn([...MANAGERS, 1, 'name'], 'X'); d.setIn([...MANAGERS, 1, 'formerName'], 'Y'); }, 'manager', 'prior-notice'],
  ['a new manager (new id)', (d) => { d.deleteIn([...MANAGERS, 1]); (d.getIn(MANAGERS) as { add(v: unknown): void }).add(d.createNode({ id: 'occto-manager', groups: ['supply-point'], name: '電力広域的運営推進機関' })); }, 'manager', 'prior-notice'],
  ['a manager answering for other data', (d) => d.setIn([...MANAGERS, 1, 'groups'], ['supply-point', 'basic']), 'manager', 'prior-notice'],
  ['a manager renamed, declared by formerName', (d) => { d.setIn([...MANAGERS, 1, 'name'], '供給地点を供給区域とする一般送配電事業者'); d.setIn([...MANAGERS, 1, 'formerName'], '供給（受電）地点を供給区域とする一般送配電事業者'); }, 'manager', 'notice-without-delay'],
  ['a manager\'s address given', (d) => d.setIn([...MANAGERS, 1, 'address'], '東京都千代田区内幸町一丁目1番1号'), 'manager', 'notice-without-delay'],
  // The seed's business is no manager of its joint use: its identity is published (Art. 32(1)(i)), not a manager's change (Art. 27(6)).
  ['the organisation\'s own name changed', (d) => d.setIn(['organization', 'name'], '一般社団法人グリーン市民エネルギー'), 'publication', 'notice'],
  ['the organisation\'s address given', (d) => d.setIn(['organization', 'address'], '福岡県福岡市'), 'publication', 'notice'],
  ['the clause on provision to third parties changed', (d) => replaceIn(d, ['sections', 2, 'body', 0], '利用者の承諾なしに', '利用者の承諾なしに、提携先を除き、'), 'provision', 'consent'],
  ['a clause on provision abroad (role overseas) changed', (d) => { d.setIn(['sections', 1, 'role'], 'overseas'); replaceIn(d, ['sections', 1, 'body', 0], '必要な対策', '外国にある第三者への提供を含む必要な対策'); }, 'overseas', 'consent'],
  ['a section on joint use that names no party reworded (escalated)', (d) => { d.setIn(['sections', 1, 'role'], 'jointUse'); replaceIn(d, ['sections', 1, 'body', 0], '利用目的の範囲内', '共同利用の範囲内'); }, 'party', 'consent'],
  ['a sentence introducing the data items added', (d) => d.setIn([...JU, 'items', 'intro'], '次の項目を共同して利用します。'), 'item', 'consent'],
  ['a sentence introducing the managers added', (d) => d.setIn([...JU, 'managers', 'intro'], '次の者が管理について責任を有します。'), 'manager', 'prior-notice'],
  ['a purpose of use added', (d) => (d.getIn(PURPOSES) as { add(v: unknown): void }).add(d.createNode({ id: 'sale', text: '利用者の情報を第三者に販売するため' })), 'usePurpose', 'notice'],
  ['a purpose of use reworded', (d) => replaceIn(d, [...PURPOSES, 5, 'text'], 'アンケート調査', 'アンケート調査及び広告配信'), 'usePurpose', 'notice'],
  ['a purpose of use removed', (d) => d.deleteIn([...PURPOSES, 6]), 'usePurpose', 'notice'],
  ['the sentence introducing the purposes changed', (d) => replaceIn(d, ['sections', 0, 'body', 0], '必要な限度において', '必要な限度その他当法人が定める範囲において'), 'usePurpose', 'notice'],
  ['the clause id renamed while a purpose is added', (d) => { d.setIn(['sections', 0, 'id'], 'collection'); (d.getIn(PURPOSES) as { add(v: unknown): void }).add(d.createNode({ id: 'sale', text: '利用者の情報を第三者に販売するため' })); }, 'usePurpose', 'notice'],
  ['a new clause bringing its own purposes', (d) => (d.get('sections') as { add(v: unknown): void }).add(d.createNode({ id: 'marketing', body: ['当法人は、次の目的でも個人情報を利用します。', { heading: '利用目的', purposes: [{ id: 'ads', text: '広告配信のため' }] }] })), 'usePurpose', 'notice'],
];

/** Edits that change no meaning: [what, edit]. */
const noAction: Array<[string, Edit]> = [
  ['the seed compared with itself', () => undefined],
  ['full-width to half-width only (（受電）→(受電))', (d) => d.setIn([...FIELDS(1), 2, 'name'], '供給(受電)地点特定番号')],
  ['markup only: emphasis around a purpose', (d) => d.setIn([...PURPOSES, 0, 'text'], '*利用者からの申込みに対し、円滑に作業を行うため*')],
  ['whitespace only: a line folded and a space added', (d) => d.setIn([...PURPOSES, 1, 'text'], '利用者からの問合せに対する\n回答を速やかに行うため ')],
  ['a variant spelling (全て → すべて, 及び → および) in ※1', (d) => replaceIn(d, ['footnotes', 0, 'text'], '必ずしも全ての小売電気事業者及び', '必ずしもすべての小売電気事業者および')],
  ['a variant spelling in a manager\'s exception (但し → ただし)', (d) => replaceIn(d, [...MANAGERS, 0, 'exception'], '但し', 'ただし')],
  ['a variant spelling in the preamble (取扱う → 取り扱う)', (d) => replaceIn(d, ['preamble', 0], '適切に取扱う', '適切に取り扱う')],
  ['a party\'s short name (an abbreviation in the text)', (d) => d.setIn([...PARTIES, 4, 'shortName'], 'GC連合')],
  ['a party\'s id renamed, its text unchanged', (d) => { d.setIn([...PARTIES, 2, 'id'], 'occto-org'); d.setIn(['sections', 3, 'body', 0, 'parties', 2], 'occto-org'); }],
  ['a purpose\'s id renamed, its text unchanged', (d) => d.setIn([...PURPOSES, 2, 'id'], 'document-mailings')],
  ['joint users reordered', (d) => { const p = d.getIn([...PARTIES, 5]); d.deleteIn([...PARTIES, 5]); (d.getIn(PARTIES) as { items: unknown[] }).items.splice(0, 0, p); }],
  ['a new version with its date and revision entry', (d) => { d.set('version', '1.1'); d.set('effectiveDate', '2027-04-01'); (d.get('revisions') as { add(v: unknown): void }).add(d.createNode({ version: '1.1', date: '2027-04-01', summary: '表記を改めました。' })); }],
  ['the heading of the joint-use annex', (d) => d.setIn(['sections', 4, 'heading'], 'グリーン・市民電力 共同利用に関する方針')],
  ['a row label of the joint-use table', (d) => d.setIn([...JU, 'parties', 'label'], '共同して利用する者の範囲')],
  ['the wording that defines a short name, in full-width (shortNameForm)', (d) => d.set('shortNameForm', '（以下「{name}」といいます。）')],
];

describe('legal cases: changes that need action', () => {
  it.each(needsAction)('%s → %s, %s', (_what, edit, category, action) => {
    const diff = diffOf(edit);
    expect(diff.renotice).toBe(true);
    expect(strictest(diff)).toMatchObject({ category, action });
    expect(strictest(diff).basis).not.toBe('');
  });
});

describe('legal cases: the seed with no role: written anywhere weighs every change as the seed with its roles', () => {
  // Every `role:` line taken out: the roles are read from the words.
  const UNDECLARED = SEED.replace(/^ +role: \w+\n/gm, '');
  const baseUndeclared = readPolicyText('undeclared.yaml', UNDECLARED).policy!;
  it.each(needsAction)('%s → %s, %s', (_what, edit, _category, action) => {
    const doc = parseDocument(UNDECLARED);
    edit(doc);
    const after = readPolicyText('edited.yaml', doc.toString());
    expect(after.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const diff = diffPolicies(baseUndeclared, after.policy!);
    expect(diff.renotice).toBe(true);
    expect(strictest(diff).action).toBe(action);
  });

  it.each(noAction)('%s → none', (_what, edit) => {
    const doc = parseDocument(UNDECLARED);
    edit(doc);
    const diff = diffPolicies(baseUndeclared, readPolicyText('edited.yaml', doc.toString()).policy!);
    expect(diff.changes.filter((c) => c.action !== 'none')).toEqual([]);
  });
});

describe('legal cases: edits that change no meaning', () => {
  it.each(noAction)('%s → none', (_what, edit) => {
    const diff = diffOf(edit);
    expect(diff.changes.filter((c) => c.action !== 'none')).toEqual([]);
    expect(diff.renotice).toBe(false);
  });
});

describe('legal cases: a joint-use row that takes its content from another section', () => {
  // The fixture's items row quotes 「１. 取得する個人情報」 and its purposes row names 第2条.
  const FIXTURE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'row-references.yaml'), 'utf8');
  const diffFrom = (text: string, edit: Edit) => {
    const doc = parseDocument(text);
    edit(doc);
    const after = readPolicyText('refs-new.yaml', doc.toString());
    expect(after.messages.filter((m) => m.severity === 'error')).toEqual([]);
    return diffPolicies(readPolicyText('refs-old.yaml', text).policy!, after.policy!);
  };

  it('an item added to the section the items row quotes by heading → item, consent', () => {
    const diff = diffFrom(FIXTURE, (d) => (d.getIn(['sections', 0, 'body', 0, 'list']) as { add(v: unknown): void }).add('健康診断の結果'));
    expect(strictest(diff)).toMatchObject({ category: 'item', action: 'consent' });
    expect(strictest(diff).note).toContain('refers to this part of the policy');
  });

  it('a purpose added to the section the purposes row names by article (第2条) → jointPurpose, prior-notice', () => {
    const diff = diffFrom(FIXTURE, (d) => (d.getIn(['sections', 1, 'body', 0, 'purposes']) as { add(v: unknown): void }).add(d.createNode({ id: 'credit', text: '与信審査のため' })));
    expect(strictest(diff)).toMatchObject({ category: 'jointPurpose', action: 'prior-notice' });
  });

  it('a use purpose added to the seed\'s own purposes, once the purposes row names that section under refers → prior-notice, not only notice', () => {
    const withRefers = edited((d) => d.setIn([...JU, 'purposes', 'refers'], d.createNode(['acquisition'])));
    const add = (d: Document) => (d.getIn(PURPOSES) as { add(v: unknown): void }).add(d.createNode({ id: 'new-service', text: '新サービスのご案内のため' }));
    expect(strictest(diffOf(add))).toMatchObject({ category: 'usePurpose', action: 'notice' });
    expect(strictest(diffFrom(withRefers, add))).toMatchObject({ category: 'jointPurpose', action: 'prior-notice' });
  });

  it('a footnote cited in the section the items row quotes → item, consent', () => {
    const withNote = (() => {
      const doc = parseDocument(FIXTURE);
      doc.setIn(['sections', 0, 'body', 0, 'list', 1], '住所[^address]');
      doc.set('footnotes', doc.createNode([{ id: 'address', text: '住所には、勤務先の所在地を含みません。' }]));
      return doc.toString();
    })();
    const diff = diffFrom(withNote, (d) => d.setIn(['footnotes', 0, 'text'], '住所には、勤務先の所在地を含みます。'));
    expect(strictest(diff)).toMatchObject({ category: 'item', action: 'consent' });
  });

  it('keeps what a purpose of use needs on its own (Art. 17(2), 18(1), 21(3)) when the row\'s action wins', () => {
    const diff = diffFrom(FIXTURE, (d) => (d.getIn(['sections', 1, 'body', 0, 'purposes']) as { add(v: unknown): void }).add(d.createNode({ id: 'credit', text: '与信審査のため' })));
    expect(strictest(diff).basis).toBe('APPI Art. 27(6); PPC Guidelines (General Rules) 3-6-3; APPI Art. 17(2), 18(1), 21(3)');
    expect(strictest(diff).note).toMatch(/Art\. 17\(2\)/);
  });

  it('a company added to the list of group companies the parties row names (グループ各社) → party, consent', () => {
    const grouped = (() => {
      const doc = parseDocument(FIXTURE);
      doc.setIn(['sections', 2, 'body', 0, 'jointUse', 'parties', 'entries', 0, 'name'], '当社及び当社グループ各社');
      (doc.get('sections') as { add(v: unknown): void }).add(doc.createNode({ id: 'group-companies', heading: '＜グループ会社一覧＞', numbered: false, body: [{ list: ['株式会社エー', '株式会社ビー'] }] }));
      return doc.toString();
    })();
    const diff = diffFrom(grouped, (d) => (d.getIn(['sections', 3, 'body', 0, 'list']) as { add(v: unknown): void }).add('株式会社シー'));
    expect(strictest(diff)).toMatchObject({ category: 'party', action: 'consent' });
  });

  it('a section quoted by a heading written in brackets ([利用目的], ＜利用目的＞) is found', () => {
    const bracketed = FIXTURE.replace('    heading: 利用目的', '    heading: "[利用目的]"').replace('第2条に定める利用目的', '上記「利用目的」記載の目的');
    const diff = diffFrom(bracketed, (d) => (d.getIn(['sections', 1, 'body', 0, 'purposes']) as { add(v: unknown): void }).add(d.createNode({ id: 'credit', text: '与信審査のため' })));
    expect(strictest(diff)).toMatchObject({ category: 'jointPurpose', action: 'prior-notice' });
  });

  it('a reference dropped along with the change still counts', () => {
    const diff = diffFrom(FIXTURE, (d) => {
      d.setIn(['sections', 2, 'body', 0, 'jointUse', 'items', 'fields', 0, 'name'], '氏名、住所及び健康診断の結果');
      (d.getIn(['sections', 0, 'body', 0, 'list']) as { add(v: unknown): void }).add('健康診断の結果');
    });
    expect(diff.changes.find((c) => c.path === 'sections[0]')).toMatchObject({ category: 'item', action: 'consent' });
  });
});

describe('a postal code', () => {
  it('put before a manager\'s unchanged address is editorial', () => {
    const before = edited((d) => d.setIn([...MANAGERS, 0, 'address'], '福岡県福岡市東区松島一丁目1番1号'));
    const doc = parseDocument(before);
    doc.setIn([...MANAGERS, 0, 'address'], '〒813-0062 福岡県福岡市東区松島一丁目1番1号');
    const diff = diffPolicies(readPolicyText('a.yaml', before).policy!, readPolicyText('b.yaml', doc.toString()).policy!);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ action: 'none' });
    expect(diff.renotice).toBe(false);
  });
});

describe('the wording that defines a short name', () => {
  it('is one editorial change, shown in the comparison with its old and new wording', () => {
    const diff = diffOf((d) => d.set('shortNameForm', '（以下「{name}」といいます。）'));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ action: 'none', before: '(以下「{name}」という)', after: '（以下「{name}」といいます。）' });
  });
});

describe('the reasons the diff gives', () => {
  it('says why a renamed joint user without formerName is treated as new, and how to declare a rename', () => {
    const change = strictest(diffOf((d) => d.setIn([...PARTIES, 2, 'name'], '電力広域機関')));
    expect(change.note).toMatch(/new joint user unless it is the same entity renamed or succeeded.*formerName/);
  });

  it('reports every purpose of an added clause one by one, never hidden in the clause', () => {
    const diff = diffOf((d) => (d.get('sections') as { add(v: unknown): void }).add(d.createNode({ id: 'more', body: ['追加の目的', { purposes: [{ id: 'a', text: '目的A' }, { id: 'b', text: '目的B' }] }] })));
    expect(diff.changes.filter((c) => c.category === 'usePurpose').map((c) => [c.change, c.id])).toEqual([
      ['added', 'more'], // its text introduces the purposes
      ['added', 'more/a'],
      ['added', 'more/b'],
    ]);
  });

  it('reports an id renamed as a change that needs nothing, naming both ids', () => {
    const diff = diffOf((d) => d.setIn([...PURPOSES, 2, 'id'], 'document-mailings'));
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ change: 'modified', id: 'acquisition/document-mailings', action: 'none' });
    expect(diff.changes[0]!.note).toBe('The id changed from "acquisition/mailings" to "acquisition/document-mailings"; the entry itself is the same, so no notice is needed.');
  });

  it('exits 1 when customers must be told and 0 when not, on the command line', async () => {
    const dir = tempDir();
    const write = (name: string, edit: Edit) => {
      const file = path.join(dir, name);
      writeFileSync(file, edited(edit));
      return file;
    };
    const old = write('old.yaml', () => undefined);
    const wider = write('wider.yaml', (d) => d.deleteIn(['footnotes', 2, 'list', 9]));
    const spelling = write('spelling.yaml', (d) => replaceIn(d, ['footnotes', 0, 'text'], '全ての', 'すべての'));
    expect((await cli(['diff', old, wider])).code).toBe(1);
    expect((await cli(['diff', old, spelling])).code).toBe(0);
  });
});

describe('the address of a change', () => {
  it('gives the path as segments, the place in Japanese, the kind, and where a moved entry came from', () => {
    const diff = diffOf((d) => {
      const f = d.getIn([...FIELDS(1), 6]);
      d.deleteIn([...FIELDS(1), 6]);
      (d.getIn(FIELDS(0)) as { add(v: unknown): void }).add(f);
    });
    const moved = diff.changes.find((c) => c.change === 'moved')!;
    expect(moved).toMatchObject({
      kind: 'field',
      segments: ['sections', 4, 'body', 0, 'jointUse', 'items', 'groups', 0, 'fields', 4],
      context: { place: '共同利用する情報項目①基本情報', group: '①基本情報', table: 'joint-use' },
      from: { path: 'sections[4].body[0].jointUse.items.groups[1].fields[6]', context: { group: '②供給（受電）地点に関する情報' } },
    });
  });
});
