/**
 * APPI compliance lint: what the law asks a privacy notice to publish.
 * Warnings, never silent: a policy may be published with them, but every
 * `policy check` shows them until the YAML says what is missing.
 *
 *   Art. 21(1), 32(1)(ii)      the purposes of use
 *   Art. 27(5)(iii)            a joint use: that data is used jointly, the items, the parties, their purposes,
 *                              and the manager's name, address and representative
 *   Art. 32(1)(i)              the business's name, address and representative
 *   Art. 32(1)(iii), 38        the procedure for requests for disclosure etc., with the fee
 *   Art. 32(1)(iv); Cabinet Order Art. 10(1)   the security control measures taken (PPC Guidelines 10: organisational,
 *                              human, physical and technical measures and the understanding of the external environment)
 *   Art. 32(1)(iv); Cabinet Order Art. 10(2)   where to make complaints
 *   Art. 28(2)                 a provision abroad: the country, its system for protecting personal
 *                              information and the recipient's measures (`abroad:` of the section), which
 *                              the letter to customers gives before asking for consent
 */
import type { Role } from '../../model/schema.js';
import type { PathSegment } from '../../load/yaml-source.js';
import type { Rule, RuleContext } from '../context.js';
import { list } from '../context.js';
import { isUnder, JOINT_USE_ROWS, nodesOf, plainTextUnder, stringsOf, type PolicyNode } from '../../model/walk.js';
import { declaredIn, readSection } from '../../model/reading.js';
import { sameAddress } from '../../model/address.js';

const ART_27_5_3 = 'APPI Art. 27(5)(iii)';

/**
 * The sections that have this role of their own (not those that only lie
 * inside one): declared on the section or on one of its blocks or list
 * entries, or read from its heading and words (model/reading.ts).
 */
function sectionsWithRole(context: RuleContext, role: Role): PolicyNode[] {
  return nodesOf(context.policy).filter((n) => {
    if (n.kind !== 'section') return false;
    const section = n.value as { role?: string; body?: unknown };
    return section.role === role || readSection(n.value).roles.includes(role) || declaredIn(section.body).includes(role);
  });
}

/**
 * The sections with this role, or none after a warning that the policy lacks
 * one (reported at `sections:`).
 */
function requireSections(context: RuleContext, role: Role, ruleId: string, reason: string, hint: string): PolicyNode[] {
  const sections = sectionsWithRole(context, role);
  if (sections.length === 0) warn(context, ruleId, context.policy.sections !== undefined ? ['sections'] : [], reason, hint, 'key');
  return sections;
}

/** Words that say data is used jointly. */
const JOINT = /共同利用|共同して利用/;

/** A name or an address as compared: compatibility forms folded, without spaces (undefined for a value that is not text). */
const flat = (v: unknown) => (typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/g, '') : undefined);

/** The texts of a section and everything in it, with their paths. */
function textsUnder(context: RuleContext, path: readonly PathSegment[]) {
  return stringsOf(context.policy).filter((t) => isUnder(t.path, path));
}

function warn(context: RuleContext, ruleId: string, path: readonly PathSegment[], reason: string, hint: string, on: 'key' | 'value' = 'value') {
  context.report(ruleId, path, { severity: 'warning', reason, hint, on });
}

