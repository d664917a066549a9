import { parseInline } from '../../inline/inline.js';
import type { Rule } from '../context.js';
import { textsOf } from '../../model/walk.js';
import type { PathSegment } from '../../load/yaml-source.js';

/** Paths of every string value made of spaces only, anywhere in the policy. */
function blankStrings(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (typeof value === 'string') return value.length > 0 && value.trim() === '' ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => blankStrings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => blankStrings(v, [...path, k]));
  return [];
}

/** Whitespace-only texts (the schema already rejects ""), raw HTML, block Markdown, unsafe links. */
export const textContent: Rule = {
  id: 'text-content',
  description: 'Texts are not blank and hold only inline Markdown: no HTML, no block Markdown, only http(s): and mailto: links.',
  check(context) {
    for (const path of blankStrings(context.policy)) {
      context.report('empty-text', path, { reason: 'the text is blank', hint: 'write the text after the colon, or remove the line if it is optional' });
    }
    for (const { path, text } of textsOf(context.policy)) {
      for (const problem of parseInline(text).problems) {
        context.report(problem.ruleId, path, { reason: problem.reason, hint: problem.hint });
      }
    }
  },
};
