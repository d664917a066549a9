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
import { hasAddress, sameAddress } from '../../model/address.js';
import { labelledRow } from '../../model/rows.js';
import { say, t, type MessageId } from '../../i18n/catalogue.js';
import { listValue, type Measure } from '../../i18n/check.js';

/** A warning's words: the catalogue's reason and hint (`say`). */
type Words = ReturnType<typeof say>;

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
 * one (reported at `sections:`), said by the catalogue's `reason` and `hint`.
 */
function requireSections(context: RuleContext, role: Role, ruleId: string, reason: MessageId, hint: MessageId): PolicyNode[] {
  const sections = sectionsWithRole(context, role);
  if (sections.length === 0) warn(context, ruleId, context.policy.sections !== undefined ? ['sections'] : [], say(reason, {}, hint), 'key');
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

function warn(context: RuleContext, ruleId: string, path: readonly PathSegment[], words: Words, on: 'key' | 'value' = 'value') {
  context.report(ruleId, path, { severity: 'warning', ...words, on });
}

export const jointUseItems: Rule = {
  id: 'appi-joint-use-items',
  description: t('rule.appi-joint-use-items'),
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
        say('check.appi-joint-use-items', {}, 'check.appi-joint-use-items.hint'),
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
            say('check.appi-joint-use-items.group', { group: group.id }, 'check.appi-joint-use-items.group.hint'),
          );
        }
      }
    }
  },
};

export const managerIdentity: Rule = {
  id: 'appi-manager-identity',
  description: t('rule.appi-manager-identity'),
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
            say('check.appi-manager-identity.business', { key, business: String(org?.[key]) }, 'check.appi-manager-identity.business.hint'),
          );
        }
      }
      const missing = [manager?.address === undefined && 'address', manager?.representative === undefined && 'representative'].filter((k) => k !== false);
      if (missing.length === 0) continue;
      warn(context, 'appi-manager-identity', node.path, say('check.appi-manager-identity', { missing: listValue(missing) }, 'check.appi-manager-identity.hint'));
    }
    proseManagers(context, org);
  },
};

const REPRESENTATIVE = /代表者|代表取締役|代表理事|理事長|代表執行役|社長|会長|President|CEO/u;

/**
 * The managers row of a joint use written in prose (a list entry 「…管理について責任を有する者…：株式会社A」)
 * names the manager's address and, for a corporation, its representative too (Art. 27(5)(iii) as amended
 * in 2022). The business itself (its name, or 当社) is published with its address where the policy names it.
 */
function proseManagers(context: RuleContext, org: { name?: unknown } | undefined) {
  const business = typeof org?.name === 'string' ? org.name.normalize('NFKC') : undefined;
  for (const section of sectionsWithRole(context, 'jointUse')) {
    list<unknown>((section.value as { body?: unknown }).body).forEach((block, b) => {
      list<unknown>((block as { list?: unknown })?.list).forEach((entry, e) => {
        const text = typeof entry === 'string' ? entry : (entry as { text?: unknown })?.text;
        if (typeof text !== 'string') return;
        const row = labelledRow(text);
        if (row?.row !== 'managers') return;
        const rest = row.rest.trim();
        if (/^(当社|弊社|当法人|本会|当組合)/u.test(rest) || (business && rest.startsWith(business))) return;
        const missing = [!hasAddress(rest) && 'address', CORPORATE.test(rest) && !REPRESENTATIVE.test(rest) && 'representative'].filter((k) => k !== false);
        if (missing.length === 0) return;
        const path = [...section.path, 'body', b, 'list', e, ...(typeof entry === 'string' ? [] : ['text'])];
        warn(context, 'appi-manager-identity', path, say('check.appi-manager-identity.prose', { missing: listValue(missing) }, 'check.appi-manager-identity.prose.hint'));
      });
    });
  }
}

