/**
 * Printing HTML to PDF with a real Chromium, driven by puppeteer-core.
 *
 * One browser serves a whole build: `withBrowser(fn)` starts it, hands a
 * session to `fn`, and closes it however `fn` ends; while it is open (and
 * already while it starts), SIGINT, SIGTERM and SIGHUP close it too, and are
 * then raised again; an exit kills it. No Chromium is left behind.
 *
 * Chromium is spawned at once (browser-process.ts) and puppeteer-core,
 * imported only here and only then, connects to it over a pipe, so the
 * import overlaps the browser's start-up and commands that print nothing
 * never load it. Pages are reused from one document to the next.
 *
 * A page runs no script and loads nothing from the network: every request
 * that is not `file:` or `data:` is aborted, and the document is given as a
 * string (no temporary file).
 */
import { createRequire } from 'node:module';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { EnvironmentError } from '../../errors.js';
import { say, t, type Values } from '../../i18n/catalogue.js';
import { spawnBrowser, type BrowserProcess } from './browser-process.js';
import { EMPTY_HEADER, footerTemplate, type PdfFooter } from './footer.js';
import { setPdfMetadata, type3Fonts, type PdfMetadata } from './info.js';
import { PAPER_SPECS, isPaper, sheetSize, type Paper } from './paper.js';

/**
 * Where the browser is looked for when neither variable names one, in this
 * order: Debian's headless shell (package chromium-headless-shell: Chromium's
 * renderer without the browser's window, tab strip and new-tab page, which
 * starts in half the time and prints a document with half the processor
 * time), then Debian's Chromium. Both print the same bytes.
 */
export const DEFAULT_BROWSERS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'] as const;
export const DEFAULT_PDF_TIMEOUT_MS = 30_000;
/** Time allowed for Chromium to start. */
export const LAUNCH_TIMEOUT_MS = 30_000;
export const INSTALL_HINT = t('render.browser.install.hint');
/** Prefix of the temporary profile folder of every browser started here. */
export const USER_DATA_PREFIX = 'policy-pdf-';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A document did not print in time. */
export class PdfTimeoutError extends EnvironmentError {
  override name = 'PdfTimeoutError';
}

export interface PdfSessionOptions {
  /** The browser binary; default: $PUPPETEER_EXECUTABLE_PATH, $CHROME_PATH, else the first of DEFAULT_BROWSERS installed. */
  executablePath?: string;
  /** Time allowed for each document, in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Environment to read the browser path from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface PdfOptions {
  /** Default A4. */
  paper?: Paper;
  landscape?: boolean;
  /** The document information; the file is made reproducible from its date. */
  metadata: PdfMetadata;
  /** A running footer on every page; none when absent. */
  footer?: PdfFooter;
  /**
   * Margins in millimetres; default the paper's. The footer is drawn in the
   * bottom margin. A document's own @page margin wins for its content, so a
   * document that sets one should set these same margins (the leaflet does).
   */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Time allowed for this document; default the session's. */
  timeoutMs?: number;
  /**
   * Refuse a PDF with Type 3 fonts (glyphs Chromium could not embed as
   * TrueType: an OpenType/CFF font such as Noto Sans CJK, a synthetic bold, a
   * colour emoji). Default true.
   */
  embeddedFontsOnly?: boolean;
}

/** Where the browser is: $PUPPETEER_EXECUTABLE_PATH or $CHROME_PATH when set, else the first of DEFAULT_BROWSERS installed. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = [env.PUPPETEER_EXECUTABLE_PATH, env.CHROME_PATH].find((p) => p && p.trim() !== '');
  const candidates = fromEnv ? [fromEnv] : DEFAULT_BROWSERS;
  const found = candidates.find(executable);
  if (found) return found;
  const from = fromEnv === undefined ? undefined : fromEnv === env.PUPPETEER_EXECUTABLE_PATH ? 'PUPPETEER_EXECUTABLE_PATH' : 'CHROME_PATH';
  const [first, other] = candidates;
  const values: Values = { path: first!, ...(other ? { other } : {}), ...(from ? { from } : {}) };
  const id = candidates.some((c) => existsSync(c)) ? 'render.browser.not-executable' : 'render.browser.not-found';
  throw new EnvironmentError(say(id, values, 'render.browser.install.hint'));
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function timeoutError(ms: number, title: string): PdfTimeoutError {
  return new PdfTimeoutError(say('render.pdf.timeout', { title, ms }, 'render.pdf.timeout.hint'));
}

/** `promise`, or a rejection with `error()` after `ms`; `onTimeout` runs when the time is up. */
function deadline<T>(promise: Promise<T>, ms: number, error: () => Error, onTimeout?: () => void): Promise<T> {
  if (!(ms > 0) || !Number.isFinite(ms)) return promise;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(error());
    }, ms);
  });
  promise.catch(() => {}); // its rejection after the deadline is not unhandled
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0];


