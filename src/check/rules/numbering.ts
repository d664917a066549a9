import { NUMBERING_PRESETS } from '../../model/schema.js';
import { COUNTERS, numberingProblem } from '../../model/numbering.js';
import type { Rule } from '../context.js';
import { stringsOf } from '../../model/walk.js';

/** A numbering is a preset or a pattern with one known counter. */
export const numberingPattern: Rule = {
  id: 'numbering',
  description: 'Every `numbering` is a preset (article, decimal, paren …) or a pattern with one counter such as "第{1}条".',
  check(context) {
    for (const { path, text: value } of stringsOf(context.policy).filter(({ path }) => path[path.length - 1] === 'numbering')) {
      const problem = numberingProblem(value);
      if (!problem) continue;
      context.report('numbering', path, {
        reason: problem,
        hint:
          `write one of ${Object.keys(NUMBERING_PRESETS).join(', ')}, or a pattern with one counter: ` +
          Object.keys(COUNTERS)
            .map((c) => `{${c}}`)
            .join(' ') +
          ', e.g. "第{1}条" or "（{1}）"',
      });
    }
  },
};
