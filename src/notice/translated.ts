/**
 * The two versions of a policy in English, for the English letter: each
 * version's translation (its PO file beside it, or at its git revision) read
 * and laid over its texts. Loaded only when an English letter is asked for.
 */
import type { LoadedSidePolicy } from '../diff/sides.js';
import type { Message } from '../report/message.js';
import { translationFileOf } from '../translate/files.js';
import { loadPoLibrary, parsePo } from '../translate/po.js';
import { driftOf, translatedPolicy, type LoadedTranslation } from '../translate/translation.js';
import { gapsIn, type Versions } from './english.js';

export interface EnglishSources {
  /** The two versions in English, when both translations hold every text the letter quotes. */
  versions?: Versions;
  /** The versions the letter quotes that have no translation file: their translation file as it would be named. */
  missing: string[];
  /** Texts the letter quotes whose translation is missing, out of date or unreadable (errors at the Japanese). */
  problems: Message[];
}

/** A side's translation, parsed; a file that cannot be read is a problem at its first line. */
function translationOf(side: LoadedSidePolicy): { translation?: LoadedTranslation; problem?: Message } {
  const file = translationFileOf(side.label, 'en');
  try {
    return { translation: { lang: 'en', file, text: side.translation!, catalogue: parsePo(side.translation!) } };
  } catch (error) {
    const reason = String((error as Error)?.message ?? error).split('\n')[0];
    return {
      problem: { file, line: 0, column: 0, severity: 'error', ruleId: 'translation-syntax', reason: `the translation file cannot be read as PO: ${reason}`, hint: 'open it in Poedit (or run "msgfmt --check" on it) to find the mistake' },
    };
  }
}

/**
 * The two versions in English, or why they cannot be: a version without a
 * translation, or the texts the letter quotes (`quoted`, english.ts
 * quotedPaths) that its translation lacks or has out of date.
 */
export async function englishVersions(name: string, old: LoadedSidePolicy, next: LoadedSidePolicy, quoted: { before: Array<Array<string | number>>; after: Array<Array<string | number>> }): Promise<EnglishSources> {
  const pairs = [
    [old, quoted.before],
    [next, quoted.after],
  ] as const;
  // A version the letter quotes nothing of (only additions told) needs no translation.
  const missing = pairs.filter(([side, paths]) => side.translation === undefined && paths.length > 0).map(([side]) => translationFileOf(side.label, 'en'));
  if (missing.length > 0) return { missing, problems: [] };
  await loadPoLibrary();
  const problems: Message[] = [];
  const sides = pairs.map(([side, paths]) => {
    if (side.translation === undefined) return side.policy;
    const { translation, problem } = translationOf(side);
    if (problem) problems.push(problem);
    if (!translation) return undefined;
    const drift = driftOf(side.source, side.policy, translation, name, 'error');
    problems.push(...gapsIn(drift.messages, paths, drift.units));
    return translatedPolicy(side.policy, translation);
  });
  if (problems.length > 0 || !sides[0] || !sides[1]) return { missing: [], problems };
  return { versions: { before: sides[0], after: sides[1] }, missing: [], problems: [] };
}
