import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { diffPolicies, type Change, type PolicyDiff } from '../../src/diff/index.js';
import { Policy, type JointUse, type ListItemShape, type PurposesBlock } from '../../src/model/schema.js';

/** The joint-use table of the seed (its last section). */
function ju(p: Policy): JointUse {
  return (p.sections![4]!.body![0] as { jointUse: JointUse }).jointUse;
}
import { FIXTURE_NAMES, loadFixture } from './load-fixture.js';

const base = loadFixture('base');
const diffTo = (name: string): PolicyDiff => diffPolicies(base, loadFixture(name));

/** The fields the scenarios assert, without the texts. */
const brief = (c: Change) => ({ category: c.category, change: c.change, id: c.id, path: c.path, action: c.action });

describe('fixtures', () => {
  it.each(FIXTURE_NAMES)('%s is a valid policy', (name) => {
    expect([...Value.Errors(Policy, loadFixture(name))].map((e) => `${e.path} ${e.message}`)).toEqual([]);
  });
});

describe('diffPolicies', () => {
  it('finds no change between identical versions', () => {
    expect(diffPolicies(base, loadFixture('base'))).toEqual({ renotice: false, changes: [] });
  });

  it('ignores whitespace-only edits', () => {
    expect(diffTo('whitespace')).toEqual({ renotice: false, changes: [] });
  });

  it('reports an added joint user as a scope change needing consent, and the clause list as editorial', () => {
    const diff = diffTo('party-added');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'party', change: 'added', id: 'gas-retailers', path: 'sections[4].body[0].jointUse.parties.entries[6]', action: 'consent' },
      { category: 'editorial', change: 'modified', id: 'joint-use', path: 'sections[3]', action: 'none' },
    ]);
    const [party, clause] = diff.changes;
    expect(party!.before).toBeNull();
    expect(party!.after).toBe('ガス小売事業者');
    expect(party!.basis).toContain('3-6-3');
    expect(clause!.after).toContain('生活協同組合連合会グリーンコープ連合(以下「グリーンコープ連合」という)、及びガス小売事業者との間で');
  });

  it('reports a removed joint user as a scope change needing consent', () => {
    const diff = diffTo('party-removed');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'party', change: 'removed', id: 'occto', path: 'sections[4].body[0].jointUse.parties.entries[2]', action: 'consent' },
      { category: 'editorial', change: 'modified', id: 'joint-use', path: 'sections[3]', action: 'none' },
    ]);
    expect(diff.changes[0]!.before).toBe('電力広域的運営推進機関');
    expect(diff.changes[0]!.after).toBeNull();
  });

  it('reports a renamed joint user once, as a party change needing prior notice', () => {
    const diff = diffTo('party-renamed');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'party', change: 'modified', id: 'greencoop-union', path: 'sections[4].body[0].jointUse.parties.entries[4]', action: 'prior-notice' },
    ]);
    expect(diff.changes[0]!.before).toBe('生活協同組合連合会グリーンコープ連合(以下「グリーンコープ連合」という)');
    expect(diff.changes[0]!.after).toBe('生活協同組合連合会グリーンコープ共同体(以下「グリーンコープ共同体」という)');
  });

  it('reports a field added to supply-point as an item change needing consent', () => {
    const diff = diffTo('field-added');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      {
        category: 'item',
        change: 'added',
        id: 'supply-point/interval-usage',
        path: 'sections[4].body[0].jointUse.items.groups[1].fields[16]',
        action: 'consent',
      },
    ]);
    expect(diff.changes[0]!.after).toBe('30分ごとの電力使用量');
  });

  it('reports a field removed from supply-point as an item change needing consent', () => {
    const diff = diffTo('field-removed');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      {
        category: 'item',
        change: 'removed',
        id: 'supply-point/power-factor',
        path: 'sections[4].body[0].jointUse.items.groups[1].fields[6]',
        action: 'consent',
      },
    ]);
    expect(diff.changes[0]).toMatchObject({ before: '力率', after: null });
  });

  it('reports a reworded joint-use purpose as needing prior notice (Art. 27(6))', () => {
    const diff = diffTo('joint-purpose-reworded');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'jointPurpose', change: 'modified', id: 'billing', path: 'sections[4].body[0].jointUse.purposes.entries[4]', action: 'prior-notice' },
    ]);
    expect(diff.changes[0]!.basis).toMatch(/^APPI Art\. 27\(6\)/);
  });

  it('reports an added purpose of use as needing notice, noting that a purpose beyond relevance needs consent', () => {
    const diff = diffTo('use-purpose-added');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      {
        category: 'usePurpose',
        change: 'added',
        id: 'acquisition/energy-advice',
        path: 'sections[0].body[1].purposes[7]',
        action: 'notice',
      },
    ]);
    expect(diff.changes[0]!.basis).toContain('21(3)');
    expect(diff.changes[0]!.note).toMatch(/Art\. 17\(2\).*consent \(Art\. 18\(1\)\)/);
  });

  it('reports a replaced manager (a new id) as needing prior notice', () => {
    const diff = diffTo('manager-replaced');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'manager', change: 'removed', id: 'supply-point-manager', path: 'sections[4].body[0].jointUse.managers.entries[1]', action: 'prior-notice' },
      { category: 'manager', change: 'added', id: 'occto-manager', path: 'sections[4].body[0].jointUse.managers.entries[1]', action: 'prior-notice' },
    ]);
    expect(diff.changes[1]!.after).toBe('供給（受電）地点に関する情報：電力広域的運営推進機関');
  });

  it("reports a change of only the same manager's name as needing notice without delay", () => {
    const diff = diffTo('manager-renamed');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'manager', change: 'modified', id: 'supply-point-manager', path: 'sections[4].body[0].jointUse.managers.entries[1]', action: 'notice-without-delay' },
    ]);
  });

  it("reports a change of the manager's exception (who manages part of the data) as needing prior notice", () => {
    const diff = diffTo('manager-exception');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'manager', change: 'modified', id: 'basic-manager', path: 'sections[4].body[0].jointUse.managers.entries[0]', action: 'prior-notice' },
    ]);
  });

  it('reports a typo fixed in the preamble as editorial', () => {
    const diff = diffTo('preamble-typo');
    expect(diff.renotice).toBe(false);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'editorial', change: 'modified', id: 'preamble[0]', path: 'preamble[0]', action: 'none' },
    ]);
    expect(diff.changes[0]!.basis).toBe('');
  });

  it('reports reordered entries as moved (only those that moved), not as removed and added', () => {
    const diff = diffTo('reordered');
    expect(diff.renotice).toBe(false);
    expect(diff.changes.map(brief)).toEqual([
      { category: 'party', change: 'moved', id: 'greencoop-coops', path: 'sections[4].body[0].jointUse.parties.entries[4]', action: 'none' },
      { category: 'jointPurpose', change: 'moved', id: 'billing', path: 'sections[4].body[0].jointUse.purposes.entries[0]', action: 'none' },
    ]);
    expect(diff.changes[0]!.note).toMatch(/^Moved from sections\[4\]\.body\[0\]\.jointUse\.parties\.entries\[5\];/);
    expect(diff.changes[1]!.note).toMatch(/^Moved from sections\[4\]\.body\[0\]\.jointUse\.purposes\.entries\[4\];/);
  });

  it('orders changes by category, then by place in the document', () => {
    const diff = diffTo('v1-1');
    expect(diff.renotice).toBe(true);
    expect(diff.changes.map((c) => `${c.category} ${c.change} ${c.id} ${c.action}`)).toEqual([
      'party added gas-retailers consent',
      'jointPurpose modified billing prior-notice',
      'usePurpose added acquisition/energy-advice notice',
      'editorial modified preamble[0] none',
      'editorial modified joint-use none',
      'editorial modified version none',
      'editorial modified effectiveDate none',
      'editorial added 1.1 none',
    ]);
  });

  it('is symmetric in kind: swapping the versions turns added into removed', () => {
    const forward = diffTo('party-added');
    const backward = diffPolicies(loadFixture('party-added'), base);
    expect(backward.changes.map((c) => [c.category, c.change, c.id, c.action])).toEqual([
      ['party', 'removed', 'gas-retailers', 'consent'],
      ['editorial', 'modified', 'joint-use', 'none'],
    ]);
    expect(backward.changes[1]!.before).toBe(forward.changes[1]!.after);
  });
});

