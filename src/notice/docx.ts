/**
 * The notice letter as a Word document (`policy notice --format docx`):
 * the same content and order as templates/notice/letter.hbs, from the same
 * NoticeView; the 別紙 starts on a new page with the 新旧対照表 of the
 * changed part (the table of the diff's Word document). A4 portrait, page
 * numbers in the footer, dated with the new version's effective date.
 */
import type { Paragraph, Table } from 'docx';
import { comparisonTable, CAPTION } from '../diff/format-docx.js';
import type { ComparisonCell, ComparisonRow } from '../diff/comparison.js';
import { headerCell, packDocx, para, table, textCell, textWidth, type Cell, type DocxFont, type Margins } from '../render/docx/common.js';
import { NOTICE_PAGE } from './render.js';
import type { LetterWords, NoticeNote, NoticeView } from './notice.js';

const MARGIN: Margins = NOTICE_PAGE.margin;

/** A row's label: centred in the Japanese letter; set left in the English one, whose labels run to several lines. */
const labelCell = (view: NoticeView, text: string): Cell =>
  view.lang ? { header: true, children: [para(text, { bold: true, after: 0 })] } : headerCell(text);

/** A number and its heading: 「１．変更の内容」, 「1. Changes」. */
const headed = (view: NoticeView, number: string, heading: string) => `${number}${view.lang ? ' ' : ''}${heading}`;

/** The 新旧対照表 of an English letter: the table of the Japanese one, in the letter's words. */
function englishComparison(rows: readonly ComparisonRow[], width: number, words: LetterWords['comparison']): Table {
  const side = (cell: ComparisonCell, no: number, moved: boolean, absent: string) => ({
    children: [para(`${no}  ${cell.place}${moved ? ` ${words.moved}` : ''}`, { bold: true, size: 18, after: 2 }), para(cell.segments ?? [{ text: absent }], { after: 0 })],
  });
  return table(
    [[headerCell(words.after), headerCell(words.before)], ...rows.map((r) => [side(r.after, r.no, r.moved, words.deleted), side(r.before, r.no, r.moved, words.added)])],
    [1, 1],
    width,
  );
}