export const jointUseItems: Rule = {
  id: 'appi-joint-use-items',
  description: `A joint use states that data is used jointly, the data items, the parties, their purposes and the manager of every item (${ART_27_5_3}).`,
  check(context) {
    const nodes = nodesOf(context.policy);
    const tables = nodes.filter((n) => n.kind === 'jointUse');
    if (tables.length === 0) return;
    const announced = nodes.some((n) => {
      // A row's intro sentence may say it (「当社は以下の者と共同して利用します※1」).
      if (n.kind === 'jointUse') return JOINT_USE_ROWS.some((row) => JOINT.test(String(((n.value as Record<string, { intro?: unknown }>)?.[row])?.intro ?? '')));
      if (n.kind !== 'paragraph' && n.kind !== 'item') return false;
      const v = n.value;
      if (typeof v === 'string') return JOINT.test(v);
      const o = v as { parties?: unknown; text?: unknown } | undefined;
      return o?.parties !== undefined || (typeof o?.text === 'string' && JOINT.test(o.text));
    });
    // A heading over the table that says so (「グループ会社間の共同利用」) states it too.
    const headed = nodes.some(
      (n) => n.kind === 'section' && JOINT.test(String((n.value as { heading?: unknown }).heading ?? '')) && tables.some((t) => isUnder(t.path, n.path)),
    );
    if (!announced && !headed) {
      warn(
        context,
        'appi-joint-use-items',
        tables[0]!.path,
        `no paragraph says that personal data is used jointly (${ART_27_5_3})`,
        'add a paragraph that says so and names the joint users: write {list} in its text and list their ids under "parties:"',
      );
    }
    for (const table of tables) {
      const groups = nodes.filter((n) => n.kind === 'group' && isUnder(n.path, table.path));
      const managers = nodes.filter((n) => n.kind === 'manager' && isUnder(n.path, table.path));
      const coversAll = managers.some((m) => (m.value as { groups?: unknown })?.groups === undefined);
      if (coversAll) continue;
      const managed = new Set(managers.flatMap((m) => list<unknown>((m.value as { groups?: unknown })?.groups)));
      for (const group of groups) {
        if (group.id !== undefined && !managed.has(group.id)) {
          warn(
            context,
            'appi-joint-use-items',
            group.path,
            `no manager is named for the item group "${group.id}" (${ART_27_5_3})`,
            `add "${group.id}" to the "groups:" of the manager responsible for it, or leave "groups:" out of a manager who answers for every item`,
          );
        }
      }
    }
  },
};

export const managerIdentity: Rule = {
  id: 'appi-manager-identity',
  description: `Each manager is identified by name, address and, for a corporation, its representative (${ART_27_5_3}, as amended in 2022); a manager that is the business itself is identified as the business is (Art. 32(1)(i)).`,
  check(context) {
    const org = context.policy.organization as { name?: unknown; address?: unknown; representative?: unknown } | undefined;
    for (const node of nodesOf(context.policy)) {
      if (node.kind !== 'manager') continue;
      const manager = node.value as { name?: unknown; address?: unknown; representative?: unknown } | undefined;
      // The business itself as the manager: one address and one representative, or the notice contradicts itself.
      if (flat(manager?.name) !== undefined && flat(manager?.name) === flat(org?.name)) {
        for (const key of ['address', 'representative'] as const) {
          const [own, business] = [flat(manager?.[key]), flat(org?.[key])];
          if (own === undefined || business === undefined || own === business) continue;
          // The same place written with or without its prefecture, or 4丁目16番10号 as 4-16-10.
          if (key === 'address' && sameAddress(own, business)) continue;
          warn(
            context,
            'appi-manager-identity',
            [...node.path, key],
            `the manager is the business itself, but its ${key} differs from the one under "organization:" (${String(org?.[key])}): the notice would give two (${ART_27_5_3}; Art. 32(1)(i))`,
            `write the same ${key} in both places; when it changes, change both (a change of the manager's ${key} is notified without delay, Art. 27(6))`,
          );
        }
      }
      const missing = [manager?.address === undefined && 'address', manager?.representative === undefined && 'representative'].filter(Boolean);
      if (missing.length === 0) continue;
      warn(
        context,
        'appi-manager-identity',
        node.path,
        `the manager has no ${missing.join(' and no ')}: since the 2022 amendment the notice names the manager's name, address and, for a corporation, its representative (${ART_27_5_3})`,
        missing.map((key) => `add "${key}: …"`).join(' and ') +
          ' to this manager; where the manager is each contracting company in turn, say where their addresses and representatives are published',
      );
    }
  },
};

/** A name that is a corporation's or an association's: it has a representative. An individual's trade name has none. */
const CORPORATE = /株式会社|有限会社|合同会社|合資会社|合名会社|法人|組合|協会|連合会|機構|公社|\(株\)|（株）|㈱|Inc\.|Ltd\.|LLC|Corporation|Co\./u;

