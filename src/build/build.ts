/**
 * `policy build`: load and check every policy, render every requested
 * format in memory, and only then write the files. A policy with errors,
 * or a renderer that fails, leaves the output folder as it was.
 *
 * The PDF leaflets are printed by one Chromium for the whole build, started
 * only when PDF is requested and closed before anything is written. It
 * starts while the policies are read, and prints each policy's leaflet while
 * the next policy is checked and rendered.
 */
import { policyName } from '../load/load-policies.js';
import { loadPolicyText, type LoadedPolicy } from '../file/policy-file.js';
import { hasErrors, type Message } from '../report/message.js';
import { InputError, InvalidPolicyError, UsageError } from '../errors.js';
import { buildView, type PolicyView } from '../render/view.js';
import { renderHtmlFragment, renderHtmlPage, type AlternateView, type BrandView } from '../render/html.js';
import { DEFAULT_TEXT_WIDTH, renderTextFile } from '../render/text.js';
import type { PdfSession, PdfSessionOptions } from '../render/pdf/session.js';
import { LEAFLET_FONTS, renderPolicyPdf, type LeafletFont, type LeafletTranslation } from '../render/pdf/leaflet.js';
import type { Policy } from '../model/schema.js';
import { PAPERS, type Paper } from '../render/pdf/paper.js';
import { writeOutputs, type OutputFile } from './write-outputs.js';
import { discoverPolicyFiles, hasUnreadable, readPolicyFile } from '../load/read-files.js';
import { say } from '../i18n/catalogue.js';

