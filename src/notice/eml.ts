/**
 * The letter as one e-mail message (`policy notice --format eml`): an RFC
 * 5322 / MIME message with the plain-text letter as its body and the
 * 新旧対照表 as a PDF attachment, for the company's mail system to send;
 * nothing is sent here. Everything in it follows from the letter, so the
 * same versions give the same bytes (the Message-ID and the boundary are
 * made from the policy's name, version and date). The English letter is a
 * message of its own, in English, with the English comparison attached.
 */
import { createHash } from 'node:crypto';
import type { NoticeView } from './notice.js';

export interface EmlInput {
  view: NoticeView;
  /** The plain-text letter (render.ts renderNoticeText). */
  text: string;
  /** The 新旧対照表 as PDF. */
  pdf: Uint8Array;
  /** The sender's address, e.g. the policy's contact e-mail; without it, a placeholder the mail system replaces. */
  from?: string;
}

/** A header value in UTF-8 as an RFC 2047 encoded word (base64), split so that no line runs long. */
function encodedWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    // Each encoded word at most 75 characters: 45 bytes of UTF-8 give 60 of base64.
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

/** Base64 in lines of 76 characters (RFC 2045). */
function base64Lines(data: Uint8Array | string): string {
  const b64 = Buffer.from(data).toString('base64');
  return (b64.match(/.{1,76}/g) ?? []).join('\r\n');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Sat, 01 May 2027 09:00:00 +0900`: the letter's day, 9 o'clock in Japan. */
function rfcDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${DAYS[d.getUTCDay()]}, ${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 09:00:00 +0900`;
}

/** The message as the bytes of an .eml file (CRLF line ends). */
export function renderNoticeEml(input: EmlInput, pdfName: string): string {
  const { view } = input;
  // The English message is another message than the Japanese one: another Message-ID and boundary.
  const seed = createHash('sha256').update(`${view.name}\u0000${view.version}\u0000${view.dateIso ?? ''}${view.lang ? `\u0000${view.lang}` : ''}`).digest('hex');
  const boundary = `=_notice_${seed.slice(0, 24)}`;
  const domain = input.from?.split('@')[1] ?? 'notice.invalid';
  const from = input.from ? `${encodedWord(view.sender.name)} <${input.from}>` : `${encodedWord(view.sender.name)} <sender@notice.invalid>`;
  const headers = [
    `From: ${from}`,
    'To: undisclosed-recipients:;',
    `Subject: ${encodedWord(view.title)}`,
    ...(view.dateIso ? [`Date: ${rfcDate(view.dateIso)}`] : []),
    `Message-ID: <${seed.slice(0, 32)}@${domain}>`,
    ...(view.lang ? [`Content-Language: ${view.lang}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const filename = `filename*=UTF-8''${encodeURIComponent(pdfName)}`;
  const parts = [
    [
      `--${boundary}`,
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(input.text.replace(/\r?\n/g, '\r\n')),
    ],
    [
      `--${boundary}`,
      `Content-Type: application/pdf; name="${encodedWord(pdfName).replace(/\r\n /g, '')}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; ${filename}`,
      '',
      base64Lines(input.pdf),
    ],
  ];
  return [...headers, '', 'This is a multi-part message in MIME format.', '', ...parts.flatMap((p) => [...p, '']), `--${boundary}--`, ''].join('\r\n');
}
