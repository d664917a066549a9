import { existsSync } from 'node:fs';
import path from 'node:path';
import { choiceOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { visible } from '../../report/visible.js';
import { UsageError } from '../../errors.js';
import { translateFile } from '../../translate/update.js';
import { TRANSLATION_LANGS } from '../../translate/translation.js';
import { warningsLine } from '../warnings.js';

export const translateHelp = `Usage: policy translate NAME --lang en [options]

Write or update the translation file of a policy, policy/NAME.en.po (gettext
PO, opened by Poedit, Weblate, Crowdin or a translation vendor's tools), as
msgmerge does:
  - a text new in the policy is added with an empty translation;
  - a text whose Japanese changed keeps its translation, marked fuzzy, with
    the Japanese it was translated from (#| msgid) for the translator;
  - a translation whose text is gone is kept as obsolete (#~).
No translation is ever lost. Each entry's msgctxt is the text's key (the
YAML path with the ids of the entries), its msgid the Japanese as written.

The Japanese version prevails: the translation is published for reference
(see "policy build"); "policy check" reports the texts whose translation is
missing or out of date.

Arguments:
  NAME           a policy: its name (shimin-denryoku, found in policy/) or its file

Options:
  --lang L       the language of the translation: ${TRANSLATION_LANGS.join(', ')}
  --quiet, -q    print nothing but errors
  -h, --help     show this help

Exit codes: 0 written, 1 the policy has errors, 2 wrong usage or a file that
cannot be read or written.

Examples:
  policy translate shimin-denryoku --lang en
  policy translate examples/acme-denki.yaml --lang en
`;

export async function translate(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('translate', argv, {
    lang: { type: 'string', short: 'l' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return io.stdout(translateHelp), EXIT.ok;
  const lang = choiceOption('lang', values.lang, TRANSLATION_LANGS);
  if (!lang) throw new UsageError(`name the language of the translation: --lang ${TRANSLATION_LANGS.join('|')}`);
  if (positionals.length !== 1) throw new UsageError('name one policy, e.g. policy translate shimin-denryoku --lang en');
  const file = policyPath(positionals[0]!, io.cwd);
  const result = await translateFile(file, lang);
  if (values.quiet) return EXIT.ok;
  io.stderr(warningsLine(result.messages, io.locale));
  const rel = visible(path.relative(io.cwd, result.file) || result.file);
  io.stdout(`wrote ${rel}: ${result.total} texts, ${result.added} new, ${result.changed} changed (fuzzy), ${result.obsoleted} made obsolete; ${result.untranslated} to translate\n`);
  return EXIT.ok;
}

/** A policy named by its file, or by its name in policy/. */
function policyPath(name: string, cwd: string): string {
  if (/\.ya?ml$/i.test(name) || name.includes('/') || name.includes(path.sep)) return name;
  for (const ext of ['.yaml', '.yml']) {
    const candidate = path.join('policy', `${name}${ext}`);
    if (existsSync(path.resolve(cwd, candidate))) return candidate;
  }
  return path.join('policy', `${name}.yaml`);
}
