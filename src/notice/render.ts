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

/** The letter and its 別紙 as a complete, self-contained HTML document. */
export function renderNoticeHtml(view: NoticeView): string {
  return template(htmlEnvironment(), 'notice/letter.hbs')({
    ...view,
    css: `${readTemplateFile('diff/report.css')}\n${readTemplateFile('notice/letter.css')}`,
    page: pageCss(NOTICE_PAGE),
  });
}

/** A line centred in `width` columns; a title wider than that is wrapped, each line centred. */
function center(text: string, width: number): string {
  if (displayWidth(text) > width) return wrap(text, { width, firstIndent: '', indent: '' }).split('\n').map((line) => center(line, width)).join('\n');
  return ' '.repeat(Math.max(0, Math.floor((width - displayWidth(text)) / 2))) + text;
}

const text = (segments: ReadonlyArray<{ text: string }> | null) => (segments ? segments.map((s) => s.text).join('') : null);

/** The letter as plain text, wrapped at `width` display columns. */
export function renderNoticeText(view: NoticeView, width = DEFAULT_TEXT_WIDTH): string {
  const out = template(textEnvironment(), 'notice/text/letter.hbs', { noEscape: true })({
    ...view,
    width,
    dateLine: view.date ?? '　　　　年　　月　　日',
    centeredTitle: center(view.title, width),
    centeredKi: center('記', width),
    centeredAnnexTitle: center(view.annex.title, width),
    annex: {
      ...view.annex,
      rows: view.annex.rows.map((r) => ({
        ...r,
        number: `（${String(r.no).replace(/\d/g, (d) => '０１２３４５６７８９'[Number(d)]!)}）`,
        afterText: text(r.after.segments),
        beforeText: text(r.before.segments),
      })),
    },
  });
  return out.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** The letter as PDF bytes (A4 portrait, page numbers at the foot). */
export async function renderNoticePdf(session: PdfSession, view: NoticeView, timeoutMs?: number): Promise<Uint8Array> {
  return session.pdf(renderNoticeHtml(view), {
    paper: 'A4',
    margin: NOTICE_PAGE.margin,
    metadata: {
      title: view.title,
      author: view.sender.name,
      subject: view.title,
      keywords: ['お知らせ', '個人情報', '共同利用', view.sender.name, `第${view.version}版`],
      date: view.dateIso ?? '2000-01-01',
    },
    footer: { center: '{page} / {pages}', right: '' },
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
}
