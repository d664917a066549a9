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
import { InputError, InvalidPolicyError, UsageError } from '../../errors.js';
import { formatPath, locate } from '../../load/yaml-source.js';
import type { Message } from '../../report/message.js';
import { visible } from '../../report/visible.js';
import type { CliIO } from '../io.js';

export const noticeHelp = `Usage: policy notice [OLD [NEW]] [options]

Write the letter to individuals (お客さま各位) on the changes between two
versions, of the kind the law asks for: お知らせ (notice), 事前のお知らせ
(prior notice, with the 変更日 and the lead time) or 同意のお願い (a request
for consent: what is asked, how to answer, by when, what happens without an
answer). It has its date of issue (--date, default today), the sender, what
changes (before and after), from when, the Art. 28(2) information on a
provision abroad (the section's "abroad" entries), a note on a change of an
opt-out provision, the managers of the joint-use tables that changed, the
policy's contact block (お問い合わせ先), and the 新旧対照表 of the changed
part attached (別紙). Editorial changes are left out. The wording is in
templates/notice/wording.yaml.

A letter dated on or after the 変更日 of a change that must be told in
advance or consented to is an error (exit 1): nothing is written.

OLD and NEW are given as for "policy diff" (files, folders, git revisions;
default: HEAD against the working tree's policy/).

When no change needs notice, nothing is written and a line says so (exit 0).

Files (in the output folder, one set per policy that changed):
  notice-<name>-<version>.html   the letter and its 別紙, self-contained
  notice-<name>-<version>.txt    plain text for e-mail
  notice-<name>-<version>.pdf    A4, printed with Chromium (with --format pdf)
  notice-<name>-<version>.docx   the same as a Word document (with --format docx)
  notice-<name>-<version>.eml    one e-mail message (RFC 5322) for the company's
                                 mail system: the plain-text letter as its body,
                                 the 新旧対照表 as a PDF attachment (the PDF of
                                 "policy diff OLD NEW --format pdf"); From: the
                                 contact block's e-mail; nothing is sent

Options:
  --format LIST  comma-separated: ${NOTICE_FORMATS.join(',')} (default: html,txt)
  --out DIR      output folder (default: out/); written whole or not at all
  --width N      line width of the plain text, in columns; full-width
                 characters count 2 (default: ${DEFAULT_TEXT_WIDTH})
  --date DATE    the letter's date of issue, YYYY-MM-DD (default: today); the
                 change itself takes effect on the new version's effectiveDate
                 (変更日). A change that must be told in advance leaves
                 no time before that date: an error.
  --reply-by DATE  for a request for consent: the last day for an answer,
                 YYYY-MM-DD (default: the day before the 変更日)
  --quiet, -q    print nothing but errors and warnings
  -h, --help     show this help

Exit codes: 0 written, or nothing to tell; 1 a letter too late for a
change told in advance (nothing written); 2 wrong usage, a missing file or
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
    'reply-by': { type: 'string' },
  });
  if (values.help) return io.stdout(noticeHelp), EXIT.ok;
  const issued = dateOption(values.date) ?? today();
  const replyBy = dateOption(values['reply-by'], '--reply-by');
  const formats = listOption('format', values.format, NOTICE_FORMATS) ?? ['html', 'txt'];
  const width = intOption('width', values.width, 20, 400) ?? DEFAULT_TEXT_WIDTH;
  const outDir = path.resolve(io.cwd, outOption(values.out) ?? 'out');

  const loaded = await loadPairs(positionals, io.cwd, 'notice');

  const diffs = diffAcross(loaded.pairs);
  const letters: NoticeView[] = [];
  const lines: string[] = [];
  const errors: Message[] = [];
  for (const pair of loaded.pairs) {
    if (!pair.old || !pair.new) {
      lines.push(`${visible(pair.name)}: on one side only (${visible((pair.old ?? pair.new)!.label)}); no letter: a new or withdrawn policy is published, not compared.`);
      continue;
    }
    const diff = diffs.get(pair.name)!;
    // A letter about a version that does not exist: the customers would be told of the old number and date.
    const unbumped = diff.problems?.find((p) => p.rule === 'version-not-bumped');
    if (unbumped) throw new InputError(`${pair.name}: ${unbumped.message}; no letter is written`, unbumped.hint);
    const view = buildNoticeView(pair.name, pair.old, pair.new, diff, { issued, ...(replyBy ? { replyBy } : {}) });
    if (!view) {
      lines.push(`${visible(pair.name)}: no change needs notice to individuals (${summary(diff).replace(/^No change needs re-notice: /, '').replace(/\.$/, '')}); no letter written.`);
      continue;
    }
    letters.push(view);
    const effective = String(pair.new.policy.effectiveDate);
    const at = (reason: string, hint: string): Message => ({
      file: pair.new!.file,
      ...locate(pair.new!.source, ['effectiveDate']),
      severity: 'error',
      ruleId: 'notice-lead-time',
      path: 'effectiveDate',
      reason,
      hint,
    });
    // Prior notice and consent come before the change takes effect: a letter dated on or after the 変更日 is too late.
    if (view.noLeadTime) {
      errors.push(
        at(
          `${visible(pair.name)}: the letter is dated ${issued}, but the changes take effect on ${visible(effective)}: ` +
            `${view.noLeadTime === 1 ? '1 change' : `${view.noLeadTime} changes`} must be told (or consented to) before that date (APPI Art. 27(5)(iii), 27(6), 28(1))`,
          'set a later effectiveDate (and the revision\'s date), or an earlier --date',
        ),
      );
    } else if (view.replyByIso && pair.new.policy.effectiveDate && (view.replyByIso >= effective || view.replyByIso < issued)) {
      errors.push(
        at(
          `${visible(pair.name)}: the answers to the request for consent are asked by ${view.replyByIso}, which is not between the letter's date ${issued} and the 変更日 ${visible(effective)}`,
          'give --reply-by a day after --date and before the effectiveDate',
        ),
      );
    }
    // Consent to a provision abroad is given on the information of Art. 28(2): a letter without it cannot ask for it.
    if (view.abroadMissing) {
      errors.push({
        ...at(
          `${visible(pair.name)}: a change on provision to a third party abroad is told without the information APPI Art. 28(2) requires (the country, its system for protecting personal information, the recipient's measures)`,
          'add "abroad:" to the section on provision abroad (see "policy check", rule appi-overseas-information)',
        ),
        ...locate(pair.new.source, view.abroadMissing),
        path: formatPath(view.abroadMissing),
        ruleId: 'notice-overseas-information',
      });
    }
    if (view.consentNeeded > 0) {
      io.stderr(
        `policy: warning: ${visible(pair.name)}: ${view.consentNeeded === 1 ? '1 change needs' : `${view.consentNeeded} changes need`} the consent of each individual (see "policy diff"); the letter asks for it by ${view.replyByIso ?? 'the 変更日'}: apply the change only to those who agreed, and record the answers\n`,
      );
    }
    if (view.optOutChanges > 0) {
      io.stderr(
        `policy: warning: ${visible(pair.name)}: the provision by opt-out changes: file the changed matters with the Personal Information Protection Commission before ${visible(effective)} (APPI Art. 27(3))\n`,
      );
    }
    if (!view.effectiveDate) io.stderr(`policy: warning: ${visible(pair.name)}: the new version has no effectiveDate; 変更日 is left out of the letter\n`);
  }
  if (errors.length > 0) throw new InvalidPolicyError(errors);

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
  if (formats.includes('pdf') || formats.includes('eml')) {
    const { withBrowser } = await import('../../render/pdf/index.js');
    const { renderNoticePdf } = await import('../../notice/render.js');
    const { renderDiffPdf } = await import('../../diff/format-pdf.js');
    const { renderNoticeEml } = await import('../../notice/eml.js');
    await withBrowser(
      async (session) => {
        for (const view of letters) {
          if (formats.includes('pdf')) files.push({ name: `${noticeFileStem(view)}.pdf`, content: await renderNoticePdf(session, view) });
          if (formats.includes('eml')) {
            // The 新旧対照表 attached is the PDF "policy diff OLD NEW --format pdf" writes for the policy.
            const pair = loaded.pairs.find((p) => p.name === view.name)!;
            const pdf = await renderDiffPdf(session, [{ name: pair.name, old: pair.old!, new: pair.new!, diff: diffs.get(pair.name)! }]);
            const text = renderNoticeText(view, width);
            const attachment = `新旧対照表_${view.name}_${view.version}.pdf`;
            files.push({ name: `${noticeFileStem(view)}.eml`, content: renderNoticeEml({ view, text, pdf, ...(view.contactEmail ? { from: view.contactEmail } : {}) }, attachment) });
          }
        }
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

function dateOption(value: string | undefined, name = '--date'): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) throw new UsageError(`${name} must be a day written as YYYY-MM-DD, e.g. 2027-03-01; got "${value}"`);
  return value;
}

/** A written file as the user would name it: relative to the working folder when inside it. */
function shown(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
