/**
 * Pure reporter for code scanning: SARIF 2.1.0 (OASIS), one run of the
 * `policy` tool, its rules with ids, friendly names (PascalCase, as SARIF
 * validators ask), descriptions and help linking the README's rule list, and
 * one result per problem with the file (a URI relative to the repository
 * root) and the line and column. The results come said in the reader's
 * language (`localise`), and the rules' descriptions and the fixed words are
 * said in it too. (The run's `language` is left out: the 2.1.0 schema's
 * pattern for it is malformed, and validators that compile it as Unicode
 * refuse the schema.)
 */
import type { Message } from './message.js';
import { t, type Locale } from '../i18n/catalogue.js';

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
  /** Where every rule is explained (the README's rule list): each rule's helpUri. */
  helpUri?: string;
  /** Rule id → one sentence on what it checks: in each language (check/catalog.ts), or one for every language. */
  rules: ReadonlyMap<string, string | Readonly<Record<Locale, string>>>;
}

/** A relative file path as a URI reference: forward slashes, each segment percent-encoded. */
export function fileUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * A rule's friendly name: its id in PascalCase (`appi-use-purposes` → `AppiUsePurposes`), each word a
 * capital followed by small letters or digits, as SARIF validators check it: a word of one letter
 * joins the next (`not-a-policy` → `NotApolicy`), a word that starts with a digit the one before.
 */
export function ruleName(id: string): string {
  const words: string[] = [];
  let pending = '';
  for (const part of id.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)) {
    if (/^\d/.test(part) && words.length > 0 && !pending) {
      words[words.length - 1] += part;
      continue;
    }
    const word = pending + part;
    pending = '';
    if (word.length === 1) pending = word;
    else words.push(word);
  }
  if (pending) {
    if (words.length > 0) words[words.length - 1] += pending;
    else words.push(`rule${pending}`);
  }
  if (words.length === 0 || /^\d/.test(words[0]!)) words[0] = `rule${words[0] ?? ''}`;
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** A rule's sentence in the reader's language. */
function describe(words: string | Readonly<Record<Locale, string>> | undefined, locale: Locale): string | undefined {
  return typeof words === 'string' ? words : words?.[locale];
}

export function formatSarif(messages: readonly Message[], tool: SarifTool, locale: Locale = 'en'): string {
  const ids = [...new Set([...tool.rules.keys(), ...messages.map((m) => m.ruleId)])].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const worst = (id: string) => (messages.some((m) => m.ruleId === id && m.severity === 'error') ? 'error' : 'warning');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: ids.map((id) => {
              const description = describe(tool.rules.get(id), locale) ?? t('sarif.rule-problems', locale, { id });
              const everyRule = t('sarif.every-rule', locale);
              const seeAll = tool.helpUri ? t('sarif.every-rule.at', locale, { description, url: tool.helpUri }) : '';
              return {
                id,
                name: ruleName(id),
                shortDescription: { text: description },
                fullDescription: { text: description },
                ...(tool.helpUri
                  ? {
                      helpUri: tool.helpUri,
                      help: { text: seeAll, markdown: `${description}\n\n[${everyRule}](${tool.helpUri})` },
                    }
                  : { help: { text: description } }),
                defaultConfiguration: { level: worst(id) },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: messages.map((m) => ({
          ruleId: m.ruleId,
          ruleIndex: index.get(m.ruleId)!,
          level: m.severity,
          message: { text: `${m.path ? `${m.path}: ` : ''}${m.reason}${m.hint ? `\n${t('hint', locale)} ${m.hint}` : ''}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(m.file), uriBaseId: '%SRCROOT%' },
                ...(m.line > 0 ? { region: { startLine: m.line, startColumn: Math.max(1, m.column) } } : {}),
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
