/**
 * Every rule id a check can report, with one sentence on what it checks in
 * each language (the catalogue's `rule.<id>`, i18n/rules.ts): the rules of
 * index.ts, and the ids that the reader of the file, the schema rule, the
 * settings, the templates and the translations report under more precise
 * names. For the SARIF rule list.
 */
import { rules } from './index.js';
import { DRIFT_RULES } from '../translate/rules.js';
import { LOCALES, MESSAGES, t, type Locale, type MessageId } from '../i18n/catalogue.js';

/** A rule's sentence in every language. */
export type RuleWords = Readonly<Record<Locale, string>>;

/** A rule id the catalogue has a sentence for (`rule.<id>`). */
type RuleId = { [K in MessageId]: K extends `rule.${infer Id}` ? Id : never }[MessageId];

/** The ids reported by code that is not a rule of index.ts (each must have its sentence: the type checks it). */
const MORE: readonly RuleId[] = [
  // The reader of the file (load/) and the inline Markdown of a text (inline/).
  'encoding',
  'unreadable-file',
  'yaml-syntax',
  'yaml-tag',
  'yaml-alias',
  'too-deep',
  'not-a-policy',
  'raw-html',
  'block-markdown',
  'unsupported-markdown',
  'unsafe-link',
  // The schema rule, under its precise names.
  'unknown-key',
  'missing-key',
  'wrong-type',
  'wrong-value',
  'invalid-id',
  'empty-text',
  'empty-list',
  'unknown-block',
  // Rules of index.ts that report a second kind of problem under its own id.
  'bidi-control',
  'control-character',
  'invisible-character',
  'lone-surrogate',
  'lookalike-name',
  'appi-disclosure-fee',
  'role-mismatch',
  // policy.config.yaml, the files it names and the project's templates (config/).
  'not-a-config',
  'invalid-colour',
  'low-contrast',
  'missing-file',
  'missing-folder',
  'logo-not-local',
  'logo-not-image',
  'logo-too-large',
  'logo-script',
  'pdf-footer',
  'templates-outside',
  'unknown-template',
  'template-syntax',
  'template-partial',
  // The translations (translate/).
  'translation-syntax',
  ...(Object.keys(DRIFT_RULES) as Array<keyof typeof DRIFT_RULES>),
];

/** What the rule `id` checks, in every language, from the catalogue; undefined for an id it has no sentence for. */
export function ruleWords(id: string): RuleWords | undefined {
  return isRuleId(id) ? wordsOf(id) : undefined;
}

function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(MESSAGES, `rule.${id}`);
}

function wordsOf(id: RuleId): RuleWords {
  return Object.fromEntries(LOCALES.map((locale) => [locale, t(`rule.${id}`, locale)])) as Record<Locale, string>;
}

/** The same sentence in every language: for a rule the catalogue does not know. */
function untranslated(description: string): RuleWords {
  return Object.fromEntries(LOCALES.map((locale) => [locale, description])) as Record<Locale, string>;
}

/**
 * Rule id → what it checks, in every language. A rule given in `extra` that
 * the catalogue has no sentence for keeps its own description in every language.
 */
export function ruleCatalog(extra: readonly { id: string; description: string }[] = []): Map<string, RuleWords> {
  const out = new Map<string, RuleWords>();
  for (const id of MORE) out.set(id, wordsOf(id));
  for (const rule of [...rules, ...extra]) out.set(rule.id, ruleWords(rule.id) ?? untranslated(rule.description));
  return out;
}
