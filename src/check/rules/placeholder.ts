import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule } from '../context.js';
import { stringsOf } from '../../model/walk.js';
import { say, t } from '../../i18n/catalogue.js';

/** The mark `policy init` puts where the company's own text goes, e.g. 【要記入：本社の住所】. */
export const PLACEHOLDER = '【要記入';

/** Every placeholder in a policy's values, with its path: 【要記入：本社の住所】, or 【要記入 alone. */
export function placeholders(value: unknown): Array<{ path: PathSegment[]; mark: string }> {
  return stringsOf(value).flatMap(({ path, text }) =>
    text.includes(PLACEHOLDER) ? [...text.matchAll(/【要記入[^】]*】?/g)].map((m) => ({ path, mark: m[0] })) : [],
  );
}

/** Nothing is published while a placeholder of `policy init` is left in the file. */
export const placeholderLeft: Rule = {
  id: 'placeholder',
  description: t('rule.placeholder'),
  check(context) {
    for (const { path, mark } of placeholders(context.policy)) {
      const what = mark.replace(/^【要記入[：:]?/, '').replace(/】$/, '');
      context.report('placeholder', path, say('check.placeholder', { mark, ...(what ? { what } : {}) }, 'check.placeholder.hint'));
    }
  },
};
