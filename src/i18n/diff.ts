/**
 * The catalogue's part for the words of `policy diff` (catalogue.ts): the
 * names of the actions, categories and kinds of change (one table, which the
 * 新旧対照表 reads too), the notes on what the law requires (`diff.note.<reason>`,
 * one per `Reason` of classify.ts), the text report's headings, labels and
 * summary, and the problems of a comparison.
 *
 * Values are language-neutral: keys (an action, a category), YAML paths and
 * ids, words quoted from the policy, numbers. A list is given one item a
 * line, and each language joins it in its own way.
 */
import type { Part, Values } from './types.js';
import { ROLES } from '../model/roles.js';
import { lines as items, plural } from './words.js';

const count = (values: Values, key: string) => Number(values[key] ?? 0) || 0;

/** What a change is about: the heading of the text report (en) and the name the 新旧対照表 gives it (ja). */
const CATEGORY = {
  party: { en: 'Joint users (共同利用する者の範囲)', ja: '共同利用者の範囲' },
  item: { en: 'Jointly used data items (共同利用する情報項目)', ja: '共同利用する情報項目' },
  jointPurpose: { en: 'Purposes of the joint use (共同利用の目的)', ja: '共同利用の目的' },
  manager: { en: 'Manager responsible (管理について責任を有する者)', ja: '管理責任者' },
  provision: { en: 'Provision to third parties (第三者提供)', ja: '第三者提供' },
  usePurpose: { en: 'Purposes of use (利用目的)', ja: '利用目的' },
  editorial: { en: 'Editorial and other changes', ja: '編集上の変更' },
  unclassified: { en: 'For a lawyer to decide (法的な位置付けを判断できない記述)', ja: '法的な位置付けを判断できない記述' },
  overseas: { en: 'Provision to a third party abroad (外国にある第三者への提供)', ja: '外国にある第三者への提供' },
  optOut: { en: 'Provision by opt-out (オプトアウトによる第三者提供)', ja: 'オプトアウトによる第三者提供' },
  entrustment: { en: 'Entrustment (委託)', ja: '委託' },
  sensitive: { en: 'Special care-required information (要配慮個人情報)', ja: '要配慮個人情報' },
  publication: { en: 'Published matters (公表事項)', ja: '公表事項' },
} as const;

/** What the business must do: the action's key (en) and its name in the 新旧対照表, the letters and the site (ja). Listed as ACTIONS (types.ts). */
const ACTION = {
  review: { en: 'review', ja: '要確認（法務判断）' },
  consent: { en: 'consent', ja: '同意取得' },
  'prior-notice': { en: 'prior-notice', ja: '事前通知等' },
  'notice-without-delay': { en: 'notice-without-delay', ja: '遅滞なく通知等' },
  notice: { en: 'notice', ja: '通知又は公表' },
  none: { en: 'none', ja: '不要' },
} as const;

const categoryJa = (category: string | number | undefined) => {
  const known = CATEGORY[String(category) as keyof typeof CATEGORY];
  return known ? `${known.ja}（${category}）` : String(category);
};

/** The counts of a summary, by action: `1 consent, 2 prior-notice` / `同意取得 1 件、事前通知等 2 件`. */
const byAction = (values: Values, locale: 'en' | 'ja') =>
  (Object.keys(ACTION) as Array<keyof typeof ACTION>)
    .filter((a) => a !== 'none' && count(values, a) > 0)
    .map((a) => (locale === 'en' ? `${count(values, a)} ${a}` : `${ACTION[a].ja} ${count(values, a)} 件`))
    .join(locale === 'en' ? ', ' : '、');

/** The changes that need nothing: editorial ones and reordered entries. */
const rest = (values: Values, locale: 'en' | 'ja') => {
  const editorial = count(values, 'editorial');
  const moved = count(values, 'moved');
  if (locale === 'ja') return [editorial ? `編集上の変更 ${editorial} 件` : '', moved ? `順序の変更 ${moved} 件` : ''].filter(Boolean).join('、');
  return [editorial ? plural(editorial, 'editorial change') : '', moved ? (moved === 1 ? '1 entry reordered' : `${moved} entries reordered`) : ''].filter(Boolean).join('; ');
};

/** The rows of a joint use, which are roles of their own in the diff (types.ts RowRole). */
const ROW_ROLES_JA: Readonly<Record<string, string>> = {
  'jointUse.parties': '共同利用する者の範囲',
  'jointUse.purposes': '共同利用の目的',
  'jointUse.items': '共同利用する情報項目',
  'jointUse.managers': '管理責任者',
};
/** A role as written in `role:`, with its Japanese name: `purposes（利用目的）`. */
const roleJa = (role: string) => {
  const name = ROLES[role as keyof typeof ROLES]?.ja ?? ROW_ROLES_JA[role];
  return name ? `${role}（${name}）` : role;
};

/** Why a moved entry needs nothing. */
const MOVED_WHY = {
  order: { en: 'the order carries no legal meaning', ja: '順序には法的な意味がない' },
  entry: { en: 'the entry itself is unchanged', ja: '記述そのものは変わっていない' },
  field: { en: 'the field stays a jointly used item under the same manager', ja: 'この項目は同じ管理責任者の下で共同して利用される項目のままである' },
} as const;
const movedWhy = (why: string | number | undefined) => MOVED_WHY[String(why) as keyof typeof MOVED_WHY] ?? MOVED_WHY.order;

