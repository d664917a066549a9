import { NUMBERING_PRESETS } from '../../model/schema.js';
import { COUNTERS, numberingFault } from '../../model/numbering.js';
import type { Rule } from '../context.js';
import { stringsOf } from '../../model/walk.js';
import { say, t } from '../../i18n/catalogue.js';
import { listValue } from '../../i18n/check.js';

/** A numbering is a preset or a pattern with one known counter. */
export const numberingPattern: Rule = {
  id: 'numbering',
  description: t('rule.numbering'),
  check(context) {
    for (const { path, text: value } of stringsOf(context.policy).filter(({ path }) => path[path.length - 1] === 'numbering')) {
      const fault = numberingFault(value);
      if (!fault) continue;
      const choices = { presets: listValue(Object.keys(NUMBERING_PRESETS)), counters: listValue(Object.keys(COUNTERS).map((c) => `{${c}}`)) };
      context.report('numbering', path, say(fault.id, { ...fault.values, ...choices }, 'check.numbering.hint'));
    }
  },
};
