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

/** Whether what was done answers what the law asks; a reason when it does not. */
function answers(required: Action, taken: readonly DecisionAction[], effectiveDate: string | undefined): string | undefined {
  const did = (...kinds: Array<DecisionAction['taken']>) => taken.filter((a) => kinds.includes(a.taken));
  switch (required) {
    case 'none':
      return undefined;
    case 'review':
      return taken.length ? undefined : 'no action is recorded for it';
    case 'consent':
      return did('consent').length ? undefined : `it needs consent, and the record has ${taken.length ? `only ${[...new Set(taken.map((a) => a.taken))].join(', ')}` : 'no action for it'}`;
    case 'prior-notice': {
      if (did('consent').length) return undefined;
      const told = did('notified', 'published');
      if (!told.length) return `it must be told in advance, and the record has ${taken.length ? `only ${[...new Set(taken.map((a) => a.taken))].join(', ')}` : 'no action for it'}`;
      const late = told.filter((a) => effectiveDate && iso(a.on) && iso(a.on)! >= effectiveDate);
      return late.length === told.length ? `it must be told before the effective date ${effectiveDate}, and the record says ${told.map((a) => `${a.taken} on ${iso(a.on)}`).join(', ')}` : undefined;
    }
    case 'notice-without-delay':
    case 'notice':
      return did('consent', 'notified', 'published').length ? undefined : `it must be notified or published, and the record has ${taken.length ? 'only none' : 'no action for it'}`;
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
      const reason = answers(required, taken, iso(after.effectiveDate));
      if (!reason) continue;
      problems.push({
        severity: 'error',
        rule: 'decision-disagrees',
        path: `revisions[${index}].decision`,
        message: `the decision recorded for ${String(after.version)} disagrees with the classification of the ${c.category} changes (${c.id} …): ${reason}`,
        hint: `record what was done for "${c.category}" (e.g. taken: ${required === 'consent' ? 'consent, from: …, to: …' : 'notified, on: …'}), or have the classification reviewed`,
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
