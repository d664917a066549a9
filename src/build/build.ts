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
import { buildView } from '../render/view.js';
import { renderHtmlFragment, renderHtmlPage, type BrandView } from '../render/html.js';
import { DEFAULT_TEXT_WIDTH, renderTextFile } from '../render/text.js';
import type { PdfSession, PdfSessionOptions } from '../render/pdf/session.js';
import { LEAFLET_FONTS, renderPolicyPdf, type LeafletFont } from '../render/pdf/leaflet.js';
import { PAPERS, type Paper } from '../render/pdf/paper.js';
import { writeOutputs, type OutputFile } from './write-outputs.js';
import { discoverPolicyFiles, hasUnreadable, readPolicyFile } from '../load/read-files.js';

export const FORMATS = ['html', 'txt', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

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
    throw new UsageError(`the paper is one of ${PAPERS.join(', ')}; got "${options.paper}"`);
  }
  if (options.font !== undefined && !LEAFLET_FONTS.includes(options.font)) {
    throw new UsageError(`the font is one of ${LEAFLET_FONTS.join(', ')}; got "${options.font}"`);
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
      // After an error the other policies are still checked, for their messages, but not rendered.
      if (!policy || hasErrors(messages) || printer?.failed) continue;
      const own = renderPolicy(policy, options);
      outputs.push(own);
      if (printer) printer.add(policy, (pdf) => own.push(pdf), () => finished(policy.name));
      else finished(policy.name);
      // Let the browser's messages through between policies.
      if (printer) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (hasUnreadable(messages)) throw new InputError('nothing was built: some files could not be read', 'fix or remove the files named above and run the command again', messages);
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

  add(policy: LoadedPolicy, onPdf: (file: OutputFile) => void, onDone: () => void): void {
    this.waiting.push(async () => {
      const session = await this.starting;
      const content = await renderPolicyPdf(session, policy, this.options);
      onPdf({ name: `${policy.name}.pdf`, content });
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
    if (other) throw new InputError(`${other} and ${file} would both be written as ${name}.*`, 'rename one of the files, or build them into different --out folders');
    byName.set(name, file);
  }
}

function sessionOptions(options: BuildOptions): PdfSessionOptions {
  return {
    ...(options.pdfTimeoutMs !== undefined ? { timeoutMs: options.pdfTimeoutMs } : {}),
    ...(options.env ? { env: options.env } : {}),
  };
}

/** The HTML and text files of a policy (PDF needs a browser: see `renderPolicyPdf`). */
export function renderPolicy(loaded: LoadedPolicy, options: Pick<BuildOptions, 'formats' | 'width' | 'brand'>): OutputFile[] {
  const formats: readonly Format[] = options.formats ?? FORMATS;
  const view = buildView(loaded.policy, { ...(options.brand?.baseUrl ? { baseUrl: options.brand.baseUrl } : {}) });
  const files: OutputFile[] = [];
  if (formats.includes('html')) {
    files.push({ name: `${loaded.name}.html`, content: renderHtmlPage(view, options.brand) });
    files.push({ name: `${loaded.name}.fragment.html`, content: renderHtmlFragment(view) });
  }
  if (formats.includes('txt')) {
    files.push({ name: `${loaded.name}.txt`, content: renderTextFile(view, options.width ?? DEFAULT_TEXT_WIDTH) });
  }
  return files;
}
