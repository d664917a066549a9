/**
 * `policy preview`: a small node:http server on 127.0.0.1 that shows every
 * policy as it would be published (page, text, PDF on demand), re-renders
 * when a policy or a template is saved, and tells open pages to reload over
 * server-sent events. A policy with errors is shown as its problems, each
 * with the source line and a caret; the page returns to the policy once the
 * file is fixed. Nothing is written to disk.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { EnvironmentError, InputError, wordsOf } from '../errors.js';
import { say, t, type Locale } from '../i18n/catalogue.js';
import { englishDate } from '../render/english.js';
import { TEMPLATES_DIR } from '../render/templates.js';
import { japaneseDate } from '../render/words.js';
import { localise, type Message } from '../report/message.js';
import { excerpt, injectChrome, previewPage, where, type BarPolicy, type Chrome } from './pages.js';
import { policyTargets, watchFolders, type Watcher } from './watch.js';
import type { ProjectConfig } from '../config/load.js';
import { loadWorkspace, problemWords, type PolicyState, type Workspace } from './workspace.js';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';
const EVENTS = '/__preview/events';
const HEARTBEAT_MS = 15_000;

export interface PreviewOptions {
  /** Policy files or folders (default: policy/), relative to `cwd`. */
  paths?: readonly string[];
  /** Default 4173; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. Anything else makes the preview reachable from other machines. */
  host?: string;
  /** The folder relative paths start from (default: process.cwd()). */
  cwd?: string;
  /** Called after every reload with the policies whose pages changed. */
  onReload?: (changed: PolicyState[], workspace: Workspace) => void;
  /** Wait after a file event before reloading, in milliseconds (default 80). */
  debounceMs?: number;
  /** Options of the browser that prints PDFs on demand. */
  pdf?: { executablePath?: string; timeoutMs?: number };
  /** The company's look and leaflet defaults (policy.config.yaml); its templates folder is watched too. */
  config?: ProjectConfig;
  /** The language of the preview's own words: its panel, its pages and its errors (default English). The policies keep theirs. */
  locale?: Locale;
}

export interface Preview {
  /** e.g. http://127.0.0.1:4173/ */
  url: string;
  server: http.Server;
  /** The current state (after the last reload). */
  workspace(): Workspace;
  /** Reload now (the watchers do this on their own). */
  reload(): Promise<void>;
  /** Stop watching, close every connection and the PDF browser. Safe to call twice. */
  close(): Promise<void>;
}