function body(view: NoticeView, width: number): Array<Paragraph | Table> {
  const w = view.words;
  const out: Array<Paragraph | Table> = [
    ...(view.prevails ? [para(view.prevails, { size: 18, after: 10 })] : []),
    para(view.date ?? w.blankDate, { align: 'right' }),
    para(view.addressee, { after: 8 }),
    para(view.sender.name, { align: 'right', after: 0 }),
    ...(view.sender.address ? [para(view.sender.address, { align: 'right', after: 0 })] : []),
    ...(view.sender.representative ? [para(view.sender.representative, { align: 'right', after: 0 })] : []),
    para(view.title, { bold: true, size: 28, align: 'center', before: 18, after: 14 }),
    ...view.opening.map((p, i) => para(i === 0 || view.lang ? p : `　${p}`, { after: view.lang ? 6 : 2 })),
    ...(view.closing ? [para(view.closing, { align: 'right', after: 10 })] : []),
    para(w.ki, { align: 'center', after: 10 }),
    para(headed(view, view.sections.changes.number, view.sections.changes.heading), { bold: true, keepNext: true }),
  ];
  for (const item of view.items) {
    out.push(
      para(headed(view, item.number, item.heading), { indent: 1, keepNext: true, after: 2 }),
      para(item.sentence, { indent: 2, keepNext: true, after: 2 }),
      table(
        [
          [labelCell(view, w.before), textCell(item.before ?? w.none)],
          [labelCell(view, w.after), textCell(item.after ?? w.none)],
          ...(item.facts ? [[labelCell(view, w.facts), textCell(item.facts)]] : []),
        ],
        [1, view.lang ? 5 : 6],
        width - 420,
        false,
      ),
      ...(item.mark ? [para(`${view.lang ? '* ' : '※'}${item.mark}`, { indent: 2, before: 2, after: 0 })] : []),
      para('', { after: 4 }),
    );
  }
  if (view.sections.date) {
    out.push(para(headed(view, view.sections.date.number, view.sections.date.heading), { bold: true, keepNext: true, before: 6 }), para(view.changeDateLine ?? '', { indent: 1 }));
  }
  if (view.sections.summary) {
    out.push(para(headed(view, view.sections.summary.number, view.sections.summary.heading), { bold: true, keepNext: true, before: 6 }), para(view.revisionSummary ?? '', { indent: 1 }));
  }
  for (const note of view.notes) out.push(...noteBody(view, note, width));
  if (view.sections.managers) {
    out.push(para(headed(view, view.sections.managers.number, view.sections.managers.heading), { bold: true, keepNext: true, before: 6 }));
    for (const m of view.managers.entries) {
      out.push(para(m.groups ? `${m.groups}${w.colon}${m.name}` : m.name, { indent: 1, after: 0 }));
      if (m.exception) out.push(para(view.lang ? `(${m.exception})` : `（${m.exception}）`, { indent: 2, after: 0 }));
      if (m.address) out.push(para(`${w.address}${w.colon}${m.address}`, { indent: 2, after: 0 }));
      if (m.representative) out.push(para(`${w.representative}${w.colon}${m.representative}`, { indent: 2, after: 0 }));
    }
  }
  if (view.contact) out.push(...noteBody(view, view.contact, width));
  out.push(
    para(headed(view, view.sections.annex.number, view.sections.annex.heading), { bold: true, keepNext: true, before: 10 }),
    para(w.seeAnnex, { indent: 1 }),
    para(w.end, { align: 'right', before: 6 }),
    // 別紙
    para(w.annexLabel, { pageBreakBefore: true }),
    para(view.annex.title, { bold: true, size: 24, align: 'center', after: 8 }),
    // The Japanese letter's 新旧対照表 is the diff's own table; the English one says the same in English.
    para(view.lang ? w.comparison.caption : CAPTION, { align: 'right', keepNext: true }),
    view.lang ? englishComparison(view.annex.rows, width, w.comparison) : comparisonTable(view.annex.rows, width),
  );
  return out;
}

/** A section beyond the changes (同意のお願い, the Art. 28(2) information, お問い合わせ先): its paragraphs, then its rows. */
function noteBody(view: NoticeView, note: NoticeNote, width: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [para(headed(view, note.number, note.heading), { bold: true, keepNext: true, before: 6 })];
  for (const p of note.paragraphs) out.push(para(p, { indent: 1, after: 2 }));
  if (note.rows.length) {
    out.push(
      table(
        note.rows.map((r) => (r.label ? [labelCell(view, r.label), textCell(r.value)] : [{ ...textCell(r.value), columnSpan: 2 }])),
        [2, 5],
        width - 420,
        false,
      ),
      para('', { after: 4 }),
    );
  }
  for (const p of note.after) out.push(para(p, { indent: 1, after: 2 }));
  return out;
}

/** The letter and its 別紙 as the bytes of a .docx file. */
export async function renderNoticeDocx(view: NoticeView, options: { font?: DocxFont } = {}): Promise<Uint8Array> {
  return packDocx({
    title: view.title,
    subject: view.title,
    creator: view.sender.name,
    keywords: (view.lang ? ['Notice', 'Personal information', 'Joint use', view.sender.name, `Version ${view.version}`] : ['お知らせ', '個人情報', '共同利用', view.sender.name, `第${view.version}版`]).join(', '),
    date: view.dateIso ?? '2000-01-01',
    font: options.font ?? 'mincho',
    ...(view.lang ? { lang: view.lang } : {}),
    landscape: false,
    margin: MARGIN,
    footer: { left: '', center: '' },
    children: body(view, textWidth(false, MARGIN)),
  });
}
