/** The catalogue's part for the messages of rendering (the browser, fonts, the PDF) (catalogue.ts). */
import type { Part, Values } from './types.js';

/** The browser's path, or the two paths looked for (`other` given), joined by `or`. */
const paths = ({ path, other }: Values, or: string) => (other ? `${path}${or}${other}` : `${path}`);
/** Where the path came from, when a variable named it. */
const fromEn = ({ from }: Values) => (from ? ` (from ${from})` : '');
const fromJa = ({ from }: Values) => (from ? `（${from} で指定）` : '');
/** Chromium's last lines on its error output, when it wrote any. */
const logEn = ({ log }: Values) => (log ? `: ${log}` : '');
const logJa = ({ log }: Values) => (log ? `（出力：${log}）` : '');
/** The document by its title, when it has one. */
const docEn = ({ title }: Values) => (title ? `${title}` : 'the document');
const docJa = ({ title }: Values) => (title ? `「${title}」` : '文書');

export const RENDER = {
  'render.browser.not-found': {
    en: (v) => `Chromium was not found: ${paths(v, ' or ')}${fromEn(v)}; it is needed to print PDF files`,
    ja: (v) => `Chromium が見つかりません：${paths(v, ' または ')}${fromJa(v)}。PDF の出力に必要です。`,
  },
  'render.browser.not-executable': {
    en: (v) => `Chromium is not executable: ${paths(v, ' or ')}${fromEn(v)}; it is needed to print PDF files`,
    ja: (v) => `Chromium を実行できません：${paths(v, ' または ')}${fromJa(v)}。PDF の出力に必要です。`,
  },
  'render.browser.exited': {
    en: (v) => `Chromium could not be started (${v.path}): it exited with ${v.code}${logEn(v)}`,
    ja: (v) => `Chromium を起動できませんでした（${v.path}）：起動中に終了しました（終了コード ${v.code}）${logJa(v)}。`,
  },
  'render.browser.no-answer': {
    en: ({ path, seconds }) => `Chromium could not be started (${path}): no answer within ${seconds} s`,
    ja: ({ path, seconds }) => `Chromium を起動できませんでした（${path}）：${seconds} 秒以内に応答がありませんでした。`,
  },
  'render.browser.failed': {
    en: ({ path, why }) => `Chromium could not be started (${path}): ${why}`,
    ja: ({ path, why }) => `Chromium を起動できませんでした（${path}）：${why}`,
  },
  'render.browser.install.hint': {
    en: 'install Chromium and the IPAex fonts: apt-get install chromium-headless-shell fonts-ipaexfont (or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary)',
    ja: 'Chromium と IPAex フォントをインストールしてください：apt-get install chromium-headless-shell fonts-ipaexfont（または PUPPETEER_EXECUTABLE_PATH に Chrome か Chromium の実行ファイルを指定してください）。',
  },
  'render.pdf.timeout': {
    en: (v) => `${docEn(v)} did not print within ${v.ms} ms`,
    ja: (v) => `${docJa(v)}を ${v.ms} ミリ秒以内に印刷できませんでした。`,
  },
  'render.pdf.timeout.hint': {
    en: 'the machine may be busy or the document too large; allow more time with the PDF timeout option',
    ja: 'コンピューターが混み合っているか、文書が大きすぎる可能性があります。PDF の印刷に使える時間（policy build の --pdf-timeout）を長くしてください。',
  },
  'render.pdf.type3': {
    en: (v) => `${docEn(v)}: Chromium drew some glyphs with Type 3 fonts instead of embedding TrueType fonts`,
    ja: (v) => `${docJa(v)}：Chromium が一部の文字を TrueType フォントとして埋め込めず、Type 3 フォントで描きました。`,
  },
  'render.pdf.type3.hint': {
    en: 'use only IPAex fonts (apt-get install fonts-ipaexfont), and no bold or emoji, in the document',
    ja: '文書には IPAex フォント（apt-get install fonts-ipaexfont）だけを使い、太字や絵文字は使わないでください。',
  },
  'render.pdf.session-closed': {
    en: 'the PDF session is closed',
    ja: 'PDF を印刷するブラウザーはすでに閉じています。',
  },
  'render.pdf.closed-while-printing': {
    en: (v) => `${docEn(v)}: the browser was closed while printing`,
    ja: (v) => `${docJa(v)}：印刷中にブラウザーが閉じられました。`,
  },
  'render.pdf.failed': {
    en: (v) => `${docEn(v)}: Chromium could not print it: ${v.why}`,
    ja: (v) => `${docJa(v)}：Chromium で印刷できませんでした：${v.why}`,
  },
} as const satisfies Part;
