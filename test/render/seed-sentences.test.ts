import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { buildView } from '../../src/render/view.js';
import { renderHtmlFragment, renderHtmlPage } from '../../src/render/html.js';
import { renderText } from '../../src/render/text.js';
import { SEED_POLICY, htmlText, seedUnits, squash } from '../helpers.js';

const { policy } = loadPolicyText(SEED_POLICY, readFileSync(SEED_POLICY, 'utf8'));
const view = buildView(policy!.policy);
const units = seedUnits();

describe('the seed policy, word for word', () => {
  it('has its sentences and list entries extracted for comparison', () => {
    expect(units).toHaveLength(46);
  });

  it('appears in full in the HTML page', () => {
    const text = squash(htmlText(renderHtmlPage(view)));
    expect(units.filter((u) => !text.includes(u))).toEqual([]);
  });

  it('appears in full in the HTML fragment', () => {
    const text = squash(htmlText(`<body>${renderHtmlFragment(view)}</body>`));
    expect(units.filter((u) => !text.includes(u))).toEqual([]);
  });

  it('appears in full in the plain text at every width', () => {
    for (const width of [40, 80, 120]) {
      const text = squash(renderText(view, width));
      expect(units.filter((u) => !text.includes(u))).toEqual([]);
    }
  });

  it('keeps full-width punctuation and the half-width parentheses of clause 4 as written', () => {
    const text = renderText(view, 400);
    expect(text).toContain('生活協同組合連合会グリーンコープ連合(以下「グリーンコープ連合」という)との間で、共同利用することがあります。');
    expect(text).toContain('（以下「託送供給等契約」といいます。）');
  });
});
