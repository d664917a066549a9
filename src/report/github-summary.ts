/**
 * GitHub's limits on annotations: a step shows at most 10 error and 10
 * warning annotations (a job 50) and drops the others without a word. The
 * first of each severity become annotations, errors before warnings; the
 * others go to the job summary ($GITHUB_STEP_SUMMARY) as a Markdown table,
 * under a line that counts them, in the reader's language. Pure: messages in,
 * texts out.
 */
import type { Message } from './message.js';
import { escapeMarkdown } from './markdown.js';
import { t, type Locale } from '../i18n/catalogue.js';

/** Annotations GitHub shows per step, per severity. */
export const ANNOTATIONS_PER_STEP = 10;

export interface SplitAnnotations {
  /** Shown as annotations: the first errors, then the first warnings. */
  annotated: Message[];
  /** The others, errors first, in the order they were reported. */
  rest: Message[];
}

export function splitAnnotations(messages: readonly Message[], perSeverity = ANNOTATIONS_PER_STEP): SplitAnnotations {
  const errors = messages.filter((m) => m.severity === 'error');
  const warnings = messages.filter((m) => m.severity !== 'error');
  return {
    annotated: [...errors.slice(0, perSeverity), ...warnings.slice(0, perSeverity)],
    rest: [...errors.slice(perSeverity), ...warnings.slice(perSeverity)],
  };
}

/** The line in the job's log that says where the problems not annotated are. */
export function restLine(split: SplitAnnotations, summaryWritten: boolean, locale: Locale = 'en'): string {
  const count = split.rest.length;
  if (count === 0) return '';
  return `${t('github.rest', locale, { count, per: ANNOTATIONS_PER_STEP, where: summaryWritten ? 'summary' : 'below' })}\n`;
}


/** GitHub takes at most 1 MiB of summary from a step: the table stops well before, saying how many rows it left out. */
export const MAX_SUMMARY_BYTES = 900 * 1024;

/** The job summary: a count line, then the problems not annotated as a table. Empty when all were annotated. */
export function formatStepSummary(messages: readonly Message[], split: SplitAnnotations, maxBytes = MAX_SUMMARY_BYTES, locale: Locale = 'en'): string {
  if (split.rest.length === 0) return '';
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const shownErrors = split.annotated.filter((m) => m.severity === 'error').length;
  const shownWarnings = split.annotated.length - shownErrors;
  const lines = [
    '### policy check',
    '',
    t('github.summary-counts', locale, { errors, warnings, shownErrors, shownWarnings, rest: split.rest.length }),
    '',
    t('github.summary-head', locale),
    '|---|---|---|---|',
  ];
  let bytes = Buffer.byteLength(lines.join('\n'));
  let listed = 0;
  for (const m of split.rest) {
    const place = m.line > 0 ? `${m.file}:${m.line}:${m.column}` : m.file;
    const problem = `${m.path ? `${m.path}: ` : ''}${m.reason}${m.hint ? ` (${t('hint', locale)} ${m.hint})` : ''}`;
    const row = `| ${escapeMarkdown(place)} | ${t(`severity.${m.severity}`, locale)} | ${escapeMarkdown(problem)} | ${escapeMarkdown(m.ruleId)} |`;
    bytes += Buffer.byteLength(row) + 1;
    if (bytes > maxBytes) break;
    lines.push(row);
    listed++;
  }
  if (listed < split.rest.length) lines.push('', t('github.summary-more', locale, { count: split.rest.length - listed }));
  return `${lines.join('\n')}\n\n`;
}
