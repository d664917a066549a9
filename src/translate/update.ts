/**
 * `policy translate`: the policy's translation file written anew from the
 * policy and the translations it already holds (merge.ts).
 */
import path from 'node:path';
import { readPolicyText } from '../file/policy-file.js';
import { atFile, readPolicyFile } from '../load/read-files.js';
import { hasErrors, type Message } from '../report/message.js';
import { InputError, InvalidPolicyError } from '../errors.js';
import { locate } from '../load/yaml-source.js';
import { writeOutputs } from '../build/write-outputs.js';
import { compilePo, loadPoLibrary, newHeaders } from './po.js';
import { mergeCatalogue } from './merge.js';
import { readTranslation, type TranslationLang } from './translation.js';
import { translationUnits } from './units.js';
import { translationFileOf } from './po.js';

export interface TranslateResult {
  file: string;
  total: number;
  added: number;
  changed: number;
  obsoleted: number;
  untranslated: number;
  messages: Message[];
}

export async function translateFile(file: string, lang: TranslationLang): Promise<TranslateResult> {
  const { text, message } = await readPolicyFile(file);
  if (message) throw new InputError(atFile(message), undefined, [message]);
  const read = readPolicyText(file, text!);
  if (hasErrors(read.messages) || !read.source || !read.policy) throw new InvalidPolicyError(read.messages);
  await loadPoLibrary();
  const existing = await readTranslation(file, lang);
  if (existing?.message) throw new InputError(atFile(existing.message), undefined, [existing.message]);
  const old = existing?.translation?.catalogue ?? { headers: newHeaders(lang, read.name), entries: [], obsolete: [] };
  const units = translationUnits(read.policy);
  const source = read.source;
  const name = path.basename(file);
  const merged = mergeCatalogue(units, old, (unit) => `${name}:${locate(source, unit.path).line}`);
  const po = translationFileOf(file, lang);
  await writeOutputs(path.dirname(po), [{ name: path.basename(po), content: compilePo(merged.catalogue) }]);
  return {
    file: po,
    total: units.length,
    added: merged.added,
    changed: merged.changed,
    obsoleted: merged.obsoleted,
    untranslated: merged.catalogue.entries.filter((e) => e.translation === '' || e.fuzzy).length,
    messages: read.messages,
  };
}
