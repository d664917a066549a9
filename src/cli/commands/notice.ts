import path from 'node:path';
import { writeOutputs, type OutputFile } from '../../build/write-outputs.js';
import { diffAcross } from '../../diff/across.js';
import { loadPairs, type LoadedSidePolicy } from '../../diff/sides.js';
import type { PolicyDiff } from '../../diff/types.js';
import { summary } from '../../diff/format-text.js';
import { buildNoticeView, letterQuotes, LETTER_LANGS, noticeFileStem, type LetterLang, type NoticeView } from '../../notice/notice.js';
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
import { say, t, type Locale, type MessageId, type Values } from '../../i18n/catalogue.js';

export const noticeHelp = (locale: Locale = 'en') => t('notice.help', locale, { formats: NOTICE_FORMATS.join(','), width: DEFAULT_TEXT_WIDTH });

export async function notice(argv: string[], io: CliIO): Promise<number> {
  const locale = io.locale ?? 'en';
  const { values, positionals } = parse('notice', argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    width: { type: 'string', short: 'w' },
    quiet: { type: 'boolean', short: 'q' },
    date: { type: 'string' },
    'reply-by': { type: 'string' },
    lang: { type: 'string' },
  });
  if (values.help) return io.stdout(noticeHelp(locale)), EXIT.ok;
  const issued = dateOption(values.date) ?? today();
  const replyBy = dateOption(values['reply-by'], '--reply-by');
  const formats = listOption('format', values.format, NOTICE_FORMATS) ?? ['html', 'txt'];
  const langs = langOption(values.lang);
  const width = intOption('width', values.width, 20, 400) ?? DEFAULT_TEXT_WIDTH;
  const outDir = path.resolve(io.cwd, outOption(values.out) ?? 'out');

  const loaded = await loadPairs(positionals, io.cwd, 'notice');

  const diffs = diffAcross(loaded.pairs);
  const letters: Letter[] = [];
  const lines: string[] = [];
  const errors: Message[] = [];
  const warn = (id: MessageId, values: Values) => io.stderr(`${t(id, locale, values)}\n`);
  for (const pair of loaded.pairs) {
    if (!pair.old || !pair.new) {
      lines.push(t('notice.one-side', locale, { name: visible(pair.name), label: visible((pair.old ?? pair.new)!.label) }));
      continue;
    }
    const diff = diffs.get(pair.name)!;
    // A letter about a version that does not exist: the customers would be told of the old number and date.
    const unbumped = diff.problems?.find((p) => p.rule === 'version-not-bumped');
    if (unbumped) {
      const said = { name: pair.name, problem: unbumped.message, hint: unbumped.hint, version: String(pair.new.policy.version ?? '—'), date: String(pair.new.policy.effectiveDate ?? '—') };
      throw new InputError(say('notice.unbumped', said, 'notice.unbumped.hint'));
    }
    const view = buildNoticeView(pair.name, pair.old, pair.new, diff, { issued, ...(replyBy ? { replyBy } : {}) });
    if (!view) {
      const none = diff.changes.filter((c) => c.action === 'none');
      const moved = none.filter((c) => c.change === 'moved').length;
      lines.push(
        t('notice.nothing-to-tell', locale, {
          name: visible(pair.name),
          summary: summary(diff).replace(/^No change needs re-notice: /, '').replace(/\.$/, ''),
          editorial: none.length - moved,
          moved,
        }),
      );
      continue;
    }
    letters.push({ view, pair: pair as Letter['pair'], diff });
    const effective = String(pair.new.policy.effectiveDate);
    const at = (words: ReturnType<typeof say>): Message => ({
      file: pair.new!.file,
      ...locate(pair.new!.source, ['effectiveDate']),
      severity: 'error',
      ruleId: 'notice-lead-time',
      path: 'effectiveDate',
      ...words,
    });
    const name = visible(pair.name);
    // Prior notice and consent come before the change takes effect: a letter dated on or after the 変更日 is too late.
    if (view.noLeadTime) {
      errors.push(at(say('notice.lead-time', { name, issued, effective: visible(effective), count: view.noLeadTime }, 'notice.lead-time.hint')));
    } else if (view.replyByIso && pair.new.policy.effectiveDate && (view.replyByIso >= effective || view.replyByIso < issued)) {
      errors.push(at(say('notice.reply-by', { name, replyBy: view.replyByIso, issued, effective: visible(effective) }, 'notice.reply-by.hint')));
    }
    // Consent to a provision abroad is given on the information of Art. 28(2): a letter without it cannot ask for it.
    if (view.abroadMissing) {
      errors.push({
        ...at(say('notice.overseas-information', { name }, 'notice.overseas-information.hint')),
        ...locate(pair.new.source, view.abroadMissing),
        path: formatPath(view.abroadMissing),
        ruleId: 'notice-overseas-information',
      });
    }
    if (view.consentNeeded > 0) warn('notice.warning.consent', { name, count: view.consentNeeded, by: view.replyByIso ?? '' });
    if (view.optOutChanges > 0) warn('notice.warning.opt-out', { name, effective: visible(effective) });
    if (!view.effectiveDate) warn('notice.warning.no-effective-date', { name });
  }
  if (errors.length > 0) throw new InvalidPolicyError(errors);

  if (letters.length === 0) {
    if (!values.quiet) io.stdout(`${lines.join('\n')}\n${t('notice.nothing-written', locale)}\n`);
    return EXIT.ok;
  }

  // The letters in each language asked for: the Japanese as built, the English from each version's translation.
  const views: LetterInLang[] = [];
  if (langs.includes('ja')) views.push(...letters.map((l) => ({ ...l, lang: 'ja' as const })));
  if (langs.includes('en')) views.push(...(await englishLetters(letters, { issued, ...(replyBy ? { replyBy } : {}) })));

  const files: OutputFile[] = [];
  const stemOf = (l: LetterInLang) => `${noticeFileStem(l.view)}${l.lang === 'en' ? '.en' : ''}`;
  for (const l of views) {
    if (formats.includes('html')) files.push({ name: `${stemOf(l)}.html`, content: renderNoticeHtml(l.view) });
    if (formats.includes('txt')) files.push({ name: `${stemOf(l)}.txt`, content: renderNoticeText(l.view, width) });
  }
  if (formats.includes('docx')) {
    const { renderNoticeDocx } = await import('../../notice/docx.js');
    for (const l of views) files.push({ name: `${stemOf(l)}.docx`, content: await renderNoticeDocx(l.view) });
  }
  if (formats.includes('pdf') || formats.includes('eml')) {
    const { withBrowser } = await import('../../render/pdf/index.js');
    const { renderNoticePdf } = await import('../../notice/render.js');
    const { renderDiffPdf } = await import('../../diff/format-pdf.js');
    const { renderNoticeEml } = await import('../../notice/eml.js');
    await withBrowser(
      async (session) => {
        for (const l of views) {
          const { view, pair } = l;
          if (formats.includes('pdf')) files.push({ name: `${stemOf(l)}.pdf`, content: await renderNoticePdf(session, view) });
          if (formats.includes('eml')) {
            // The 新旧対照表 attached is the PDF "policy diff OLD NEW --format pdf" writes for the policy;
            // to the English message, the English letter's own comparison.
            const pdf =
              l.lang === 'en'
                ? await renderNoticePdf(session, view, undefined, true)
                : await renderDiffPdf(session, [{ name: pair.name, old: pair.old, new: pair.new, diff: l.diff }]);
            const text = renderNoticeText(view, width);
            const attachment = `${view.words.annexFile}_${view.name}_${view.version}.pdf`;
            files.push({ name: `${stemOf(l)}.eml`, content: renderNoticeEml({ view, text, pdf, ...(view.contactEmail ? { from: view.contactEmail } : {}) }, attachment) });
          }
        }
      },
      { env: io.env as NodeJS.ProcessEnv },
    );
  }
  const written = await writeOutputs(outDir, files);
  if (!values.quiet) {
    io.stdout([...lines, ...written.map((file) => t('output.wrote', locale, { file: visible(shown(io.cwd, file)) }))].join('\n') + '\n');
  }
  return EXIT.ok;
}

