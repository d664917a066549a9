import pc from 'picocolors';
import { localise, type Message } from './message.js';
import { visible } from './visible.js';
import { t, type Locale } from '../i18n/catalogue.js';

export interface FormatOptions {
  /** Wrap severities and positions in ANSI colours. */
  color?: boolean;
  /** End with the count of errors and warnings (default true). */
  summary?: boolean;
  /** The language of the tool's own words: the problems (from the catalogue), severities, hint, the count. */
  locale?: Locale;
}

/**
 * Pure reporter: messages in, text out. One line per problem,
 * `file:line:column  severity  message  (rule)`, the hint on the line below,
 * and a closing count.
 */
export function formatMessages(messages: readonly Message[], options: FormatOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const lines: string[] = [];
  for (const said of messages) {
    const m = localise(said, options.locale);
    // Keys, texts and file names come from the files: shown, never obeyed by the terminal.
    const place = visible(m.line > 0 ? `${m.file}:${m.line}:${m.column}` : m.file);
    const severity = m.severity === 'error' ? c.red(t('severity.error', options.locale)) : c.yellow(t('severity.warning', options.locale));
    const reason = visible(capLength(m.path ? `${m.path}: ${m.reason}` : m.reason));
    lines.push(`${c.bold(place)}  ${severity}  ${reason}  ${c.dim(`(${visible(m.ruleId)})`)}`);
    if (m.hint) lines.push(`    ${c.dim(t('hint', options.locale))} ${visible(capLength(m.hint))}`);
  }
  if (options.summary !== false) lines.push(summary(messages, options.locale));
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** Longest reason or hint shown, in characters; a longer one ends with how much was left out. */
export const MAX_REASON_LENGTH = 2000;

function capLength(text: string): string {
  if (text.length <= MAX_REASON_LENGTH) return text;
  return `${text.slice(0, MAX_REASON_LENGTH)}… (${(text.length - MAX_REASON_LENGTH).toLocaleString('en-US')} more characters)`;
}

export function summary(messages: readonly Message[], locale: Locale = 'en'): string {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  if (messages.length === 0) return t('summary.none', locale);
  return t('summary.counts', locale, { errors, warnings });
}
