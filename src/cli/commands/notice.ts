import path from 'node:path';
import { writeOutputs, type OutputFile } from '../../build/write-outputs.js';
import { diffAcross } from '../../diff/across.js';
import { loadPairs } from '../../diff/sides.js';
import { summary } from '../../diff/format-text.js';
import { buildNoticeView, noticeFileStem, type NoticeView } from '../../notice/notice.js';
import { NOTICE_FORMATS, renderNoticeHtml, renderNoticeText } from '../../notice/render.js';
import { DEFAULT_TEXT_WIDTH } from '../../render/text.js';
import { intOption, listOption, outOption, parse } from '../args.js';
import { isCalendarDate } from '../../check/rules/dates.js';
import { EXIT } from '../exit-codes.js';
import { InputError, UsageError } from '../../errors.js';
import { visible } from '../../report/visible.js';
import type { CliIO } from '../io.js';

export const noticeHelp = `Usage: policy notice [OLD [NEW]] [options]

Write the notice to individuals (お客さま各位) of the changes between two
versions: a formal Japanese letter 「共同利用に関する変更のお知らせ」 with its
date of issue (--date, default today), the sender, what changes (before
and after), from when, the managers of the joint use, and the 新旧対照表 of
the changed part attached (別紙). Editorial changes are left out. When a
change needs the individual's consent, a warning says so: a letter alone
does not obtain consent.

OLD and NEW are given as for "policy diff" (files, folders, git revisions;
default: HEAD against the working tree's policy/).

When no change needs notice, nothing is written and a line says so (exit 0).

Files (in the output folder, one set per policy that changed):
  notice-<name>-<version>.html   the letter and its 別紙, self-contained
  notice-<name>-<version>.txt    plain text for e-mail
  notice-<name>-<version>.pdf    A4, printed with Chromium (with --format pdf)
  notice-<name>-<version>.docx   the same as a Word document (with --format docx)

Options:
  --format LIST  comma-separated: ${NOTICE_FORMATS.join(',')} (default: html,txt)
  --out DIR      output folder (default: out/); written whole or not at all
  --width N      line width of the plain text, in columns; full-width
                 characters count 2 (default: ${DEFAULT_TEXT_WIDTH})
  --date DATE    the letter's date of issue, YYYY-MM-DD (default: today); the
                 change itself takes effect on the new version's effectiveDate
                 (変更日). A warning says when a change that must be told in
                 advance leaves no time before that date.
  --quiet, -q    print nothing but errors and warnings
  -h, --help     show this help

Exit codes: 0 written, or nothing to tell; 2 wrong usage, a missing file or
revision, or a side with errors; 3 the PDF could not be printed.

Examples:
  policy notice v1.0                       # tag v1.0 against the working tree
  policy notice HEAD~1 HEAD --format html,txt,pdf --out notices/
  policy notice v1.0 --format docx         # the letter in Word, for 稟議
  policy notice old.yaml policy/shimin-denryoku.yaml --width 60
`;

export async function notice(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('notice', argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    width: { type: 'string', short: 'w' },
    quiet: { type: 'boolean', short: 'q' },
    date: { type: 'string' },
  });
  if (values.help) return io.stdout(noticeHelp), EXIT.ok;
  const issued = dateOption(values.date) ?? today();
  const formats = listOption('format', values.format, NOTICE_FORMATS) ?? ['html', 'txt'];
  const width = intOption('width', values.width, 20, 400) ?? DEFAULT_TEXT_WIDTH;
  const outDir = path.resolve(io.cwd, outOption(values.out) ?? 'out');

  const loaded = await loadPairs(positionals, io.cwd, 'notice');

  const diffs = diffAcross(loaded.pairs);
  const letters: NoticeView[] = [];
  const lines: string[] = [];
  for (const pair of loaded.pairs) {
    if (!pair.old || !pair.new) {
      lines.push(`${visible(pair.name)}: on one side only (${visible((pair.old ?? pair.new)!.label)}); no letter: a new or withdrawn policy is published, not compared.`);
      continue;
    }
    const diff = diffs.get(pair.name)!;
    // A letter about a version that does not exist: the customers would be told of the old number and date.
    const unbumped = diff.problems?.find((p) => p.rule === 'version-not-bumped');
    if (unbumped) throw new InputError(`${pair.name}: ${unbumped.message}; no letter is written`, unbumped.hint);
    const view = buildNoticeView(pair.name, pair.old, pair.new, diff, { issued });
    if (!view) {
      lines.push(`${visible(pair.name)}: no change needs notice to individuals (${summary(diff).replace(/^No change needs re-notice: /, '').replace(/\.$/, '')}); no letter written.`);
      continue;
    }
    letters.push(view);
    if (view.consentNeeded > 0) {
      io.stderr(
        `policy: warning: ${visible(pair.name)}: ${view.consentNeeded === 1 ? '1 change needs' : `${view.consentNeeded} changes need`} the consent of each individual (see "policy diff"); the letter informs but does not obtain consent\n`,
      );
    }
    if (!view.effectiveDate) io.stderr(`policy: warning: ${visible(pair.name)}: the new version has no effectiveDate; 変更日 is left out of the letter\n`);
    if (view.noLeadTime) {
      io.stderr(
        `policy: warning: ${visible(pair.name)}: the letter is dated ${issued}, but the changes take effect on ${visible(String(pair.new.policy.effectiveDate))}: ` +
          `${view.noLeadTime === 1 ? '1 change' : `${view.noLeadTime} changes`} must be told (or consented to) before that date (APPI Art. 27(5)(iii), 27(6)); set a later effectiveDate, or an earlier --date\n`,
      );
    }
  }

  if (letters.length === 0) {
    if (!values.quiet) io.stdout(`${lines.join('\n')}\nNothing was written.\n`);
    return EXIT.ok;
  }

  const files: OutputFile[] = [];
  for (const view of letters) {
    const stem = noticeFileStem(view);
    if (formats.includes('html')) files.push({ name: `${stem}.html`, content: renderNoticeHtml(view) });
    if (formats.includes('txt')) files.push({ name: `${stem}.txt`, content: renderNoticeText(view, width) });
  }
  if (formats.includes('docx')) {
    const { renderNoticeDocx } = await import('../../notice/docx.js');
    for (const view of letters) files.push({ name: `${noticeFileStem(view)}.docx`, content: await renderNoticeDocx(view) });
  }
  if (formats.includes('pdf')) {
    const { withBrowser } = await import('../../render/pdf/index.js');
    const { renderNoticePdf } = await import('../../notice/render.js');
    await withBrowser(
      async (session) => {
        for (const view of letters) files.push({ name: `${noticeFileStem(view)}.pdf`, content: await renderNoticePdf(session, view) });
      },
      { env: io.env as NodeJS.ProcessEnv },
    );
  }
  const written = await writeOutputs(outDir, files);
  if (!values.quiet) {
    io.stdout([...lines, ...written.map((file) => `wrote ${visible(shown(io.cwd, file))}`)].join('\n') + '\n');
  }
  return EXIT.ok;
}

/** Today in Japan (the letters are dated for Japanese readers), YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function dateOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) throw new UsageError(`--date must be a day written as YYYY-MM-DD, e.g. 2027-03-01; got "${value}"`);
  return value;
}

/** A written file as the user would name it: relative to the working folder when inside it. */
function shown(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