export const businessIdentity: Rule = {
  id: 'appi-business-identity',
  description: "The business's name, address and representative are published (APPI Art. 32(1)(i)).",
  check(context) {
    const org = context.policy.organization as { address?: unknown; representative?: unknown } | undefined;
    if (!org || typeof org !== 'object') return;
    // A sole proprietor (an individual) has no representative: only a corporation names one (Art. 32(1)(i): 法人にあっては、その代表者の氏名).
    const corporate = typeof (org as { name?: unknown }).name !== 'string' || CORPORATE.test(String((org as { name?: unknown }).name));
    const missing = [org.address === undefined && 'address', corporate && org.representative === undefined && 'representative'].filter(Boolean);
    if (missing.length === 0) {
      unpublishedIdentity(context, org);
      return;
    }
    warn(
      context,
      'appi-business-identity',
      ['organization'],
      `the business has no ${missing.join(' and no ')}: a privacy notice publishes the business's name, address and representative (APPI Art. 32(1)(i))`,
      missing.map((key) => `add "${key}: …"`).join(' and ') + ' under "organization:", e.g. address: 東京都千代田区… and representative: 代表取締役 山田太郎',
      'key',
    );
  },
};

/**
 * Given, but not published: the policy's own signature block stands where the
 * business's identity would be printed, no `show: business` block shows it,
 * and nothing printed (the signature, a table of company details, a manager's
 * address) names it.
 */
function unpublishedIdentity(context: RuleContext, org: { address?: unknown; representative?: unknown }) {
  const nodes = nodesOf(context.policy);
  if (nodes.some((n) => n.kind === 'show' && (n.value as { show?: unknown }).show === 'business')) return;
  const signatures = nodes.filter((n) => n.kind === 'signature');
  if (signatures.length === 0) return;
  // Published anywhere in the policy's text counts: the signature, a table of company details, a paragraph.
  const published = flat(stringsOf(context.policy).filter((s) => s.path[0] !== 'organization').map((s) => s.text).join('\n'))!;
  const unpublished = (['address', 'representative'] as const).filter((k) => typeof org[k] === 'string' && !published.includes(flat(org[k])!));
  if (unpublished.length === 0) return;
  warn(
    context,
    'appi-business-identity',
    signatures[0]!.path,
    `the business's ${unpublished.join(' and ')} ${unpublished.length === 1 ? 'is' : 'are'} given under "organization:" but not published: this signature takes the place where they would be printed (APPI Art. 32(1)(i))`,
    'add a block "- show: business" to the section on the business, or write them in the signature lines as they are written under "organization:"',
  );
}

/** A list or a table that states purposes: declared `role: purposes`, or headed 利用目的 (its heading, caption, header row or title). */
function statesPurposes(value: unknown): boolean {
  if (declaredIn(value).includes('purposes')) return true;
  const v = value as { heading?: unknown; caption?: unknown; header?: unknown; title?: unknown; list?: unknown; table?: unknown } | null;
  if (!v || typeof v !== 'object') return false;
  const heads = [v.heading, v.caption, v.title, ...(Array.isArray(v.header) ? v.header : [])].filter((x): x is string => typeof x === 'string');
  return heads.some((h) => /利用目的|利用の目的/.test(h) && !/通知/.test(h)) && (v.list !== undefined || v.table !== undefined);
}

export const usePurposes: Rule = {
  id: 'appi-use-purposes',
  description: 'The purposes of use are published: a purposes list, or a part (a table, a list) that states them (APPI Art. 21(1), 32(1)(ii)).',
  check(context) {
    if (nodesOf(context.policy).some((n) => n.kind === 'purpose')) return;
    // Purposes stated in a table (対象 | 利用目的) or a list: declared so, or a list or table headed 利用目的
    // (a sentence that only refers to 「以下の利用目的」 states none).
    if (nodesOf(context.policy).some((n) => (n.kind === 'table' || n.kind === 'list' || n.kind === 'item') && statesPurposes(n.value))) return;
    warn(
      context,
      'appi-use-purposes',
      context.policy.sections !== undefined ? ['sections'] : [],
      'the policy states no purpose of use (利用目的): they must be published (APPI Art. 21(1), 32(1)(ii))',
      'add a block "purposes:" to the section on the purposes of use, with one entry (id and text) per purpose',
      'key',
    );
  },
};

