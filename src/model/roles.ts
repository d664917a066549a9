/**
 * The legal roles a part of a policy can have, with the article each comes
 * from and the words that give it away: one table for the `role:` values of
 * the schema, the roles `policy check` finds from the words, and the diff's
 * verdicts (classify.ts keys its rules by these roles).
 *
 * A cue is matched on the text folded by NFKC (（１） and (1) are one). A
 * heading cue is strong evidence; word cues are strong when the role's words
 * recur or when no other role's words stand beside them (see inferRoles).
 * `not` lists words that look like a cue but say something else (外国為替,
 * 委託販売, 情報開示（IR）): they are blanked out before the cues are matched.
 */

export interface RoleSpec {
  /** The role in Japanese, as a reader of the policy names it. */
  ja: string;
  /** What it is, for the schema's hover text and messages (English). */
  en: string;
  /** The article it comes from. */
  article: string;
  /** The same article cited as Japanese statutes are (個人情報保護法第32条第1項第1号); "—" where there is none. */
  articleJa: string;
  /** What the part covers, for the editor's hover text on a `role:` value (schema.ts). */
  covers: { ja: string; en: string };
  /** Words in a heading, a list entry's title or a row label that say it. */
  heading?: readonly RegExp[];
  /** Words in the text that say it. */
  words?: readonly RegExp[];
  /** Words that look like a cue and are not (removed before matching). */
  not?: readonly RegExp[];
  /** A role this one qualifies: found in a part with that role from one word cue, even where a role is declared. */
  qualifies?: readonly string[];
  /** A role this one is the special case of, and stands for where both are read (opt-out is provision without consent). */
  replaces?: readonly string[];
}