export class PdfSession {
  /** The temporary profile folder, removed on close. */
  readonly userDataDir: string;
  readonly timeoutMs: number;
  private readonly process: BrowserProcess;
  private readonly launching: Promise<Browser>;
  private closing: Promise<void> | undefined;
  /** Pages ready for the next document: a page is reused, which saves starting a renderer for each. */
  private readonly idle: Page[] = [];
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.removeHandlers();
    void this.close().finally(() => process.kill(process.pid, signal));
  };
  private readonly onExit = () => this.killNow();

  private constructor(executablePath: string, options: PdfSessionOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
    // From here on a signal or an exit ends the browser, even one that is still starting.
    for (const s of SIGNALS) process.on(s, this.onSignal);
    process.on('exit', this.onExit);
    this.userDataDir = mkdtempSync(path.join(tmpdir(), USER_DATA_PREFIX));
    this.process = spawnBrowser(executablePath, this.userDataDir);
    this.launching = this.connect(executablePath);
    this.launching.catch(() => {});
  }

  /**
   * Start a browser: Chromium is spawned before this returns a promise, so
   * the caller can do other work while it starts. Prefer `withBrowser`,
   * which always closes it; otherwise call `close()` in a `finally`.
   */
  static async open(options: PdfSessionOptions = {}): Promise<PdfSession> {
    const executablePath = findBrowser(options.executablePath ? { PUPPETEER_EXECUTABLE_PATH: options.executablePath } : options.env);
    const session = new PdfSession(executablePath, options);
    try {
      await session.launching;
    } catch (error) {
      await session.close();
      throw error;
    }
    return session;
  }

  private async connect(executablePath: string): Promise<Browser> {
    const failed = (id: 'render.browser.failed' | 'render.browser.exited' | 'render.browser.no-answer', values: Values) =>
      new EnvironmentError(say(id, { path: executablePath, ...values }, 'render.browser.install.hint'));
    const died = new Promise<never>((_, reject) => {
      this.process.child.once('error', (error) => reject(failed('render.browser.failed', { why: error.message })));
      void this.process.exited.then(() => {
        const log = this.process.stderrTail().trim().split('\n').slice(-3).join(' | ');
        const code = this.process.child.exitCode ?? this.process.child.signalCode ?? 'unknown';
        reject(failed('render.browser.exited', { code, ...(log ? { log } : {}) }));
      });
    });
    died.catch(() => {});
    const start = async () => {
      // The browser build of puppeteer-core: the same connect() and pages, without the launcher
      // (Chromium is started here), so it loads in half the time. Typed as the public module.
      // Required, not imported, so that the bundled CLI (CommonJS) loads it the same way.
      const { default: puppeteer } = createRequire(import.meta.url)('puppeteer-core/internal/puppeteer-core-browser.js') as {
        default: (typeof import('puppeteer-core'))['default'];
      };
      const browser = await puppeteer.connect({
        transport: this.process.transport,
        defaultViewport: null,
        protocolTimeout: Math.max(this.timeoutMs * 2, LAUNCH_TIMEOUT_MS),
      });
      const [first] = await browser.pages();
      this.idle.push(await preparePage(first ?? (await browser.newPage())));
      return browser;
    };
    try {
      return await deadline(Promise.race([start(), died]), LAUNCH_TIMEOUT_MS, () => failed('render.browser.no-answer', { seconds: LAUNCH_TIMEOUT_MS / 1000 }));
    } catch (error) {
      if (error instanceof EnvironmentError) throw error;
      // The connection broke because the browser died: say that it exited, with its code, once the exit is known.
      const exited = await Promise.race([died.catch((e: unknown) => e), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
      if (exited instanceof EnvironmentError) throw exited;
      throw failed('render.browser.failed', { why: firstLine(error) ?? 'unknown error' });
    }
  }

  get closed(): boolean {
    return this.closing !== undefined;
  }

  /**
   * Print a complete HTML document to PDF bytes, with the document
   * information of `options.metadata` and reproducible bytes. The sheet is
   * `paper` (a document's @page size, if different, is scaled onto it).
   * Documents may be printed at the same time (each gets its own page).
   * Fails with PdfTimeoutError after the time allowed, with EnvironmentError
   * otherwise; the session can go on printing after a failed document.
   */
  async pdf(html: string, options: PdfOptions): Promise<Uint8Array> {
    if (this.closing) throw new EnvironmentError(say('render.pdf.session-closed'));
    if (options.paper !== undefined && !isPaper(options.paper)) throw new TypeError(`unknown paper: ${String(options.paper)}`);
    const browser = await this.launching;
    const ms = options.timeoutMs ?? this.timeoutMs;
    const title = options.metadata.title;
    let page: Page | undefined;
    let timedOut = false;
    let reusable = false;
    const work = (async () => {
      const got = this.idle.pop() ?? (await preparePage(await browser.newPage()));
      page = got;
      if (timedOut) throw timeoutError(ms, title);
      const raw = await print(got, html, options, ms);
      reusable = !timedOut;
      return raw;
    })();
    try {
      const raw = await deadline(work, ms, () => timeoutError(ms, title), () => (timedOut = true));
      if ((options.embeddedFontsOnly ?? true) && type3Fonts(raw) > 0) {
        throw new EnvironmentError(say('render.pdf.type3', { title }, 'render.pdf.type3.hint'));
      }
      return setPdfMetadata(raw, options.metadata);
    } catch (error) {
      if (error instanceof EnvironmentError) throw error;
      if ((error as Error).name === 'TimeoutError') throw timeoutError(ms, title);
      if (this.closing) throw new EnvironmentError(say('render.pdf.closed-while-printing', { title }));
      throw new EnvironmentError(say('render.pdf.failed', { title, why: firstLine(error) ?? '' }, 'render.browser.install.hint'));
    } finally {
      if (page && reusable && !this.closing) {
        this.idle.push(page);
      } else {
        // A page that failed or is still busy after the deadline is closed; the page
        // it gets later (if newPage was slow) is closed when it arrives.
        const closePage = (p: Page) => deadline(p.close(), 2_000, () => new Error('page close')).catch(() => {});
        if (page) await closePage(page);
        else void work.then(() => undefined, () => undefined).then(() => page && closePage(page));
      }
    }
  }

  /** End the browser (all of its processes) and remove its profile. Safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.removeHandlers();
      // Nothing in a fresh, temporary profile is worth a graceful shutdown: kill the process group.
      this.process.transport.close();
      this.process.kill();
      await deadline(this.process.exited, 5_000, () => new Error('exit')).catch(() => {});
      await this.launching.then((browser) => browser.disconnect(), () => {}).catch(() => {});
      await rm(this.userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch(() => {});
    })();
    return this.closing;
  }

  private removeHandlers(): void {
    for (const s of SIGNALS) process.off(s, this.onSignal);
    process.off('exit', this.onExit);
  }

  /** Synchronous last resort, when the process exits with the browser still open. */
  private killNow(): void {
    this.process.kill();
    try {
      rmSync(this.userDataDir, { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  }
}

/** Once per page: no scripts, and no request but file: and data:. */
async function preparePage(page: Page): Promise<Page> {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith('file:') || url.startsWith('data:')) void request.continue().catch(() => {});
    else void request.abort('blockedbyclient').catch(() => {});
  });
  return page;
}

async function print(page: Page, html: string, options: PdfOptions, ms: number): Promise<Uint8Array> {
  const paper = options.paper ?? 'A4';
  const spec = PAPER_SPECS[paper];
  const margin = options.margin ?? spec.margin;
  const { width, height } = sheetSize(paper, options.landscape);
  page.setDefaultTimeout(ms);
  await page.setContent(html, { waitUntil: 'load', timeout: ms });
  const mm = (n: number) => `${n}mm`;
  const pdf = await page.pdf({
    width: mm(width),
    height: mm(height),
    margin: { top: mm(margin.top), right: mm(margin.right), bottom: mm(margin.bottom), left: mm(margin.left) },
    printBackground: true,
    preferCSSPageSize: false,
    displayHeaderFooter: options.footer !== undefined,
    ...(options.footer ? { headerTemplate: EMPTY_HEADER, footerTemplate: footerTemplate(options.footer, margin) } : {}),
    tagged: true,
    outline: true,
    waitForFonts: true,
    timeout: ms,
  });
  return pdf;
}

/**
 * Start a browser, run `fn` with the session, and close the browser whatever
 * happens. Throws EnvironmentError when Chromium is missing or fails.
 */
export async function withBrowser<T>(fn: (session: PdfSession) => Promise<T>, options: PdfSessionOptions = {}): Promise<T> {
  const session = await PdfSession.open(options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
