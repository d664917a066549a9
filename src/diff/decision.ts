/**
 * The record of the decision on a revision (`revisions[].decision`): who
 * judged the changes, when, under which approval, and per kind of change what
 * was done — consent collected, individuals notified, the text published.
 * `policy diff` shows it beside its own classification and reports where the
 * two disagree (a change that needs consent recorded as only notified).
 */
import type { Policy } from '../model/schema.js';
import type { Static } from '@sinclair/typebox';
import type { Decision as DecisionSchema, DecisionAction as DecisionActionSchema } from '../model/schema.js';
import type { Action, Category, Change, DiffProblem } from './types.js';
import type { Values } from '../i18n/catalogue.js';
import { problemWords } from './notes.js';

export type Decision = Static<typeof DecisionSchema>;
export type DecisionAction = Static<typeof DecisionActionSchema>;

/** A date as written, YYYY-MM-DD (a YAML 1.1 loader may have made it a Date). */
const iso = (d: unknown): string | undefined => (d instanceof Date ? d.toISOString().slice(0, 10) : typeof d === 'string' ? d : undefined);

/** The decision recorded on the new version's own revision entry, with the entry's index. */
export function decisionOf(policy: Policy): { decision: Decision; index: number } | undefined {
  const index = (policy.revisions ?? []).findIndex((r) => String(r.version) === String(policy.version));
  const decision = index >= 0 ? (policy.revisions![index] as { decision?: Decision }).decision : undefined;
  return decision ? { decision, index } : undefined;
}

/** The actions recorded for a kind of change: those naming it, and those naming no kind. */
export function recordedFor(decision: Decision, category: Category): DecisionAction[] {
  return decision.actions.filter((a) => !a.kinds || (a.kinds as readonly string[]).includes(category));
}

/**
 * Whether what was done answers what the law asks; when it does not, why
 * (`why`: the action it needs, `late`, or `unrecorded`) and what the record
 * has (`taken`, one kind a line; for `late`, each told action and its date).
 */
function answers(required: Action, taken: readonly DecisionAction[], effectiveDate: string | undefined): Values | undefined {
  const did = (...kinds: Array<DecisionAction['taken']>) => taken.filter((a) => kinds.includes(a.taken));
  const recorded = { taken: [...new Set(taken.map((a) => a.taken))].join('\n') };
  switch (required) {
    case 'none':
      return undefined;
    case 'review':
      return taken.length ? undefined : { why: 'unrecorded' };
    case 'consent':
      return did('consent').length ? undefined : { why: 'consent', ...recorded };
    case 'prior-notice': {
      if (did('consent').length) return undefined;
      const told = did('notified', 'published');
      if (!told.length) return { why: 'prior-notice', ...recorded };
      const late = told.filter((a) => effectiveDate && iso(a.on) && iso(a.on)! >= effectiveDate);
      return late.length === told.length
        ? { why: 'late', date: effectiveDate ?? '', toldTaken: told.map((a) => a.taken).join('\n'), toldOn: told.map((a) => iso(a.on) ?? '').join('\n') }
        : undefined;
    }
    case 'notice-without-delay':
    case 'notice':
      return did('consent', 'notified', 'published').length ? undefined : { why: 'notice', ...recorded };
  }
}

/**
 * Where the recorded decision disagrees with the classification: one error
 * per kind of change, at the revision's `decision`. Without a decision, none.
 */
export function decisionProblems(after: Policy, changes: readonly Change[]): DiffProblem[] {
  const found = decisionOf(after);
  if (!found) return [];
  const { decision, index } = found;
  const problems: DiffProblem[] = [];
  const seen = new Set<Category>();
  const strict: Action[] = ['consent', 'prior-notice', 'review', 'notice-without-delay', 'notice'];
  for (const required of strict) {
    for (const c of changes.filter((x) => x.action === required)) {
      if (seen.has(c.category)) continue;
      seen.add(c.category);
      const taken = recordedFor(decision, c.category);
      const shortfall = answers(required, taken, iso(after.effectiveDate));
      if (!shortfall) continue;
      problems.push({
        severity: 'error',
        rule: 'decision-disagrees',
        path: `revisions[${index}].decision`,
        ...problemWords('decision-disagrees', { version: String(after.version), category: c.category, id: c.id, required, ...shortfall }),
        category: c.category,
        required,
        recorded: [...new Set(taken.map((a) => a.taken))],
      });
    }
  }
  return problems;
}

/** One recorded action in the report's words: `consent 2027-05-01..2027-06-30 (書面)`, `notified 2027-05-01`. */
export function takenText(a: DecisionAction): string {
  const when = a.on ? iso(a.on) : a.from || a.to ? `${iso(a.from) ?? ''}..${iso(a.to) ?? ''}` : '';
  return [a.taken, when, a.note ? `(${a.note})` : ''].filter(Boolean).join(' ');
}

/** The changes with what the decision records for their kind, and the decision's who, when and reference; as they were without a decision. */
export function withDecision(after: Policy, changes: Change[]): { changes: Change[]; decision?: { reviewer: string; date: string; reference?: string } } {
  const found = decisionOf(after);
  if (!found) return { changes };
  const { decision } = found;
  return {
    changes: changes.map((c) => (c.action === 'none' ? c : { ...c, recorded: recordedFor(decision, c.category).map(takenText) })),
    decision: { reviewer: decision.reviewer, date: iso(decision.date) ?? String(decision.date), ...(decision.reference ? { reference: decision.reference } : {}) },
  };
}