export const ROLES = {
  business: {
    ja: '事業者の名称・住所・代表者',
    en: "the business: name, address and representative",
    article: 'APPI Art. 32(1)(i)',
    articleJa: '個人情報保護法第32条第1項第1号',
    covers: {
      ja: '事業者の名称、住所及び（法人であれば）代表者の氏名を示す部分。',
      en: 'published so that the person knows who handles the information.',
    },
    heading: [/事業者(の名称|情報|の氏名)|会社(概要|情報)|名称[、・及び]*住所|代表者の氏名/],
    words: [/(名称|商号)[:：]/, /代表者(の氏名)?[:：]/, /所在地[:：]/],
  },
  purposes: {
    ja: '利用目的',
    en: 'purposes of use',
    article: 'APPI Art. 17, 21, 32(1)(ii)',
    articleJa: '個人情報保護法第17条・第21条・第32条第1項第2号',
    covers: {
      ja: '個人情報を何のために利用するかを示す部分。',
      en: 'what the personal information is used for.',
    },
    heading: [/利用目的|利用の目的|利用する目的/],
    words: [/(次|以下|下記)の(利用)?目的(のため|で|に|の範囲)/, /利用目的は(、)?(次|以下|下記)/, /のために利用(いた)?(し|する|します|するもの)/, /の目的で利用/],
    not: [/利用目的の通知/, /保有個人データの利用目的/, /(仮名|匿名)加工情報の利用目的/, /利用目的の(達成に必要な)?範囲(内|を超え)/],
  },
  useLimitation: {
    ja: '利用目的による制限',
    en: 'use limited to the purposes',
    article: 'APPI Art. 18(1)',
    articleJa: '個人情報保護法第18条第1項',
    covers: {
      ja: '利用目的の達成に必要な範囲を超えて利用しないことを定める部分。',
      en: 'that the information is not used beyond what the purposes need.',
    },
    heading: [/利用の?(制限|範囲)|目的外(の)?利用/],
    words: [/利用目的の(達成に必要な)?範囲(内|を超え)/, /目的外(の)?利用/, /利用目的以外の目的/],
  },
  heldPurposes: {
    ja: '保有個人データの利用目的',
    en: 'purposes of use of retained personal data',
    article: 'APPI Art. 32(1)(ii)',
    articleJa: '個人情報保護法第32条第1項第2号',
    covers: {
      ja: '保有個人データの利用目的を、本人の知り得る状態に置く部分。',
      en: 'the purposes of the retained personal data, which the person must be able to know.',
    },
    heading: [/保有個人データ.*利用目的/],
    words: [/保有個人データの利用目的(は|を|として|につきましては|[:：])/, /(全て|すべて)の保有個人データの利用目的/, /保有個人データ[^。]{0,20}は、[^。]*のために利用/],
    not: [/利用目的の通知/],
  },
  provision: {
    ja: '第三者提供',
    en: 'provision to third parties',
    article: 'APPI Art. 27(1)',
    articleJa: '個人情報保護法第27条第1項',
    covers: {
      ja: '本人の同意を得て個人データを第三者に提供することを定める部分。',
      en: "giving personal data to others with the person's consent.",
    },
    heading: [/第三者(へ|に対する|に)?の?(提供|開示)/],
    words: [/第三者(に対し(て)?|へ|に)の?(提供|開示)/, /第三者提供/],
    not: [/第三者(へ|に)?の?提供の停止/, /外国にある第三者/, /第三者提供記録/],
  },
  overseas: {
    ja: '外国にある第三者への提供',
    en: 'provision to a third party in a foreign country',
    article: 'APPI Art. 28(1), (2)',
    articleJa: '個人情報保護法第28条第1項・第2項',
    covers: {
      ja: '外国にある第三者に個人データを提供すること、その国の名称、制度及び提供先の措置を示す部分。',
      en: "giving personal data to a recipient abroad: the country, its system for protecting personal information and the recipient's measures.",
    },
    qualifies: ['provision', 'entrustment', 'jointUse', 'optOut'],
    heading: [/外国|海外|国外|越境/],
    words: [
      /外国にある(第三者|事業者|者|委託先)/,
      /(外国|海外|国外)(の|に所在する|に所在の|にある|に拠点を置く)(事業者|企業|会社|第三者|委託先|グループ会社|関連会社|サーバ)/,
      /(外国|海外|国外)(へ|に)の?(移転|提供|委託)/,
      /(外国|海外|国外)(で|において)(保管|保存|処理|取り?扱)/,
      /越境移転/,
      /(米国|アメリカ|中華人民共和国|中国|大韓民国|韓国|シンガポール|インド|ベトナム|フィリピン|欧州|EU|英国|ドイツ|フランス|アイルランド|台湾|香港)(に所在|にある|の(事業者|企業|会社|サーバ)|(へ|に)の?(移転|提供|委託))/,
    ],
    not: [/外国(為替|人|語|籍)/, /海外(旅行|発送|出張)/, /中国(地方|電力)/],
  },
  optOut: {
    ja: 'オプトアウトによる第三者提供',
    en: 'provision to third parties that stops at the request of the person (opt-out)',
    article: 'APPI Art. 27(2), (3)',
    articleJa: '個人情報保護法第27条第2項・第3項',
    covers: {
      ja: '個人情報保護委員会に届け出て、本人の求めがあれば停止することとして、同意なく第三者に提供する部分。',
      en: 'provision without consent, notified to the Personal Information Protection Commission and stopped when the person asks.',
    },
    qualifies: ['provision'],
    replaces: ['provision'],
    heading: [/オプトアウト|本人の求めによる提供の停止/],
    not: [/(広告|Cookie|クッキー)[^。]*オプトアウト/],
    words: [
      /オプトアウト/,
      /(本人|お客様|ご本人)の求めに応じて.{0,40}提供を停止/,
      /個人情報保護委員会(へ|に)(の)?届(け)?出/,
    ],
  },
  entrustment: {
    ja: '委託',
    en: 'entrustment',
    article: 'APPI Art. 27(5)(i), 25',
    articleJa: '個人情報保護法第27条第5項第1号・第25条',
    covers: {
      ja: '個人データの取扱いの全部又は一部を委託すること、委託先の監督を定める部分。',
      en: 'handing the handling of personal data, in whole or in part, to a contractor, and supervising it.',
    },
    heading: [/委託/],
    words: [/(業務|取扱い|取り扱い|取扱|処理)の?(全部|一部)?(又は一部)?を?(外部(の事業者)?に)?委託/, /委託先/, /業務委託/, /委託(する|します|いたし|して|しており|すること)/],
    not: [/委託販売/, /受託/],
  },
  jointUse: {
    ja: '共同利用',
    en: 'joint use',
    article: 'APPI Art. 27(5)(iii)',
    articleJa: '個人情報保護法第27条第5項第3号',
    covers: {
      ja: '特定の者との共同利用：共同して利用される項目、共同利用する者の範囲、利用する者の利用目的、管理について責任を有する者を示す部分。',
      en: 'data used together with named others: the items, the joint users, their purposes and the manager responsible.',
    },
    heading: [/共同(で|して)?利用/],
    words: [/共同(で|して)?利用/],
    not: [/共同利用(施設|設備|スペース|区画)/],
  },
  pseudonymised: {
    ja: '仮名加工情報',
    en: 'pseudonymised information',
    article: 'APPI Art. 41(4), 21(3)',
    articleJa: '個人情報保護法第41条第4項・第21条第3項',
    covers: {
      ja: '仮名加工情報を作成して利用する場合の利用目的を示す部分。',
      en: 'the making and use of pseudonymised information, and its purposes.',
    },
    heading: [/仮名加工情報/],
    words: [/仮名加工情報/],
  },
  anonymised: {
    ja: '匿名加工情報',
    en: 'anonymised information',
    article: 'APPI Art. 43(3), (4)',
    articleJa: '個人情報保護法第43条第3項・第4項',
    covers: {
      ja: '匿名加工情報を作成し、又は第三者に提供する場合に公表する事項を示す部分。',
      en: 'what is published when anonymised information is made or given to others.',
    },
    heading: [/匿名加工情報/],
    words: [/匿名加工情報/],
  },
  sensitive: {
    ja: '要配慮個人情報の取得',
    en: 'acquisition of special care-required personal information',
    article: 'APPI Art. 20(2), 2(3)',
    articleJa: '個人情報保護法第20条第2項・第2条第3項',
    covers: {
      ja: '要配慮個人情報（病歴、信条、犯罪の経歴など）を本人の同意を得て取得することを示す部分。',
      en: "acquiring information such as medical history, creed or criminal record with the person's consent.",
    },
    heading: [/要配慮個人情報|センシティブ情報|機微(な)?情報/],
    words: [/要配慮個人情報/, /(病歴|既往歴|健康状態|障害の有無|信条|犯罪(の)?経歴)[^。]{0,30}取得/],
  },
  disclosure: {
    ja: '開示等の請求の手続',
    en: 'procedure for requests for disclosure etc.',
    article: 'APPI Art. 32(1)(iii), 33–38',
    articleJa: '個人情報保護法第32条第1項第3号・第33条～第38条',
    covers: {
      ja: '保有個人データの開示、訂正、利用停止等の請求の手続（請求先、方法、本人確認、手数料）を示す部分。',
      en: 'how the person asks for disclosure, correction, suspension of use etc.: where, how, the identity check and the fee.',
    },
    heading: [/開示|訂正|利用(の)?停止|開示等|保有個人データに関する(事項|請求)/],
    words: [/開示(等)?の(請求|求め|ご請求)/, /開示を(ご)?(請求|求め)/, /開示、訂正/, /訂正、追加(又は|若しくは|もしくは)?削除/, /(訂正|追加|削除|利用(の)?停止)(等)?(の|を)(ご)?(請求|求め)/],
    not: [/(IR|適時|情報)開示/, /IR情報/],
  },
  security: {
    ja: '安全管理措置',
    en: 'security control measures',
    article: 'APPI Art. 23, 32(1)(iv); Cabinet Order Art. 10(1)',
    articleJa: '個人情報保護法第23条・第32条第1項第4号、施行令第10条第1号',
    covers: {
      ja: '保有個人データの安全管理のために講じた措置（組織的・人的・物理的・技術的安全管理措置、外的環境の把握）を示す部分。',
      en: 'the measures taken to keep retained personal data safe: organisational, human, physical and technical, and the understanding of the external environment.',
    },
    heading: [/安全管理|セキュリティ|安全対策/],
    words: [/安全管理(措置|のため)/, /(組織|人|物理|技術)的安全管理措置/, /漏え?い、?滅失(又は|若しくは|もしくは|、)?毀損/, /暗号化|ファイアウォール|不正アクセス|アクセス制御/, /従業者.{0,30}(教育|監督)/],
    not: [/製品(の)?安全/],
  },
  complaints: {
    ja: '苦情の申出先',
    en: 'where to make complaints',
    article: 'APPI Art. 32(1)(iv), 40; Cabinet Order Art. 10(2), (3)',
    articleJa: '個人情報保護法第32条第1項第4号・第40条、施行令第10条第2号・第3号',
    covers: {
      ja: '取扱いに関する苦情の申出先と、認定個人情報保護団体の対象事業者であればその団体の名称と申出先を示す部分。',
      en: 'the desk for complaints about the handling, and the accredited personal information protection organisation if the business is a member.',
    },
    heading: [/苦情|(お|ご)?問い?合わ?せ(窓口|先)?$|相談窓口|お問い?合わ?せ|問合せ/],
    words: [/苦情/, /(ご相談|お問い?合わ?せ|問合せ)(窓口|先)/, /認定個人情報保護団体/],
  },
  acquisition: {
    ja: '個人情報の取得',
    en: 'how and which personal information is acquired (no duty to tell of a change)',
    article: 'APPI Art. 20(1)',
    articleJa: '個人情報保護法第20条第1項',
    covers: {
      ja: 'どのような個人情報をどのように取得するかを示す部分（変更を本人に知らせる義務はありません）。',
      en: 'for example the means (forms, the web site) and the kinds of information.',
    },
    heading: [/(取得|収集)(する|の方法|方法|について|の対象|する個人情報|する情報)|取得(する|した)?個人情報|取得について/],
    words: [/(次|以下)の(方法|手段)(により|で)(取得|収集)/, /から(個人情報を)?(取得|収集)(します|いたします|する|することがあります)/, /(適正|不正)(な|の)?手段により取得/, /自動的に(取得|収集)/],
  },
  general: {
    ja: '一般的な定め',
    en: 'a general provision with no duty to tell of a change (definitions, compliance, revision of the policy)',
    article: '—',
    articleJa: '—',
    covers: {
      ja: '定義、法令の遵守、本方針の改定など、変更を本人に知らせる義務のない一般的な定め。',
      en: 'for example definitions, compliance with the law, or how the policy is revised.',
    },
    heading: [/定義|法令(等)?(の)?遵守|改定|改訂|変更について|継続的(な)?改善|基本方針|附則|はじめに|前文/],
    words: [/(本|この)(ポリシー|方針|プライバシーポリシー)(は|を)?(、)?(予告なく)?(改定|改訂|変更)/, /(本|この)(ポリシー|方針)は.{0,20}から施行/, /法令.{0,40}遵守/, /継続的(に|な)?改善/],
  },
  signature: {
    ja: '署名',
    en: 'the signature: the business as it signs the policy',
    article: 'APPI Art. 32(1)(i)',
    articleJa: '個人情報保護法第32条第1項第1号',
    covers: {
      ja: '事業者が方針に記名する部分（名称と代表者）。',
      en: 'the name and the representative under the policy.',
    },
  },
} as const satisfies Record<string, RoleSpec>;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && Object.hasOwn(ROLES, value);

