/**
 * A policy's translation: its PO file read beside the policy, the drift
 * between the two (texts changed since they were translated, texts never
 * translated, translations whose text is gone) as messages at the place of
 * the Japanese, and the policy with every text replaced by its translation.
 */
import { formatPath, locate, type PathSegment, type YamlSource } from '../load/yaml-source.js';
import type { Policy } from '../model/schema.js';
import type { Message, Severity } from '../report/message.js';
import { readInputText } from '../load/read-files.js';
import { loadPoLibrary, parsePo, translationFileOf, type Catalogue } from './po.js';
import { translationUnits, type TranslationUnit } from './units.js';
import { parseInline } from '../inline/inline.js';
import { say, type Values } from '../i18n/catalogue.js';

/** The languages a policy may be translated into. */
export const TRANSLATION_LANGS = ['en'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** No translation file comes near this. */
export const MAX_TRANSLATION_BYTES = 16 * 1024 * 1024;


export interface LoadedTranslation {
  lang: TranslationLang;
  /** The PO file. */
  file: string;
  text: string;
  catalogue: Catalogue;
}

/**
 * The translation of the policy file `file` into `lang`: undefined when it has
 * none, else the file read (or the message saying why it cannot be).
 */
export async function readTranslation(file: string, lang: TranslationLang): Promise<{ translation?: LoadedTranslation; message?: Message } | undefined> {
  const po = translationFileOf(file, lang);
  const read = readInputText(po, { what: 'a translation file', maxBytes: MAX_TRANSLATION_BYTES });
  if (read.missing) return undefined;
  if (read.message) return { message: read.message };
  await loadPoLibrary();
  try {
    return { translation: { lang, file: po, text: read.text!, catalogue: parsePo(read.text!) } };
  } catch (error) {
    const reason = (error as Error)?.message ?? String(error);
    return {
      message: { file: po, line: 0, column: 0, severity: 'error', ruleId: 'translation-syntax', ...say('input.translation.syntax', { detail: reason.split('\n')[0]! }, 'input.translation.syntax.hint') },
    };
  }
}

export interface Drift {
  units: TranslationUnit[];
  stale: TranslationUnit[];
  missing: TranslationUnit[];
  /** Translations that drop or add a footnote mark or the {list} of the Japanese, or hold what the pages cannot show. */
  invalid: TranslationUnit[];
  /** Keys translated in the file whose text is gone. */
  obsolete: string[];
  messages: Message[];
}

/** A text as quoted in a message: its first words. */
function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 24 ? `${one.slice(0, 24)}…` : one;
}

/** What differs between the policy and its translation, as messages of `severity`. */
export function driftOf(source: YamlSource, policy: Policy | unknown, translation: LoadedTranslation, name: string, severity: Severity): Drift {
  const units = translationUnits(policy);
  const byKey = new Map(translation.catalogue.entries.map((e) => [e.key, e]));
  const { lang } = translation;
  // Every message names the language, the policy and the translation file: its hint says what to run.
  const about = { lang, name, file: translation.file };
  const at = (path: PathSegment[], ruleId: string, words: ReturnType<typeof say>): Message => {
    const pos = locate(source, path);
    return { file: source.file, line: pos.line, column: pos.column, severity, ruleId, path: formatPath(path), ...words };
  };
  const unitValues = (unit: TranslationUnit): Values => ({ ...about, text: short(unit.text), key: unit.key });
  const stale: TranslationUnit[] = [];
  const missing: TranslationUnit[] = [];
  const invalid: TranslationUnit[] = [];
  const messages: Message[] = [];
  for (const unit of units) {
    const entry = byKey.get(unit.key);
    if (!entry || entry.translation === '') {
      missing.push(unit);
      messages.push(at(unit.path, 'translation-missing', say('input.translation.missing', unitValues(unit), 'input.translation.hint')));
    } else if (entry.source !== unit.text || entry.fuzzy) {
      stale.push(unit);
      const why = entry.source !== unit.text ? 'changed' : 'fuzzy';
      messages.push(at(unit.path, 'translation-stale', say('input.translation.stale', { ...unitValues(unit), why }, 'input.translation.hint')));
    } else {
      const problem = markupProblem(unit.text, entry.translation);
      if (problem) {
        invalid.push(unit);
        messages.push(at(unit.path, 'translation-markup', say(problem.id, { ...problem.values, ...unitValues(unit) }, 'input.translation.markup.hint')));
      }
    }
  }
  const keys = new Set(units.map((u) => u.key));
  const obsolete = translation.catalogue.entries.filter((e) => !keys.has(e.key)).map((e) => e.key);
  const lines = translation.text.split(/\r?\n/);
  for (const key of obsolete) {
    const quoted = `msgctxt "${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const line = lines.findIndex((l) => l === quoted) + 1;
    messages.push({
      file: translation.file,
      line,
      column: line > 0 ? 1 : 0,
      severity: 'warning',
      ruleId: 'translation-obsolete',
      ...say('input.translation.obsolete', { ...about, key }, 'input.translation.obsolete.hint'),
    });
  }
  return { units, stale, missing, invalid, obsolete, messages };
}

/** The footnote marks and {list} slots of a text, sorted. */
const marksOf = (text: string) => [...text.matchAll(/\[\^([^\]\s]*)\]|\{list\}/g)].map((m) => m[0]).sort();

/** What is wrong with a translation's markup, compared with its Japanese (the catalogue's id and values); undefined when nothing is. */
function markupProblem(japanese: string, translated: string): { id: 'input.translation.marks' | 'input.translation.unshowable'; values: Values } | undefined {
  const [want, got] = [marksOf(japanese), marksOf(translated)];
  if (want.join('\u0000') !== got.join('\u0000')) return { id: 'input.translation.marks', values: { want: want.join(' '), got: got.join(' ') } };
  const problem = parseInline(translated).problems[0];
  // The inline problem is quoted as the reader said it (its id and values go along).
  return problem ? { id: 'input.translation.unshowable', values: { ...problem.says.values, inner: problem.says.id, reason: problem.reason } } : undefined;
}

/** The policy with every text replaced by its translation (the translation must be complete: see `driftOf`). */
export function translatedPolicy(policy: Policy, translation: LoadedTranslation): Policy {
  const byKey = new Map(translation.catalogue.entries.map((e) => [e.key, e.translation]));
  const copy = structuredClone(policy) as unknown as Record<string, unknown>;
  for (const unit of translationUnits(policy)) {
    const english = byKey.get(unit.key);
    if (english === undefined || english === '') continue;
    let node: unknown = copy;
    for (const seg of unit.path.slice(0, -1)) node = (node as Record<string | number, unknown>)[seg];
    (node as Record<string | number, unknown>)[unit.path[unit.path.length - 1]!] = english;
  }
  return copy as unknown as Policy;
}
