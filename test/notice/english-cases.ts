/**
 * The letters in English the tests write: the two versions of each kind of
 * letter (letter-cases.ts) with the translation of each, as a translator
 * would bring them up to date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffPolicies } from '../../src/diff/index.js';
import type { LoadedSidePolicy } from '../../src/diff/sides.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { buildNoticeView, letterQuotes, type NoticeView } from '../../src/notice/notice.js';
import { englishVersions } from '../../src/notice/translated.js';
import type { Message } from '../../src/report/message.js';
import { ROOT } from '../helpers.js';
import { LETTERS, PHILIPPINES } from './letter-cases.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'notice-en');
/** The translation of version 2.0 (the example's) and of version 2.1 (its three changed texts translated). */
export const OLD_PO = readFileSync(path.join(FIXTURES, 'v2-0.en.po'), 'utf8');
export const NEW_PO = readFileSync(path.join(FIXTURES, 'v2-1.en.po'), 'utf8');

export const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The translator's work on a changed text: its entry with the new Japanese and its English. */
export function retranslate(po: string, ja: string, newJa: string, en: string): string {
  const at = new RegExp(`msgid ${quote(ja).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nmsgstr ".*"`);
  if (!at.test(po)) throw new Error(`no entry for ${ja}`);
  return po.replace(at, `msgid ${quote(newJa)}\nmsgstr ${quote(en)}`);
}

/** New entries (key, Japanese, English) at the end of a PO text. */
function add(po: string, entries: Array<[string, string, string]>): string {
  return po + entries.map(([key, ja, en]) => `\nmsgctxt ${quote(key)}\nmsgid ${quote(ja)}\nmsgstr ${quote(en)}\n`).join('');
}

const VIET_NAM = '当社は、現在、料金計算システムの開発及び保守の業務の一部を、ベトナム社会主義共和国に所在する事業者に委託しています。当該事業者は、当社との委託契約により、個人情報保護委員会規則で定める基準に適合する体制を整備しています。お客さまは、第11条に定める窓口に対し、当該事業者による相当措置の継続的な実施を確保するために当社が講じている措置に関する情報の提供を求めることができます。';

/** The translations of the two versions of each kind of letter. */
export const TRANSLATIONS: Record<string, { old: string; new: string }> = {
  consent: { old: OLD_PO, new: NEW_PO },
  overseas: {
    old: OLD_PO,
    new: add(
      retranslate(
        OLD_PO,
        VIET_NAM,
        VIET_NAM.replace('ベトナム社会主義共和国に所在する', 'ベトナム社会主義共和国及びフィリピン共和国に所在する'),
        'The Company currently entrusts part of the development and maintenance of its billing system to businesses located in the Socialist Republic of Viet Nam and the Republic of the Philippines. Under their entrustment agreements with the Company, those businesses have established a system that meets the standards prescribed by the rules of the Personal Information Protection Commission. Customers may request from the desk set out in Article 11 information on the measures the Company takes to ensure those businesses\' continuous implementation of equivalent measures.',
      ),
      [
        ['revisions/2.1/summary', '外国にある第三者への提供先にフィリピン共和国の事業者を追加', 'A business in the Republic of the Philippines was added to the recipients in foreign countries'],
        ['sections/overseas-provision/abroad/1/country', 'フィリピン共和国', 'Republic of the Philippines'],
        ['sections/overseas-provision/abroad/1/recipient', 'コールセンター業務の委託先', 'The contractor for call centre operations'],
        ['sections/overseas-provision/abroad/1/system', PHILIPPINES.match(/system: (.*)/)![1]!, 'The Data Privacy Act of 2012 provides for the consent of the data subject to the processing of personal information, the rights of the data subject, security measures and related matters.'],
        ['sections/overseas-provision/abroad/1/measures', PHILIPPINES.match(/measures: (.*)/)![1]!, 'Under its entrustment contract with the Company, the recipient takes measures corresponding to the eight principles of the OECD Privacy Guidelines.'],
      ],
    ),
  },
};

export function side(file: string, text: string, translation: string): LoadedSidePolicy {
  const { policy, messages } = loadPolicyText(file, text);
  if (!policy) throw new Error(JSON.stringify(messages));
  return { ...policy, label: file, translation };
}

/** The Japanese and the English letter of a kind, issued on 2027-05-01, and what kept the English from being written. */
export async function letterViews(name: string): Promise<{ ja: NoticeView; en: NoticeView; problems: Message[] }> {
  const o = side('old/acme.yaml', LETTERS[name]!.old, TRANSLATIONS[name]!.old);
  const n = side('new/acme.yaml', LETTERS[name]!.new, TRANSLATIONS[name]!.new);
  const diff = diffPolicies(o.policy, n.policy);
  const sources = await englishVersions('acme', o, n, letterQuotes(o, n, diff));
  return {
    ja: buildNoticeView('acme', o, n, diff, { issued: '2027-05-01' })!,
    en: buildNoticeView('acme', o, n, diff, { issued: '2027-05-01', english: sources.versions! })!,
    problems: sources.problems,
  };
}
