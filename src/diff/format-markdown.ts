/**
 * `policy diff --format markdown`: a summary a CI job posts as a pull-request
 * comment (GitHub-flavoured Markdown). It reads the model of the 新旧対照表
 * (format-html.ts buildComparison): per policy the verdict, the changes table
 * (category, place, kind, action, legal basis, 備考: the facts and the remark) and, collapsed in a
 * <details>, the changed words underlined (傍線, <ins>) in 改正後 and 改正前
 * alike, as the 新旧対照表 marks them.
 *
 * GitHub refuses a comment longer than 65,536 characters: a longer summary
 * leaves out the changed words first (the largest policy's first), then the
 * last rows of the changes tables, each time saying how much was left out and
 * linking the full 新旧対照表 (the CI run's files) when a link is given.
 */
import { ACTION_MEANING_JA, buildComparison, type ComparisonCell, type ComparisonInput, type PolicyComparison } from './comparison.js';

/** The first line: lets a workflow find and update its earlier comment. */
export const MARKDOWN_MARKER = '<!-- policy-diff -->';

import { escapeMarkdown } from '../report/markdown.js';

export { escapeMarkdown };

/** A cell's words, the changed ones underlined: <ins> is shown underlined, <del> would strike them through. */
function cellText(cell: ComparisonCell, absent: string): string {
  if (!cell.segments) return absent;
  // A line of the text (a heading above its body) is a line break in the comment too.
  const esc = (text: string) => text.split('\n').map(escapeMarkdown).join('<br>');
  return cell.segments.map((s) => (s.changed ? `<ins>${esc(s.text)}</ins>` : esc(s.text))).join('');
}

/** Longest comment written, in characters: under GitHub's 65,536, with room for a workflow's own lines. */
export const MAX_COMMENT_LENGTH = 60_000;

export interface MarkdownOptions {
  /** Longest comment, in characters (default MAX_COMMENT_LENGTH). */
  maxLength?: number;
  /** Where the whole 新旧対照表 can be read (e.g. the CI run with its files), linked when something is left out. */
  link?: string;
}

/** How much of a policy's section is shown: all, without the changed words, or the first rows of its table only. */
interface Shown {
  words: boolean;
  rows: number;
}

function fullReport(link: string | undefined): string {
  return link ? `[新旧対照表（PDF・Word）](${link.replace(/[()\s]/g, encodeURIComponent)})` : '新旧対照表（PDF・Word）';
}

function versions(p: PolicyComparison): string {
  const v = (x: PolicyComparison['after']) => (x ? `${x.label}${x.effectiveDate ? `（${x.effectiveDate}施行）` : ''}` : '（なし）');
  return `${v(p.before)} → ${v(p.after)}`;
}

