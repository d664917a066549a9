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
import { displayWidth } from '../render/text-wrap.js';
import { t, type Locale, type MessageId } from '../i18n/catalogue.js';
import { basisJa } from './comparison.js';
import { problemIn, sayNotes } from './notes.js';
import { ACTIONS, CATEGORIES, type Action, type Change, type PolicyDiff } from './types.js';

export interface TextOptions {
  color?: boolean;
  /** Print the roles each change was weighed by, and whether they were found from the words (--explain). */
  explain?: boolean;
  /** The reader's language (default English): headings, labels, actions, notes, problems and the legal basis. */
  locale?: Locale;
}

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
  const locale = options.locale ?? 'en';
  const lines = [p.paint(summary(diff, locale), 'bold')];
  if (diff.decision) {
    const d = diff.decision;
    lines.push(field(locale, 'decision', visible(`${d.reviewer}, ${d.date}${d.reference ? `, ${d.reference}` : ''}`)));
  }
  for (const problem of diff.problems ?? []) {
    const { message, hint } = problemIn(problem, locale);
    const line = t('diff.problem.line', locale, { severity: problem.severity, message: visible(message), rule: problem.rule });
    lines.push(p.paint(line, problem.severity === 'error' ? 'red' : 'yellow', 'bold'));
    lines.push(field(locale, 'hint', visible(hint)));
  }
  // What a lawyer must decide first, then by category.
  const review = diff.changes.filter((c) => c.action === 'review');
  if (review.length) {
    lines.push('', p.paint(t('diff.heading.review', locale, { count: review.length }), 'bold'));
    for (const change of review) lines.push(...formatChange(change, p, locale, options.explain));
  }
  for (const category of CATEGORIES) {
    const changes = diff.changes.filter((c) => c.category === category && c.action !== 'review');
    if (!changes.length) continue;
    lines.push('', p.paint(t('diff.heading.category', locale, { category, count: changes.length }), 'bold'));
    for (const change of changes) lines.push(...formatChange(change, p, locale, options.explain));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * E.g. `Re-notice required: 3 changes need action (1 consent, 2 prior-notice); 1 editorial change.`
 * Changes without action are counted as editorial changes and reordered entries.
 */
export function summary(diff: PolicyDiff, locale: Locale = 'en'): string {
  const none = diff.changes.filter((c) => c.action === 'none');
  const moved = none.filter((c) => c.change === 'moved').length;
  const counts = { editorial: none.length - moved, moved };
  if (!diff.renotice) return t('diff.summary.none', locale, counts);
  const byAction = Object.fromEntries(ACTIONS.map((a) => [a, diff.changes.filter((c) => c.action === a).length]));
  return t('diff.summary.renotice', locale, { ...byAction, ...counts, acting: diff.changes.length - none.length });
}

/** The change with everything that came from the files made visible (see report/visible). */
function shown(c: Change): Change {
  const text = (t: string | null) => (t === null ? null : visible(t, { lines: true }));
  return { ...c, id: visible(c.id), path: visible(c.path), before: text(c.before), after: text(c.after) };
}

function formatChange(raw: Change, p: Painter, locale: Locale, explain = false): string[] {
  const c = shown(raw);
  const kindStyle: Record<Change['change'], Style> = { added: 'green', removed: 'red', modified: 'yellow', moved: 'cyan' };
  const where = c.path === c.id ? '' : t('diff.change.at', locale, { path: c.path });
  const lines = [`  ${p.paint(t(`diff.kind.${c.change}`, locale), kindStyle[c.change], 'bold')} ${c.id}${where}`];
  const basis = locale === 'ja' ? basisJa(c.basis) : c.basis;
  lines.push(field(locale, 'action', `${p.paint(t(`diff.action.${c.action}`, locale), ...actionStyle(c.action))}${basis ? t('diff.basis', locale, { basis }) : ''}`));
  // Said from the catalogue's notes where the change has them; the English one of a change made elsewhere.
  const note = sayNotes(c.notes, locale) ?? c.note;
  if (note) lines.push(field(locale, 'note', visible(note)));
  if (c.recorded) lines.push(field(locale, 'recorded', c.recorded.length ? visible(c.recorded.join('; ')) : t('diff.recorded.nothing', locale)));
  if (c.translation) lines.push(field(locale, 'en', t(`diff.translation.${c.translation}`, locale)));
  if (c.facts) {
    const words = (fs: readonly { words: string }[]) => factWords(fs).map((w) => visible(w)).join('\n');
    const facts = {
      added: words(c.facts.added),
      removed: words(c.facts.removed),
      corrected: (c.facts.corrected ?? []).map((x) => visible(`${x.before.words} → ${x.after.words}`)).join('\n'),
    };
    if (facts.added || facts.removed || facts.corrected) lines.push(field(locale, 'facts', t('diff.facts', locale, facts)));
  }
  if (explain) {
    lines.push(field(locale, 'roles', t('diff.explain', locale, { roles: (c.roles ?? []).join('\n'), inferred: c.inferred ? 'yes' : '', rule: c.reason ?? '—' })));
  }
  if (c.change === 'moved') {
    lines.push(field(locale, 'text', c.after ?? ''));
  } else if (c.before !== null && c.after !== null) {
    const parts = wordDiff(c.before, c.after);
    lines.push(field(locale, 'before', parts.filter((x) => !x.added).map((x) => (x.removed ? p.removed(x.value) : x.value)).join('')));
    lines.push(field(locale, 'after', parts.filter((x) => !x.removed).map((x) => (x.added ? p.added(x.value) : x.value)).join('')));
  } else if (c.before !== null) {
    lines.push(field(locale, 'before', p.removed(c.before)));
  } else if (c.after !== null) {
    lines.push(field(locale, 'after', p.added(c.after)));
  }
  return lines;
}

function actionStyle(action: Action): Style[] {
  if (action === 'none') return ['dim'];
  if (action === 'review') return ['cyan', 'bold'];
  return action === 'consent' ? ['red', 'bold'] : ['yellow', 'bold'];
}

/** Columns of a label with its colon and the space after it (`before: `): the values start there. */
const LABEL_WIDTH = 'before: '.length;

type Label = 'decision' | 'hint' | 'action' | 'note' | 'recorded' | 'en' | 'facts' | 'roles' | 'text' | 'before' | 'after';

/** `    label:  value`, continuation lines indented under the value; a Japanese label (full-width, with ：) takes two columns a character. */
function field(locale: Locale, label: Label, value: string): string {
  const indent = '    ';
  const name = t(`diff.field.${label}` as MessageId, locale);
  const head = locale === 'ja' ? `${name}：` : `${name}:`;
  const width = displayWidth(head);
  const body = value.split('\n').join(`\n${indent}${' '.repeat(LABEL_WIDTH)}`);
  if (width > LABEL_WIDTH) return `${indent}${head} ${body}`;
  return indent + head + ' '.repeat(LABEL_WIDTH - width) + body;
}
