import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPolicyText } from '../../src/file/policy-file.js';
import { SHORT_NAME_FORM } from '../../src/check/rules/short-name-form.js';
import { buildView } from '../../src/render/view.js';
import { renderHtmlFragment } from '../../src/render/html.js';
import { renderText } from '../../src/render/text.js';
import { SEED_POLICY } from '../helpers.js';

const SEED = readFileSync(SEED_POLICY, 'utf8');

function withForm(form: string) {
  const doc = parseDocument(SEED);
  doc.set('shortNameForm', form);
  const text = doc.toString();
  return { text, result: readPolicyText('form.yaml', text) };
}

describe('shortNameForm', () => {
  it('accepts the forms of a definition, full-width and half-width', () => {
    for (const form of ['(以下「{name}」という)', '（以下「{name}」という。）', '（以下「{name}」といいます。）', '（以下、「{name}」という。）', '（以下総称して「{name}」といいます。）', '（以下『{name}』と称します。）']) {
      expect(SHORT_NAME_FORM.test(form)).toBe(true);
      expect(withForm(form).result.messages.filter((m) => m.ruleId === 'short-name-form')).toEqual([]);
    }
  });

  it('refuses a form without {name}, or one that says more than a definition, at its line and column', () => {
    for (const [form, why] of [
      ['（以下「グリーンコープ連合」といいます。）', 'has no {name}'],
      ['（以下「{name}」といい、その子会社を含みます。）', 'is not a definition of a short name'],
    ] as const) {
      const { text, result } = withForm(form);
      const line = text.split('\n').findIndex((l) => l.startsWith('shortNameForm:')) + 1;
      const errors = result.messages.filter((m) => m.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ ruleId: 'short-name-form', line, column: 16 });
      expect(errors[0]!.reason).toContain(why);
      expect(errors[0]!.hint).toContain('（以下「{name}」といいます。）');
    }
  });

  it('is the wording put after each joint user named in a paragraph, in the page and the text', () => {
    const { result } = withForm('（以下「{name}」といいます。）');
    const view = buildView(result.policy!);
    const html = renderHtmlFragment(view);
    const text = renderText(view, 200);
    for (const out of [html, text]) {
      expect(out).toContain('生活協同組合連合会グリーンコープ連合（以下「グリーンコープ連合」といいます。）');
      expect(out).not.toContain('(以下「グリーンコープ連合」という)');
    }
    // Without it, the seed's own wording.
    expect(renderText(buildView(readPolicyText(SEED_POLICY, SEED).policy!), 200)).toContain('グリーンコープ連合(以下「グリーンコープ連合」という)');
  });
});
