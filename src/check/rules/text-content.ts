import { parseInline } from '../../inline/inline.js';
import type { Rule } from '../context.js';
import { stringsOf, textsOf } from '../../model/walk.js';
import { say, t } from '../../i18n/catalogue.js';

/** Whitespace-only texts (the schema already rejects ""), raw HTML, block Markdown, unsafe links. */
export const textContent: Rule = {
  id: 'text-content',
  description: t('rule.text-content'),
  check(context) {
    // Any string made of spaces only, anywhere in the policy.
    for (const { path } of stringsOf(context.policy).filter(({ text }) => text.length > 0 && text.trim() === '')) {
      context.report('empty-text', path, say('check.blank-text', {}, 'check.empty-text.hint'));
    }
    for (const { path, text } of textsOf(context.policy)) {
      for (const problem of parseInline(text).problems) {
        context.report(problem.ruleId, path, { reason: problem.reason, hint: problem.hint, says: problem.says });
      }
    }
  },
};
