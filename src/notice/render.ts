/**
 * The notice letter as HTML (templates/notice/letter.hbs, with the
 * 新旧対照表 partial of templates/diff/), as plain text
 * (templates/notice/text/letter.hbs, wrapped with the text environment's
 * {{#wrap}}), and as PDF through the same Chromium session as the leaflet.
 */
import { pageCss, type PageSetup } from '../diff/format-html.js';
import type { PdfSession } from '../render/pdf/session.js';
import { htmlEnvironment, readTemplateFile, template, textEnvironment } from '../render/templates.js';
import { displayWidth, wrap } from '../render/text-wrap.js';
import { DEFAULT_TEXT_WIDTH } from '../render/text.js';
import type { NoticeView } from './notice.js';

export const NOTICE_FORMATS = ['html', 'txt', 'pdf', 'docx', 'eml'] as const;
export type NoticeFormat = (typeof NOTICE_FORMATS)[number];

export const NOTICE_PAGE: PageSetup = { size: 'A4', margin: { top: 20, right: 20, bottom: 20, left: 20 } };

/** The letter and its 別紙 as a complete, self-contained HTML document; with `annexOnly`, the 別紙 alone. */
export function renderNoticeHtml(view: NoticeView, annexOnly = false): string {
  const own = view.lang ? `\n${readTemplateFile(`notice/letter.${view.lang}.css`)}` : '';
  return template(htmlEnvironment(), 'notice/letter.hbs')({
    ...view,
    ...(annexOnly ? { annexOnly } : {}),
    css: `${readTemplateFile('diff/report.css')}\n${readTemplateFile('notice/letter.css')}${own}`,
    page: pageCss(NOTICE_PAGE),
  });
}

/** Set apart in a Japanese letter: 要点 as wide as 変更前, 要　点 (均等割り). */
function spread(label: string, chars: number): string {
  const own = [...label];
  const gaps = own.length - 1;
  const extra = chars - own.length;
  if (gaps <= 0 || extra <= 0) return label;
  return own.map((c, i) => (i < gaps ? c + '\u3000'.repeat(Math.floor(extra / gaps) + (i < extra % gaps ? 1 : 0)) : c)).join('');
}

/**
 * The indents and labels of the plain-text letter: full-width spaces and
 * labels set to one width in Japanese (「　　　変更前：」, 「　　　要　点：」),
 * spaces and labels padded after the colon in English.
 */
function textLayout(view: NoticeView) {
  const en = view.lang !== undefined;
  const w = view.words;
  const indent = (columns: number) => (en ? ' '.repeat(columns) : '\u3000'.repeat(columns / 2));
  const labelled = (base: number, labels: string[]) => {
    if (en) {
      const width = Math.max(...labels.map((l) => l.length)) + w.colon.length;
      return { first: labels.map((l) => indent(base) + `${l}${w.colon}`.padEnd(width)), rest: indent(base + width) };
    }
    const chars = Math.max(...labels.map((l) => [...l].length));
    return { first: labels.map((l) => indent(base) + spread(l, chars) + w.colon), rest: indent(base + chars * 2 + displayWidth(w.colon)) };
  };
  const item = labelled(6, [w.before, w.after, ...(view.items.some((i) => i.facts) ? [w.facts] : [])]);
  const annex = labelled(4, [w.comparison.after, w.comparison.before]);
  return {
    space: en ? ' ' : '',
    gap: en ? '\n' : '',
    para: en ? '' : indent(2),
    i1: indent(2),
    i2: indent(4),
    i3: indent(6),
    i4: indent(8),
    before: item.first[0],
    after: item.first[1],
    facts: item.first[2] ?? labelled(6, [w.facts]).first[0],
    labelled: item.rest,
    mark: `${indent(6)}${en ? '* ' : '※'}`,
    marked: indent(8),
    open: en ? '(' : '（',
    close: en ? ')' : '）',
    annexAfter: annex.first[0],
    annexBefore: annex.first[1],
    annexed: annex.rest,
  };
}

/** A line centred in `width` columns; a title wider than that is wrapped, each line centred. */
function center(text: string, width: number): string {
  if (displayWidth(text) > width) return wrap(text, { width, firstIndent: '', indent: '' }).split('\n').map((line) => center(line, width)).join('\n');
  return ' '.repeat(Math.max(0, Math.floor((width - displayWidth(text)) / 2))) + text;
}

const text = (segments: ReadonlyArray<{ text: string }> | null) => (segments ? segments.map((s) => s.text).join('') : null);

/** The letter as plain text, wrapped at `width` display columns. */
export function renderNoticeText(view: NoticeView, width = DEFAULT_TEXT_WIDTH): string {
  const en = view.lang !== undefined;
  const out = template(textEnvironment(), 'notice/text/letter.hbs', { noEscape: true })({
    ...view,
    width,
    t: textLayout(view),
    dateLine: view.date ?? view.words.blankDate,
    centeredTitle: center(view.title, width),
    centeredKi: center(view.words.ki, width),
    centeredAnnexTitle: center(view.annex.title, width),
    // A rule of box-drawing characters, two columns each in a Japanese font; hyphens in a Latin one.
    ruleLine: en ? '-'.repeat(width) : '─'.repeat(Math.floor(width / 2)),
    annex: {
      ...view.annex,
      rows: view.annex.rows.map((r) => ({
        ...r,
        number: en ? `(${r.no})` : `（${String(r.no).replace(/\d/g, (d) => '０１２３４５６７８９'[Number(d)]!)}）`,
        afterText: text(r.after.segments),
        beforeText: text(r.before.segments),
      })),
    },
  });
  return out.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** The letter as PDF bytes (A4 portrait, page numbers at the foot); with `annexOnly`, its 別紙 alone (the attachment of an e-mail in English). */
export async function renderNoticePdf(session: PdfSession, view: NoticeView, timeoutMs?: number, annexOnly = false): Promise<Uint8Array> {
  return session.pdf(renderNoticeHtml(view, annexOnly), {
    paper: 'A4',
    margin: NOTICE_PAGE.margin,
    metadata: {
      title: annexOnly ? view.annex.title : view.title,
      author: view.sender.name,
      subject: view.title,
      keywords: view.lang ? ['Notice', 'Personal information', 'Joint use', view.sender.name, `Version ${view.version}`] : ['お知らせ', '個人情報', '共同利用', view.sender.name, `第${view.version}版`],
      date: view.dateIso ?? '2000-01-01',
    },
    // The page numbers of an English letter in its Latin font (as the English leaflet's footer).
    footer: { center: '{page} / {pages}', right: '', ...(view.lang ? { fontFamily: '"DejaVu Sans", "IPAexGothic", "IPAexゴシック"' } : {}) },
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
}