/** A name that is a corporation's or an association's: it has a representative. An individual's trade name has none. */
const CORPORATE = /株式会社|有限会社|合同会社|合資会社|合名会社|法人|組合|協会|連合会|機構|公社|\(株\)|（株）|㈱|Inc\.|Ltd\.|LLC|Corporation|Co\./u;

export const businessIdentity: Rule = {
  id: 'appi-business-identity',
  description: t('rule.appi-business-identity'),
  check(context) {
    const org = context.policy.organization as { address?: unknown; representative?: unknown } | undefined;
    if (!org || typeof org !== 'object') return;
    // A sole proprietor (an individual) has no representative: only a corporation names one (Art. 32(1)(i): 法人にあっては、その代表者の氏名).
    const corporate = typeof (org as { name?: unknown }).name !== 'string' || CORPORATE.test(String((org as { name?: unknown }).name));
    const missing = [org.address === undefined && 'address', corporate && org.representative === undefined && 'representative'].filter((k) => k !== false);
    if (missing.length === 0) {
      unpublishedIdentity(context, org);
      return;
    }
    warn(
      context,
      'appi-business-identity',
      ['organization'],
      say('check.appi-business-identity', { missing: listValue(missing) }, 'check.appi-business-identity.hint'),
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
    say('check.appi-business-identity.unpublished', { keys: listValue(unpublished) }, 'check.appi-business-identity.unpublished.hint'),
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
  description: t('rule.appi-use-purposes'),
  check(context) {
    if (nodesOf(context.policy).some((n) => n.kind === 'purpose')) return;
    // Purposes stated in a table (対象 | 利用目的) or a list: declared so, or a list or table headed 利用目的
    // (a sentence that only refers to 「以下の利用目的」 states none).
    if (nodesOf(context.policy).some((n) => (n.kind === 'table' || n.kind === 'list' || n.kind === 'item') && statesPurposes(n.value))) return;
    warn(
      context,
      'appi-use-purposes',
      context.policy.sections !== undefined ? ['sections'] : [],
      say('check.appi-use-purposes', {}, 'check.appi-use-purposes.hint'),
      'key',
    );
  },
};

export const disclosureProcedure: Rule = {
  id: 'appi-disclosure-procedure',
  description: t('rule.appi-disclosure-procedure'),
  check(context) {
    const sections = requireSections(
      context,
      'disclosure',
      'appi-disclosure-procedure',
      'check.appi-disclosure-procedure',
      'check.appi-disclosure-procedure.hint',
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
          context.report('appi-disclosure-fee', t.path, say('check.appi-disclosure-fee', { sentence: sentence.trim() }, 'check.appi-disclosure-fee.hint'));
        }
      }
    }
    // The amount is published only where a fee is set (Art. 32(1)(iii): 手数料の額を定めたときは、その手数料の額を含む).
    if (/手数料|費用/.test(text) && !/無料|無償|いただきません|頂きません|申し受けません|不要|かかりません|[0-9０-９][0-9０-９,，]*円/.test(text)) {
      warn(
        context,
        'appi-disclosure-procedure',
        sections[0]!.path,
        say('check.appi-disclosure-procedure.amount', {}, 'check.appi-disclosure-procedure.amount.hint'),
      );
    }
  },
};

/** The categories of the PPC Guidelines 10 (別添 講ずべき安全管理措置の内容), as the policy would name them; the catalogue names each id (i18n/check.ts). */
/**
 * The categories of the PPC Guidelines 10 (別添 講ずべき安全管理措置の内容), as a policy names them, or
 * by the measures the Guidelines give as their examples (a policy may list 「従業者の教育、入退室管理、
 * アクセス制御」 without the names of the kinds); the catalogue names each id (i18n/check.ts).
 */
