/**
 * The text report of `policy diff`: a summary line, then the changes grouped
 * by category, each with its kind, id, path, action, legal basis, and the
 * before/after texts with the changed words marked — [-removed-] and
 * {+added+} (as git's --word-diff=plain), or with ANSI colours: removed red
 * and struck through, added green.
 */
import pc from 'picocolors';
import { wordDiff } from './word-diff.js';
import { factWords } from '../model/facts.js';
import { visible } from '../report/visible.js';
import { ACTIONS, CATEGORIES, type Action, type Category, type Change, type PolicyDiff } from './types.js';

export interface TextOptions {
  color?: boolean;
  /** Print the roles each change was weighed by, and whether they were found from the words (--explain). */
  explain?: boolean;
}

const HEADINGS: Record<Category, string> = {
  party: 'Joint users (共同利用する者の範囲)',
  item: 'Jointly used data items (共同利用する情報項目)',
  jointPurpose: 'Purposes of the joint use (共同利用の目的)',
  manager: 'Manager responsible (管理について責任を有する者)',
  provision: 'Provision to third parties (第三者提供)',
  usePurpose: 'Purposes of use (利用目的)',
  editorial: 'Editorial and other changes',
  unclassified: 'For a lawyer to decide (法的な位置付けを判断できない記述)',
  overseas: 'Provision to a third party abroad (外国にある第三者への提供)',
  optOut: 'Provision by opt-out (オプトアウトによる第三者提供)',
  entrustment: 'Entrustment (委託)',
  sensitive: 'Special care-required information (要配慮個人情報)',
  publication: 'Published matters (公表事項)',
};

const { createColors } = pc;
type Colors = ReturnType<typeof createColors>;
type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan' | 'strikethrough';

class Painter {
  private readonly colors: Colors;
  constructor(private readonly enabled: boolean) {
    this.colors = createColors(enabled);
  }
  paint(text: string, ...styles: Style[]): string {
    if (!text) return text;
    return styles.reduce((t, s) => this.colors[s](t), text);
  }
  removed(text: string): string {
    return this.enabled ? this.paint(text, 'red', 'strikethrough') : `[-${text}-]`;
  }
  added(text: string): string {
    return this.enabled ? this.paint(text, 'green') : `{+${text}+}`;
  }
}

