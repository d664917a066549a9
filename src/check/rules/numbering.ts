import { NUMBERING_PRESETS } from '../../model/schema.js';
import { COUNTERS, numberingFault } from '../../model/numbering.js';
import type { Rule } from '../context.js';
import { stringsOf } from '../../model/walk.js';
import { say } from '../../i18n/catalogue.js';
import { listValue } from '../../i18n/check.js';

/** A numbering is a preset or a pattern with one known counter. */
export const numberingPattern: Rule = {
  id: 'numbering',
  description: 'Every `numbering` is a preset (article, decimal, paren …) or a pattern with one counter such as "第{1}条".',
  check(context) {
    for (const { path, text: value } of stringsOf(context.policy).filter(({ path }) => path[path.length - 1] === 'numbering')) {
      const fault = numberingFault(value);
      if (!fault) continue;
      const choices = { presets: listValue(Object.keys(NUMBERING_PRESETS)), counters: listValue(Object.keys(COUNTERS).map((c) => `{${c}}`)) };
      context.report('numbering', path, say(fault.id, { ...fault.values, ...choices }, 'check.numbering.hint'));
    }
  },
};