const MEASURES: ReadonlyArray<[RegExp, Measure]> = [
  [/組織的|取扱規程|(?:取扱|管理)規程|責任者の(?:設置|選任)|組織体制|体制の整備|取扱状況の(?:確認|点検|把握)|監査/, 'organisational'],
  [/人的|従業者の(?:教育|監督)|(?:教育|研修)(?:を実施|の実施|を行)|従業者(?:等)?(?:に対する|への)(?:教育|研修)|秘密保持.{0,4}誓約/, 'human'],
  [/物理的|入退(?:室|館)|盗難|持ち?出し|施錠|(?:取り?扱う|管理)区域|機器(?:及び|・)?(?:電子)?媒体/, 'physical'],
  [/技術的|アクセス(?:制御|権|の制限)|不正アクセス|不正ソフトウェア|ウイルス|暗号化|(?:利用者|アクセス者)の(?:識別|認証)/, 'technical'],
  [/外的環境/, 'external'],
];

/**
 * Measures told on request: 「お問い合わせいただければ、遅滞なく回答いたします」, 「具体的な内容は、お問い合わせ
 * 窓口までお尋ねください」.
 */
const ON_REQUEST =
  /(求め|請求|お問い?合わ?せ|ご照会)(に応じ|いただ|があった場合|の際)[^。]{0,40}(回答|お答え|ご案内|開示)|(具体的な(内容|措置)|詳細|詳しく)は[^。]{0,30}(窓口|お問い?合わ?せ|お尋ね|ご照会)/u;

export const securityMeasures: Rule = {
  id: 'appi-security-measures',
  description: t('rule.appi-security-measures'),
  check(context) {
    const sections = requireSections(
      context,
      'security',
      'appi-security-measures',
      'check.appi-security-measures',
      'check.appi-security-measures.hint',
    );
    if (sections.length === 0) return;
    const text = sections.map((s) => plainTextUnder(context.policy, s.path)).join('\n');
    // Measures offered on request are readily accessible to the principal too (Art. 32(1): 本人の求めに応じて遅滞なく回答する場合を含む).
    if (ON_REQUEST.test(text)) return;
    // The external environment is asked for only where data is handled abroad (PPC Guidelines 10-7).
    const abroad = sectionsWithRole(context, 'overseas').length > 0 || /外国|海外|国外/.test(stringsOf(context.policy).map((x) => x.text).join('\n').replace(/外国(為替|人|語)|海外(旅行|発送)/g, ''));
    const missing = MEASURES.filter(([re, measure]) => !re.test(text) && (abroad || measure !== 'external')).map(([, measure]) => measure);
    if (missing.length > 0) {
      warn(
        context,
        'appi-security-measures',
        sections[0]!.path,
        say('check.appi-security-measures.kinds', { missing: listValue(missing) }, 'check.appi-security-measures.kinds.hint'),
      );
    }
  },
};

export const complaintsDesk: Rule = {
  id: 'appi-complaints',
  description: t('rule.appi-complaints'),
  check(context) {
    const sections = requireSections(
      context,
      'complaints',
      'appi-complaints',
      'check.appi-complaints',
      'check.appi-complaints.hint',
    );
    if (sections.length === 0) return;
    const nodes = nodesOf(context.policy);
    const hasContact = sections.some((s) => nodes.some((n) => n.kind === 'contact' && isUnder(n.path, s.path)));
    if (!hasContact) {
      warn(
        context,
        'appi-complaints',
        sections[0]!.path,
        say('check.appi-complaints.contact', {}, 'check.appi-complaints.contact.hint'),
      );
    }
  },
};

export const effectiveDateSet: Rule = {
  id: 'effective-date',
  description: t('rule.effective-date'),
  check({ policy, report }) {
    if (policy.effectiveDate !== undefined) return;
    // A policy that prints its own dates (a `dates:` block: 制定日, 最終改定日) states them in its own words.
    if (nodesOf(policy).some((n) => n.kind === 'dates')) return;
    report('effective-date', [], { severity: 'warning', ...say('check.effective-date', {}, 'check.effective-date.hint') });
  },
};

export const overseasInformation: Rule = {
  id: 'appi-overseas-information',
  description: t('rule.appi-overseas-information'),
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
        say('check.appi-overseas-information', {}, 'check.appi-overseas-information.hint'),
      );
    }
  },
};