/** Words that gave a role away: where they stand in the text read (offsets into it) and which cue. */
export interface Evidence {
  words: string;
  start: number;
  cue: 'heading' | 'words';
}

export interface Inference {
  role: Role;
  strength: 'strong' | 'weak';
  evidence: Evidence[];
}

const spec = (role: Role): RoleSpec => ROLES[role];

/** Each role's cues compiled once, global and Unicode-aware, for matchAll. */
const COMPILED = new Map<Role, { heading: RegExp[]; words: RegExp[]; not: RegExp[] }>(
  ROLE_NAMES.map((role) => {
    const g = (res: readonly RegExp[] | undefined) => (res ?? []).map((re) => new RegExp(re.source, 'gu'));
    return [role, { heading: g(spec(role).heading), words: g(spec(role).words), not: g(spec(role).not) }];
  }),
);

/** The text as cues read it: the look-alikes of `not` blanked out (offsets are kept). */
function cueText(folded: string, not: readonly RegExp[]): string {
  let out = folded;
  for (const re of not) out = out.replace(re, (m) => '\u3000'.repeat(m.length));
  return out;
}

function matches(res: readonly RegExp[], text: string, cue: Evidence['cue']): Evidence[] {
  const out: Evidence[] = [];
  for (const re of res) {
    for (const m of text.matchAll(re)) {
      // Two cues over the same words are one piece of evidence.
      if (!out.some((e) => m.index < e.start + e.words.length && e.start < m.index + m[0].length)) out.push({ words: m[0], start: m.index, cue });
    }
  }
  return out;
}

