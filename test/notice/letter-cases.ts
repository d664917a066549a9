/**
 * The versions the letters are written for: the fictional policy of
 * examples/ (two joint-use tables in 第7条) edited as a legal team would, one
 * pair per kind of letter.
 */
import { readFileSync } from 'node:fs';
import type { NoticeView } from '../../src/notice/notice.js';
import { fixturePath } from '../diff/load-fixture.js';

const OLD = readFileSync(fixturePath('legal/v2-0.yaml'), 'utf8');
const NEW = readFileSync(fixturePath('legal/v2-1.yaml'), 'utf8');

const PURPOSES: Array<[string, string]> = [
  ['電気の供給、検針、電力使用量及び電気料金のお知らせ並びに電気料金の計算のため', '電気の供給、検針、電力使用量のお知らせ及び電気料金の計算のため'],
  ['お問い合わせ、ご相談及びご要望への対応、その記録並びに応対品質の向上のため', 'お問い合わせ、ご相談及びご要望への対応並びにその記録のため'],
];
const withoutNewParty = (t: string) => t.replace('              - acme-hoken\n', '').replace('                  - id: acme-hoken\n                    name: アクメ保険サービス株式会社\n', '');
const withOldPurposes = (t: string) => PURPOSES.reduce((text, [now, was]) => text.replace(now, was), t);

const OPT_OUT_MARK = '  # ------------------------------------------------------------ 第5条\n  - id: overseas-provision';
const OPT_OUT = `  - id: opt-out
    heading: 本人の求めに応じて提供を停止する第三者提供
    role: optOut
    body:
      - 当社は、お客さまの求めに応じて提供を停止することとして、次のとおり、個人データを第三者に提供します。
      - id: opt-out-items
        numbering: circled
        list:
          - 第三者に提供する個人データの項目：氏名、住所及び電話番号
          - 提供の方法：電子メールによる送付
          - お客さまの求めを受け付ける方法：第12条に定める窓口

${OPT_OUT_MARK}`;
const withOptOut = (t: string) => t.replace(OPT_OUT_MARK, OPT_OUT);

export const PHILIPPINES = `      - country: フィリピン共和国
        recipient: コールセンター業務の委託先
        system: 2012年データプライバシー法が定められており、個人情報の処理に係る本人の同意、本人の権利、安全管理措置等が規定されています。
        measures: 当社との委託契約により、OECDプライバシーガイドライン8原則に対応する措置を講じています。
`;
const withPhilippines = (t: string, info = true) =>
  t
    .replace('ベトナム社会主義共和国に所在する事業者に委託しています。', 'ベトナム社会主義共和国及びフィリピン共和国に所在する事業者に委託しています。')
    .replace(/(        measures: 当社との委託契約により、OECDプライバシーガイドライン8原則に対応する措置を講じています。\n)/, info ? `$1${PHILIPPINES}` : '$1');

const SUMMARY = 'summary: グループ会社との共同利用にアクメ保険サービス株式会社を追加し、利用目的の記載を見直し';
const summary = (text: string) => (t: string) => t.replace(SUMMARY, `summary: ${text}`);

/** The kinds of letter: the old text, the new text, and the kind expected. */
export const LETTERS: Record<string, { old: string; new: string; kind: NoticeView['kind'] }> = {
  notice: { old: OLD, new: summary('利用目的の記載を見直し')(withoutNewParty(NEW)), kind: 'notice' },
  'prior-notice': {
    old: OLD,
    new: summary('グループ会社との共同利用の目的に提携ポイントサービスを追加')(withOldPurposes(withoutNewParty(NEW))).replace('グループ共通ポイントサービスの提供、運営及び管理のため', 'グループ共通ポイントサービス及び提携ポイントサービスの提供、運営及び管理のため'),
    kind: 'prior-notice',
  },
  consent: { old: OLD, new: NEW, kind: 'consent' },
  overseas: { old: OLD, new: summary('外国にある第三者への提供先にフィリピン共和国の事業者を追加')(withPhilippines(withOldPurposes(withoutNewParty(NEW)))), kind: 'consent' },
  'opt-out': {
    old: withOptOut(OLD),
    new: summary('第三者に提供する個人データの項目にメールアドレスを追加')(withOptOut(withOldPurposes(withoutNewParty(NEW)))).replace('第三者に提供する個人データの項目：氏名、住所及び電話番号', '第三者に提供する個人データの項目：氏名、住所、電話番号及びメールアドレス'),
    kind: 'prior-notice',
  },
};