/** Why a recorded decision falls short (decision.ts), from `why` and the actions recorded (`taken`, one a line). */
function shortfall(values: Values, locale: 'en' | 'ja'): string {
  const taken = items(values.taken);
  const has = locale === 'en' ? (taken.length ? `only ${taken.join(', ')}` : 'no action for it') : taken.length ? `${taken.join('、')} のみです` : 'ありません';
  switch (values.why) {
    case 'consent':
      return locale === 'en' ? `it needs consent, and the record has ${has}` : `本人の同意が必要ですが、記録は${taken.length ? ` ${has}` : has}`;
    case 'prior-notice':
      return locale === 'en' ? `it must be told in advance, and the record has ${has}` : `事前の通知等が必要ですが、記録は${taken.length ? ` ${has}` : has}`;
    case 'late': {
      const when = items(values.toldOn);
      const told = items(values.toldTaken).map((t, i) => (locale === 'en' ? `${t} on ${when[i] ?? ''}` : `${t}（${when[i] ?? ''}）`));
      return locale === 'en'
        ? `it must be told before the effective date ${values.date}, and the record says ${told.join(', ')}`
        : `施行日 ${values.date} より前の通知等が必要ですが、記録は ${told.join('、')} です`;
    }
    case 'notice':
      return locale === 'en' ? `it must be notified or published, and the record has ${taken.length ? 'only none' : 'no action for it'}` : `通知又は公表が必要ですが、記録は${taken.length ? ' none のみです' : 'ありません'}`;
    default:
      return locale === 'en' ? 'no action is recorded for it' : 'この変更についての対応の記録がありません';
  }
}

/** Where a side of a comparison was read (`kind`: path, worktree or revision; `path`, or `rev` and its commit `short`). */
function sideWhere(values: Values, locale: 'en' | 'ja', prefix = ''): string {
  const v = (key: string) => values[prefix ? `${prefix}${key[0]!.toUpperCase()}${key.slice(1)}` : key];
  switch (v('kind')) {
    case 'revision':
      return locale === 'en' ? `${v('rev')}, commit ${v('short')}` : `${v('rev')}、コミット ${v('short')}`;
    case 'worktree':
      return locale === 'en' ? `${v('path')} in the working tree` : `作業ツリーの ${v('path')}`;
    default:
      return String(v('path'));
  }
}

/** A side by its role: `the old side (HEAD~1, commit 3f2a9c1)` / `改正前の版（HEAD~1、コミット 3f2a9c1）`. */
const sideName = (values: Values, locale: 'en' | 'ja', role: string, prefix = '') =>
  locale === 'en' ? `the ${role} side (${sideWhere(values, 'en', prefix)})` : `${role === 'old' ? '改正前' : '改正後'}の版（${sideWhere(values, 'ja', prefix)}）`;

