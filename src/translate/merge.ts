/**
 * The translation file brought up to date with the policy, as `msgmerge`
 * does: a new text is added with an empty translation, a text whose
 * Japanese changed keeps its translation marked fuzzy with the Japanese it
 * was made from (`#| msgid`), and a translation whose text is gone is kept
 * as obsolete (`#~`), to be reused if the text comes back. No translation
 * is ever lost.
 */
import type { Catalogue, CatalogueEntry } from './po.js';
import type { TranslationUnit } from './units.js';

export interface MergeResult {
  catalogue: Catalogue;
  added: number;
  changed: number;
  obsoleted: number;
}

export function mergeCatalogue(units: readonly TranslationUnit[], old: Catalogue, reference: (unit: TranslationUnit) => string | undefined): MergeResult {
  const current = new Map(old.entries.map((e) => [e.key, e]));
  const retired = new Map(old.obsolete.map((e) => [e.key, e]));
  const keys = new Set(units.map((u) => u.key));
  let added = 0;
  let changed = 0;
  const entries = units.map((unit): CatalogueEntry => {
    const ref = reference(unit);
    const before = current.get(unit.key) ?? retired.get(unit.key);
    const base = { key: unit.key, source: unit.text, ...(ref ? { reference: ref } : {}) };
    if (!before || before.translation === '') {
      if (!before) added++;
      return { ...base, translation: '', fuzzy: false, ...keep(before) };
    }
    if (before.source === unit.text) {
      // Unchanged: as the translator left it (fuzzy stays fuzzy until they review it).
      return { ...base, translation: before.translation, fuzzy: before.fuzzy, ...(before.previous !== undefined ? { previous: before.previous } : {}), ...keep(before) };
    }
    changed++;
    // Changed: the translation kept for the translator, with the Japanese it was made from.
    return { ...base, translation: before.translation, fuzzy: true, previous: before.fuzzy && before.previous !== undefined ? before.previous : before.source, ...keep(before) };
  });
  // Gone from the policy: kept as obsolete when there is a translation to keep.
  const newlyObsolete = old.entries.filter((e) => !keys.has(e.key) && e.translation !== '').map(({ reference: _, ...e }) => e);
  const stillObsolete = old.obsolete.filter((e) => !keys.has(e.key) && !newlyObsolete.some((n) => n.key === e.key));
  return {
    catalogue: { headers: old.headers, entries, obsolete: [...newlyObsolete, ...stillObsolete] },
    added,
    changed,
    obsoleted: newlyObsolete.length,
  };
}

/** The translator's comment and other flags of an entry, carried over. */
function keep(entry: CatalogueEntry | undefined): Partial<CatalogueEntry> {
  return { ...(entry?.comment ? { comment: entry.comment } : {}), ...(entry?.flags ? { flags: entry.flags } : {}) };
}