export const disclosureProcedure: Rule = {
  id: 'appi-disclosure-procedure',
  description: 'The procedure for requests for disclosure etc. (開示等の請求), with any fee, is published (APPI Art. 32(1)(iii), 38).',
  check(context) {
    const sections = requireSections(
      context,
      'disclosure',
      'appi-disclosure-procedure',
      'the policy does not say how to request disclosure, correction, suspension of use etc. (開示等の請求) (APPI Art. 32(1)(iii))',
      'add a section with "role: disclosure" that says where and how to make a request, what to send, how identity is verified, and the fee (or that there is none)',
    );
    if (sections.length === 0) return;
    // The texts and headings of the sections (「開示等の手数料」 over 「1,000円（税込）をいただきます」).
    const headings = nodesOf(context.policy)
      .filter((n) => n.kind === 'section' && sections.some((s) => isUnder(n.path, s.path)))
      .map((n) => String((n.value as { heading?: unknown }).heading ?? ''));
    const text = [...headings, ...sections.map((s) => plainTextUnder(context.policy, s.path))].join('\n');
    // Only disclosure and the notice of purposes may carry a fee (Art. 38(1)): a fee for correction, suspension or deletion is unlawful.
    for (const section of sections) {
      for (const t of textsUnder(context, section.path)) {
        const sentence = t.text.split(/(?<=。)/u).find((x) => /手数料|[0-9０-９][0-9０-９,，]*円/.test(x) && /(訂正|追加|削除|利用停止|利用の停止|消去|提供の停止)[^。]*(につき|について|の請求|に係る)/.test(x) && !/無料|無償|いただきません|不要|頂戴しません/.test(x));
        if (sentence) {
          context.report('appi-disclosure-fee', t.path, {
            reason: `a fee is asked for correction, suspension of use or deletion: 「${sentence.trim()}」; only a request for disclosure or for the notice of the purposes may carry a fee (APPI Art. 38(1))`,
            hint: 'ask the fee only for 開示 and 利用目的の通知, and say that correction, suspension and deletion are free of charge',
          });
        }
      }
    }
    // The amount is published only where a fee is set (Art. 32(1)(iii): 手数料の額を定めたときは、その手数料の額を含む).
    if (/手数料|費用/.test(text) && !/無料|無償|いただきません|頂きません|申し受けません|不要|かかりません|[0-9０-９][0-9０-９,，]*円/.test(text)) {
      warn(
        context,
        'appi-disclosure-procedure',
        sections[0]!.path,
        'the procedure for disclosure requests speaks of a fee (手数料) but does not state its amount: where a fee is set, its amount is published (APPI Art. 32(1)(iii), 38(2))',
        'add the amount, e.g. 「開示の請求1件につき手数料として○○円を申し受けます。」, or say 「手数料は無料です。」',
      );
    }
  },
};

/** The categories of the PPC Guidelines 10 (別添 講ずべき安全管理措置の内容), as the policy would name them. */
const MEASURES: ReadonlyArray<[RegExp, string]> = [
  [/組織的/, '組織的安全管理措置 (organisational)'],
  [/人的/, '人的安全管理措置 (human)'],
  [/物理的/, '物理的安全管理措置 (physical)'],
  [/技術的/, '技術的安全管理措置 (technical)'],
  [/外的環境/, '外的環境の把握 (the external environment, for data kept abroad)'],
];

/** Measures told on request: 「お問い合わせいただければ、遅滞なく回答いたします」. */
const ON_REQUEST = /(求め|請求|お問い?合わ?せ|ご照会)(に応じ|いただ|があった場合|の際)[^。]{0,40}(回答|お答え|ご案内|開示)/u;

