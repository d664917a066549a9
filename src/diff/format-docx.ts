/**
 * The 新旧対照表 as a Word document (`policy diff --format docx`), for
 * circulation (稟議) and comments: the same model and order as the HTML
 * (format-html.ts buildDiffReportView): title and versions, 変更の概要 with
 * category, place, kind, action, basis and 備考, then 改正後 | 改正前 with the
 * changed words underlined. A4 landscape, page numbers in the footer.
 */
import type { Paragraph, Table } from 'docx';
import {
  headerCell,
  packDocx,
  para,
  table,
  textCell,
  textWidth,
  type Cell,
  type DocxFont,
  type Margins,
} from '../render/docx/common.js';
import { DIFF_PAGE, buildDiffReportView, reportDate, type DiffReportView } from './format-html.js';
import { type ComparisonCell, type ComparisonInput, type ComparisonRow, type PolicyComparison } from './comparison.js';

export const CAPTION = '（傍線部分は改正部分）';

/** The two-column 改正後 | 改正前 table of `rows` (shared with the notice letter's 別紙). */
export function comparisonTable(rows: readonly ComparisonRow[], width: number): Table {
  const side = (cell: ComparisonCell, no: number, moved: boolean, absent: string): Cell => ({
    children: [
      para(`${no}　${cell.place}${moved ? '（順序の変更）' : ''}`, { bold: true, size: 18, after: 2 }),
      para(cell.segments ?? [{ text: absent }], { after: 0 }),
    ],
  });
  return table(
    [
      [headerCell('改正後'), headerCell('改正前')],
      ...rows.map((r) => [side(r.after, r.no, r.moved, '（削除）'), side(r.before, r.no, r.moved, '（新設）')]),
    ],
    [1, 1],
    width,
  );
}

function versionsTable(p: PolicyComparison, width: number): Table {
  const row = (label: string, v: PolicyComparison['after']): Cell[] =>
    v
      ? [headerCell(label), textCell(v.label), textCell(v.effectiveDate ?? '（記載なし）'), textCell(v.source, { size: 18 })]
      : [headerCell(label), { ...textCell('（なし）'), columnSpan: 3 }];
  return table(
    [[headerCell('区分'), headerCell('版'), headerCell('施行日'), headerCell('比較に用いたファイル')], row('改正後', p.after), row('改正前', p.before)],
    [1, 1.4, 2, 5],
    Math.floor(width * 0.7),
  );
}

function summaryTable(p: PolicyComparison, width: number): Table {
  return table(
    [
      ['番号', '区分', '箇所', '変更', '必要な対応', '根拠', '備考'].map(headerCell),
      ...p.summary.map((s) => [
        textCell(String(s.no), { align: 'center' }),
        textCell(s.categoryLabel),
        { children: [para(s.place, { after: 0 }), para(s.id, { size: 16, after: 0 })] },
        textCell(s.kindLabel),
        { children: [para(s.actionLabel, { bold: s.action !== 'none', after: 0 }), ...(s.decided ? [para(s.decided, { size: 16, after: 0 })] : [])] },
        textCell(s.basis || '―'),
        textCell(s.note || '―', { size: 18 }),
      ]),
    ],
    [0.6, 1.6, 3, 1, 1.4, 3, 4],
    width,
  );
}

function policyBody(p: PolicyComparison, view: DiffReportView, width: number, first: boolean): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    para(p.organization, { size: 20, pageBreakBefore: !first }),
    para(p.heading, { bold: true, size: 32, align: 'center', after: 10, heading: 1 }),
    versionsTable(p, width),
    para('', { after: 6 }),
  ];
  if (p.only) {
    out.push(para(p.verdict, { bold: true }));
    return out;
  }
  out.push(para('変更の概要', { bold: true, size: 24, before: 6, keepNext: true, heading: 2 }), para(p.verdict, { bold: p.renotice }));
  for (const problem of p.problems) out.push(para(problem, { bold: true }));
  if (p.decision) out.push(para(p.decision.line));
  if (p.summary.length > 0) {
    out.push(summaryTable(p, width), para('', { after: 2 }));
    // The legend kept together, and with the table above it.
    view.legend.forEach((l, i) => out.push(para(`${l.label}：${l.meaning}`, { size: 18, after: 0, keepNext: i < view.legend.length - 1 })));
  }
  out.push(para('新旧対照表', { bold: true, size: 24, before: 10, keepNext: true, heading: 2 }));
  if (p.rows.length === 0) {
    out.push(para('両版の間に変更はありません。'));
    return out;
  }
  out.push(para(CAPTION, { align: 'right', keepNext: true }), comparisonTable(p.rows, width));
  return out;
}

export interface DocxOptions {
  font?: DocxFont;
}

export const DIFF_MARGIN: Margins = DIFF_PAGE.margin;

/** The 新旧対照表 of `inputs` as the bytes of a .docx file. */
export async function renderDiffDocx(inputs: readonly ComparisonInput[], options: DocxOptions = {}): Promise<Uint8Array> {
  const view = buildDiffReportView(inputs);
  const width = textWidth(true, DIFF_MARGIN);
  return packDocx({
    title: view.title,
    subject: '新旧対照表',
    creator: view.organization,
    keywords: ['新旧対照表', '個人情報保護方針', '共同利用', view.organization].filter(Boolean).join(', '),
    date: reportDate(inputs),
    font: options.font ?? 'mincho',
    landscape: true,
    margin: DIFF_MARGIN,
    footer: { left: view.organization, center: '新旧対照表' },
    children: view.policies.flatMap((p, i) => policyBody(p, view, width, i === 0)),
  });
}
