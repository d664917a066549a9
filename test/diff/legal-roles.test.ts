/**
 * Legal cases on a policy written as companies publish them: with no `role:`
 * anywhere (roles found from the words), and the same policy with every
 * role declared. Each case is weighed the same way in both. Both directions:
 * a change with legal weight never passes as editorial, and a same-meaning
 * rewording is never consent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { diffPolicies, type PolicyDiff } from '../../src/diff/index.js';
import { readPolicyText } from '../../src/file/policy-file.js';
import { STRICTNESS, type Action, type Category, type Change } from '../../src/diff/types.js';
import { ROOT } from '../helpers.js';

const NO_ROLES = readFileSync(path.join(ROOT, 'test', 'fixtures', 'roles', 'no-roles.yaml'), 'utf8');
const DECLARED: Record<number, string> = {
  0: 'acquisition', 1: 'purposes', 2: 'useLimitation', 3: 'provision', 4: 'overseas', 5: 'entrustment',
  6: 'jointUse', 7: 'security', 8: 'disclosure', 9: 'complaints', 10: 'general',
};
const WITH_ROLES = (() => {
  const doc = parseDocument(NO_ROLES);
  for (const [i, role] of Object.entries(DECLARED)) doc.setIn(['sections', Number(i), 'role'], role);
  return doc.toString();
})();

type Edit = (doc: Document) => void;
const S = (i: number, ...rest: Array<string | number>) => ['sections', i, ...rest];
const add = (doc: Document, at: Array<string | number>, value: unknown) => (doc.getIn(at) as { add(v: unknown): void }).add(doc.createNode(value));
const replaceIn = (doc: Document, at: Array<string | number>, from: string, to: string) => {
  const value = doc.getIn(at) as string;
  expect(value).toContain(from);
  doc.setIn(at, value.replace(from, to));
};

function diffFrom(text: string, edit: Edit): PolicyDiff {
  const doc = parseDocument(text);
  edit(doc);
  const after = readPolicyText('new.yaml', doc.toString());
  expect(after.messages.filter((m) => m.severity === 'error')).toEqual([]);
  return diffPolicies(readPolicyText('old.yaml', text).policy!, after.policy!);
}

function strictest(diff: PolicyDiff) {
  const acting = diff.changes.filter((c) => !(c.kind === 'scalar' && (c.id === 'version' || c.id === 'effectiveDate')));
  const nothing = { action: 'none', category: 'editorial', basis: '', note: '' } as unknown as Change;
  return acting.reduce((a, b) => (STRICTNESS[b.action] > STRICTNESS[a.action] ? b : a), acting[0] ?? nothing);
}

/** [what, edit, action, category]: weighed the same with roles found and with roles declared. */
const CASES: Array<[string, Edit, Action, Category?]> = [
  // Provision abroad, opt-out, entrustment (APPI Art. 27, 28)
  ['a new section on provision to a third party abroad', (d) => add(d, ['sections'], { id: 'abroad-2', heading: '外国にある第三者への個人データの提供', body: ['当社は、お客様の同意を得て、シンガポールにあるExample Pte. Ltd.に個人データを提供することがあります。'] }), 'consent', 'overseas'],
  ['a new opt-out section', (d) => add(d, ['sections'], { id: 'optout', heading: 'オプトアウトによる第三者提供', body: ['当社は、お客様の求めに応じて当該お客様が識別される個人データの第三者への提供を停止することとして、氏名及び住所を名簿事業者に提供します。当社は、この旨を個人情報保護委員会に届け出ています。'] }), 'prior-notice', 'optOut'],
  ['the entrustment clause opened to companies abroad', (d) => replaceIn(d, S(5, 'body', 0), '国内の事業者', '外部（外国にある事業者を含む）'), 'consent', 'overseas'],
  ['the entrustment clause reworded', (d) => replaceIn(d, S(5, 'body', 0), '必要かつ適切な監督を行います', '適切な監督を行います'), 'review', 'entrustment'],
  ['a country added to the overseas clause', (d) => replaceIn(d, S(4, 'body', 0), '米国にある', '米国及び中華人民共和国にある'), 'consent', 'overseas'],
  ['the recipient abroad misspelt, then corrected (a typo)', (d) => replaceIn(d, S(4, 'body', 0), 'Acme Cloud Inc.', 'Acme Clowd Inc.'), 'none'],
  ['the country written another way (米国 → アメリカ合衆国)', (d) => replaceIn(d, S(4, 'body', 0), '米国にある', 'アメリカ合衆国にある'), 'review', 'overseas'],
  // Provision to third parties (Art. 27(1))
  ['the provision clause reworded with the same meaning', (d) => replaceIn(d, S(3, 'body', 0), '第三者に提供しません', '第三者への提供は行いません'), 'review', 'provision'],
  ['a sentence restating the law added to the provision clause', (d) => d.setIn(S(3, 'body', 0), `${d.getIn(S(3, 'body', 0)) as string}なお、法令に基づく場合の提供は、この限りではありません。`), 'review', 'provision'],
  ['a recipient class added to the provision clause (提携先)', (d) => replaceIn(d, S(3, 'body', 0), '個人データを第三者に', '個人データを提携先以外の第三者に'), 'consent', 'provision'],
  ['an opener added to the provision clause (当社が必要と判断した場合)', (d) => add(d, S(3, 'body', 1, 'list'), '当社が必要と判断した場合'), 'consent', 'provision'],
  ['a sale of data added', (d) => d.setIn(S(3, 'body', 0), `${d.getIn(S(3, 'body', 0)) as string}ただし、統計情報として販売することがあります。`), 'consent', 'provision'],
  ['a data item added to what is provided', (d) => d.setIn(S(3, 'body', 0), `${d.getIn(S(3, 'body', 0)) as string}提供する項目は、氏名及び住所です。`), 'consent', 'provision'],
  ['a limiting word dropped from the overseas clause (のみ)', (d) => replaceIn(d, S(4, 'body', 0), '提供することがあります。', '提供することがあります。提供する項目は氏名のみです。'), 'consent', 'overseas'],
  // Use limitation, purposes (Art. 17, 18, 20(2), 21)
  ['the use limitation opened to the business\'s discretion', (d) => replaceIn(d, S(2, 'body', 0), '取り扱うことはありません', '取り扱うことはありません。ただし、当社が必要と判断した場合はこの限りではありません'), 'consent', 'usePurpose'],
  ['the use limitation reworded with the same facts', (d) => replaceIn(d, S(2, 'body', 0), '取り扱うことはありません', '取り扱いません'), 'review', 'usePurpose'],
  ['a purpose added', (d) => add(d, S(1, 'body', 1, 'purposes'), { id: 'research', text: '市場調査のため' }), 'notice', 'usePurpose'],
  ['a purpose that now names who else gets the data (グループ会社への提供)', (d) => replaceIn(d, S(1, 'body', 1, 'purposes', 2, 'text'), '新商品のご案内', '新商品のご案内及びグループ会社への提供'), 'review', 'usePurpose'],
  ['a purpose added that names a partner (提携先からのご案内)', (d) => add(d, S(1, 'body', 1, 'purposes'), { id: 'partners', text: '提携先からの商品のご案内のため' }), 'review', 'usePurpose'],
  ['a purpose reworded with no one else named', (d) => replaceIn(d, S(1, 'body', 1, 'purposes', 2, 'text'), '新商品のご案内', '新商品及び新サービスのご案内'), 'notice', 'usePurpose'],
  ['a purpose that needs special care-required information (信条)', (d) => add(d, S(1, 'body', 1, 'purposes'), { id: 'belief', text: 'お客様の信条に応じた商品のご提案のため' }), 'consent', 'sensitive'],
  ['a purpose reworded to need medical history (病歴)', (d) => replaceIn(d, S(1, 'body', 1, 'purposes', 2, 'text'), '新商品のご案内', '病歴に応じた新商品のご案内'), 'consent', 'sensitive'],
  ['the acquisition of medical history added', (d) => replaceIn(d, S(0, 'body', 0), '及び購入履歴', '、購入履歴及び病歴'), 'consent', 'sensitive'],
  ['a sentence on where data is acquired from', (d) => replaceIn(d, S(0, 'body', 0), 'お客様から', 'お客様から直接、又は公開されている情報から'), 'none'],
  ['purposes of retained data stated in the disclosure section', (d) => d.setIn(S(8, 'body', 0), `${d.getIn(S(8, 'body', 0)) as string}保有個人データの利用目的は、第2条に定めるとおりです。`), 'notice'],
  ['purposes of pseudonymised information as a plain list', (d) => add(d, ['sections'], { id: 'pseudo', heading: '仮名加工情報の取扱い', body: ['当社は、仮名加工情報を次の目的で利用します。', { list: ['新商品の開発のため'] }] }), 'notice', 'usePurpose'],
  // Joint use (Art. 27(5)(iii), (6))
  ['the sentence announcing the joint use reworded with the same facts', (d) => replaceIn(d, S(6, 'body', 0), '次のとおり', '以下のとおり'), 'review', 'party'],
  ['the sentence announcing the joint use widened (その他)', (d) => replaceIn(d, S(6, 'body', 0), '次のとおり', '次のとおり、その他当社が定める者と'), 'consent', 'party'],
  ['a joint user added', (d) => add(d, S(6, 'body', 1, 'jointUse', 'parties', 'entries'), { id: 'sister', name: '株式会社サンプル物流' }), 'consent', 'party'],
  // Published matters (Art. 32(1))
  ['the security measures reworded', (d) => replaceIn(d, S(7, 'body', 0), '講じます', '講じています'), 'notice', 'publication'],
  ['the disclosure fee changed', (d) => replaceIn(d, S(8, 'body', 0), '1,000円', '1,500円'), 'notice', 'publication'],
  ['the complaints desk\'s phone changed', (d) => d.setIn(S(9, 'body', 1, 'contact', 'phone'), '0120-111-111'), 'notice', 'publication'],
  ['the representative changed where printed only in the signature', (d) => d.setIn(['closing', 0, 'signature', 1], '代表取締役社長　見本次郎'), 'notice-without-delay', 'manager'],
  // General parts
  ['the revision clause reworded', (d) => replaceIn(d, S(10, 'body', 0), '必要に応じて', '法令の改正等に応じて'), 'none'],
  ['the preamble reworded', (d) => replaceIn(d, ['preamble', 0], '社会的責務', '重要な責務'), 'none'],
  ['the preamble now says data is shared with group companies (no role words, but a recipient and an act)', (d) => d.setIn(['preamble', 0], `${d.getIn(['preamble', 0]) as string}また、お客様の個人情報をグループ会社と共有することがあります。`), 'review', 'unclassified'],
  ['the acquisition clause now names a recipient abroad', (d) => replaceIn(d, S(0, 'body', 0), '取得します。', '取得し、シンガポールの事業者に提供します。'), 'consent'],
  ['the revision clause now takes consent as given (みなし同意)', (d) => replaceIn(d, S(10, 'body', 0), '改定することがあります。', '改定することがあります。改定後に本サービスを利用した場合は、改定に同意したものとみなします。'), 'review'],
  ['the revision clause now promises to ask consent (nothing owed)', (d) => {
    d.setIn(S(10, 'body', 0), '当社は、必要に応じて本方針を改定することがあります。法令上同意が必要な改定は、あらかじめお客様の同意を得て行います。');
  }, 'none'],
  ['the revision clause now says data is sold', (d) => replaceIn(d, S(10, 'body', 0), '改定することがあります。', '改定することがあります。また、個人情報を販売することがあります。'), 'review'],
  ['a heading reworded to name the same part', (d) => d.setIn(S(3, 'heading'), '個人データの第三者への提供'), 'none'],
  ['a new section no role can be read from', (d) => add(d, ['sections'], { id: 'cookies', heading: 'ウェブサイトの閲覧について', body: ['当社のウェブサイトでは、閲覧の状況を把握するためにアクセス解析ツールを使用しています。'] }), 'review', 'unclassified'],
];