export const securityMeasures: Rule = {
  id: 'appi-security-measures',
  description: 'The security control measures taken are published (APPI Art. 32(1)(iv); Cabinet Order Art. 10(1); PPC Guidelines 10).',
  check(context) {
    const sections = requireSections(
      context,
      'security',
      'appi-security-measures',
      'the policy does not state the security control measures taken (安全管理措置) (APPI Art. 32(1)(iv); Cabinet Order Art. 10(1))',
      'add a section with "role: security" listing the organisational, human, physical and technical measures and the understanding of the external environment (外的環境の把握)',
    );
    if (sections.length === 0) return;
    const text = sections.map((s) => plainTextUnder(context.policy, s.path)).join('\n');
    // Measures offered on request are readily accessible to the principal too (Art. 32(1): 本人の求めに応じて遅滞なく回答する場合を含む).
    if (ON_REQUEST.test(text)) return;
    // The external environment is asked for only where data is handled abroad (PPC Guidelines 10-7).
    const abroad = sectionsWithRole(context, 'overseas').length > 0 || /外国|海外|国外/.test(stringsOf(context.policy).map((x) => x.text).join('\n').replace(/外国(為替|人|語)|海外(旅行|発送)/g, ''));
    const missing = MEASURES.filter(([re, name]) => !re.test(text) && (abroad || !name.startsWith('外的環境'))).map(([, name]) => name);
    if (missing.length > 0) {
      warn(
        context,
        'appi-security-measures',
        sections[0]!.path,
        `the security control measures do not mention ${missing.join(', ')} (Cabinet Order Art. 10(1); PPC Guidelines 10)`,
        'add an entry for each missing kind of measure to the list of this section',
      );
    }
  },
};

export const complaintsDesk: Rule = {
  id: 'appi-complaints',
  description: 'Where to make complaints (苦情の申出先) is published, with a contact block (APPI Art. 32(1)(iv); Cabinet Order Art. 10(2)).',
  check(context) {
    const sections = requireSections(
      context,
      'complaints',
      'appi-complaints',
      'the policy does not say where to make complaints about the handling of personal data (苦情の申出先) (APPI Art. 32(1)(iv); Cabinet Order Art. 10(2))',
      'add a section with "role: complaints" holding a "contact:" block (name of the desk, address, phone, e-mail, hours); name the 認定個人情報保護団体 too if the business is a member',
    );
    if (sections.length === 0) return;
    const nodes = nodesOf(context.policy);
    const hasContact = sections.some((s) => nodes.some((n) => n.kind === 'contact' && isUnder(n.path, s.path)));
    if (!hasContact) {
      warn(
        context,
        'appi-complaints',
        sections[0]!.path,
        'the section on complaints has no contact block: readers need the desk, its address and how to reach it (Cabinet Order Art. 10(2))',
        'add a block "contact:" with name, address, phone or email, and hours',
      );
    }
  },
};

export const effectiveDateSet: Rule = {
  id: 'effective-date',
  description: 'The policy states the date from which it applies (施行日), or its own dates (制定日, 改定日).',
  check({ policy, report }) {
    if (policy.effectiveDate !== undefined) return;
    // A policy that prints its own dates (a `dates:` block: 制定日, 最終改定日) states them in its own words.
    if (nodesOf(policy).some((n) => n.kind === 'dates')) return;
    report('effective-date', [], {
      severity: 'warning',
      reason: 'the policy has no effective date (施行日)',
      hint: 'add a line "effectiveDate: YYYY-MM-DD", e.g. effectiveDate: 2026-12-01',
    });
  },
};

export const overseasInformation: Rule = {
  id: 'appi-overseas-information',
  description: 'A part on provision to a third party abroad gives, in `abroad:` of its section, the country, that country\'s system for protecting personal information and the recipient\'s measures (APPI Art. 28(2)): the letter asking for consent tells them.',
  check(context) {
    const sections = nodesOf(context.policy).filter((n) => n.kind === 'section');
    const hasAbroad = (n: PolicyNode) => Array.isArray((n.value as { abroad?: unknown }).abroad);
    for (const node of sectionsWithRole(context, 'overseas')) {
      // The information may be given on the section, on one it lies in, or on one inside it.
      const given = sections.some((s) => hasAbroad(s) && (isUnder(node.path, s.path) || isUnder(s.path, node.path)));
      if (given) continue;
      warn(
        context,
        'appi-overseas-information',
        [...node.path, 'id'],
        'the section is on provision to a third party abroad, but gives no "abroad:" information (the country, its system for protecting personal information, the recipient\'s measures) that must be provided before the individual consents (APPI Art. 28(2))',
        'add under the section: abroad: [{ country: …, system: …, measures: … }] (recipient: optional); the letter of "policy notice" quotes it',
      );
    }
  },
};
