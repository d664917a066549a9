import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule } from '../context.js';

/** The mark `policy init` puts where the company's own text goes, e.g. 【要記入：本社の住所】. */
export const PLACEHOLDER = '【要記入';

function placeholders(value: unknown, path: PathSegment[] = []): Array<{ path: PathSegment[]; text: string }> {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholders(v, [...path, k]));
  return [];
}

/** Nothing is published while a placeholder of `policy init` is left in the file. */
export const placeholderLeft: Rule = {
  id: 'placeholder',
  description: 'No placeholder (【要記入…】) is left: each is replaced by the real text before anything is published.',
  check(context) {
    for (const { path, text } of placeholders(context.policy)) {
      const mark = /【要記入[^】]*】/.exec(text)?.[0] ?? PLACEHOLDER;
      const what = mark.replace(/^【要記入[：:]?/, '').replace(/】$/, '');
      context.report('placeholder', path, {
        reason: `a placeholder is still here: ${mark}`,
        hint: what ? `replace ${mark} with ${what}` : `replace ${mark} with the real text`,
      });
    }
  },
};