/** The fixture with a section on opt-out provision (Art. 27(2)) added before the last one. */
const OPT_OUT: Edit = (d) =>
  (d.get('sections') as { items: unknown[] }).items.splice(10, 0, d.createNode({
    id: 'opt-out',
    heading: 'オプトアウトによる第三者提供',
    body: ['当社は、お客様の求めに応じて当該お客様が識別される個人データの第三者への提供を停止することとして、氏名及び住所を名簿事業者に提供しています。当社は、この旨を個人情報保護委員会に届け出ています。'],
  }));
const OPT_OUT_CASES: Array<[string, Edit, Action, Category?]> = [
  ['an opt-out: a data item added', (d) => replaceIn(d, S(10, 'body', 0), '氏名及び住所', '氏名、住所及び電話番号'), 'prior-notice', 'optOut'],
  ['an opt-out: a recipient class added', (d) => replaceIn(d, S(10, 'body', 0), '名簿事業者に', '名簿事業者及び提携先に'), 'prior-notice', 'optOut'],
  ['an opt-out: reworded with the same facts', (d) => replaceIn(d, S(10, 'body', 0), '提供しています', '提供しております'), 'review', 'optOut'],
];

describe('legal cases: opt-out provision (Art. 27(2), (3)), found from the words and declared', () => {
  it.each(OPT_OUT_CASES)('%s → %s', (_what, edit, action, category) => {
    for (const base of [NO_ROLES, WITH_ROLES]) {
      const doc = parseDocument(base);
      OPT_OUT(doc);
      if (base === WITH_ROLES) doc.setIn(S(10, 'role'), 'optOut');
      const top = strictest(diffFrom(doc.toString(), edit));
      expect({ action: top.action, category: top.category }).toEqual({ action, category });
    }
  });
});