describe('diffPolicies on edited objects', () => {
  const edit = (change: (p: Policy) => void): PolicyDiff => {
    const after = structuredClone(base);
    change(after);
    return diffPolicies(base, after);
  };

  it('reports a field moved to a group with another manager as needing prior notice', () => {
    const diff = edit((p) => {
      const [field] = ju(p).items.groups![1]!.fields.splice(6, 1);
      ju(p).items.groups![0]!.fields.push(field!);
    });
    expect(diff.changes.map(brief)).toEqual([
      { category: 'item', change: 'moved', id: 'basic/power-factor', path: 'sections[4].body[0].jointUse.items.groups[0].fields[4]', action: 'prior-notice' },
    ]);
    expect(diff.changes[0]!.note).toMatch(/^Moved from sections\[4\]\.body\[0\]\.jointUse\.items\.groups\[1\]\.fields\[6\]/);
  });

  it('reports a renamed group as an item change needing prior notice, and the manager text is not reported', () => {
    const diff = edit((p) => {
      ju(p).items.groups![0]!.name = '契約者の基本情報';
    });
    expect(diff.changes.map(brief)).toEqual([
      { category: 'item', change: 'modified', id: 'basic', path: 'sections[4].body[0].jointUse.items.groups[0]', action: 'prior-notice' },
    ]);
  });

  it('reports a footnote mark added to a party as editorial', () => {
    const diff = edit((p) => {
      ju(p).parties.entries[2]!.notes = ['scope'];
    });
    expect(diff.changes.map(brief)).toEqual([
      { category: 'editorial', change: 'modified', id: 'occto', path: 'sections[4].body[0].jointUse.parties.entries[2]', action: 'none' },
    ]);
    expect(diff.changes[0]!.after).toBe('電力広域的運営推進機関[^scope]');
  });

  it('gives a footnote that defines a joint user the party scope: a new member needs consent', () => {
    const diff = edit((p) => {
      p.footnotes![2]!.list!.push('新電力ネットワーク株式会社');
    });
    expect(diff.changes.map(brief)).toEqual([
      { category: 'party', change: 'modified', id: 'transmission-operator-definition', path: 'footnotes[2]', action: 'consent' },
    ]);
    expect(diff.changes[0]!.note).toMatch(/defines who the joint users are/);
    expect(diff.changes[0]!.after).toContain('沖縄電力株式会社及び新電力ネットワーク株式会社をいいます。');
  });

  it('reports a manager who takes on another group as needing prior notice', () => {
    const diff = edit((p) => {
      ju(p).managers.entries[1]!.groups!.push('basic');
    });
    expect(diff.changes.map(brief)).toEqual([
      { category: 'manager', change: 'modified', id: 'supply-point-manager', path: 'sections[4].body[0].jointUse.managers.entries[1]', action: 'prior-notice' },
    ]);
  });

  it("reports a new manager's address as needing notice without delay", () => {
    const diff = edit((p) => {
      ju(p).managers.entries[1]!.address = '東京都千代田区大手町一丁目1番1号';
    });
    expect(diff.changes.map((c) => c.action)).toEqual(['notice-without-delay']);
  });

  it('reports an entry that both moved and changed once for each', () => {
    const diff = edit((p) => {
      const purposes = (p.sections![0]!.body![1] as PurposesBlock).purposes as ListItemShape[];
      const [first] = purposes.splice(0, 1);
      purposes.push({ ...first!, text: `${first!.text}及び契約の管理のため` });
    });
    expect(diff.changes.map(brief)).toEqual([
      { category: 'usePurpose', change: 'modified', id: 'acquisition/applications', path: 'sections[0].body[1].purposes[6]', action: 'notice' },
      { category: 'usePurpose', change: 'moved', id: 'acquisition/applications', path: 'sections[0].body[1].purposes[6]', action: 'none' },
    ]);
  });

  it('matches preamble paragraphs by index', () => {
    const diff = edit((p) => {
      p.preamble!.push('本方針は、必要に応じて見直します。');
    });
    expect(diff.changes.map(brief)).toEqual([
      { category: 'editorial', change: 'added', id: 'preamble[1]', path: 'preamble[1]', action: 'none' },
    ]);
  });

  it('reports the fields of an added group one by one, never hidden in the group', () => {
    const diff = edit((p) => {
      ju(p).items.groups!.push({ id: 'usage', name: '使用量情報', fields: [{ id: 'monthly', name: '月別使用量' }] });
    });
    expect(diff.changes.map(brief)).toEqual([
      { category: 'item', change: 'added', id: 'usage', path: 'sections[4].body[0].jointUse.items.groups[2]', action: 'consent' },
      { category: 'item', change: 'added', id: 'usage/monthly', path: 'sections[4].body[0].jointUse.items.groups[2].fields[0]', action: 'consent' },
    ]);
    expect(diff.changes[0]!.after).toBe('使用量情報：月別使用量');
  });

  it('reports scalar texts by their path', () => {
    const diff = edit((p) => {
      p.organization.address = '福岡県福岡市';
      ju(p).header![1] = '規定内容';
      delete p.effectiveDate;
    });
    expect(diff.changes.map((c) => [c.change, c.id, c.path, c.before, c.after])).toEqual([
      ['added', 'organization.address', 'organization.address', null, '福岡県福岡市'],
      ['modified', 'joint-use.header[1]', 'sections[4].body[0].jointUse.header[1]', '規 定', '規定内容'],
      ['removed', 'effectiveDate', 'effectiveDate', '2026-12-01', null],
    ]);
  });

  it('diffs two versions of the seed well under 200 ms', () => {
    const after = loadFixture('v1-1');
    diffPolicies(base, after); // warm-up
    const start = performance.now();
    for (let i = 0; i < 10; i++) diffPolicies(base, after);
    expect((performance.now() - start) / 10).toBeLessThan(50);
  });
});