/** Whether `host` is only reachable from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const cwd = options.cwd ?? process.cwd();
  const paths = (options.paths?.length ? options.paths : ['policy']).map((p) => path.resolve(cwd, p));
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const locale = options.locale ?? 'en';

  const brand = options.config?.brand;
  let workspace = await loadWorkspace(paths, cwd, brand);
  // Said here in the reader's language: a problem about a path has its file before the catalogue's words, which an error's ids cannot hold.
  if (workspace.problem) {
    const { message, hint } = problemWords(workspace.problem, locale);
    throw new InputError(message, hint);
  }

  const clients = new Set<http.ServerResponse>();
  const pdf = new PdfPrinter(options.pdf ?? {}, {
    ...(brand ? { brand } : {}),
    ...(options.config?.paper ? { paper: options.config.paper } : {}),
    ...(options.config?.font ? { font: options.config.font } : {}),
  });
  let closing: Promise<void> | undefined;

  const stateEvent = () =>
    `event: state\ndata: ${JSON.stringify({ index: workspace.hash, policies: Object.fromEntries(workspace.policies.map((p) => [p.name, p.hash])) })}\n\n`;

  let reloading: Promise<void> = Promise.resolve();
  const reload = () => {
    reloading = reloading.then(async () => {
      if (closing) return;
      const before = new Map(workspace.policies.map((p) => [p.name, p.hash]));
      try {
        workspace = await loadWorkspace(paths, cwd, brand);
      } catch (error) {
        const { reason, says } = say('preview.unreadable', { error: (error as Error).message });
        workspace = { policies: [], problem: { message: reason, says }, hash: `failed-${Date.now()}` };
      }
      const changed = workspace.policies.filter((p) => before.get(p.name) !== p.hash);
      if (changed.length > 0 || workspace.policies.length !== before.size) {
        const event = stateEvent();
        for (const res of clients) res.write(event);
      }
      options.onReload?.(changed, workspace);
    });
    return reloading;
  };

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      send(res, 500, 'text/plain; charset=utf-8', `${t('preview.failure', locale, { error: (error as Error).message })}\n`);
    }
  });

  const allowedHost = (header: string | undefined) => {
    if (!isLoopback(host)) return true;
    // Refuse other names for this address (DNS rebinding): only a loopback name may ask.
    const name = (header ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1').toLowerCase();
    return isLoopback(name);
  };

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!allowedHost(req.headers.host)) return send(res, 403, 'text/plain; charset=utf-8', `${t('preview.only-loopback', locale)}\n`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', `${t('preview.only-get', locale)}\n`);
    }
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    if (url.pathname === EVENTS) return openEvents(res);
    if (url.pathname === '/') return html(res, 200, indexPage(workspace));
    if (url.pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
    const parts = url.pathname.split('/').slice(1).map(safeDecode);
    const policy = workspace.policies.find((p) => p.name === parts[0]);
    if (!policy) return html(res, 404, notFoundPage(parts[0] ?? '', workspace));
    const rest = parts.slice(1).join('/');
    if (parts.length === 1) return redirect(res, pageUrl(policy));
    if (rest === '') return html(res, 200, policyPage(policy));
    if (rest === 'text') return html(res, 200, textPage(policy));
    if (rest === `${policy.name}.txt` && policy.txt) return send(res, 200, 'text/plain; charset=utf-8', policy.txt);
    if (rest === `${policy.name}.pdf`) return void servePdf(policy, res);
    return html(res, 404, notFoundPage(parts.join('/'), workspace));
  }

  function openEvents(res: http.ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    res.write(stateEvent());
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  async function servePdf(policy: PolicyState, res: http.ServerResponse): Promise<void> {
    if (!policy.loaded) return html(res, 409, policyPage(policy));
    try {
      const bytes = await pdf.print(policy);
      res.writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Length': bytes.byteLength,
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(`${policy.name}.pdf`)}`,
        'Cache-Control': 'no-store',
      });
      res.end(Buffer.from(bytes));
    } catch (error) {
      const { message, hint } = wordsOf(error as Error, locale);
      html(res, 503, previewPage('message', 'PDF', { heading: t('preview.pdf.heading', locale), lead: message, ...(hint ? { hint } : {}) }, chromeFor(policy, undefined)));
    }
  }

  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': ping\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      clearInterval(heartbeat);
      if (error.code === 'EADDRINUSE') reject(new InputError(say('preview.port-in-use', { port, host }, 'preview.port-in-use.hint')));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new InputError(say('preview.no-such-address', { host }, 'preview.no-such-address.hint')));
      else if (error.code === 'EACCES') reject(new InputError(say('preview.port-not-allowed', { port }, 'preview.port-not-allowed.hint')));
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });

  const watcher: Watcher = watchFolders(
    [...policyTargets(paths), { dir: TEMPLATES_DIR }, ...(options.config?.templatesDir ? [{ dir: options.config.templatesDir }] : [])],
    () => void reload(),
    options.debounceMs,
  );
  await watcher.ready;

  const address = server.address() as AddressInfo;
  // Any-address binds are shown as this machine's loopback address, which they include.
  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}/`;

  return {
    url,
    server,
    workspace: () => workspace,
    reload,
    close() {
      closing ??= (async () => {
        const unwatched = watcher.close();
        clearInterval(heartbeat);
        for (const res of clients) res.end();
        clients.clear();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.all([closed, unwatched, pdf.close(), reloading.catch(() => {})]);
      })();
      return closing;
    },
  };

  function chromeFor(policy: PolicyState | undefined, tab: Chrome['tab']): Chrome {
    return {
      locale,
      client: { events: EVENTS, policy: policy ? policy.name : null, hash: policy ? policy.hash : workspace.hash },
      ...(policy ? { policy: barPolicy(policy) } : {}),
      ...(tab ? { tab } : {}),
      ...(policy?.loaded ? { warnings: policy.messages.filter((m) => m.severity === 'warning') } : {}),
    };
  }

  function policyPage(policy: PolicyState): string {
    if (policy.html) return injectChrome(policy.html, chromeFor(policy, 'page'));
    return problemsPage(policy, 'page');
  }

  function textPage(policy: PolicyState): string {
    if (!policy.txt) return problemsPage(policy, 'text');
    const data = { text: policy.txt, width: 80, rawUrl: `${pageUrl(policy)}${encodeURIComponent(policy.name)}.txt` };
    return previewPage('text', t('preview.text.title', locale, { title: policy.title ?? policy.name }), data, chromeFor(policy, 'text'));
  }

  function problemsPage(policy: PolicyState, tab: Chrome['tab']): string {
    const chrome = chromeFor(policy, tab);
    if (policy.renderError !== undefined) {
      const data = {
        heading: t('preview.template.heading', locale),
        lead: t('preview.template.lead', locale),
        problems: [{ where: 'templates/', severity: 'error', severityLabel: t('preview.severity.error', locale), reason: policy.renderError, preformatted: true }],
      };
      return previewPage('problems', policy.name, data, chrome);
    }
    const errors = policy.messages.filter((m) => m.severity === 'error');
    const data = {
      heading: t('preview.problems.heading', locale, { count: errors.length }),
      lead: t('preview.problems.lead', locale),
      problems: [...errors, ...policy.messages.filter((m) => m.severity !== 'error')].map((m) => problemView(m, policy.text, locale)),
    };
    return previewPage('problems', t('preview.problems.title', locale, { file: policy.file }), data, chrome);
  }

  function indexPage(ws: Workspace): string {
    const policies = ws.policies.map((p) => ({
      ...barPolicy(p),
      title: p.title ?? path.basename(p.file),
      version: p.version,
      effectiveDate: p.effectiveDate && (locale === 'ja' ? japaneseDate(p.effectiveDate) : englishDate(p.effectiveDate)),
      errors: p.messages.filter((m) => m.severity === 'error').length + (p.renderError !== undefined ? 1 : 0),
      warnings: p.messages.filter((m) => m.severity === 'warning').length,
    }));
    const problem = ws.problem && problemWords(ws.problem, locale);
    return previewPage('index', t('preview.index.title', locale), { policies, problem }, chromeFor(undefined, undefined));
  }

  function notFoundPage(what: string, ws: Workspace): string {
    const names = ws.policies.map((p) => p.name).join(locale === 'ja' ? '、' : ', ');
    const lead = [t('preview.missing.lead', locale, { what }), ...(names ? [t('preview.missing.policies', locale, { names })] : [])];
    const data = { heading: t('preview.missing.heading', locale), lead: lead.join(locale === 'ja' ? '' : ' ') };
    return previewPage('message', t('preview.missing.title', locale), data, { locale, client: { events: EVENTS, policy: what, hash: 'missing' } });
  }
}

/** A problem as the panel lists it: in the reader's language, with the lines around its place. */
function problemView(said: Message, text: string | undefined, locale: Locale) {
  const m = localise(said, locale);
  return {
    where: where(m),
    severity: m.severity,
    severityLabel: t(m.severity === 'error' ? 'preview.severity.error' : 'preview.severity.warning', locale),
    ruleId: m.ruleId,
    reason: m.reason,
    path: m.path,
    hint: m.hint,
    excerpt: text !== undefined && m.line > 0 ? excerpt(text, m.line, m.column) : [],
  };
}

