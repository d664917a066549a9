import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { ROOT, SEED_POLICY } from '../helpers.js';

const NO_ROLES = readFileSync(path.join(ROOT, 'test', 'fixtures', 'roles', 'no-roles.yaml'), 'utf8');
const check = (text: string) => loadPolicyText('p.yaml', text).messages;

describe('roles found from the words, checked against roles declared', () => {
  it('names each section that reads like a role it does not declare, with the words and the fix', () => {
    const messages = check(NO_ROLES).filter((m) => m.ruleId === 'role-undeclared');
    const overseas = messages.find((m) => m.path === 'sections[4].heading')!;
    expect(overseas).toMatchObject({ severity: 'warning', line: 40 });
    expect(overseas.reason).toContain('「外国」');
    expect(overseas.reason).toContain('APPI Art. 28(1), (2)');
    expect(overseas.hint).toBe('write "role: overseas" under "id: overseas" to confirm it');
  });

  it('is silent once the roles are declared', () => {
    const doc = parseDocument(NO_ROLES);
    ['acquisition', 'purposes', 'useLimitation', 'provision', 'overseas', 'entrustment', 'jointUse', 'security', 'disclosure', 'complaints', 'general'].forEach((role, i) =>
      doc.setIn(['sections', i, 'role'], role),
    );
    expect(check(doc.toString()).filter((m) => m.ruleId.startsWith('role-'))).toEqual([]);
  });

  it('finds the Art. 32 matters without roles: no warning that disclosure, security or complaints are missing', () => {
    const rules = check(NO_ROLES).map((m) => m.ruleId);
    expect(rules).not.toContain('appi-disclosure-procedure');
    expect(rules).not.toContain('appi-complaints');
    expect(rules.filter((r) => r === 'appi-security-measures').length).toBeLessThanOrEqual(1);
  });

  it('a role on a list entry counts as a section\'s (disclosure and security in a list of 公表事項)', () => {
    const doc = parseDocument(NO_ROLES);
    doc.deleteIn(['sections', 8]);
    doc.deleteIn(['sections', 7]);
    (doc.get('sections') as { add(v: unknown): void }).add(doc.createNode({
      id: 'published', heading: '【Ⅱ】公表事項',
      body: [{ list: [
        { role: 'disclosure', title: '開示等の手続', text: '窓口にお申し出ください。手数料は無料です。' },
        { role: 'security', title: '安全管理措置', list: ['組織的安全管理措置', '人的安全管理措置', '物理的安全管理措置', '技術的安全管理措置', '外的環境の把握'] },
      ] }],
    }));
    const rules = check(doc.toString()).map((m) => m.ruleId);
    expect(rules).not.toContain('appi-disclosure-procedure');
    expect(rules).not.toContain('appi-security-measures');
  });

  it('a declared role that the words contradict is a mismatch', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 3, 'role'], 'security');
    expect(check(doc.toString()).map((m) => m.ruleId)).toContain('role-mismatch');
    // Words of another role inside a declared section are no mismatch: security measures name 委託先 and servers abroad.
    doc.setIn(['sections', 3, 'role'], 'provision');
    doc.setIn(['sections', 7, 'role'], 'security');
    doc.setIn(['sections', 7, 'body', 0], '当社は、委託先の監督を行い、米国に所在するサーバの所在国の制度を把握した上で、安全管理措置を講じます。');
    expect(check(doc.toString()).map((m) => m.ruleId)).not.toContain('role-mismatch');
  });

  it('words of abroad in a declared entrustment clause are named', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 5, 'role'], 'entrustment');
    doc.setIn(['sections', 5, 'body', 0], '当社は、業務の一部を外部（外国にある事業者を含む）に委託することがあります。');
    const m = check(doc.toString()).find((x) => x.ruleId === 'role-undeclared' && x.path === 'sections[5]');
    expect(m?.reason).toContain('外国にある事業者');
  });

  it('the seed, without the role it declares on its use-limitation clause, names that clause and nothing else', () => {
    const seed = readFileSync(SEED_POLICY, 'utf8');
    expect(check(seed).filter((x) => x.ruleId.startsWith('role-'))).toEqual([]);
    const m = check(seed.replace('    role: useLimitation\n', '')).filter((x) => x.ruleId.startsWith('role-'));
    expect(m.map((x) => `${x.ruleId} ${x.path}`)).toEqual(['role-undeclared sections[1]']);
  });
});

