import path from 'node:path';
import { writeOutputs } from '../../build/write-outputs.js';
import { formatDiffJson, formatDiffText, type PolicyDiff } from '../../diff/index.js';
import { diffAcross } from '../../diff/across.js';
import { summary, type TextOptions } from '../../diff/format-text.js';
import { loadPairs, type PolicyPair } from '../../diff/sides.js';
import { UsageError } from '../../errors.js';
import { visible, visibleJson } from '../../report/visible.js';
import { choiceOption, outOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { useColor, type CliIO } from '../io.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown', 'html', 'pdf', 'docx'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

export const diffHelp = `Usage: policy diff [OLD [NEW]] [options]

Compare two versions of the policies and say what each change means under
the APPI: its category, the action it needs before or after publishing
(review, consent, prior-notice, notice-without-delay, notice, none) and the
legal basis. Each part is weighed by its role: the role: written on it, else
the role its words read like (check names those), else "review": a lawyer
decides. Within a role, the facts are compared before the words (recipients,
countries, data items, acts, and the words that open or narrow a set): the
same facts in other words are "review", never "consent"; a misspelt name
corrected is "none".

OLD and NEW are each a policy file, a folder of policies, or a git revision
of this repository (HEAD~1, a tag, origin/main, or REV:path for one file),
read with git without touching the working tree:
  policy diff               HEAD against the working tree's policy/
  policy diff REV           REV against the working tree's policy/
  policy diff FILE          FILE as last committed (HEAD) against FILE
  policy diff OLD NEW       any two of the above (two revisions: their policy/)
A name that is both a path and a revision is taken as the path (write
REV:path for the revision). A folder is searched with its subfolders, as
by check and build. Policies are matched by file name; a policy
found on one side only is reported (and needs review: exit 1). Both sides
are checked as by "policy build": a side with errors stops the comparison
(exit 2), with its errors at file:line:column (REV:path for a revision).
When both versions have an English translation (NAME.en.po beside the
policy), each change that needs action also says whether its English
changed in the same revision (changed, unchanged, or missing: not up to
date), as "en:" in the text, a column 英訳 in markdown and "translation" in JSON.

Options:
  --format F     text (default), json, markdown, html, pdf or docx:
                   text  the changes, changed words marked [-old-] {+new+}
                         (in colour on a terminal, unless NO_COLOR is set)
                   json  {"renotice": bool, "changes": [{"category", "change",
                         "id", "path", "before", "after", "action", "basis",
                         "note"?, "facts"?: {"added", "removed"}}],
                         "problems"?: [{"severity", "rule", "message", "hint"}]};
                         when folders with several policies are compared
                         (or a policy is on one side only):
                         {"renotice": bool, "policies": [{"name", "status",
                         "old", "new", "renotice", "changes"}]}
                   html  the 新旧対照表 for review: title and versions, a
                         summary of the changes (区分, 必要な対応, 根拠), then
                         改正後 | 改正前 with the changed words underlined
                   pdf   the same printed with Chromium on A4 landscape (needs --out)
                   docx  the same as a Word document, A4 landscape (needs --out);
                         with --tracked, the 見え消し for 稟議 instead: the new
                         policy with Word tracked changes (insertions and
                         deletions) against the old, by the organisation on
                         the new effective date
                   markdown  a summary for a pull-request comment: the
                         changes with their action and basis, and the
                         changed words in a collapsed section; kept under
                         60,000 characters (GitHub refuses a comment over
                         65,536): the changed words are left out first, then
                         the last rows of the tables, saying so
  --link URL     with markdown: where the whole 新旧対照表 can be read (the CI
                 run with its files), linked when something is left out
  --out FILE     write to FILE instead of standard output (the file is
                 replaced whole or not at all)
  --tracked      docx: the new policy with tracked changes (見え消し)
  --explain      text: print the roles each change was weighed by, whether
                 they were found from the words, and the rule that decided
  --quiet, -q    print nothing; the exit code tells
  -h, --help     show this help

Problems of the new version as a revision (a change that needs action
while the version and the effective date are unchanged; a formerName that
is not the earlier name) are listed in every format; they do not change
the verdict. The decision recorded on the new version's revision entry
(revisions[].decision: reviewer, date, reference, the action taken per kind
of change) is shown beside each change's classification; where it falls
short of what the classification asks (consent recorded only as a notice),
an error decision-disagrees is listed and the exit code is 1.

Exit codes: 0 no change needs action (none, or editorial only), 1 a change
needs re-notice (consent or notice of any kind) or a lawyer's review, 2 wrong usage, a missing
file or revision, or a side with errors, 3 the PDF could not be printed
(e.g. Chromium missing).

Examples:
  policy diff                        # what the uncommitted edits would need
  policy diff origin/main            # in a pull request check: exit 1 = re-notice
  policy diff v1.0 v1.1 --format json
  policy diff HEAD~1 --format html --out review.html
  policy diff old.yaml policy/shimin-denryoku.yaml --format pdf --out taisho.pdf
  policy diff v1.0 --format docx --out taisho.docx   # for 稟議 and comments in Word
  policy diff origin/main --format markdown > comment.md
  policy diff origin/main --format markdown --link "$RUN_URL" > comment.md
`;

export async function diffCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('diff', argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    explain: { type: 'boolean' },
    link: { type: 'string' },
    tracked: { type: 'boolean' },
  });
  if (values.help) return io.stdout(diffHelp), EXIT.ok;
  const format: DiffFormat = choiceOption('format', values.format, DIFF_FORMATS) ?? 'text';
  if ((format === 'pdf' || format === 'docx') && !values.out) {
    throw new UsageError(`--format ${format} needs --out FILE (a ${format === 'pdf' ? 'PDF' : 'Word file'} is not written to a terminal)`);
  }
  outOption(values.out, 'file');
  if (values.link !== undefined && format !== 'markdown') throw new UsageError('--link is for --format markdown (the pull-request comment)');
  if (values.link !== undefined && !/^https?:\/\/\S+$/.test(values.link)) throw new UsageError(`--link takes a web address (https://…), not "${visible(values.link)}"`);
  if (values.tracked && format !== 'docx') throw new UsageError('--tracked goes with --format docx: the 見え消し is a Word document');

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
      output = textReport(pairs, diffs, { color: useColor(io) && values.out === undefined, explain: values.explain === true });
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
    io.stdout(`${pairs.map((p) => headline(p, diffs)).join('\n')}\nwrote ${visible(values.out)}\n`);
  }
  return code;
}


