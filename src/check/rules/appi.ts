/**
 * APPI compliance lint: what Art. 27(5)(iii) asks a joint-use notice to
 * contain. Warnings, never silent: a policy may be published with them, but
 * every `policy check` shows them until the YAML says what is missing.
 */
import type { Rule } from '../context.js';
import { list } from '../context.js';

const ART_27_5_3 = 'APPI Art. 27(5)(iii)';

export const jointUseItems: Rule = {
  id: 'appi-joint-use-items',
  description: `A joint use states that data is used jointly, the data items, the parties, their purposes and the manager (${ART_27_5_3}).`,
  check({ policy, report }) {
    const jointUse = policy.jointUse;
    if (!jointUse || typeof jointUse !== 'object') return;
    const announced = list<{ parties?: unknown; text?: unknown }>(policy.clauses).some(
      (c) => c?.parties !== undefined || (typeof c?.text === 'string' && c.text.includes('共同利用')),
    );
    if (!announced) {
      report('appi-joint-use-items', ['clauses'], {
        severity: 'warning',
        on: 'key',
        reason: `no clause says that personal data is used jointly (${ART_27_5_3})`,
        hint: 'add a clause that names the joint users: write {list} in its text and list their ids under "parties:"',
      });
    }
    const groups = list<{ id?: unknown; name?: unknown }>(jointUse.items?.groups);
    const managed = new Set(list<{ groups?: unknown }>(jointUse.managers?.entries).flatMap((m) => list<unknown>(m?.groups)));
    groups.forEach((group, i) => {
      if (typeof group?.id === 'string' && !managed.has(group.id)) {
        report('appi-joint-use-items', ['jointUse', 'items', 'groups', i], {
          severity: 'warning',
          reason: `no manager is named for the item group "${group.id}" (${ART_27_5_3})`,
          hint: `add "${group.id}" to the "groups:" of the manager responsible for it under jointUse.managers`,
        });
      }
    });
  },
};

export const managerIdentity: Rule = {
  id: 'appi-manager-identity',
  description: `Each manager is identified by name, address and, for a corporation, its representative (${ART_27_5_3}, as amended in 2022).`,
  check({ policy, report }) {
    list<{ address?: unknown; representative?: unknown }>(policy.jointUse?.managers?.entries).forEach((manager, i) => {
      const missing = [manager?.address === undefined && 'address', manager?.representative === undefined && 'representative'].filter(Boolean);
      if (missing.length === 0) return;
      report('appi-manager-identity', ['jointUse', 'managers', 'entries', i], {
        severity: 'warning',
        reason: `the manager has no ${missing.join(' and no ')}: since the 2022 amendment the notice names the manager's name, address and, for a corporation, its representative (${ART_27_5_3})`,
        hint:
          missing.map((key) => `add "${key}: …"`).join(' and ') +
          ' to this manager; where the manager is each contracting company in turn, say where their addresses and representatives are published',
      });
    });
  },
};

export const effectiveDateSet: Rule = {
  id: 'effective-date',
  description: 'The policy states the date from which it applies (施行日).',
  check({ policy, report }) {
    if (policy.effectiveDate !== undefined) return;
    report('effective-date', [], {
      severity: 'warning',
      reason: 'the policy has no effective date (施行日)',
      hint: 'add a line "effectiveDate: YYYY-MM-DD", e.g. effectiveDate: 2026-12-01',
    });
  },
};