/**
 * The roles a part reads like, from its own heading (or title, or label)
 * and its own text, never its children's. Strong: a heading cue; or the
 * role's words twice; or its words once where no other role's words stand.
 * Weak: the role's words once beside another role's.
 */
export function inferRoles(heading: string | undefined, text: string): Inference[] {
  // Two versions of a policy share most of their texts: each is read once.
  const key = `${heading ?? ''}\u0000${text}`;
  const known = READ.get(key);
  if (known) return known;
  if (READ.size > 4096) READ.clear();
  const found = readRoles(heading, text);
  READ.set(key, found);
  return found;
}

/** Texts already read (bounded: a long-running preview reads many versions). */
const READ = new Map<string, Inference[]>();

function readRoles(heading: string | undefined, text: string): Inference[] {
  const found: Inference[] = [];
  const [h0, t0] = [heading?.normalize('NFKC'), text.normalize('NFKC')];
  for (const role of ROLE_NAMES) {
    const cues = COMPILED.get(role)!;
    const h = h0 && cues.heading.length ? matches(cues.heading, cueText(h0, cues.not), 'heading') : [];
    const w = t0 && cues.words.length ? matches(cues.words, cueText(t0, cues.not), 'words') : [];
    if (h.length + w.length === 0) continue;
    found.push({ role, strength: h.length > 0 || w.length > 1 ? 'strong' : 'weak', evidence: [...h, ...w] });
  }
  // Words that qualify another role found beside them read as one: 「外国にある事業者に委託」 is entrustment abroad.
  for (const f of found) {
    const q = (spec(f.role).qualifies ?? []) as readonly Role[];
    const base = found.find((g) => q.includes(g.role));
    if (base) [f.strength, base.strength] = ['strong', 'strong'];
  }
  // One word cue alone is strong when no other role's words stand beside it.
  const worded = found.filter((f) => f.evidence.some((e) => e.cue === 'words'));
  if (worded.length === 1 && worded[0]!.strength === 'weak') worded[0]!.strength = 'strong';
  return found;
}

