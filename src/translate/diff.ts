/**
 * `policy diff` and translations: for each change that needs action, whether
 * its English counterpart changed in the same revision, when both versions
 * have an English translation (the keys of the texts under the changed
 * entry, looked up in the two PO files).
 */
import type { Change, PolicyDiff, TranslationChange } from '../diff/types.js';
import { isUnder } from '../model/walk.js';
import { loadPoLibrary, parsePo, type Catalogue } from './po.js';
import { translationUnits } from './units.js';

export interface TranslatedSide {
  policy: unknown;
  /** The PO text. */
  translation: string;
}

/** The English status of one change. */
export function translationChange(change: Change, old: { policy: unknown; catalogue: Catalogue }, next: { policy: unknown; catalogue: Catalogue }): TranslationChange {
  const live = (c: Catalogue) => new Map(c.entries.map((e) => [e.key, e]));
  const oldEntries = live(old.catalogue);
  const newEntries = live(next.catalogue);
  if (change.change === 'removed') {
    const units = translationUnits(old.policy).filter((u) => isUnder(u.path, change.segments));
    // Its English went with it: no text of the entry is still translated in the new file.
    return units.some((u) => newEntries.get(u.key)?.translation) ? 'unchanged' : 'changed';
  }
  const units = translationUnits(next.policy).filter((u) => isUnder(u.path, change.segments));
  const upToDate = units.every((u) => {
    const e = newEntries.get(u.key);
    return e !== undefined && e.translation !== '' && !e.fuzzy && e.source === u.text;
  });
  if (!upToDate) return 'missing';
  return units.some((u) => oldEntries.get(u.key)?.translation !== newEntries.get(u.key)?.translation) ? 'changed' : 'unchanged';
}

/** Each change needing action marked with its English status (the diff is changed in place). */
export async function annotateTranslations(diff: PolicyDiff, old: TranslatedSide, next: TranslatedSide): Promise<void> {
  await loadPoLibrary();
  let sides;
  try {
    sides = {
      old: { policy: old.policy, catalogue: parsePo(old.translation) },
      next: { policy: next.policy, catalogue: parsePo(next.translation) },
    };
  } catch {
    // A translation file that cannot be read (policy check reports it): the changes say nothing of the English.
    return;
  }
  for (const change of diff.changes) {
    if (change.action === 'none') continue;
    change.translation = translationChange(change, sides.old, sides.next);
  }
}