describe('legal cases: roles found from the words and roles declared weigh a change alike', () => {
  it.each(CASES)('%s → %s', (_what, edit, action, category) => {
    for (const text of [NO_ROLES, WITH_ROLES]) {
      const diff = diffFrom(text, edit);
      const top = strictest(diff);
      expect({ action: top.action, ...(category ? { category: top.category } : {}) }).toEqual({ action, ...(category ? { category } : {}) });
      if (action !== 'none') {
        expect(diff.renotice).toBe(true);
        expect(top.basis).not.toBe('');
      }
      if (action === 'review') expect(diff.changes[0]!.action).toBe('review');
    }
  });

  it('has a case for every role the diff weighs, in both directions', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const actions = new Set(CASES.map((c) => c[2]));
    for (const a of ['review', 'consent', 'prior-notice', 'notice', 'none'] as const) expect(actions).toContain(a);
  });
});

describe('the facts that decided a verdict', () => {
  it('name what a change adds: 「中華人民共和国」, not the whole clause', () => {
    const diff = diffFrom(NO_ROLES, (d) => replaceIn(d, S(4, 'body', 0), '米国にある', '米国及び中華人民共和国にある'));
    const change = diff.changes.find((c) => c.action === 'consent')!;
    expect(change.facts?.added.map((f) => f.words)).toEqual(['中華人民共和国']);
    expect(change.roles).toContain('overseas');
  });

  it('a role found from the words is marked as found', () => {
    const diff = diffFrom(NO_ROLES, (d) => replaceIn(d, S(4, 'body', 0), '米国にある', '米国及び中華人民共和国にある'));
    expect(diff.changes.find((c) => c.action === 'consent')!.inferred).toBe(true);
    const declared = diffFrom(WITH_ROLES, (d) => replaceIn(d, S(4, 'body', 0), '米国にある', '米国及び中華人民共和国にある'));
    expect(declared.changes.find((c) => c.action === 'consent')!.inferred).toBeUndefined();
  });
});

