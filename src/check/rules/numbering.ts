import { NUMBERING_PRESETS } from '../../model/schema.js';
import { COUNTERS, numberingProblem } from '../../model/numbering.js';
import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule } from '../context.js';

function numberings(value: unknown, path: PathSegment[] = []): Array<{ path: PathSegment[]; value: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => numberings(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'numbering' && typeof v === 'string' ? [{ path: [...path, k], value: v }] : numberings(v, [...path, k]),
  );
}

/** A numbering is a preset or a pattern with one known counter. */
export const numberingPattern: Rule = {
  id: 'numbering',
  description: 'Every `numbering` is a preset (article, decimal, paren …) or a pattern with one counter such as "第{1}条".',
  check(context) {
    for (const { path, value } of numberings(context.policy)) {
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
