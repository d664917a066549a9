import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadPolicyText } from '../../src/load/load-policies.js';
import { SEED_POLICY, cli } from '../helpers.js';

const seed = readFileSync(SEED_POLICY, 'utf8');

function warnings(edit: (doc: ReturnType<typeof parseDocument>) => void = () => undefined) {
  const doc = parseDocument(seed);
  edit(doc);
  const { messages } = loadPolicyText('p.yaml', doc.toString());
  expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.path}`);
}

describe('APPI compliance lint', () => {
  it('warns on the seed that the managers lack address and representative, with position, and exits 0', async () => {
    const result = await cli(['check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "policy/shimin-denryoku.yaml:155:9  warning  jointUse.managers.entries[0]: the manager has no address and no representative: since the 2022 amendment the notice names the manager's name, address and, for a corporation, its representative (APPI Art. 27(5)(iii))  (appi-manager-identity)",
    );
    expect(result.stdout).toContain('(https-link)');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('0 errors, 3 warnings');
  });

  it('is satisfied once the YAML names address and representative', () => {
    expect(
      warnings((doc) => {
        for (const i of [0, 1]) {
          doc.setIn(['jointUse', 'managers', 'entries', i, 'address'], '東京都千代田区霞が関一丁目1番1号');
          doc.setIn(['jointUse', 'managers', 'entries', i, 'representative'], '代表取締役 山田太郎');
        }
      }),
    ).toEqual(['171:11 https-link footnotes[1].text']);
  });

  it('names only what is missing', () => {
    const doc = parseDocument(seed);
    doc.setIn(['jointUse', 'managers', 'entries', 1, 'address'], '東京都');
    const { messages } = loadPolicyText('p.yaml', doc.toString());
    expect(messages.find((m) => m.path === 'jointUse.managers.entries[1]')?.reason).toMatch(/^the manager has no representative:/);
  });

  it('warns when an item group has no manager', () => {
    const found = warnings((doc) => doc.setIn(['jointUse', 'managers', 'entries', 1, 'groups'], ['basic']));
    expect(found).toContain('116:9 appi-joint-use-items jointUse.items.groups[1]');
  });

  it('warns when no clause says that data is used jointly', () => {
    const found = warnings((doc) => {
      doc.deleteIn(['clauses', 3]);
    });
    expect(found.some((w) => w.endsWith('appi-joint-use-items clauses'))).toBe(true);
  });

  it('warns when the effective date is missing, a footnote is never referenced, or the history is behind', () => {
    const found = warnings((doc) => {
      doc.delete('effectiveDate');
      doc.set('version', '1.1');
      doc.setIn(['jointUse', 'parties', 'entries', 1, 'notes'], []);
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
