/**
 * The 新旧対照表 as PDF: the HTML of format-html.ts printed by Chromium on A4
 * landscape, with the organisation and page numbers in the footer. The same
 * inputs give the same bytes (`policy diff --format pdf`, the attachment of
 * `policy notice --format eml`).
 */
import type { PdfSession } from '../render/pdf/session.js';
import type { ComparisonInput } from './comparison.js';
import { DIFF_PAGE, buildDiffReportView, renderDiffHtml, reportDate } from './format-html.js';

export async function renderDiffPdf(session: PdfSession, inputs: readonly ComparisonInput[]): Promise<Uint8Array> {
  const view = buildDiffReportView(inputs);
  return session.pdf(renderDiffHtml(inputs), {
    paper: 'A4',
    landscape: true,
    margin: DIFF_PAGE.margin,
    metadata: {
      title: view.title,
      ...(view.organization ? { author: view.organization } : {}),
      subject: '新旧対照表',
      keywords: ['新旧対照表', '個人情報保護方針', '共同利用', ...(view.organization ? [view.organization] : [])],
      date: reportDate(inputs),
    },
    footer: { left: view.organization, center: '新旧対照表', right: '{page} / {pages}' },
  });
}