describe('the lint reads the law (APPI Art. 32(1), 38(1); Cabinet Order Art. 10)', () => {
  it('a fee for correction or suspension of use is an error (Art. 38(1))', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 8, 'body', 0], '保有個人データの訂正又は利用停止の請求については、1件につき手数料1,000円を申し受けます。');
    expect(check(doc.toString()).find((m) => m.ruleId === 'appi-disclosure-fee')).toMatchObject({ severity: 'error' });
  });
  it('a fee for disclosure is not', () => {
    expect(check(NO_ROLES).map((m) => m.ruleId)).not.toContain('appi-disclosure-fee');
  });
  it('measures told on request satisfy Art. 32(1): no warning', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 7, 'body', 0], '当社は、適切な安全管理措置を講じます。その内容は、お問い合わせいただければ遅滞なく回答いたします。');
    expect(check(doc.toString()).map((m) => m.ruleId)).not.toContain('appi-security-measures');
  });
  it('measures named by their examples (従業者の教育, 入退室管理, アクセス制御) need not name the kinds', () => {
    const doc = parseDocument(NO_ROLES);
    doc.deleteIn(['sections', 4]);
    doc.setIn(['sections', 6, 'body', 0], '当社は、取扱規程の策定、従業者の教育、入退室管理、アクセス制御等の必要かつ適切な措置を講じます。');
    expect(check(doc.toString()).map((m) => m.ruleId)).not.toContain('appi-security-measures');
  });
  it('measures with one kind missing still warn, naming it', () => {
    const doc = parseDocument(NO_ROLES);
    doc.deleteIn(['sections', 4]);
    doc.setIn(['sections', 6, 'body', 0], '当社は、取扱規程の策定、従業者の教育及びアクセス制御の措置を講じます。');
    const m = check(doc.toString()).find((x) => x.ruleId === 'appi-security-measures');
    expect(m?.reason).toContain('物理的安全管理措置');
    expect(m?.reason).not.toContain('人的安全管理措置');
  });
  it('「具体的な内容は窓口までお尋ねください」 is measures told on request', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 7, 'body', 0], '当社は、適切な安全管理措置を講じます。具体的な内容は、お問い合わせ窓口までお尋ねください。');
    expect(check(doc.toString()).map((m) => m.ruleId)).not.toContain('appi-security-measures');
  });
  it('a boilerplate sentence alone is not a statement of the measures', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 7, 'body', 0], '当社は、個人情報について適切な安全管理措置を講じます。');
    expect(check(doc.toString()).map((m) => m.ruleId)).toContain('appi-security-measures');
  });
  it('the external environment is asked for only where data is handled abroad', () => {
    const doc = parseDocument(NO_ROLES);
    doc.deleteIn(['sections', 4]);
    const m = check(doc.toString()).find((x) => x.ruleId === 'appi-security-measures');
    expect(m?.reason ?? '').not.toContain('外的環境');
  });
  it('a sole proprietor has no representative to publish', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['organization', 'name'], 'サンプル商店');
    doc.deleteIn(['organization', 'representative']);
    expect(check(doc.toString()).map((m) => m.ruleId)).not.toContain('appi-business-identity');
  });
});

describe('fewer false alarms on policies written as published', () => {
  it('the business as manager with its address written another way (without the prefecture, 1-1-1) is the same address', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 6, 'body', 1, 'jointUse', 'managers', 'entries', 0, 'address'], '千代田区丸の内1-1-1');
    expect(check(doc.toString()).map((m) => m.ruleId)).not.toContain('appi-manager-identity');
    doc.setIn(['sections', 6, 'body', 1, 'jointUse', 'managers', 'entries', 0, 'address'], '千代田区丸の内1-1-2');
    expect(check(doc.toString()).map((m) => m.ruleId)).toContain('appi-manager-identity');
  });

  it('a joint use announced in a row\'s intro sentence, with a footnote mark', () => {
    const doc = parseDocument(NO_ROLES);
    doc.deleteIn(['sections', 6, 'body', 0]);
    doc.setIn(['sections', 6, 'heading'], 'グループ会社との取扱い');
    doc.setIn(['sections', 6, 'body', 0, 'jointUse', 'parties', 'intro'], '当社は、以下の者と個人データを共同して利用します[^group]。');
    doc.set('footnotes', doc.createNode([{ id: 'group', text: 'グループ会社の一覧は当社ウェブサイトに掲載しています。' }]));
    expect(check(doc.toString()).map((m) => m.ruleId)).not.toContain('appi-joint-use-items');
  });

  it('no fee spoken of is no fee set: nothing to publish', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 8, 'body', 0], 'お客様は、保有個人データの開示を請求することができます。');
    expect(check(doc.toString()).map((m) => m.ruleId)).not.toContain('appi-disclosure-procedure');
  });
});

describe('roles written on blocks', () => {
  it('a section whose list entries declare their roles is not asked to declare them again', () => {
    const doc = parseDocument(NO_ROLES);
    doc.setIn(['sections', 7, 'body'], doc.createNode([{ list: [{ role: 'security', title: '安全管理措置', text: '組織的、人的、物理的及び技術的安全管理措置を講じます。' }] }]));
    expect(check(doc.toString()).filter((m) => m.ruleId === 'role-undeclared' && m.path?.startsWith('sections[7]'))).toEqual([]);
  });
});