async function renderPdf(inputs: ReturnType<typeof import('../../diff/format-html.js').comparisonInputs>, io: CliIO): Promise<Uint8Array> {
  const { renderDiffPdf } = await import('../../diff/format-pdf.js');
  const { withBrowser } = await import('../../render/pdf/index.js');
  return withBrowser((session) => renderDiffPdf(session, inputs), { env: io.env as NodeJS.ProcessEnv });
}

function headline(p: PolicyPair, diffs: ReadonlyMap<string, PolicyDiff>): string {
  if (!p.old) return `${visible(p.name)}: only in the new version (${visible(p.new!.label)}): a new policy; review how to publish and notify it.`;
  if (!p.new) return `${visible(p.name)}: only in the old version (${visible(p.old.label)}): the policy was withdrawn; review whether individuals must be told.`;
  return summary(diffs.get(p.name)!);
}

function textReport(pairs: readonly PolicyPair[], diffs: ReadonlyMap<string, PolicyDiff>, options: TextOptions): string {
  const only = pairs.length === 1 ? pairs[0] : undefined;
  if (only?.old && only.new) return formatDiffText(diffs.get(only.name)!, options);
  return pairs
    .map((p) => {
      if (!p.old || !p.new) return `== ${headline(p, diffs)}\n`;
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
    const problems = diff?.problems?.length ? { problems: diff.problems } : {};
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