describe('formerName is for the same business only (PPC Guidelines 3-6-3 事例1–3)', () => {
  const PARTY = S(6, 'body', 1, 'jointUse', 'parties', 'entries', 0);
  const MANAGER = S(6, 'body', 1, 'jointUse', 'managers', 'entries', 0);
  const rename = (name: string, formerName: string): Edit => (d) => {
    d.setIn([...PARTY, 'name'], name);
    d.setIn([...PARTY, 'formerName'], formerName);
  };

  it('the same business renamed → prior-notice (事例2/3)', () => {
    expect(strictest(diffFrom(NO_ROLES, rename('株式会社サンプルグループホールディングス', '株式会社サンプルホールディングス')))).toMatchObject({ action: 'prior-notice', category: 'party' });
  });
  it('a party widened 「A」 → 「A及びB」 with formerName → consent (事例1)', () => {
    expect(strictest(diffFrom(NO_ROLES, rename('株式会社サンプルホールディングス及びその子会社', '株式会社サンプルホールディングス')))).toMatchObject({ action: 'consent', reason: 'renameWidens' });
  });
  it('a party widened to its group (グループ各社) with formerName → consent', () => {
    expect(strictest(diffFrom(NO_ROLES, rename('株式会社サンプルホールディングスグループ各社', '株式会社サンプルホールディングス')))).toMatchObject({ action: 'consent' });
  });
  it('a party renamed to an unrelated company with formerName → review: confirm the same business', () => {
    const top = strictest(diffFrom(NO_ROLES, rename('ミライ物産合同会社', '株式会社サンプルホールディングス')));
    expect(top).toMatchObject({ action: 'review', reason: 'renameUnrelated' });
    expect(top.note).toMatch(/商号変更・合併・承継/);
  });
  it('a formerName that is not the old name is a problem of the comparison (an error), and the change a replacement', () => {
    const diff = diffFrom(NO_ROLES, rename('株式会社サンプルHD', '株式会社別物'));
    expect(strictest(diff)).toMatchObject({ action: 'consent', reason: 'partyReplaced' });
    expect(diff.problems).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'former-name' }));
  });
  it('the business\'s own name, where it is a manager, is the manager\'s change (Art. 27(6))', () => {
    const diff = diffFrom(NO_ROLES, (d) => {
      d.setIn(['organization', 'name'], '株式会社サンプル');
      d.setIn([...MANAGER, 'name'], '株式会社サンプル');
      d.setIn([...MANAGER, 'formerName'], '株式会社サンプル商事');
    });
    expect(diff.changes.find((c) => c.path === 'organization.name')).toMatchObject({ action: 'notice-without-delay', category: 'manager' });
  });
});

