import path from 'node:path';
import { writeOutputs } from '../../build/write-outputs.js';
import { formatDiffJson, formatDiffText, type PolicyDiff } from '../../diff/index.js';
import { diffAcross } from '../../diff/across.js';
import { summary, type TextOptions } from '../../diff/format-text.js';
import { loadPairs, type PolicyPair } from '../../diff/sides.js';
import { problemJson } from '../../diff/notes.js';
import { UsageError } from '../../errors.js';
import { say, t, type Locale } from '../../i18n/catalogue.js';
import { visible, visibleJson } from '../../report/visible.js';
import { choiceOption, outOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { useColor, type CliIO } from '../io.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown', 'html', 'pdf', 'docx'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

export const diffHelp = (locale: Locale = 'en') => t('diff.help', locale);

export async function diffCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('diff', argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    explain: { type: 'boolean' },
    link: { type: 'string' },
    tracked: { type: 'boolean' },
  });
  if (values.help) return io.stdout(diffHelp(io.locale)), EXIT.ok;
  const format: DiffFormat = choiceOption('format', values.format, DIFF_FORMATS) ?? 'text';
  if ((format === 'pdf' || format === 'docx') && !values.out) {
    throw new UsageError(say('diff.usage.needs-out', { format }));
  }
  outOption(values.out, 'file');
  if (values.link !== undefined && format !== 'markdown') throw new UsageError(say('diff.usage.link-markdown'));
  if (values.link !== undefined && !/^https?:\/\/\S+$/.test(values.link)) throw new UsageError(say('diff.usage.link-address', { link: visible(values.link) }));
  if (values.tracked && format !== 'docx') throw new UsageError(say('diff.usage.tracked-docx'));

  const { pairs } = await loadPairs(positionals, io.cwd, 'diff');
  // The policies of the folder compared as one: an entry that moved to another file is moved.
  const diffs: Map<string, PolicyDiff> = diffAcross(pairs);
  // Where both versions have an English translation: whether each change's English followed it.
  const translated = pairs.filter((p) => p.old?.translation !== undefined && p.new?.translation !== undefined && diffs.has(p.name));
  if (translated.length > 0) {
    const { annotateTranslations } = await import('../../translate/diff.js');
    for (const p of translated) {
      await annotateTranslations(diffs.get(p.name)!, { policy: p.old!.policy, translation: p.old!.translation! }, { policy: p.new!.policy, translation: p.new!.translation! });
    }
  }
  const renotice = pairs.some((p) => !p.old || !p.new || diffs.get(p.name)!.renotice);
  // A recorded decision that disagrees with the classification fails the comparison too.
  const disagrees = [...diffs.values()].some((d) => (d.problems ?? []).some((p) => p.rule === 'decision-disagrees'));
  const code = renotice || disagrees ? EXIT.findings : EXIT.ok;

  let output: string | Uint8Array;
  switch (format) {
    case 'text':
      output = textReport(pairs, diffs, { color: useColor(io) && values.out === undefined, explain: values.explain === true, locale: io.locale ?? 'en' });
      break;
    case 'json':
      output = jsonReport(pairs, diffs);
      break;
    case 'html':
    case 'pdf': {
      const { comparisonInputs, renderDiffHtml } = await import('../../diff/format-html.js');
      const inputs = comparisonInputs(pairs, diffs);
      output = format === 'html' ? renderDiffHtml(inputs) : await renderPdf(inputs, io);
      break;
    }
    case 'docx': {
      if (values.tracked) {
        const { renderTrackedDocx } = await import('../../diff/format-docx-tracked.js');
        output = await renderTrackedDocx(pairs);
        break;
      }
      const { comparisonInputs } = await import('../../diff/format-html.js');
      const { renderDiffDocx } = await import('../../diff/format-docx.js');
      output = await renderDiffDocx(comparisonInputs(pairs, diffs));
      break;
    }
    case 'markdown': {
      const { comparisonInputs } = await import('../../diff/format-html.js');
      const { formatDiffMarkdown } = await import('../../diff/format-markdown.js');
      output = formatDiffMarkdown(comparisonInputs(pairs, diffs), values.link ? { link: values.link } : {});
      break;
    }
  }

  if (values.out === undefined) {
    if (!values.quiet) io.stdout(output as string); // pdf and docx always have --out
    return code;
  }
  const target = path.resolve(io.cwd, values.out);
  await writeOutputs(path.dirname(target), [{ name: path.basename(target), content: output }]);
  if (!values.quiet) {
    io.stdout(`${pairs.map((p) => headline(p, diffs, io.locale)).join('\n')}\n${t('output.wrote', io.locale, { file: visible(values.out) })}\n`);
  }
  return code;
}


async function renderPdf(inputs: ReturnType<typeof import('../../diff/format-html.js').comparisonInputs>, io: CliIO): Promise<Uint8Array> {
  const { renderDiffPdf } = await import('../../diff/format-pdf.js');
  const { withBrowser } = await import('../../render/pdf/index.js');
  return withBrowser((session) => renderDiffPdf(session, inputs), { env: io.env as NodeJS.ProcessEnv });
}

function headline(p: PolicyPair, diffs: ReadonlyMap<string, PolicyDiff>, locale: Locale = 'en'): string {
  if (!p.old) return t('diff.only-new', locale, { name: visible(p.name), label: visible(p.new!.label) });
  if (!p.new) return t('diff.only-old', locale, { name: visible(p.name), label: visible(p.old.label) });
  return summary(diffs.get(p.name)!, locale);
}

function textReport(pairs: readonly PolicyPair[], diffs: ReadonlyMap<string, PolicyDiff>, options: TextOptions): string {
  const only = pairs.length === 1 ? pairs[0] : undefined;
  if (only?.old && only.new) return formatDiffText(diffs.get(only.name)!, options);
  return pairs
    .map((p) => {
      if (!p.old || !p.new) return `== ${headline(p, diffs, options.locale)}\n`;
      return `== ${visible(p.name)}: ${visible(p.old.label)} → ${visible(p.new.label)}\n${formatDiffText(diffs.get(p.name)!, options)}`;
    })
    .join('\n');
}

function jsonReport(pairs: readonly PolicyPair[], diffs: ReadonlyMap<string, PolicyDiff>): string {
  const only = pairs.length === 1 ? pairs[0] : undefined;
  if (only?.old && only.new) return formatDiffJson(diffs.get(only.name)!);
  const policies = pairs.map((p) => {
    const diff = diffs.get(p.name);
    const changes = diff ? (JSON.parse(formatDiffJson(diff)) as { changes: unknown[] }).changes : [];
    const problems = diff?.problems?.length ? { problems: diff.problems.map(problemJson) } : {};
    return {
      name: p.name,
      status: !p.old ? 'added' : !p.new ? 'removed' : 'compared',
      old: p.old?.label ?? null,
      new: p.new?.label ?? null,
      renotice: diff ? diff.renotice : true,
      changes,
      ...problems,
    };
  });
  return visibleJson({ renotice: policies.some((p) => p.renotice), policies });
}
