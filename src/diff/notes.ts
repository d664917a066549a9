/**
 * The words of a comparison said from the catalogue: a change's notes (the
 * `diff.note.*` of the rules of classify.ts, one after another) and the
 * problems of a revision (`diff.problem.<rule>`). The English is kept on the
 * change (`note`) and the problem (`message`, `hint`), for the JSON; the
 * ids and values, for the reader's language.
 */
import { say, t, type Locale, type Values } from '../i18n/catalogue.js';
import type { Change, DiffProblem, Note } from './types.js';

export function sayNotes(notes: readonly Note[] | undefined, locale: Locale = 'en'): string | undefined {
  if (!notes?.length) return undefined;
  // English sentences are set apart by a space; Japanese ones follow each other after their 。.
  return notes.map((n) => t(n.id, locale, n.values)).join(locale === 'ja' ? '' : ' ');
}

/** A change's notes, and their English as `note`. */
export function withNotes(notes: Note[]): Pick<Change, 'note' | 'notes'> {
  return { note: sayNotes(notes)!, notes };
}

/** A problem's message and hint in English, with the catalogue's ids and values for the other languages. */
export function problemWords(rule: DiffProblem['rule'], values: Values): Pick<DiffProblem, 'message' | 'hint' | 'says'> {
  const { reason, hint, says } = say(`diff.problem.${rule}`, values, `diff.problem.${rule}.hint`);
  return { message: reason, hint: hint!, says };
}

/** A problem's message and hint in `locale`. */
export function problemIn(problem: DiffProblem, locale: Locale = 'en'): { message: string; hint: string } {
  const { says } = problem;
  if (!says || locale === 'en') return { message: problem.message, hint: problem.hint };
  return { message: t(says.id, locale, says.values), hint: says.hint ? t(says.hint, locale, says.values) : problem.hint };
}

/** A problem as the JSON gives it: in English, without the catalogue's ids. */
export function problemJson({ says: _says, ...problem }: DiffProblem): Omit<DiffProblem, 'says'> {
  return problem;
}