export const DIFF = {
  'diff.note.referred': {
    en: 'The joint-use table refers to this part of the policy for its content (its `refers`, its text quoting this heading or article, or the group of companies it names), so this text is part of the joint use.',
    ja: '共同利用の表がこの部分をその内容として引いています（表の refers、この見出し又は条を引く表の文言、又は表が挙げる企業グループ）。このため、この記述は共同利用の内容の一部です。',
  },
  'diff.note.partyAdded': {
    en: 'Adding a joint user widens the scope of joint users, which needs the consent of the principal (or a new joint use announced in advance) (Guidelines 3-6-3).',
    ja: '共同利用する者を加えると共同利用者の範囲が広がるため、本人の同意（又は新たな共同利用としての事前の通知等）が必要です（通則ガイドライン 3-6-3）。',
  },
  'diff.note.partyRemoved': {
    en: 'Removing a joint user changes the scope of joint users, which needs the consent of the principal (or a new joint use announced in advance) (Guidelines 3-6-3).',
    ja: '共同利用する者を除くと共同利用者の範囲が変わるため、本人の同意（又は新たな共同利用としての事前の通知等）が必要です（通則ガイドライン 3-6-3）。',
  },
  'diff.note.partyRenamed': {
    en: "A joint user's new name, with the scope of joint users unchanged, is notified to the principal or made readily accessible in advance (Guidelines 3-6-3).",
    ja: '共同利用者の範囲を変えずに共同利用する者の名称が変わる場合は、あらかじめ本人に通知し、又は本人が容易に知り得る状態に置きます（通則ガイドライン 3-6-3）。',
  },
  'diff.note.itemChanged': {
    en: 'The jointly used data items may not in principle be changed: adding or removing an item needs the consent of the principal (Guidelines 3-6-3).',
    ja: '共同して利用される個人データの項目は、原則として変更できません。項目の追加又は削除には本人の同意が必要です（通則ガイドライン 3-6-3）。',
  },
  'diff.note.itemReworded': {
    en: 'A rewording that keeps the same data is notified or made readily accessible in advance; if it changes which data are used, treat it as a new item needing consent (Guidelines 3-6-3).',
    ja: '同じデータを指したままの表現の変更は、あらかじめ本人に通知し、又は本人が容易に知り得る状態に置きます。利用するデータが変わる場合は、本人の同意を要する新たな項目として扱ってください（通則ガイドライン 3-6-3）。',
  },
  'diff.note.jointPurpose': {
    en: "The joint users' purposes may change only within what the principal can reasonably expect, notified or made readily accessible in advance (Art. 27(6)).",
    ja: '共同利用する者の利用目的は、本人が通常予期し得る限度でのみ変更でき、あらかじめ本人に通知し、又は本人が容易に知り得る状態に置く必要があります（個人情報保護法第27条第6項）。',
  },
  'diff.note.managerReplaced': {
    en: 'Changing the person responsible for managing the data must be notified to the principal or made readily accessible in advance (Art. 27(6)).',
    ja: '個人データの管理について責任を有する者を変更する場合は、あらかじめ本人に通知し、又は本人が容易に知り得る状態に置く必要があります（個人情報保護法第27条第6項）。',
  },
  'diff.note.managerDetails': {
    en: "A change of the manager's name, address or representative must be notified to the principal or made readily accessible without delay (Art. 27(6)).",
    ja: '管理について責任を有する者の氏名又は名称、住所又は代表者の氏名が変わった場合は、遅滞なく本人に通知し、又は本人が容易に知り得る状態に置く必要があります（個人情報保護法第27条第6項）。',
  },
  'diff.note.usePurpose': {
    en: 'A new or changed purpose of use must stay within what is reasonably relevant to the former purposes and be notified or published (Art. 17(2), 21(3)); a purpose beyond that needs consent (Art. 18(1)).',
    ja: '追加又は変更する利用目的は、変更前の利用目的と関連性を有すると合理的に認められる範囲内とし、本人に通知し、又は公表する必要があります（個人情報保護法第17条第2項、第21条第3項）。その範囲を超える利用目的には本人の同意が必要です（同法第18条第1項）。',
  },
  'diff.note.sameMeaning': {
    en: 'Only the width of characters, spacing, styling, a variant spelling (全て/すべて, 取扱い/取り扱い, 株式会社/㈱ …), a postal code or the way an address is written (一丁目2番3号/1-2-3, with or without the prefecture) changed: the wording means the same, so no notice is needed.',
    ja: '全角・半角、空白、書式、表記ゆれ（全て/すべて、取扱い/取り扱い、株式会社/㈱ …）、郵便番号又は住所の書き方（一丁目2番3号/1-2-3、都道府県名の有無）のみの変更です。意味は同じため、通知等は不要です。',
  },
  'diff.note.partyReplaced': {
    en: 'Another name under the same id is a new joint user unless it is the same entity renamed or succeeded; the scope of joint users cannot in principle change without the consent of the principal (Guidelines 3-6-3). If it is the same entity, write its former name as formerName.',
    ja: '同じ id の下の別の名称は、同一の者の名称変更又は承継でない限り、新たな共同利用者です。共同利用者の範囲は、原則として本人の同意なく変更できません（通則ガイドライン 3-6-3）。同一の者であれば、旧名称を formerName に書いてください。',
  },
  'diff.note.formerNameDiffers': {
    en: 'formerName does not match the name in the earlier version, so the entity is not shown to be the same: treated as a replacement.',
    ja: 'formerName が改正前の名称と一致しないため、同一の者であることが示されていません。別の者への入替えとして扱います。',
  },
  'diff.note.itemReplaced': {
    en: 'Another item under the same id changes the jointly used data, which needs the consent of the principal (Guidelines 3-6-3). If only the wording of the same item changed, write the former wording as formerName.',
    ja: '同じ id の下の別の項目は、共同して利用される個人データを変えるため、本人の同意が必要です（通則ガイドライン 3-6-3）。同じ項目の表記のみの変更であれば、旧表記を formerName に書いてください。',
  },
  'diff.note.managerRenamedAsReplacement': {
    en: 'Another name for the manager under the same id is treated as another manager (Art. 27(6): notified in advance). If it is the same manager renamed or succeeded, write its former name as formerName.',
    ja: '同じ id の下の管理責任者の別の名称は、別の管理責任者として扱います（個人情報保護法第27条第6項：事前の通知等）。同一の者の名称変更又は承継であれば、旧名称を formerName に書いてください。',
  },
  'diff.note.scopeText': {
    en: 'This text defines who the joint users are: a change to it may widen or narrow the scope of joint users, which needs the consent of the principal (Guidelines 3-6-3). If only the wording changed, a reviewer can confirm that the scope stays the same.',
    ja: 'この記述は共同利用する者の範囲を定めています。変更により共同利用者の範囲が広がり又は狭まる場合は、本人の同意が必要です（通則ガイドライン 3-6-3）。表現のみの変更であれば、範囲が変わらないことを確認してください。',
  },
  'diff.note.itemText': {
    en: 'This text defines the jointly used items: a change to it may change which data are used, which needs the consent of the principal (Guidelines 3-6-3).',
    ja: 'この記述は共同して利用される個人データの項目を定めています。変更により利用するデータが変わる場合は、本人の同意が必要です（通則ガイドライン 3-6-3）。',
  },
  'diff.note.jointPurposeText': {
    en: "This text belongs to the joint users' purposes, which may change only within what the principal can reasonably expect, notified or made readily accessible in advance (Art. 27(6)).",
    ja: 'この記述は共同利用する者の利用目的に属します。利用目的は本人が通常予期し得る限度でのみ変更でき、あらかじめ本人に通知し、又は本人が容易に知り得る状態に置く必要があります（個人情報保護法第27条第6項）。',
  },
  'diff.note.managerText': {
    en: 'This text belongs to the manager responsible, whose change must be notified or made readily accessible in advance (Art. 27(6)).',
    ja: 'この記述は管理について責任を有する者に属します。その変更は、あらかじめ本人に通知し、又は本人が容易に知り得る状態に置く必要があります（個人情報保護法第27条第6項）。',
  },
  'diff.note.businessIdentity': {
    en: "The business's name, address or representative is published (Art. 32(1)(i)) and, as the manager of its customers' data in a joint use, must be notified or made readily accessible without delay when it changes (Art. 27(6)).",
    ja: '事業者の名称、住所又は代表者は公表事項であり（個人情報保護法第32条第1項第1号）、共同利用の管理責任者として、変更の際は遅滞なく本人に通知し、又は本人が容易に知り得る状態に置く必要があります（同法第27条第6項）。',
  },
  'diff.note.provision': {
    en: 'Provision of personal data to third parties needs the consent of the principal in advance (Art. 27(1)); to a third party in a foreign country, consent given with the information of Art. 28(2) (Art. 28(1)).',
    ja: '個人データの第三者への提供には、あらかじめ本人の同意が必要です（個人情報保護法第27条第1項）。外国にある第三者への提供には、同法第28条第2項の情報を提供した上での同意が必要です（同法第28条第1項）。',
  },
  'diff.note.usePurposeText': {
    en: 'This text introduces the purposes of use: a change may change what the data are used for, which must stay within what is reasonably relevant to the former purposes and be notified or published (Art. 17(2), 21(3)); beyond that, consent (Art. 18(1)).',
    ja: 'この記述は利用目的を導くものです。変更により利用目的が変わる場合は、変更前の利用目的と関連性を有すると合理的に認められる範囲内とし、本人に通知し、又は公表する必要があります（個人情報保護法第17条第2項、第21条第3項）。その範囲を超える場合は本人の同意が必要です（同法第18条第1項）。',
  },
  'diff.note.overseas': {
    en: 'Provision to a third party in a foreign country needs the consent of the principal given with the information of Art. 28(2): the country, its system for protecting personal information, and the measures the recipient takes (Art. 28(1), (2)). Entrustment and joint use do not lift this abroad (Art. 28(1), second sentence).',
    ja: '外国にある第三者への提供には、個人情報保護法第28条第2項の情報（当該外国の名称、当該外国の個人情報の保護に関する制度、提供先が講ずる措置）を提供した上で、本人の同意を得る必要があります（同法第28条第1項、第2項）。委託及び共同利用であっても、外国への提供ではこの同意を省けません（同法第28条第1項後段）。',
  },
  'diff.note.optOut': {
    en: 'Provision by opt-out: the items of Art. 27(2) must be notified to the principal or made readily accessible in advance, and filed with the Personal Information Protection Commission (Art. 27(2), (3)).',
    ja: 'オプトアウトによる第三者提供です。個人情報保護法第27条第2項の事項をあらかじめ本人に通知し、又は本人が容易に知り得る状態に置き、個人情報保護委員会に届け出る必要があります（同法第27条第2項、第3項）。',
  },
  'diff.note.entrustment': {
    en: 'Entrustment needs no consent only within the purposes of use and to a recipient in Japan (Art. 27(5)(i)); a lawyer confirms that the changed clause stays within that.',
    ja: '委託は、利用目的の達成に必要な範囲内で、かつ国内の委託先に対するものに限り、本人の同意を要しません（個人情報保護法第27条第5項第1号）。変更後の定めがその範囲内であることを法務担当者が確認してください。',
  },
  'diff.note.useLimitation': {
    en: 'Handling personal information beyond what is necessary for the purposes of use needs the consent of the principal in advance (Art. 18(1)).',
    ja: '利用目的の達成に必要な範囲を超えて個人情報を取り扱うには、あらかじめ本人の同意が必要です（個人情報保護法第18条第1項）。',
  },
  'diff.note.sensitive': {
    en: 'This needs special care-required personal information (要配慮個人情報: Art. 2(3), Cabinet Order Art. 2), which may be acquired only with the consent of the principal in advance (Art. 20(2)).',
    ja: 'この変更には要配慮個人情報（個人情報保護法第2条第3項、施行令第2条）が伴います。その取得には、あらかじめ本人の同意が必要です（同法第20条第2項）。',
  },
  'diff.note.publication': {
    en: 'This is a matter the business keeps readily accessible to the principal (Art. 32(1)): the new text is published with the new version.',
    ja: 'この記述は本人の知り得る状態に置く事項です（個人情報保護法第32条第1項）。改定後の版の公表とともに新しい記述を公表します。',
  },
  'diff.note.businessPublished': {
    en: "The business's name, address or representative is published (Art. 32(1)(i)); it is no manager of a joint use, so the new text is published with the new version.",
    ja: '事業者の名称、住所又は代表者は公表事項です（個人情報保護法第32条第1項第1号）。事業者は共同利用の管理責任者ではないため、改定後の版の公表とともに新しい記述を公表します。',
  },
  'diff.note.pseudonymised': {
    en: 'The purposes of use of pseudonymised information are published when they change (Art. 41(4), 21(3)).',
    ja: '仮名加工情報の利用目的は、変更したときに公表します（個人情報保護法第41条第4項、第21条第3項）。',
  },
  'diff.note.anonymised': {
    en: 'The items of anonymised information made or provided are published (Art. 43(3), (4)).',
    ja: '作成し又は提供した匿名加工情報の項目を公表します（個人情報保護法第43条第3項、第4項）。',
  },
  'diff.note.heldPurposes': {
    en: 'The purposes of use of retained personal data are kept readily accessible to the principal (Art. 32(1)(ii)) and, when changed, notified or published (Art. 21(3)).',
    ja: '保有個人データの利用目的は本人の知り得る状態に置き（個人情報保護法第32条第1項第2号）、変更したときは本人に通知し、又は公表します（同法第21条第3項）。',
  },
  'diff.note.noDuty': {
    en: 'This part has no duty to tell customers of a change (a definition, a general provision, how data is acquired).',
    ja: 'この部分の変更を顧客に知らせる義務はありません（定義、一般的な定め、取得の方法）。',
  },
  'diff.note.unknownRole': {
    en: 'The tool cannot tell what this part is in law: a lawyer must decide whether customers must be told. Declare its role (`role:`) once decided.',
    ja: 'この部分の法的な位置付けをツールでは判断できません。顧客に知らせる必要があるかを法務担当者が判断してください。判断した後は、その役割を role: に書いてください。',
  },
  'diff.note.unknownFacts': {
    en: 'This part reads as general or as how data is acquired, but the edit names another recipient, country, act of giving data or sensitive category, or changes what it says of consent (a promise to ask it dropped, consent taken as given): a lawyer decides what it is in law, and declares its role (`role:`).',
    ja: 'この部分は一般的な記述又は取得に関する記述と読めますが、変更により別の提供先、国、提供等の態様若しくは要配慮個人情報が書かれ、又は同意についての定め（同意を得る旨の削除、同意したものとみなす旨）が変わりました。法的な位置付けを法務担当者が判断し、その役割を role: に書いてください。',
  },
  'diff.note.purposeGives': {
    en: 'A purpose of use now names another recipient or a country: if the data goes to them, that is a provision to a third party (Art. 27(1), 28(1)) or a joint use to be announced in advance (Art. 27(5)(iii)), not only a new purpose (Art. 21(3)). A lawyer decides.',
    ja: '利用目的に、別の提供先又は国が書かれました。データがその者に渡る場合は、利用目的の変更（個人情報保護法第21条第3項）にとどまらず、第三者提供（同法第27条第1項、第28条第1項）又はあらかじめ通知等をする共同利用（同法第27条第5項第3号）に当たります。法務担当者が判断してください。',
  },
  'diff.note.sameFacts': {
    en: 'The recipients, countries, data items, acts and the words that open or narrow a set are the same on both sides: only the wording changed. A lawyer confirms that the meaning is the same.',
    ja: '提供先、国、データの項目、提供等の態様、及び範囲を広げ又は狭める語は、両版で同じです。文言のみの変更です。意味が同じであることを法務担当者が確認してください。',
  },
  'diff.note.identityEcho': {
    en: "Only the business's name, address or representative changed here, as under `organization:`: one fact, reported there.",
    ja: 'ここでは、organization: と同じく事業者の名称、住所又は代表者のみが変わりました。一つの事実として organization: の欄で扱います。',
  },
  'diff.note.typoCorrected': {
    en: 'Only a misspelt name was corrected: the same recipient, nothing else changed.',
    ja: '名称の誤記の訂正のみです。提供先は同じで、ほかに変更はありません。',
  },
  'diff.note.headingOnly': {
    en: 'Only the heading changed, and it names the same part: nothing is owed.',
    ja: '見出しのみの変更で、同じ部分を指しています。対応は不要です。',
  },
  'diff.note.referenceRetargeted': {
    en: 'The words of this row are the same, but the section they cite is now another one (a section inserted, renumbered or renamed): the row now takes its content from elsewhere.',
    ja: 'この行の文言は同じですが、引用する条項が別の条項になりました（条項の挿入、番号の変更又は見出しの変更）。この行は別の箇所から内容を得ることになります。',
  },
  'diff.note.renameWidens': {
    en: 'The new name is the former name with more added (及び, 並びに, 等, その他, グループ …): a wider scope, not a rename (Guidelines 3-6-3 事例1).',
    ja: '新しい名称は旧名称に語を加えたもの（及び、並びに、等、その他、グループ …）で、名称の変更ではなく範囲の拡大です（通則ガイドライン 3-6-3 事例1）。',
  },
  'diff.note.renameUnrelated': {
    en: 'The new name shares nothing recognisable with the former one: confirm this is the same business (商号変更・合併・承継) before treating it as a rename (Guidelines 3-6-3 事例2/3).',
    ja: '新しい名称には旧名称と共通する部分が見当たりません。名称の変更として扱う前に、同一の事業者であること（商号変更・合併・承継）を確認してください（通則ガイドライン 3-6-3 事例2・3）。',
  },

  // ─── how a moved or renamed entry is explained ─────────────────────────────
  'diff.note.moved': {
    en: ({ from, why }) => `Moved from ${from}; ${movedWhy(why).en}, so no notice is needed.`,
    ja: ({ from, why }) => `${from} から移動しました。${movedWhy(why).ja}ため、通知等は不要です。`,
  },
  'diff.note.movedToManager': {
    en: ({ from }) => `Moved from ${from} to a group with another manager responsible, which must be notified or made readily accessible in advance (Art. 27(6)).`,
    ja: ({ from }) =>
      `${from} から、管理責任者の異なるグループに移動しました。あらかじめ本人に通知し、又は本人が容易に知り得る状態に置く必要があります（個人情報保護法第27条第6項）。`,
  },
  'diff.note.movedAcross': {
    en: ({ direction, other }) => `Moved ${direction === 'to' ? 'to' : 'from'} ${other}, the same entry with the same words: policies of one folder are compared as one, so no notice is needed.`,
    ja: ({ direction, other }) =>
      `同じ記述が同じ文言のまま ${other} ${direction === 'to' ? 'に' : 'から'}移動しました。一つのフォルダのポリシーは一体として比べるため、通知等は不要です。`,
  },
  'diff.note.idRenamed': {
    en: ({ from, to }) => `The id changed from "${from}" to "${to}"; the entry itself is the same, so no notice is needed.`,
    ja: ({ from, to }) => `id が "${from}" から "${to}" に変わりました。記述そのものは同じため、通知等は不要です。`,
  },

  // ─── names: one table for the text report, the 新旧対照表, the letters and the site ───
  'diff.action.review': ACTION.review,
  'diff.action.consent': ACTION.consent,
  'diff.action.prior-notice': ACTION['prior-notice'],
  'diff.action.notice-without-delay': ACTION['notice-without-delay'],
  'diff.action.notice': ACTION.notice,
  'diff.action.none': ACTION.none,
  'diff.category.unclassified': CATEGORY.unclassified,
  'diff.category.party': CATEGORY.party,
  'diff.category.item': CATEGORY.item,
  'diff.category.jointPurpose': CATEGORY.jointPurpose,
  'diff.category.manager': CATEGORY.manager,
  'diff.category.provision': CATEGORY.provision,
  'diff.category.overseas': CATEGORY.overseas,
  'diff.category.optOut': CATEGORY.optOut,
  'diff.category.entrustment': CATEGORY.entrustment,
  'diff.category.sensitive': CATEGORY.sensitive,
  'diff.category.usePurpose': CATEGORY.usePurpose,
  'diff.category.publication': CATEGORY.publication,
  'diff.category.editorial': CATEGORY.editorial,
  'diff.kind.added': { en: 'added', ja: '追加' },
  'diff.kind.removed': { en: 'removed', ja: '削除' },
  'diff.kind.modified': { en: 'modified', ja: '変更' },
  'diff.kind.moved': { en: 'moved', ja: '順序の変更' },
  /** Whether the English translation followed a change (the text's "en:", the 新旧対照表's 英訳). */
  'diff.translation.changed': { en: 'the English changed in the same revision', ja: '同時に更新' },
  'diff.translation.unchanged': { en: 'the English is unchanged: check whether it needs the change too', ja: '更新なし（要確認）' },
  'diff.translation.missing': { en: 'the English is missing or out of date in the new version', ja: '未翻訳・翻訳が古い' },

  // ─── the text report ───────────────────────────────────────────────────────
  'diff.summary.none': {
    en: (values) => `No change needs re-notice: ${rest(values, 'en') || 'the two versions are the same'}.`,
    ja: (values) => (rest(values, 'ja') ? `再通知等を要する変更はありません（${rest(values, 'ja')}）。` : '再通知等を要する変更はありません。両版は同じです。'),
  },
  'diff.summary.renotice': {
    en: (values) => {
      const acting = count(values, 'acting');
      const others = rest(values, 'en');
      return `Re-notice required: ${acting === 1 ? '1 change needs action' : `${acting} changes need action`} (${byAction(values, 'en')})${others ? `; ${others}` : ''}.`;
    },
    ja: (values) => {
      const others = rest(values, 'ja');
      return `再通知等が必要です：対応を要する変更 ${count(values, 'acting')} 件（${byAction(values, 'ja')}）${others ? `、${others}` : ''}。`;
    },
  },
  'diff.heading.review': {
    en: ({ count: n }) => `For a lawyer to decide (review) — ${plural(n!, 'change')}`,
    ja: ({ count: n }) => `法務担当者が判断する変更（要確認） — ${n} 件`,
  },
  'diff.heading.category': {
    en: ({ category, count: n }) => `${CATEGORY[category as keyof typeof CATEGORY]?.en ?? category} — ${plural(n!, 'change')}`,
    ja: ({ category, count: n }) => `${CATEGORY[category as keyof typeof CATEGORY]?.ja ?? category} — ${n} 件`,
  },
  'diff.change.at': { en: ({ path }) => ` at ${path}`, ja: ({ path }) => `（場所：${path}）` },
  'diff.basis': { en: ({ basis }) => ` (${basis})`, ja: ({ basis }) => `（根拠：${basis}）` },
  'diff.problem.line': {
    en: ({ severity, message, rule }) => `${severity}: ${message} (${rule})`,
    ja: ({ severity, message, rule }) => `${severity === 'error' ? 'エラー' : '警告'}：${message}（${rule}）`,
  },
  'diff.field.decision': { en: 'decision', ja: '判断' },
  'diff.field.hint': { en: 'hint', ja: 'ヒント' },
  'diff.field.action': { en: 'action', ja: '対応' },
  'diff.field.note': { en: 'note', ja: '備考' },
  'diff.field.recorded': { en: 'recorded', ja: '記録' },
  'diff.field.en': { en: 'en', ja: '英訳' },
  'diff.field.facts': { en: 'facts', ja: '変更点' },
  'diff.field.roles': { en: 'roles', ja: '役割' },
  'diff.field.text': { en: 'text', ja: '文言' },
  'diff.field.before': { en: 'before', ja: '改正前' },
  'diff.field.after': { en: 'after', ja: '改正後' },
  'diff.recorded.nothing': { en: '(nothing for this kind of change)', ja: '（この種類の変更についての記録はありません）' },
  'diff.facts': {
    en: ({ added, removed, corrected }) =>
      [items(added).length ? `adds ${items(added).join(', ')}` : '', items(removed).length ? `drops ${items(removed).join(', ')}` : '', items(corrected).length ? `corrects ${items(corrected).join(', ')}` : '']
        .filter(Boolean)
        .join('; '),
    ja: ({ added, removed, corrected }) =>
      [['追加', added], ['削除', removed], ['訂正', corrected]]
        .filter(([, list]) => items(list).length)
        .map(([what, list]) => `${what}「${items(list).join('」「')}」`)
        .join('、'),
  },
  'diff.explain': {
    en: ({ roles, inferred, rule }) => `${items(roles).join(', ') || 'none'}${inferred ? ' (found from the words: declare with role:)' : ''}; rule ${rule}`,
    ja: ({ roles, inferred, rule }) => `${items(roles).map(roleJa).join('、') || 'なし'}${inferred ? '（本文から推定しました。role: で宣言してください）' : ''}；規則 ${rule}`,
  },
  'diff.only-new': {
    en: ({ name, label }) => `${name}: only in the new version (${label}): a new policy; review how to publish and notify it.`,
    ja: ({ name, label }) => `${name}：改正後にのみあります（${label}）。新しいポリシーです。公表及び通知等の方法を確認してください。`,
  },
  'diff.only-old': {
    en: ({ name, label }) => `${name}: only in the old version (${label}): the policy was withdrawn; review whether individuals must be told.`,
    ja: ({ name, label }) => `${name}：改正前にのみあります（${label}）。ポリシーが廃止されました。本人に知らせる必要があるかを確認してください。`,
  },

  // ─── problems of the new version as a revision (DiffProblem) ───────────────
  'diff.problem.former-name': {
    en: ({ formerName, name }) => `formerName 「${formerName}」 is not the name in the earlier version 「${name}」`,
    ja: ({ formerName, name }) => `formerName の「${formerName}」が改正前の名称「${name}」と一致しません`,
  },
  'diff.problem.former-name.hint': {
    en: ({ earlier }) => `write the earlier name exactly: formerName: ${earlier}`,
    ja: ({ earlier }) => `改正前の名称をそのまま「formerName: ${earlier}」と書いてください`,
  },
  'diff.problem.version-not-bumped': {
    en: ({ version, date }) => `changes that need action, but the version (${version}) and the effective date (${date}) are those of the earlier version`,
    ja: ({ version, date }) => `対応を要する変更がありますが、版（${version}）と施行日（${date}）が改正前と同じです`,
  },
  'diff.problem.version-not-bumped.hint': {
    en: 'bump the version, set the new effective date, and add a line to revisions: for the new version',
    ja: '版を上げて新しい施行日を書き、revisions: に新しい版の行を加えてください',
  },
  'diff.problem.reference-retargeted': {
    en: ({ cited, row, was, now }) => `「${cited}」 in the row ${row} pointed at 「${was}」 and now points at 「${now}」`,
    ja: ({ cited, row, was, now }) => `行「${row}」の「${cited}」は「${was}」を指していましたが、今は「${now}」を指しています`,
  },
  'diff.problem.reference-retargeted.hint': {
    en: ({ was }) => `if the row means 「${was}」, cite it by its new number or heading, or name it under "refers:"`,
    ja: ({ was }) => `この行が「${was}」を指すのであれば、新しい条番号又は見出しで引用するか、"refers:" にその条項を書いてください`,
  },
  'diff.problem.decision-disagrees': {
    en: (values) => `the decision recorded for ${values.version} disagrees with the classification of the ${values.category} changes (${values.id} …): ${shortfall(values, 'en')}`,
    ja: (values) =>
      `${values.version} の改定履歴に記録された判断（decision）が、${categoryJa(values.category)}の変更（${values.id} …）の分類と一致しません：${shortfall(values, 'ja')}`,
  },
  'diff.problem.decision-disagrees.hint': {
    en: ({ category, required }) =>
      `record what was done for "${category}" (e.g. taken: ${required === 'consent' ? 'consent, from: …, to: …' : 'notified, on: …'}), or have the classification reviewed`,
    ja: ({ category, required }) =>
      `"${category}" について行った対応を記録してください（例：taken: ${required === 'consent' ? 'consent, from: …, to: …' : 'notified, on: …'}）。又は、分類を法務担当者に見直してもらってください`,
  },

  // ─── the two sides of a comparison (sides.ts) ──────────────────────────────
  'diff.usage.too-many': {
    en: ({ command, count: n }) => `policy ${command} takes at most two versions (OLD and NEW); got ${n}\nRun "policy ${command} --help" for the options.`,
    ja: ({ command, count: n }) => `policy ${command} に指定できる版は二つまで（旧版と新版）ですが、${n} 個あります\nオプションは "policy ${command} --help" で確かめてください。`,
  },
  'diff.side.not-revision': {
    en: ({ rev, arg }) => `"${rev}" (in ${arg}) is not a revision of this git repository`,
    ja: ({ rev, arg }) => `"${rev}"（${arg} の中）は、この git リポジトリのリビジョンではありません`,
  },
  'diff.side.no-revision': {
    en: ({ arg }) => `${arg}: no such revision in this git repository (nor a file or folder)`,
    ja: ({ arg }) => `${arg}：この git リポジトリにそのリビジョンはありません（ファイルやフォルダでもありません）`,
  },
  'diff.side.revision.hint': {
    en: 'list revisions with git log --oneline, git tag or git branch -a (fetch first, e.g. git fetch origin, to compare with origin/main)',
    ja: 'リビジョンは git log --oneline、git tag 又は git branch -a で確かめてください（origin/main と比べるなら、先に git fetch origin などで取得してください）',
  },
  'diff.side.no-file': { en: ({ arg }) => `${arg}: no such file or folder`, ja: ({ arg }) => `${arg}：そのファイル又はフォルダはありません` },
  'diff.side.no-file.hint': { en: 'check the path; policies live in policy/', ja: 'パスを確かめてください。ポリシーは policy/ にあります' },
  'diff.side.neither': {
    en: ({ arg, cwd }) => `${arg}: no such file or folder, and ${cwd} is not in a git repository, so it cannot be a revision either`,
    ja: ({ arg, cwd }) => `${arg}：そのファイル又はフォルダはありません。${cwd} は git リポジトリの中にないため、リビジョンでもありません`,
  },
  'diff.side.neither.hint': {
    en: 'compare two files or folders (policy diff OLD NEW), or run the command inside the repository',
    ja: '二つのファイル又はフォルダを比べるか（policy diff OLD NEW）、リポジトリの中でコマンドを実行してください',
  },
  'diff.side.not-a-repo': {
    en: ({ command, args, cwd }) => `policy ${command} ${args === 'none' ? 'without arguments' : 'with one path'} compares git revisions, but ${cwd} is not in a git repository`,
    ja: ({ command, args, cwd }) => `${args === 'none' ? '引数のない' : 'パスを一つ指定した'} policy ${command} は git のリビジョンを比べますが、${cwd} は git リポジトリの中にありません`,
  },
  'diff.side.not-a-repo.hint': {
    en: 'give the two versions as files or folders: policy diff OLD.yaml NEW.yaml',
    ja: '二つの版をファイル又はフォルダで指定してください：policy diff OLD.yaml NEW.yaml',
  },
  'diff.side.no-commit': {
    en: 'the repository has no commit yet (HEAD), so there is nothing to compare with',
    ja: 'リポジトリにまだコミット（HEAD）がないため、比べる版がありません',
  },
  'diff.side.no-commit.hint': {
    en: 'commit the policies first, or compare two files: policy diff OLD.yaml NEW.yaml',
    ja: '先にポリシーをコミットするか、二つのファイルを比べてください：policy diff OLD.yaml NEW.yaml',
  },
  'diff.side.no-policy-folder': { en: ({ cwd }) => `no policy/ folder in ${cwd}`, ja: ({ cwd }) => `${cwd} に policy/ フォルダがありません` },
  'diff.side.no-policy-folder.hint': {
    en: 'run the command in the project folder (where policy/ is), or name the files or folders to compare',
    ja: 'プロジェクトのフォルダ（policy/ のあるフォルダ）でコマンドを実行するか、比べるファイル又はフォルダを指定してください',
  },
  'diff.side.no-policies': { en: ({ path }) => `no policy files (.yaml) in ${path}`, ja: ({ path }) => `${path} にポリシーのファイル（.yaml）がありません` },
  'diff.side.unreadable': {
    en: ({ role, path }) => `the ${role} side (${path}) could not be read`,
    ja: ({ role, path }) => `${role === 'old' ? '改正前' : '改正後'}の版（${path}）を読めませんでした`,
  },
  'diff.side.unreadable.hint': {
    en: 'fix or remove the files named above and run the command again',
    ja: '上に示したファイルを直すか取り除いてから、もう一度実行してください',
  },
  'diff.side.outside': {
    en: ({ path, top, rev }) => `${path} is outside the git repository (${top}), so it cannot be read at ${rev}`,
    ja: ({ path, top, rev }) => `${path} は git リポジトリ（${top}）の外にあるため、${rev} の版として読めません`,
  },
  'diff.side.absent-at': {
    en: ({ path, rev, short }) => `${path} does not exist at ${rev} (${short})`,
    ja: ({ path, rev, short }) => `${rev}（${short}）には ${path} がありません`,
  },
  'diff.side.absent-at.hint': {
    en: ({ rev }) => `see what the revision holds with git ls-tree -r --name-only ${rev}; a policy added since then has nothing to compare with`,
    ja: ({ rev }) => `リビジョンの中身は git ls-tree -r --name-only ${rev} で確かめてください。その後に加えたポリシーには比べる版がありません`,
  },
  'diff.side.no-policies-at': {
    en: ({ path, rev, short }) => `no policy files (.yaml) in ${path} at ${rev} (${short})`,
    ja: ({ path, rev, short }) => `${rev}（${short}）の ${path} にポリシーのファイル（.yaml）がありません`,
  },
  'diff.side.no-policies-at.hint': {
    en: ({ rev }) => `see what the revision holds with git ls-tree -r --name-only ${rev}`,
    ja: ({ rev }) => `リビジョンの中身は git ls-tree -r --name-only ${rev} で確かめてください`,
  },
  'diff.side.same-name': {
    en: ({ one, other, name }) => `${one} and ${other} have the same name, ${name}; versions are paired by file name`,
    ja: ({ one, other, name }) => `${one} と ${other} は同じ名前（${name}）です。版はファイル名で対応させます`,
  },
  'diff.side.same-name.hint': {
    en: 'rename one of the files (each policy needs a name of its own), or compare the two files by naming them',
    ja: 'どちらかのファイルの名前を変えるか（ポリシーにはそれぞれ別の名前が必要です）、二つのファイルを指定して比べてください',
  },
  'diff.side.no-namesake': {
    en: (values) => `${values.label} has no namesake in ${sideWhere(values, 'en')} (it holds ${items(values.holds).join(', ')})`,
    ja: (values) => `${sideWhere(values, 'ja')} に ${values.label} と同じ名前のファイルはありません（あるのは ${items(values.holds).join('、')}）`,
  },
  'diff.side.no-namesake.hint': {
    en: 'policies are matched by file name; name both files, or two folders',
    ja: 'ポリシーはファイル名で対応させます。二つのファイル、又は二つのフォルダを指定してください',
  },
  'diff.side.invalid': {
    en: (values) => {
      const names = items(values.sides).map((role) => sideName(values, 'en', role, role));
      return `${names.join(' and ')} ${names.length > 1 ? 'have' : 'has'} errors, so the versions cannot be compared`;
    },
    ja: (values) => `${items(values.sides).map((role) => sideName(values, 'ja', role, role)).join('と')}にエラーがあるため、版を比べられません`,
  },
  'diff.side.invalid.hint': {
    en: 'fix the errors above (policy check shows them for the working tree) and run the command again',
    ja: '上のエラーを直してから、もう一度実行してください（作業ツリーのエラーは policy check で表示できます）',
  },
} as const satisfies Part;