/** The roles a part has of its own: the declared ones, else its strong inferences; with any inference that qualifies one of them. */
export function ownRoles(declared: readonly Role[], inferred: readonly Inference[]): Role[] {
  // Strong readings; where there is none, every reading: a clause that names provision and entrustment once each
  // (「委託する場合を除き、第三者に提供しません」) is weighed by both, the strictest winning, never by neither.
  const strong = inferred.some((i) => i.strength === 'strong') ? inferred.filter((i) => i.strength === 'strong').map((i) => i.role) : inferred.map((i) => i.role);
  // A role with no duty (general, acquisition) never silences words that say more: those are read beside it.
  const dutyFree = declared.every((r) => NO_DUTY.includes(r));
  const base = declared.length > 0 ? [...declared, ...(dutyFree ? strong : [])] : strong;
  const roles = new Set<Role>(base);
  for (const i of inferred) {
    const q = spec(i.role).qualifies as readonly Role[] | undefined;
    if (q?.some((r) => roles.has(r))) roles.add(i.role);
  }
  for (const r of [...roles]) for (const x of (spec(r).replaces ?? []) as readonly Role[]) if (!declared.includes(x)) roles.delete(x);
  return [...roles];
}

/** Roles that carry no duty to tell of a change. */
const NO_DUTY: readonly Role[] = ['general', 'acquisition'];

/** Whether two roles go together: the same, or one qualifies the other (overseas in an entrustment clause). */
export function related(a: Role, b: Role): boolean {
  return a === b || (spec(a).qualifies ?? []).includes(b) || (spec(b).qualifies ?? []).includes(a);
}
