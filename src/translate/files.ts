/**
 * Where a policy's translations are, without loading the PO reader: a
 * command looks here first, and reads a translation only when there is one.
 */
import { lstatSync } from 'node:fs';

/** Where the translation of the policy file `file` into `lang` is: `policy/NAME.yaml` → `policy/NAME.en.po`. */
export function translationFileOf(file: string, lang: string): string {
  return `${file.replace(/\.ya?ml$/i, '')}.${lang}.po`;
}

/** Whether the policy file `file` has a translation file for `lang` (anything by that name: a folder or a broken link is then reported by the reader). */
export function hasTranslationFile(file: string, lang: string): boolean {
  try {
    lstatSync(translationFileOf(file, lang));
    return true;
  } catch {
    return false;
  }
}