describe('the business\'s identity wherever it is printed', () => {
  it('a new representative under organization: and in the signature is one change, reported once', () => {
    const diff = diffFrom(NO_ROLES, (d) => {
      d.setIn(['organization', 'representative'], '代表取締役社長 見本次郎');
      d.setIn(['closing', 0, 'signature', 1], '代表取締役社長　見本次郎');
      d.setIn(S(6, 'body', 1, 'jointUse', 'managers', 'entries', 0, 'representative'), '代表取締役社長 見本次郎');
    });
    const acting = diff.changes.filter((c) => c.action !== 'none');
    expect(acting.map((c) => c.path)).toEqual(expect.arrayContaining(['organization.representative']));
    expect(acting.filter((c) => c.path.startsWith('closing'))).toEqual([]);
    expect(diff.changes.find((c) => c.path.startsWith('closing'))).toMatchObject({ action: 'none', reason: 'identityEcho' });
  });

  it('a signature that says more than the new representative is weighed on its own', () => {
    const diff = diffFrom(NO_ROLES, (d) => {
      d.setIn(['organization', 'representative'], '代表取締役社長 見本次郎');
      d.setIn(['closing', 0, 'signature', 1], '代表取締役会長　見本一郎');
    });
    expect(diff.changes.find((c) => c.path.startsWith('closing'))?.action).not.toBe('none');
  });
});

describe('version discipline', () => {
  it('a change that needs action without a new version is reported as a problem, the verdict kept', () => {
    const diff = diffFrom(NO_ROLES, (d) => add(d, S(6, 'body', 1, 'jointUse', 'parties', 'entries'), { id: 'sister', name: '株式会社サンプル物流' }));
    expect(strictest(diff).action).toBe('consent');
    expect(diff.problems).toContainEqual(expect.objectContaining({ rule: 'version-not-bumped' }));
  });
  it('no problem once the version and the date are new', () => {
    const diff = diffFrom(NO_ROLES, (d) => {
      add(d, S(6, 'body', 1, 'jointUse', 'parties', 'entries'), { id: 'sister', name: '株式会社サンプル物流' });
      d.set('version', '2.1');
      d.set('effectiveDate', '2026-10-01');
    });
    expect(diff.problems ?? []).toEqual([]);
  });
  it('an editorial change needs no new version', () => {
    expect(diffFrom(NO_ROLES, (d) => replaceIn(d, ['preamble', 0], '社会的責務', '重要な責務')).problems ?? []).toEqual([]);
  });
});

describe('references resolved in both versions', () => {
  // The fixture's purposes row names 第2条 (its purposes section); its items row quotes 「１. 取得する個人情報」.
  const FIXTURE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'row-references.yaml'), 'utf8');

  it('a section inserted before the one a row cites by number: the row now takes its content from another section', () => {
    const diff = diffFrom(FIXTURE, (d) => (d.get('sections') as { items: unknown[] }).items.splice(1, 0, d.createNode({ id: 'inserted', heading: '個人情報の管理', body: ['当社は、個人情報を適切に管理します。'] })));
    const change = diff.changes.find((c) => c.reason === 'referenceRetargeted');
    expect(change).toMatchObject({ category: 'jointPurpose', action: 'prior-notice' });
    expect(change!.context.place).toBe('利用する者の利用目的');
    expect(change!.before).toBe('第2条 → 利用目的');
    expect(change!.after).toBe('第2条 → 個人情報の管理');
    expect(diff.problems).toContainEqual(expect.objectContaining({ severity: 'warning', rule: 'reference-retargeted' }));
  });

  it('a section renumbered along with the row that cites it is no change of the row', () => {
    const diff = diffFrom(FIXTURE, (d) => {
      (d.get('sections') as { items: unknown[] }).items.splice(1, 0, d.createNode({ id: 'inserted', heading: '個人情報の管理', body: ['当社は、個人情報を適切に管理します。'] }));
      d.setIn(['sections', 3, 'body', 0, 'jointUse', 'purposes', 'entries', 0, 'text'], '第3条に定める利用目的');
    });
    expect(diff.changes.find((c) => c.reason === 'referenceRetargeted')).toBeUndefined();
  });
});
