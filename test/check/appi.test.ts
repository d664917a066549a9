import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadPolicyText, readPolicyText } from '../../src/file/policy-file.js';
import { ROOT, SEED_POLICY, cli } from '../helpers.js';

const seed = readFileSync(SEED_POLICY, 'utf8');
/** The seed's joint-use table. */
const JU = ['sections', 4, 'body', 0, 'jointUse'];

function messagesOf(edit: (doc: ReturnType<typeof parseDocument>) => void = () => undefined) {
  const doc = parseDocument(seed);
  edit(doc);
  const { messages } = loadPolicyText('p.yaml', doc.toString());
  expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  return messages;
}

function warnings(edit?: (doc: ReturnType<typeof parseDocument>) => void) {
  return messagesOf(edit).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.path}`);
}

/** What a complete policy adds to the seed: the business's identity and the Art. 32 sections. */
function complete(doc: ReturnType<typeof parseDocument>) {
  doc.setIn(['organization', 'address'], '福岡県福岡市東区松島一丁目1番1号');
  doc.setIn(['organization', 'representative'], '代表理事 山田太郎');
  const sections = doc.get('sections') as { add(v: unknown): void };
  sections.add(
    doc.createNode({
      id: 'security',
      role: 'security',
      body: [{ list: ['組織的安全管理措置：…', '人的安全管理措置：…', '物理的安全管理措置：…', '技術的安全管理措置：…', '外的環境の把握：…'] }],
    }),
  );
  sections.add(doc.createNode({ id: 'requests', role: 'disclosure', body: ['開示等の請求は、窓口までお申し出ください。手数料は無料です。'] }));
  sections.add(doc.createNode({ id: 'desk', role: 'complaints', body: [{ contact: { name: '個人情報相談窓口', phone: '092-000-0000' } }] }));
}

describe('APPI compliance lint', () => {
  it('lists the Art. 32 and Art. 27(5)(iii) warnings on the seed, with positions, and exits 0', async () => {
    const result = await cli(['check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "policy/shimin-denryoku.yaml:162:17  warning  sections[4].body[0].jointUse.managers.entries[0]: the manager has no address and no representative: since the 2022 amendment the notice names the manager's name, address and, for a corporation, its representative (APPI Art. 27(5)(iii))  (appi-manager-identity)",
    );
    for (const rule of ['appi-business-identity', 'appi-disclosure-procedure', 'appi-security-measures', 'appi-complaints', 'https-link']) {
      expect(result.stdout).toContain(`(${rule})`);
    }
    expect(result.stdout).toMatch(/the business has no address and no representative: .*\(APPI Art\. 32\(1\)\(i\)\)/);
    expect(result.stdout).toMatch(/開示等の請求\) \(APPI Art\. 32\(1\)\(iii\)\)/);
    expect(result.stdout).toMatch(/安全管理措置\) \(APPI Art\. 32\(1\)\(iv\); Cabinet Order Art\. 10\(1\)\)/);
    expect(result.stdout).toMatch(/苦情の申出先\) \(APPI Art\. 32\(1\)\(iv\); Cabinet Order Art\. 10\(2\)\)/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('0 errors, 7 warnings');
  });

  it('is satisfied once the YAML names every required item', () => {
    expect(
      warnings((doc) => {
        complete(doc);
        for (const i of [0, 1]) {
          doc.setIn([...JU, 'managers', 'entries', i, 'address'], '東京都千代田区霞が関一丁目1番1号');
          doc.setIn([...JU, 'managers', 'entries', i, 'representative'], '代表取締役 山田太郎');
        }
      }),
    ).toEqual([expect.stringMatching(/^\d+:11 https-link footnotes\[1\]\.text$/)]);
  });

  it('names only what is missing', () => {
    const messages = messagesOf((doc) => {
      doc.setIn([...JU, 'managers', 'entries', 1, 'address'], '東京都');
      doc.setIn(['organization', 'representative'], '代表理事 山田太郎');
    });
    expect(messages.find((m) => m.path === 'sections[4].body[0].jointUse.managers.entries[1]')?.reason).toMatch(/^the manager has no representative:/);
    expect(messages.find((m) => m.ruleId === 'appi-business-identity')?.reason).toMatch(/^the business has no address: /);
  });

  it("warns when a signature of the policy's own stands where the address would be printed, without it", () => {
    const messages = messagesOf((doc) => {
      doc.setIn(['organization', 'address'], '福岡県福岡市東区松島一丁目1番1号');
      doc.setIn(['organization', 'representative'], '代表理事 山田太郎');
      doc.set('closing', doc.createNode([{ signature: ['一般社団法人グリーン・市民電力', '代表理事 山田太郎'] }]));
    });
    expect(messages.find((m) => m.ruleId === 'appi-business-identity')).toMatchObject({
      path: 'closing[0]',
      reason: 'the business\'s address is given under "organization:" but not published: this signature takes the place where they would be printed (APPI Art. 32(1)(i))',
    });
    const shown = messagesOf((doc) => {
      doc.setIn(['organization', 'address'], '福岡県福岡市東区松島一丁目1番1号');
      doc.setIn(['organization', 'representative'], '代表理事 山田太郎');
      doc.set('closing', doc.createNode([{ show: 'business' }, { signature: ['一般社団法人グリーン・市民電力'] }]));
    });
    expect(shown.some((m) => m.ruleId === 'appi-business-identity')).toBe(false);
  });

  it('warns when an item group has no manager, and not when a manager answers for every item', () => {
    const unmanaged = messagesOf((doc) => doc.setIn([...JU, 'managers', 'entries', 1, 'groups'], ['basic'])).filter((m) => m.ruleId === 'appi-joint-use-items');
    expect(unmanaged.map((m) => [m.path, m.reason])).toEqual([
      ['sections[4].body[0].jointUse.items.groups[1]', 'no manager is named for the item group "supply-point" (APPI Art. 27(5)(iii))'],
    ]);
    const all = warnings((doc) => {
      doc.setIn([...JU, 'managers', 'entries', 1, 'groups'], ['basic']);
      doc.deleteIn([...JU, 'managers', 'entries', 0, 'groups']);
    });
    expect(all.some((w) => w.includes('appi-joint-use-items'))).toBe(false);
  });

  it('warns when no paragraph, and no heading over the table, says that data is used jointly', () => {
    const found = warnings((doc) => {
      doc.deleteIn(['sections', 3]);
      doc.setIn(['sections', 3, 'heading'], 'グリーン・市民電力 プライバシーポリシー');
    });
    expect(found.some((w) => w.endsWith('appi-joint-use-items sections[3].body[0].jointUse'))).toBe(true);
    // The seed's heading 「…共同利用プライバシーポリシー」 over the table says so.
    expect(warnings((doc) => doc.deleteIn(['sections', 3])).some((w) => w.includes('appi-joint-use-items'))).toBe(false);
  });

  it('takes a fee stated by a heading and an amount (「開示等の手数料」 over 1,000円（税込）)', () => {
    const fee = (body: string, heading?: string) =>
      messagesOf((doc) => {
        complete(doc);
        doc.setIn(['sections', 6, 'body'], doc.createNode(['開示等の請求は、窓口までお申し出ください。']));
        doc.setIn(['sections', 6, 'sections'], doc.createNode([{ id: 'fee', ...(heading ? { heading } : {}), body: [body] }]));
      }).filter((m) => m.ruleId === 'appi-disclosure-procedure');
    expect(fee('1回のご請求ごとに、1,000円（税込）をいただきます。', '開示等の手数料')).toEqual([]);
    expect(fee('1回のご請求ごとに、１，０００円をいただきます。')).toEqual([]);
    // No fee set, none spoken of: nothing to publish (Art. 32(1)(iii)).
    expect(fee('郵送でお送りください。')).toEqual([]);
    expect(fee('所定の手数料をいただきます。')).toHaveLength(1);
  });

  it('warns when the business is itself a manager with another address or representative than its own', () => {
    const messages = messagesOf((doc) => {
      complete(doc);
      doc.setIn([...JU, 'managers', 'entries', 0, 'name'], '一般社団法人グリーン・市民電力');
      doc.setIn([...JU, 'managers', 'entries', 0, 'address'], '福岡県福岡市博多区博多駅前一丁目1番1号');
      doc.setIn([...JU, 'managers', 'entries', 0, 'representative'], '代表理事 山田太郎');
    }).filter((m) => m.ruleId === 'appi-manager-identity' && m.reason.includes('business itself'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'warning', path: `${JU.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('')}.managers.entries[0].address` });
    expect(messages[0]!.reason).toContain('differs from the one under "organization:" (福岡県福岡市東区松島一丁目1番1号)');
  });

  it('takes the address as published when any text of the policy prints it (a table of company details)', () => {
    const messages = messagesOf((doc) => {
      doc.setIn(['organization', 'address'], '福岡県福岡市東区松島一丁目1番1号');
      doc.setIn(['organization', 'representative'], '代表理事 山田太郎');
      doc.set('closing', doc.createNode([{ table: [['所在地', '福岡県福岡市東区松島一丁目1番1号']] }, { signature: ['一般社団法人グリーン・市民電力', '代表理事 山田太郎'] }]));
    });
    expect(messages.filter((m) => m.ruleId === 'appi-business-identity')).toEqual([]);
  });

  it('warns when the policy states no purpose of use (Art. 21(1), 32(1)(ii))', () => {
    const messages = messagesOf((doc) => doc.deleteIn(['sections', 0, 'body', 1]));
    const found = messages.find((m) => m.ruleId === 'appi-use-purposes');
    expect(found?.reason).toMatch(/APPI Art\. 21\(1\), 32\(1\)\(ii\)/);
    expect(found?.line).toBe(23);
  });

  it('asks for the fee in the disclosure procedure, and for every kind of security measure', () => {
    const messages = messagesOf((doc) => {
      complete(doc);
      doc.setIn(['sections', 6, 'body', 0], '開示等の請求は、窓口までお申し出ください。所定の手数料をいただきます。');
      doc.setIn(['sections', 5, 'body', 0, 'list'], ['組織的安全管理措置：…', '技術的安全管理措置：…']);
      doc.setIn(['sections', 7, 'body', 0], '苦情は窓口までお寄せください。');
    });
    expect(messages.find((m) => m.ruleId === 'appi-disclosure-procedure')?.reason).toMatch(/speaks of a fee \(手数料\) but does not state its amount/);
    const security = messages.find((m) => m.ruleId === 'appi-security-measures')!;
    expect(security.reason).toContain('人的安全管理措置');
    expect(security.reason).toContain('物理的安全管理措置');
    // The seed handles no data abroad: the external environment is not asked for (PPC Guidelines 10-7).
    expect(security.reason).not.toContain('外的環境の把握');
    expect(security.reason).not.toContain('組織的安全管理措置');
    expect(messages.find((m) => m.ruleId === 'appi-complaints')?.reason).toMatch(/has no contact block/);
  });

  it('warns when the effective date is missing, a footnote is never referenced, or the history is behind', () => {
    const found = warnings((doc) => {
      doc.delete('effectiveDate');
      doc.set('version', '1.1');
      doc.setIn([...JU, 'parties', 'entries', 1, 'notes'], []);
    });
    expect(found).toEqual(
      expect.arrayContaining([
        '7:1 effective-date ',
        expect.stringMatching(/^\d+:\d+ footnote-unused footnotes\[2\]\.id$/),
        expect.stringMatching(/^\d+:\d+ revision-history revisions\[0\]$/),
      ]),
    );
  });
});

describe('a joint-use row that refers to another part of the policy', () => {
  const FIXTURE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'row-references.yaml'), 'utf8');
  const ROW = ['sections', 2, 'body', 0, 'jointUse', 'purposes'];
  const check = (edit: (d: ReturnType<typeof parseDocument>) => void) => {
    const doc = parseDocument(FIXTURE);
    edit(doc);
    return readPolicyText('refs.yaml', doc.toString()).messages.filter((m) => m.ruleId === 'joint-use-reference' || m.ruleId === 'unknown-reference');
  };

  it('is warned when its text points elsewhere (上記, 別表 …) without naming the section', () => {
    const messages = check((d) => d.setIn([...ROW, 'entries', 0, 'text'], '上記の利用目的'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'joint-use-reference', severity: 'warning', path: 'sections[2].body[0].jointUse.purposes.entries[0].text' });
    expect(messages[0]!.hint).toContain('refers: [id]');
  });

  it('names the article as written (第7条の2)', () => {
    const messages = check((d) => d.setIn([...ROW, 'entries', 0, 'text'], '第7条の2に定める目的'));
    expect(messages[0]?.reason).toContain('("第7条の2")');
  });

  it('is quiet once the row names the section, or quotes it', () => {
    expect(check((d) => { d.setIn([...ROW, 'entries', 0, 'text'], '上記の利用目的'); d.setIn([...ROW, 'refers'], d.createNode(['purposes'])); })).toEqual([]);
    expect(check(() => undefined)).toEqual([]);
  });

  it('refuses a section id under refers that does not exist, with the ids there are', () => {
    const messages = check((d) => d.setIn([...ROW, 'refers'], d.createNode(['purpose'])));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'unknown-reference', severity: 'error' });
    expect(messages[0]!.hint).toContain('did you mean "purposes"?');
  });
});

describe('a manager of a table of plain fields', () => {
  it('that names groups is told the table has none, and what to write instead', () => {
    const FIXTURE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'row-references.yaml'), 'utf8');
    const doc = parseDocument(FIXTURE);
    doc.setIn(['sections', 2, 'body', 0, 'jointUse', 'managers', 'entries', 0, 'groups'], doc.createNode(['basic']));
    const errors = readPolicyText('m.yaml', doc.toString()).messages.filter((m) => m.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'unknown-reference', reason: expect.stringContaining('lists its items as plain "fields"') });
    expect(errors[0]!.hint).toContain('remove "groups:"');
  });
});

describe('a footnote placed in a section', () => {
  it('names a section that exists', () => {
    const doc = parseDocument(seed);
    doc.setIn(['footnotes', 0, 'section'], 'joint-use-tabel');
    const errors = loadPolicyText('p.yaml', doc.toString()).messages.filter((m) => m.severity === 'error');
    expect(errors).toMatchObject([{ ruleId: 'unknown-reference', path: 'footnotes[0].section', hint: expect.stringContaining('did you mean "joint-use-table"?') }]);
    doc.setIn(['footnotes', 0, 'section'], 'joint-use-table');
    expect(loadPolicyText('p.yaml', doc.toString()).messages.filter((m) => m.severity === 'error')).toEqual([]);
  });
});

describe('the effective date', () => {
  it('is asked for, unless the policy prints its own dates (制定日, 改定日)', () => {
    const without = messagesOf((doc) => doc.delete('effectiveDate'));
    expect(without.some((m) => m.ruleId === 'effective-date')).toBe(true);
    const dated = messagesOf((doc) => {
      doc.delete('effectiveDate');
      doc.set('closing', doc.createNode([{ dates: [{ label: '制定日', date: '2016-04-01' }] }]));
    });
    expect(dated.some((m) => m.ruleId === 'effective-date')).toBe(false);
  });
});

describe('a contact block\'s e-mail', () => {
  it('is an address, not the name of a form', () => {
    const withEmail = (email: string) =>
      messagesOf((doc) => {
        complete(doc);
        doc.setIn(['sections', 7, 'body', 0, 'contact', 'email'], email);
      }).filter((m) => m.ruleId === 'contact-email');
    expect(withEmail('privacy@example.jp')).toEqual([]);
    expect(withEmail('ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｊｐ')).toEqual([]);
    const doc = parseDocument(seed);
    complete(doc);
    doc.setIn(['sections', 7, 'body', 0, 'contact', 'email'], 'お問い合わせフォーム');
    const errors = loadPolicyText('p.yaml', doc.toString()).messages.filter((m) => m.ruleId === 'contact-email');
    expect(errors).toMatchObject([{ severity: 'error', path: 'sections[7].body[0].contact.email', hint: expect.stringContaining('"url:"') }]);
  });
});