export const FORMATS = ['html', 'txt', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** The languages a build writes: the Japanese original and its translations. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The notice at the top of a translation unless policy.config.yaml gives its own. */
export const DEFAULT_TRANSLATION_NOTICE = {
  en: 'This English translation is provided for reference only. The Japanese original is the authoritative version; in the event of any discrepancy between the two, the Japanese original prevails.',
} as const;

export interface BuildOptions {
  paths: string[];
  outDir: string;
  formats?: readonly Format[];
  /** Width of the plain text, in display columns. */
  width?: number;
  /** Paper of the PDF leaflet (default A4; B5 is JIS B5). */
  paper?: Paper;
  /** Typeface of the PDF leaflet (default gothic, IPAexゴシック; mincho sets the text in IPAex明朝). */
  font?: LeafletFont;
  /** Time allowed to print each PDF, in milliseconds (default 30 000). */
  pdfTimeoutMs?: number;
  /** Environment to find Chromium in ($PUPPETEER_EXECUTABLE_PATH, $CHROME_PATH); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** The company's accent colour, logo and footer line (policy.config.yaml), on the web page and the leaflet. */
  brand?: BrandView;
  /**
   * The languages to write. Default: the Japanese, and each translation that
   * exists and is complete (one that is not is reported, and skipped).
   * Named (`--lang en`): a missing or incomplete translation is an error.
   */
  langs?: readonly Lang[];
  /** The notice at the top of a translation (policy.config.yaml `translationNotice`). */
  translationNotice?: { en?: string };
  /** Called as each policy is rendered (for a progress line). */
  onProgress?: (done: number, total: number, name: string) => void;
}

export interface BuildResult {
  written: string[];
  /** Warnings of the policies that were built. */
  messages: Message[];
}

/** Leaflets printed at the same time (two pages in the one browser). */
const PDF_CONCURRENCY = 2;

export async function build(options: BuildOptions): Promise<BuildResult> {
  const formats = options.formats ?? FORMATS;
  if (options.paper !== undefined && !PAPERS.includes(options.paper)) {
    throw new UsageError(say('input.build.paper', { papers: PAPERS.join(', '), value: options.paper }));
  }
  if (options.font !== undefined && !LEAFLET_FONTS.includes(options.font)) {
    throw new UsageError(say('input.build.font', { fonts: LEAFLET_FONTS.join(', '), value: options.font }));
  }
  // Chromium's start-up is most of the time of a small PDF build: start it first.
  // A missing Chromium is reported after the policies' errors.
  // The printing code (and Chromium's driver) is loaded only then.
  const starting = formats.includes('pdf') ? import('../render/pdf/session.js').then(({ PdfSession }) => PdfSession.open(sessionOptions(options))) : undefined;
  starting?.catch(() => {});
  const printer = starting ? new PrintQueue(starting, options) : undefined;
  const outputs: OutputFile[][] = [];
  const messages: Message[] = [];
  try {
    const { files, messages: unreadable } = await discoverPolicyFiles(options.paths);
    messages.push(...unreadable);
    sameOutputNames(files);
    let done = 0;
    const finished = (name: string) => options.onProgress?.(++done, files.length, name);
    for (const file of files) {
      const { text, message } = await readPolicyFile(file);
      if (message) messages.push(message);
      if (text === undefined) continue;
      const { policy, messages: found } = loadPolicyText(file, text);
      messages.push(...found);
      const english = policy && !hasErrors(found) ? await englishOf(policy, options, messages) : undefined;
      // After an error the other policies are still checked, for their messages, but not rendered.
      if (!policy || hasErrors(messages) || printer?.failed) continue;
      const own = renderPolicy(policy, options, english);
      outputs.push(own);
      const langs = options.langs ?? LANGS;
      const jobs = [...(langs.includes('ja') ? [{ loaded: policy, name: `${policy.name}.pdf` }] : []), ...(english ? [{ loaded: { ...policy, policy: english.policy }, name: `${policy.name}.en.pdf`, translation: { lang: 'en' as const, notice: english.notice } }] : [])];
      if (printer && jobs.length > 0) {
        let left = jobs.length;
        for (const job of jobs) printer.add(job, (pdf) => own.push(pdf), () => --left === 0 && finished(policy.name));
      } else finished(policy.name);
      // Let the browser's messages through between policies.
      if (printer) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (hasUnreadable(messages)) throw new InputError(say('input.build.unreadable', {}, 'input.build.unreadable.hint'), undefined, messages);
    if (hasErrors(messages)) throw new InvalidPolicyError(messages);
    await printer?.finish();
  } finally {
    if (starting) {
      await starting.then((session) => session.close(), () => {});
      await printer?.settled();
    }
  }
  const written = await writeOutputs(options.outDir, outputs.flat());
  return { written, messages };
}

/** Prints leaflets in order of arrival, a few at a time; the first failure stops it. */
class PrintQueue {
  failed = false;
  private error: unknown;
  private readonly waiting: Array<() => Promise<void>> = [];
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly starting: Promise<PdfSession>,
    private readonly options: BuildOptions,
  ) {}

  add(job: { loaded: LoadedPolicy; name: string; translation?: LeafletTranslation }, onPdf: (file: OutputFile) => void, onDone: () => void): void {
    this.waiting.push(async () => {
      const session = await this.starting;
      const content = await renderPolicyPdf(session, job.loaded, { ...this.options, ...(job.translation ? { translation: job.translation } : {}) });
      onPdf({ name: job.name, content });
      onDone();
    });
    this.pump();
  }

  /** Every leaflet printed, or the first failure thrown. */
  async finish(): Promise<void> {
    while (this.running.size > 0 && !this.failed) await Promise.race(this.running);
    if (this.failed) throw this.error;
  }

  /** Every print ended, one way or the other. */
  async settled(): Promise<void> {
    this.waiting.length = 0;
    await Promise.allSettled(this.running);
  }

  private pump(): void {
    while (!this.failed && this.running.size < PDF_CONCURRENCY && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      const run: Promise<void> = job()
        .catch((error: unknown) => {
          if (!this.failed) [this.failed, this.error] = [true, error];
        })
        .finally(() => {
          this.running.delete(run);
          this.pump();
        });
      this.running.add(run);
    }
  }
}

/** Two policies named alike (a.yaml in two folders) would write the same files. */
function sameOutputNames(files: readonly string[]): void {
  const byName = new Map<string, string>();
  for (const file of files) {
    const name = policyName(file);
    const other = byName.get(name);
    if (other) throw new InputError(say('input.build.same-name', { other, file, name }, 'input.build.same-name.hint'));
    byName.set(name, file);
  }
}

function sessionOptions(options: BuildOptions): PdfSessionOptions {
  return {
    ...(options.pdfTimeoutMs !== undefined ? { timeoutMs: options.pdfTimeoutMs } : {}),
    ...(options.env ? { env: options.env } : {}),
  };
}

/** A policy's complete translation, ready to render. */
export interface Translated {
  lang: 'en';
  policy: Policy;
  notice: string;
}

/**
 * The English translation of a policy, when it is to be written: read from
 * policy/NAME.en.po, its drift reported (as errors when the English was asked
 * for by name, else as warnings, and the English is skipped).
 */
async function englishOf(loaded: LoadedPolicy, options: BuildOptions, messages: Message[]): Promise<Translated | undefined> {
  const named = options.langs?.includes('en') ?? false;
  if (options.langs && !named) return undefined;
  const { hasTranslationFile, translationFileOf } = await import('../translate/files.js');
  if (!hasTranslationFile(loaded.file, 'en')) {
    if (named) {
      messages.push({
        file: translationFileOf(loaded.file, 'en'),
        line: 0,
        column: 0,
        severity: 'error',
        ruleId: 'translation-missing',
        ...say('input.build.no-translation', { name: loaded.name }, 'input.build.no-translation.hint'),
      });
    }
    return undefined;
  }
  // The PO reader is loaded only for a policy that has a translation.
  const { readTranslation, driftOf, translatedPolicy } = await import('../translate/translation.js');
  const read = await readTranslation(loaded.file, 'en');
  if (!read) return undefined;
  if (read.message) {
    // Unasked for, a translation that cannot be read never stops the Japanese: a warning of its own rule.
    messages.push(named ? read.message : { ...read.message, severity: 'warning', ruleId: 'translation-syntax' });
    return undefined;
  }
  const drift = driftOf(loaded.source, loaded.policy, read.translation!, loaded.name, named ? 'error' : 'warning');
  messages.push(...drift.messages);
  if (drift.stale.length > 0 || drift.missing.length > 0 || drift.invalid.length > 0) return undefined;
  return { lang: 'en', policy: translatedPolicy(loaded.policy, read.translation!), notice: options.translationNotice?.en ?? DEFAULT_TRANSLATION_NOTICE.en };
}

/** The HTML and text files of a policy and of its translation (PDF needs a browser: see `renderPolicyPdf`). */
export function renderPolicy(loaded: LoadedPolicy, options: Pick<BuildOptions, 'formats' | 'width' | 'brand' | 'langs'>, translated?: Translated): OutputFile[] {
  const formats: readonly Format[] = options.formats ?? FORMATS;
  const langs = options.langs ?? LANGS;
  const files: OutputFile[] = [];
  const alternates: AlternateView[] | undefined = translated
    ? [
        { lang: 'ja', href: `${loaded.name}.html`, label: '日本語' },
        { lang: 'en', href: `${loaded.name}.en.html`, label: 'English' },
      ]
    : undefined;
  const write = (view: PolicyView, suffix: string, lang: string) => {
    const here = alternates?.map((a) => (a.lang === lang ? { ...a, current: true as const } : a));
    if (formats.includes('html')) {
      files.push({ name: `${loaded.name}${suffix}.html`, content: renderHtmlPage(view, options.brand, here) });
      files.push({ name: `${loaded.name}${suffix}.fragment.html`, content: renderHtmlFragment(view) });
    }
    if (formats.includes('txt')) {
      files.push({ name: `${loaded.name}${suffix}.txt`, content: renderTextFile(view, options.width ?? DEFAULT_TEXT_WIDTH) });
    }
  };
  const base = options.brand?.baseUrl ? { baseUrl: options.brand.baseUrl } : {};
  if (langs.includes('ja')) write(buildView(loaded.policy, base), '', 'ja');
  if (translated) write({ ...buildView(translated.policy, { ...base, lang: translated.lang }), translationNotice: translated.notice }, `.${translated.lang}`, translated.lang);
  return files;
}