export function formatDiffText(diff: PolicyDiff, options: TextOptions = {}): string {
  const p = new Painter(options.color ?? false);
  const lines = [p.paint(summary(diff), 'bold')];
  if (diff.decision) {
    const d = diff.decision;
    lines.push(field('decision', visible(`${d.reviewer}, ${d.date}${d.reference ? `, ${d.reference}` : ''}`)));
  }
  for (const problem of diff.problems ?? []) {
    lines.push(p.paint(`${problem.severity}: ${visible(problem.message)} (${problem.rule})`, problem.severity === 'error' ? 'red' : 'yellow', 'bold'));
    lines.push(field('hint', visible(problem.hint)));
  }
  // What a lawyer must decide first, then by category.
  const review = diff.changes.filter((c) => c.action === 'review');
  if (review.length) {
    lines.push('', p.paint(`For a lawyer to decide (review) — ${count(review.length, 'change')}`, 'bold'));
    for (const change of review) lines.push(...formatChange(change, p, options.explain));
  }
  for (const category of CATEGORIES) {
    const changes = diff.changes.filter((c) => c.category === category && c.action !== 'review');
    if (!changes.length) continue;
    lines.push('', p.paint(`${HEADINGS[category]} — ${count(changes.length, 'change')}`, 'bold'));
    for (const change of changes) lines.push(...formatChange(change, p, options.explain));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * E.g. `Re-notice required: 3 changes need action (1 consent, 2 prior-notice); 1 editorial change.`
 * Changes without action are counted as editorial changes and reordered entries.
 */
export function summary(diff: PolicyDiff): string {
  const none = diff.changes.filter((c) => c.action === 'none');
  const moves = none.filter((c) => c.change === 'moved').length;
  const rest = [
    ...(none.length > moves ? [count(none.length - moves, 'editorial change')] : []),
    ...(moves ? [moves === 1 ? '1 entry reordered' : `${moves} entries reordered`] : []),
  ].join('; ');
  if (!diff.renotice) {
    return `No change needs re-notice: ${rest || 'the two versions are the same'}.`;
  }
  const acting = diff.changes.length - none.length;
  const byAction = ACTIONS.filter((a) => a !== 'none')
    .map((a) => [a, diff.changes.filter((c) => c.action === a).length] as const)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${n} ${a}`)
    .join(', ');
  const needs = acting === 1 ? '1 change needs action' : `${acting} changes need action`;
  return `Re-notice required: ${needs} (${byAction})${rest ? `; ${rest}` : ''}.`;
}

/** Whether the English translation of a change followed it in the same revision. */
const TRANSLATION_WORDS = {
  changed: 'the English changed in the same revision',
  unchanged: 'the English is unchanged: check whether it needs the change too',
  missing: 'the English is missing or out of date in the new version',
} as const;

/** The change with everything that came from the files made visible (see report/visible). */
function shown(c: Change): Change {
  const text = (t: string | null) => (t === null ? null : visible(t, { lines: true }));
  return { ...c, id: visible(c.id), path: visible(c.path), before: text(c.before), after: text(c.after), ...(c.note !== undefined ? { note: visible(c.note) } : {}) };
}

function formatChange(raw: Change, p: Painter, explain = false): string[] {
  const c = shown(raw);
  const kindStyle: Record<Change['change'], Style> = { added: 'green', removed: 'red', modified: 'yellow', moved: 'cyan' };
  const where = c.path === c.id ? '' : ` at ${c.path}`;
  const lines = [`  ${p.paint(c.change, kindStyle[c.change], 'bold')} ${c.id}${where}`];
  lines.push(field('action', `${p.paint(c.action, ...actionStyle(c.action))}${c.basis ? ` (${c.basis})` : ''}`));
  if (c.note) lines.push(field('note', c.note));
  if (c.recorded) lines.push(field('recorded', c.recorded.length ? visible(c.recorded.join('; ')) : '(nothing for this kind of change)'));
  if (c.translation) lines.push(field('en', TRANSLATION_WORDS[c.translation]));
  if (c.facts) {
    const words = (fs: readonly { words: string }[]) => visible(factWords(fs).join(', '));
    const parts = [
      c.facts.added.length ? `adds ${words(c.facts.added)}` : '',
      c.facts.removed.length ? `drops ${words(c.facts.removed)}` : '',
      c.facts.corrected?.length ? `corrects ${c.facts.corrected.map((x) => visible(`${x.before.words} → ${x.after.words}`)).join(', ')}` : '',
    ].filter(Boolean);
    if (parts.length) lines.push(field('facts', parts.join('; ')));
  }
  if (explain) {
    const roles = c.roles?.length ? c.roles.join(', ') : 'none';
    lines.push(field('roles', `${roles}${c.inferred ? ' (found from the words: declare with role:)' : ''}; rule ${c.reason ?? '—'}`));
  }
  if (c.change === 'moved') {
    lines.push(field('text', c.after ?? ''));
  } else if (c.before !== null && c.after !== null) {
    const parts = wordDiff(c.before, c.after);
    lines.push(field('before', parts.filter((x) => !x.added).map((x) => (x.removed ? p.removed(x.value) : x.value)).join('')));
    lines.push(field('after', parts.filter((x) => !x.removed).map((x) => (x.added ? p.added(x.value) : x.value)).join('')));
  } else if (c.before !== null) {
    lines.push(field('before', p.removed(c.before)));
  } else if (c.after !== null) {
    lines.push(field('after', p.added(c.after)));
  }
  return lines;
}

function actionStyle(action: Action): Style[] {
  if (action === 'none') return ['dim'];
  if (action === 'review') return ['cyan', 'bold'];
  return action === 'consent' ? ['red', 'bold'] : ['yellow', 'bold'];
}

const LABEL_WIDTH = 'before: '.length;

/** `    label:  value`, continuation lines indented under the value. */
function field(label: string, value: string): string {
  const indent = '    ';
  const head = `${label}:`.padEnd(LABEL_WIDTH);
  if (head.length > LABEL_WIDTH) return `${indent}${head} ${value.split('\n').join(`\n${indent}${' '.repeat(LABEL_WIDTH)}`)}`;
  return indent + head + value.split('\n').join(`\n${indent}${' '.repeat(LABEL_WIDTH)}`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
