import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { buildView } from '../../src/render/view.js';
import { renderHtmlFragment } from '../../src/render/html.js';
import { renderText } from '../../src/render/text.js';
import { SEED_POLICY, htmlText } from '../helpers.js';

const seed = readFileSync(SEED_POLICY, 'utf8');

function renderEdited(edit: (doc: ReturnType<typeof parseDocument>) => void) {
  const doc = parseDocument(seed);
  edit(doc);
  const { policy, messages } = loadPolicyText('edited.yaml', doc.toString());
  expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  const view = buildView(policy!.policy);
  return { html: htmlText(`<body>${renderHtmlFragment(view)}</body>`), text: renderText(view, 400) };
}

describe('clause 4 and the joint-use table come from the same party entries', () => {
  it('renames a party in both places at once', () => {
    const { html, text } = renderEdited((doc) => doc.setIn(['sections', 4, 'body', 0, 'jointUse', 'parties', 'entries', 4, 'name'], '生活協同組合連合会グリーンコープ共生社'));
    for (const out of [html, text]) {
      expect(out).toContain('及び生活協同組合連合会グリーンコープ共生社(以下「グリーンコープ連合」という)との間で');
      expect(out).toContain('・生活協同組合連合会グリーンコープ共生社');
      expect(out).not.toContain('生活協同組合連合会グリーンコープ連合');
    }
  });

  it('takes the short name defined in the clause from the party entry', () => {
    const { text } = renderEdited((doc) => doc.setIn(['sections', 4, 'body', 0, 'jointUse', 'parties', 'entries', 4, 'shortName'], '連合会'));
    expect(text).toContain('生活協同組合連合会グリーンコープ連合(以下「連合会」という)');
  });

  it('names the parties in the order the clause gives, joined with its conjunction', () => {
    const { text } = renderEdited((doc) => {
      doc.setIn(['sections', 3, 'body', 0, 'parties'], ['occto', 'retailers', 'transmission-operators', 'contractors', 'greencoop-coops', 'greencoop-union']);
      doc.setIn(['sections', 3, 'body', 0, 'conjunction'], '並びに');
    });
    expect(text).toContain('個人情報を、電力広域的運営推進機関、小売電気事業者、一般送配電事業者、');
    expect(text).toContain('グリーンコープ生協並びに生活協同組合連合会グリーンコープ連合(以下');
  });

  it('numbers footnote marks by the order of the footnotes', () => {
    const { text } = renderEdited((doc) => {
      const notes = doc.getIn(['footnotes']) as { items: unknown[] };
      notes.items.reverse();
    });
    expect(text).toContain('・小売電気事業者※3');
    expect(text).toContain('ことがあります※4。');
    expect(text).toMatch(/※1 「小売供給等契約の廃止取次」とは/);
  });
});
