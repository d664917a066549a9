/**
 * The notice letter as a Word document (`policy notice --format docx`):
 * the same content and order as templates/notice/letter.hbs, from the same
 * NoticeView; the 別紙 starts on a new page with the 新旧対照表 of the
 * changed part (the table of the diff's Word document). A4 portrait, page
 * numbers in the footer, dated with the new version's effective date.
 */
import type { Paragraph, Table } from 'docx';
import { comparisonTable, CAPTION } from '../diff/format-docx.js';
import { headerCell, packDocx, para, table, textCell, textWidth, type DocxFont, type Margins } from '../render/docx/common.js';
import { NOTICE_PAGE } from './render.js';
import type { NoticeNote, NoticeView } from './notice.js';

const MARGIN: Margins = NOTICE_PAGE.margin;
const BLANK_DATE = '　　　　年　　月　　日';

function body(view: NoticeView, width: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    para(view.date ?? BLANK_DATE, { align: 'right' }),
    para(view.addressee, { after: 8 }),
    para(view.sender.name, { align: 'right', after: 0 }),
    ...(view.sender.address ? [para(view.sender.address, { align: 'right', after: 0 })] : []),
    ...(view.sender.representative ? [para(view.sender.representative, { align: 'right', after: 0 })] : []),
    para(view.title, { bold: true, size: 28, align: 'center', before: 18, after: 14 }),
    ...view.opening.map((p, i) => para(i === 0 ? p : `　${p}`, { after: 2 })),
    para(view.closing, { align: 'right', after: 10 }),
    para('記', { align: 'center', after: 10 }),
    para(`${view.sections.changes.number}${view.sections.changes.heading}`, { bold: true, keepNext: true }),
  ];
  for (const item of view.items) {
    out.push(
      para(`${item.number}${item.heading}`, { indent: 1, keepNext: true, after: 2 }),
      para(item.sentence, { indent: 2, keepNext: true, after: 2 }),
      table(
        [
          [headerCell('変更前'), textCell(item.before ?? '（なし）')],
          [headerCell('変更後'), textCell(item.after ?? '（なし）')],
          ...(item.facts ? [[headerCell('要点'), textCell(item.facts)]] : []),
        ],
        [1, 6],
        width - 420,
        false,
      ),
      ...(item.mark ? [para(`※${item.mark}`, { indent: 2, before: 2, after: 0 })] : []),
      para('', { after: 4 }),
    );
  }
  if (view.sections.date) {
    out.push(para(`${view.sections.date.number}${view.sections.date.heading}`, { bold: true, keepNext: true, before: 6 }), para(view.changeDateLine ?? '', { indent: 1 }));
  }
  if (view.sections.summary) {
    out.push(para(`${view.sections.summary.number}${view.sections.summary.heading}`, { bold: true, keepNext: true, before: 6 }), para(view.revisionSummary ?? '', { indent: 1 }));
  }
  for (const note of view.notes) out.push(...noteBody(note, width));
  if (view.sections.managers) {
    out.push(para(`${view.sections.managers.number}${view.sections.managers.heading}`, { bold: true, keepNext: true, before: 6 }));
    for (const m of view.managers.entries) {
      out.push(para(m.groups ? `${m.groups}：${m.name}` : m.name, { indent: 1, after: 0 }));
      if (m.exception) out.push(para(`（${m.exception}）`, { indent: 2, after: 0 }));
      if (m.address) out.push(para(`住所：${m.address}`, { indent: 2, after: 0 }));
      if (m.representative) out.push(para(`代表者：${m.representative}`, { indent: 2, after: 0 }));
    }
  }
  if (view.contact) out.push(...noteBody(view.contact, width));
  out.push(
    para(`${view.sections.annex.number}${view.sections.annex.heading}`, { bold: true, keepNext: true, before: 10 }),
    para('別紙のとおり', { indent: 1 }),
    para('以上', { align: 'right', before: 6 }),
    // 別紙
    para('別紙', { pageBreakBefore: true }),
    para(view.annex.title, { bold: true, size: 24, align: 'center', after: 8 }),
    para(CAPTION, { align: 'right', keepNext: true }),
    comparisonTable(view.annex.rows, width),
  );
  return out;
}

/** A section beyond the changes (同意のお願い, the Art. 28(2) information, お問い合わせ先): its paragraphs, then its rows. */
function noteBody(note: NoticeNote, width: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [para(`${note.number}${note.heading}`, { bold: true, keepNext: true, before: 6 })];
  for (const p of note.paragraphs) out.push(para(p, { indent: 1, after: 2 }));
  if (note.rows.length) {
    out.push(
      table(
        note.rows.map((r) => (r.label ? [headerCell(r.label), textCell(r.value)] : [{ ...textCell(r.value), columnSpan: 2 }])),
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
    keywords: ['お知らせ', '個人情報', '共同利用', view.sender.name, `第${view.version}版`].join(', '),
    date: view.dateIso ?? '2000-01-01',
    font: options.font ?? 'mincho',
    landscape: false,
    margin: MARGIN,
    footer: { left: '', center: '' },
    children: body(view, textWidth(false, MARGIN)),
  });
}
