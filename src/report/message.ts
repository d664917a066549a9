/**
 * One message type for every problem the tool reports, in the spirit of
 * vfile-message: where (file, line, column), how bad, which rule, and why.
 */
import { sayAgain, type Locale, type Said } from '../i18n/catalogue.js';

export type Severity = 'error' | 'warning';

export interface Message {
  file: string;
  /** 1-based; 0 when the problem has no place in a file (e.g. the file is missing). */
  line: number;
  column: number;
  severity: Severity;
  /** Stable id of the rule that found the problem, e.g. `unknown-key`. */
  ruleId: string;
  /** What is wrong, in plain words. */
  reason: string;
  /** Where in the policy, as a YAML path such as `jointUse.parties.entries[3].name`. */
  path?: string;
  /** What to write instead. */
  hint?: string;
  /** The catalogue's ids and values the reason and hint were written from (i18n/catalogue.ts `say`). */
  says?: Said;
}

/** The message in the reader's language: its reason and hint said again from the catalogue. */
export function localise(m: Message, locale: Locale = 'en'): Message {
  return !m.says || locale === 'en' ? m : { ...m, ...sayAgain(m.says, locale) };
}

export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'error');
}

export function compareMessages(a: Message, b: Message): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
