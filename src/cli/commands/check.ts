import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { appendFileSync } from 'node:fs';
import { formatStepSummary, restLine, splitAnnotations } from '../../report/github-summary.js';
import { loadPolicies, type LoadedPolicy } from '../../file/policy-file.js';
import { formatMessages } from '../../report/format-messages.js';
import { compareMessages, hasErrors, localise, type Message } from '../../report/message.js';
import { hasUnreadable } from '../../load/read-files.js';
import { visible, visibleJson } from '../../report/visible.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { UsageError } from '../../errors.js';
import { choiceOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { useColor, type CliIO } from '../io.js';
import { say, t, type Locale } from '../../i18n/catalogue.js';

export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;

export const checkHelp = (locale: Locale = 'en') => t('check.help', locale, { formats: locale === 'ja' ? 'text（既定）、json、github、sarif のいずれか' : 'text (default), json, github or sarif' });

export async function check(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('check', argv, {
    format: { type: 'string', short: 'f' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return io.stdout(checkHelp(io.locale)), EXIT.ok;
  if (values.json && values.format !== undefined && values.format !== 'json') throw new UsageError(say('usage.json-and-format'));
  const format = values.json ? 'json' : (choiceOption('format', values.format, CHECK_FORMATS) ?? 'text');
  const { loadConfig } = await import('../../config/load.js');
  const config = loadConfig(io.cwd);
  const loaded = await loadPolicies(positionals.length ? positionals : ['policy']);
  const messages = [...config.messages, ...loaded.messages, ...(await translationMessages(loaded.policies))];
  // Every format says the problems in the reader's language (JSON and SARIF keep the ids in `says`).
  const shown = (values.quiet ? messages.filter((m) => m.severity === 'error') : messages).map((m) => localise(m, io.locale));
  switch (format) {
    case 'json':
      io.stdout(visibleJson(shown));
      break;
    case 'github': {
      const { formatGithub } = await import('../../report/format-github.js');
      // An annotation is a line of the job's log: text from a file is shown escaped there too.
      const annotations = relative(shown, io.cwd).map((m) => ({
        ...m,
        file: visible(m.file),
        reason: visible(m.reason),
        // The place in the policy is made of its keys: a key may hold any character too.
        ...(m.path ? { path: visible(m.path) } : {}),
        ...(m.hint ? { hint: visible(m.hint) } : {}),
      }));
      io.stdout(githubReport(annotations, formatGithub, io));
      break;
    }
    case 'sarif': {
      const { formatSarif } = await import('../../report/format-sarif.js');
      const { ruleCatalog } = await import('../../check/catalog.js');
      const pkg = JSON.parse(await readFile(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string; homepage: string };
      const readme = pkg.homepage.replace(/#.*$/, '');
      const tool = { name: 'policy', version: pkg.version, informationUri: readme, helpUri: `${readme}#rules`, rules: ruleCatalog() };
      io.stdout(formatSarif(relative(shown, io.cwd), tool, io.locale));
      break;
    }
    default:
      io.stdout(formatMessages(shown, { color: useColor(io), summary: !values.quiet, locale: io.locale ?? 'en' }));
  }
  // A file that could not be read at all was not checked: the command could not run on it.
  return hasUnreadable(messages) ? EXIT.input : hasErrors(messages) ? EXIT.findings : EXIT.ok;
}

/** The drift of each policy's translations (warnings: the Japanese is what is checked). */
async function translationMessages(policies: readonly LoadedPolicy[]): Promise<Message[]> {
  const out: Message[] = [];
  const { hasTranslationFile } = await import('../../translate/files.js');
  // The PO reader is loaded only for a policy that has a translation.
  const translated = policies.filter((p) => hasTranslationFile(p.file, 'en'));
  if (translated.length === 0) return out;
  const { readTranslation, driftOf, TRANSLATION_LANGS } = await import('../../translate/translation.js');
  for (const policy of translated) {
    for (const lang of TRANSLATION_LANGS) {
      const read = await readTranslation(policy.file, lang);
      if (read?.message) out.push(read.message);
      if (read?.translation) out.push(...driftOf(policy.source, policy.policy, read.translation, policy.name, 'warning').messages);
    }
  }
  return out.sort(compareMessages);
}

/**
 * Annotations up to GitHub's limits, the others in the job summary ($GITHUB_STEP_SUMMARY)
 * or, without one, in the log below the annotations.
 */
function githubReport(messages: Message[], formatGithub: (messages: readonly Message[], locale?: Locale) => string, io: CliIO): string {
  const locale = io.locale ?? 'en';
  const split = splitAnnotations(messages);
  if (split.rest.length === 0) return formatGithub(split.annotated, locale);
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  let written = false;
  if (summaryFile) {
    try {
      appendFileSync(path.resolve(io.cwd, summaryFile), formatStepSummary(messages, split, undefined, locale));
      written = true;
    } catch (error) {
      io.stderr(`${t('github.summary-unwritten', locale, { file: visible(summaryFile), detail: visible((error as Error).message) })}\n`);
    }
  }
  return formatGithub(split.annotated, locale) + restLine(split, written, locale) + (written ? '' : formatMessages(split.rest, { summary: false, locale }));
}

/** File names relative to the working folder (the repository root in CI), with forward slashes. */
function relative(messages: readonly Message[], cwd: string): Message[] {
  return messages.map((m) => {
    const rel = path.relative(cwd, path.resolve(cwd, m.file));
    const file = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : m.file;
    return { ...m, file: file.split(path.sep).join('/') };
  });
}