function policySection(p: PolicyComparison, shown: Shown = { words: true, rows: Infinity }, link?: string): string {
  const lines: string[] = [`### ${escapeMarkdown(p.heading)}`, '', `${escapeMarkdown(versions(p))}`, ''];
  const mark = p.renotice ? '⚠️ ' : '✅ ';
  lines.push(`${mark}**${escapeMarkdown(p.verdict)}**`, '');
  for (const problem of p.problems) lines.push(`❗ ${escapeMarkdown(problem)}`, '');
  if (p.decision) lines.push(escapeMarkdown(p.decision.line), '');
  if (p.only || p.summary.length === 0) return lines.join('\n');
  // A column 英訳 when the versions have an English translation: whether it followed each change.
  const english = p.summary.some((s) => s.translationLabel !== undefined);
  lines.push(`| 番号 | 区分 | 箇所 | 変更 | 必要な対応 | 根拠 | 備考 |${english ? ' 英訳 |' : ''}`, `|---:|---|---|---|---|---|---|${english ? '---|' : ''}`);
  for (const s of p.summary.slice(0, shown.rows)) {
    const action = (s.action === 'none' ? escapeMarkdown(s.actionLabel) : `**${escapeMarkdown(s.actionLabel)}**`) + (s.decided ? `<br>${escapeMarkdown(s.decided)}` : '');
    const note = s.note ? s.note.split('\n').map(escapeMarkdown).join('<br>') : '―';
    const translation = english ? ` ${s.translationLabel ? escapeMarkdown(s.translationLabel) : '―'} |` : '';
    lines.push(`| ${s.no} | ${escapeMarkdown(s.categoryLabel)} | ${escapeMarkdown(s.place)} | ${escapeMarkdown(s.kindLabel)} | ${action} | ${s.basis ? escapeMarkdown(s.basis) : '―'} | ${note} |${translation}`);
  }
  lines.push('');
  const left = p.summary.length - Math.min(shown.rows, p.summary.length);
  if (left > 0) lines.push(`ほか${left.toLocaleString('en-US')}件の変更は、コメントの長さの上限のため省略しました。${fullReport(link)}を参照してください。`, '');
  const used = new Set(p.summary.map((s) => s.action));
  const legend = ACTION_MEANING_JA.filter((l) => used.has(l.action));
  if (legend.length) lines.push(legend.map((l) => `${escapeMarkdown(l.label)}：${escapeMarkdown(l.meaning)}`).join('<br>'), '');
  if (!shown.words) {
    lines.push(`変更された文言（${p.rows.length.toLocaleString('en-US')}件）は、コメントの長さの上限のため省略しました。${fullReport(link)}を参照してください。`, '');
    return lines.join('\n');
  }
  lines.push(`<details><summary>変更された文言（${p.rows.length}件・傍線部分は改正部分）</summary>`, '');
  for (const r of p.rows) {
    lines.push(`${r.no}. **${escapeMarkdown(r.after.place)}**（${escapeMarkdown(r.kindLabel)}）`);
    lines.push(`   - 改正後：${cellText(r.after, '（削除）')}`);
    lines.push(`   - 改正前：${cellText(r.before, '（新設）')}`);
  }
  lines.push('', '</details>', '');
  return lines.join('\n');
}

export function formatDiffMarkdown(inputs: readonly ComparisonInput[], options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? MAX_COMMENT_LENGTH;
  const policies = inputs.map(buildComparison);
  const renotice = policies.some((p) => p.renotice);
  const head = renotice
    ? '本人への通知等を要する変更があります。公開前に対応を確認してください。'
    : '本人への通知等を要する変更はありません。';
  const render = (shown: readonly Shown[]) =>
    [MARKDOWN_MARKER, '## 個人情報保護方針の変更（新旧対照表）', '', `**${head}**`, '', ...policies.map((p, i) => policySection(p, shown[i], options.link))].join('\n').trimEnd() + '\n';

  const shown: Shown[] = policies.map(() => ({ words: true, rows: Infinity }));
  let text = render(shown);
  // First the changed words, the longest first.
  const byLength = policies.map((p, i) => ({ i, length: policySection(p, shown[i]).length })).sort((a, b) => b.length - a.length);
  for (const { i } of byLength) {
    if (text.length <= max) return text;
    shown[i]!.words = false;
    text = render(shown);
  }
  if (text.length <= max) return text;
  // Then the rows of the changes tables: the most rows per table that fit.
  let low = 0;
  let high = Math.max(0, ...policies.map((p) => p.summary.length));
  while (low < high) {
    const rows = Math.ceil((low + high) / 2);
    if (render(shown.map((s) => ({ ...s, rows }))).length <= max) low = rows;
    else high = rows - 1;
  }
  text = render(shown.map((s) => ({ ...s, rows: low })));
  if (text.length <= max) return text;
  // Many policies, each with a long heading: the first lines that fit.
  const note = `\n…（コメントの長さの上限のため以下を省略しました。${fullReport(options.link)}を参照してください。）\n`;
  const cut = text.lastIndexOf('\n', Math.max(0, max - note.length));
  return text.slice(0, Math.max(0, cut)) + note;
}
