/**
 * Characters the printed leaflet cannot show: the PDF embeds the IPAex fonts,
 * and a character they lack (an emoji, a rare symbol) is printed as an empty
 * box while the web page may show it. A warning, at the text that holds it.
 *
 * Every text of the policy is looked at, whatever the shape of the policy.
 */
import { leafletCharacters, missingCharacters } from '../../render/pdf/font-coverage.js';
import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule } from '../context.js';
import { say, t } from '../../i18n/catalogue.js';
import { cappedValues } from '../../i18n/check.js';

function stringsOf(value: unknown): Array<{ path: PathSegment[]; text: string }> {
  const out: Array<{ path: PathSegment[]; text: string }> = [];
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') out.push({ path, text: v });
    else if (Array.isArray(v)) v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) stack.push({ value: item, path: [...path, k] });
  }
  return out.reverse();
}

export const fontCoverage: Rule = {
  id: 'font-coverage',
  description: t('rule.font-coverage'),
  check(context) {
    const font = leafletCharacters();
    if (!font) return; // without the fonts no PDF is printed; that has its own message
    for (const { path, text } of stringsOf(context.policy)) {
      const missing = missingCharacters(text, font);
      if (missing.length === 0) continue;
      context.report('font-coverage', path, { severity: 'warning', ...say('check.font-coverage', cappedValues('chars', missing), 'check.font-coverage.hint') });
    }
  },
};