interface Letter {
  view: NoticeView;
  pair: { name: string; old: LoadedSidePolicy; new: LoadedSidePolicy };
  diff: PolicyDiff;
}

type LetterInLang = Letter & { lang: LetterLang };

/**
 * Each letter in English, from the translations of its two versions; when
 * a version has none, or lacks a text the letter quotes, nothing is written.
 */
async function englishLetters(letters: readonly Letter[], options: { issued: string; replyBy?: string }): Promise<LetterInLang[]> {
  const { englishVersions } = await import('../../notice/translated.js');
  const out: LetterInLang[] = [];
  const problems: Message[] = [];
  const incomplete = { names: [] as string[], count: 0 };
  for (const l of letters) {
    const { pair, diff } = l;
    const sources = await englishVersions(pair.name, pair.old, pair.new, letterQuotes(pair.old, pair.new, diff));
    if (sources.missing.length > 0) {
      throw new InputError(say('notice.en.no-translation', { name: visible(pair.name), files: sources.missing.map((f) => visible(f)).join(', ') }, 'notice.en.no-translation.hint'));
    }
    if (!sources.versions) {
      problems.push(...sources.problems);
      incomplete.names.push(visible(pair.name));
      incomplete.count += sources.problems.length;
      continue;
    }
    const view = buildNoticeView(pair.name, pair.old, pair.new, diff, { ...options, english: sources.versions })!;
    out.push({ ...l, view, lang: 'en' });
  }
  if (incomplete.names.length > 0) {
    throw new InputError(say('notice.en.incomplete', { name: incomplete.names.join(', '), first: incomplete.names[0]!, count: incomplete.count }, 'notice.en.incomplete.hint'), undefined, problems);
  }
  return out;
}

/** The languages of the letter (--lang): ja, en or both. */
function langOption(value: string | undefined): LetterLang[] {
  if (value === undefined) return ['ja'];
  const items = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (items.length === 0 || items.some((s) => !(LETTER_LANGS as readonly string[]).includes(s))) throw new UsageError(say('notice.lang', { value: visible(value) }));
  return LETTER_LANGS.filter((l) => items.includes(l));
}

/** Today in Japan (the letters are dated for Japanese readers), YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function dateOption(value: string | undefined, name = '--date'): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) throw new UsageError(say('notice.date', { option: name, value }));
  return value;
}

/** A written file as the user would name it: relative to the working folder when inside it. */
function shown(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
