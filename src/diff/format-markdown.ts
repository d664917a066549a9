/**
 * `policy diff --format markdown`: a summary a CI job posts as a pull-request
 * comment (GitHub-flavoured Markdown). It reads the model of the 新旧対照表
 * (format-html.ts buildComparison): per policy the verdict, the changes table
 * (category, place, kind, action, legal basis, 備考: the facts and the remark) and, collapsed in a
 * <details>, the changed words: 改正後 with <ins>, 改正前 with <del>.
 */
import { ACTION_MEANING_JA, buildComparison, type ComparisonCell, type ComparisonInput, type PolicyComparison } from './comparison.js';

/** The first line: lets a workflow find and update its earlier comment. */
export const MARKDOWN_MARKER = '<!-- policy-diff -->';

/** Text safe inside Markdown (and the HTML GitHub allows in it): one line, no markup, no table breaks, no mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    // One line: a lone carriage return, a form feed or a Unicode line separator breaks a line on GitHub too,
    // and a line of its own could start a fake heading or verdict.
    .replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ');
}

function cellText(cell: ComparisonCell, tag: 'ins' | 'del', absent: string): string {
  if (!cell.segments) return absent;
  // A line of the text (a heading above its body) is a line break in the comment too.
  const esc = (text: string) => text.split('\n').map(escapeMarkdown).join('<br>');
  return cell.segments.map((s) => (s.changed ? `<${tag}>${esc(s.text)}</${tag}>` : esc(s.text))).join('');
}

function versions(p: PolicyComparison): string {
  const v = (x: PolicyComparison['after']) => (x ? `${x.label}${x.effectiveDate ? `（${x.effectiveDate}施行）` : ''}` : '（なし）');
  return `${v(p.before)} → ${v(p.after)}`;
}

function policySection(p: PolicyComparison): string {
  const lines: string[] = [`### ${escapeMarkdown(p.heading)}`, '', `${escapeMarkdown(versions(p))}`, ''];
  const mark = p.renotice ? '⚠️ ' : '✅ ';
  lines.push(`${mark}**${escapeMarkdown(p.verdict)}**`, '');
  for (const problem of p.problems) lines.push(`❗ ${escapeMarkdown(problem)}`, '');
  if (p.decision) lines.push(escapeMarkdown(p.decision.line), '');
  if (p.only || p.summary.length === 0) return lines.join('\n');
  lines.push('| 番号 | 区分 | 箇所 | 変更 | 必要な対応 | 根拠 | 備考 |', '|---:|---|---|---|---|---|---|');
  for (const s of p.summary) {
    const action = (s.action === 'none' ? escapeMarkdown(s.actionLabel) : `**${escapeMarkdown(s.actionLabel)}**`) + (s.decided ? `<br>${escapeMarkdown(s.decided)}` : '');
    const note = s.note ? s.note.split('\n').map(escapeMarkdown).join('<br>') : '―';
    lines.push(`| ${s.no} | ${escapeMarkdown(s.categoryLabel)} | ${escapeMarkdown(s.place)} | ${escapeMarkdown(s.kindLabel)} | ${action} | ${s.basis ? escapeMarkdown(s.basis) : '―'} | ${note} |`);
  }
  lines.push('');
  const used = new Set(p.summary.map((s) => s.action));
  const legend = ACTION_MEANING_JA.filter((l) => used.has(l.action));
  if (legend.length) lines.push(legend.map((l) => `${escapeMarkdown(l.label)}：${escapeMarkdown(l.meaning)}`).join('<br>'), '');
  lines.push(`<details><summary>変更された文言（${p.rows.length}件・傍線部分は改正部分）</summary>`, '');
  for (const r of p.rows) {
    lines.push(`${r.no}. **${escapeMarkdown(r.after.place)}**（${escapeMarkdown(r.kindLabel)}）`);
    lines.push(`   - 改正後：${cellText(r.after, 'ins', '（削除）')}`);
    lines.push(`   - 改正前：${cellText(r.before, 'del', '（新設）')}`);
  }
  lines.push('', '</details>', '');
  return lines.join('\n');
}

export function formatDiffMarkdown(inputs: readonly ComparisonInput[]): string {
  const policies = inputs.map(buildComparison);
  const renotice = policies.some((p) => p.renotice);
  const head = renotice
    ? '本人への通知等を要する変更があります。公開前に対応を確認してください。'
    : '本人への通知等を要する変更はありません。';
  return [MARKDOWN_MARKER, '## 個人情報保護方針の変更（新旧対照表）', '', `**${head}**`, '', ...policies.map(policySection)].join('\n').trimEnd() + '\n';
}
