/**
 * The review document of `policy diff --format html|pdf`: a 新旧対照表 as
 * Japanese legal departments know it. The model is comparison.ts; the markup
 * is in templates/diff/ (Handlebars, presentation only, everything escaped).
 *
 *   title            「<policy title>　新旧対照表」, the two versions and their effective dates
 *   変更の概要        one row per change: category, place, kind, action, legal basis (in Japanese)
 *   新旧対照表        one row per change, in document order: 改正後 (new) on the left,
 *                    改正前 (old) on the right, the changed words underlined (傍線) in
 *                    both; 「（新設）」 on the old side of an added entry, 「（削除）」
 *                    on the new side of a removed one.
 *
 * The texts are shown as a reader sees them: footnote marks as ※1 (numbered
 * in their own version), Markdown as plain text, dates in Japanese.
 */
import { htmlEnvironment, readTemplateFile, template } from '../render/templates.js';
import type { PolicyPair } from './sides.js';
import type { PolicyDiff } from './types.js';
import { ACTION_MEANING_JA, buildComparison, type ComparisonInput, type PolicyComparison } from './comparison.js';

// ─── the document ────────────────────────────────────────────────────────────

export interface PageSetup {
  /** CSS @page size, e.g. `A4 landscape`. */
  size: string;
  /** Margins in millimetres (the PDF is printed with the same). */
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DIFF_PAGE: PageSetup = { size: 'A4 landscape', margin: { top: 15, right: 15, bottom: 17, left: 15 } };

export interface DiffReportView {
  title: string;
  organization: string;
  policies: PolicyComparison[];
  css: string;
  page: { size: string; margin: string };
  legend: typeof ACTION_MEANING_JA;
}

export function pageCss(page: PageSetup): { size: string; margin: string } {
  const m = page.margin;
  return { size: page.size, margin: `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm` };
}

export function buildDiffReportView(inputs: readonly ComparisonInput[], page: PageSetup = DIFF_PAGE): DiffReportView {
  const policies = inputs.map(buildComparison);
  const first = policies[0];
  return {
    title: policies.length === 1 && first ? first.heading : '新旧対照表',
    organization: first?.organization ?? '',
    policies,
    css: readTemplateFile('diff/report.css'),
    page: pageCss(page),
    legend: ACTION_MEANING_JA,
  };
}

/** The 新旧対照表 as a complete, self-contained HTML document. */
export function renderDiffHtml(inputs: readonly ComparisonInput[], page: PageSetup = DIFF_PAGE): string {
  return template(htmlEnvironment(), 'diff/report.hbs')(buildDiffReportView(inputs, page));
}

/** The comparison inputs of loaded pairs and their diffs. */
export function comparisonInputs(pairs: readonly PolicyPair[], diffs: ReadonlyMap<string, PolicyDiff>): ComparisonInput[] {
  return pairs.map((p) => ({
    name: p.name,
    ...(p.old ? { old: p.old } : {}),
    ...(p.new ? { new: p.new } : {}),
    ...(diffs.has(p.name) ? { diff: diffs.get(p.name)! } : {}),
  }));
}

/** For the PDF: the date it is stamped with (the new version's effective date, else the old one's, else a fixed date). */
export function reportDate(inputs: readonly ComparisonInput[]): string {
  for (const i of inputs) {
    const p = i.new?.policy ?? i.old?.policy;
    if (p?.effectiveDate) return p.effectiveDate;
    const dates = (p?.revisions ?? []).map((r) => r.date).sort();
    if (dates.length) return dates[dates.length - 1]!;
  }
  return '2000-01-01';
}