function pageUrl(policy: PolicyState): string {
  return `/${encodeURIComponent(policy.name)}/`;
}

function barPolicy(policy: PolicyState): BarPolicy {
  const base = pageUrl(policy);
  return {
    file: policy.file,
    pageUrl: base,
    textUrl: `${base}text`,
    // A PDF only of a policy that renders.
    ...(policy.html ? { pdfUrl: `${base}${encodeURIComponent(policy.name)}.pdf` } : {}),
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function html(res: http.ServerResponse, status: number, body: string): void {
  send(res, status, 'text/html; charset=utf-8', body);
}

function redirect(res: http.ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

/**
 * Prints PDFs on demand with one browser, started at the first request and
 * kept for the next ones; a policy's PDF is kept until its page changes.
 */
class PdfPrinter {
  private session: Promise<import('../render/pdf/index.js').PdfSession> | undefined;
  private readonly cache = new Map<string, { hash: string; bytes: Promise<Uint8Array> }>();
  private closed = false;

  constructor(
    private readonly options: { executablePath?: string; timeoutMs?: number },
    private readonly leaflet: import('../render/pdf/index.js').LeafletOptions = {},
  ) {}

  async print(policy: PolicyState): Promise<Uint8Array> {
    const cached = this.cache.get(policy.name);
    if (cached && cached.hash === policy.hash) return cached.bytes;
    const bytes = (async () => {
      const pdf = await import('../render/pdf/index.js').catch((error: Error) => {
        throw new EnvironmentError(say('preview.pdf-unavailable', { error: error.message }));
      });
      if (this.closed) throw new EnvironmentError(say('preview.stopping'));
      this.session ??= pdf.PdfSession.open(this.options).catch((error: unknown) => {
        this.session = undefined;
        throw error;
      });
      return pdf.renderPolicyPdf(await this.session, policy.loaded!, this.leaflet);
    })();
    this.cache.set(policy.name, { hash: policy.hash, bytes });
    bytes.catch(() => {
      if (this.cache.get(policy.name)?.bytes === bytes) this.cache.delete(policy.name);
    });
    return bytes;
  }

  async close(): Promise<void> {
    this.closed = true;
    const session = await this.session?.catch(() => undefined);
    await session?.close();
  }
}
