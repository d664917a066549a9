import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPreview } from '../../src/cli/commands/preview.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { excerpt } from '../../src/preview/pages.js';
import { clearTemplateCache } from '../../src/render/templates.js';
import { startPreview, type Preview } from '../../src/preview/index.js';
import { renderHtmlPage } from '../../src/render/html.js';
import { renderText } from '../../src/render/text.js';
import { buildView } from '../../src/render/view.js';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TITLE = 'グリーン・市民電力の個人情報の取り扱いについて';
const SEED = readFileSync(SEED_POLICY, 'utf8');

/** Chromium processes started by this test process (ps lists children by parent id). */
function psChildren(): string[] {
  try {
    return execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /chrom/i.test(line));
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/** A GET with a chosen Host header (fetch does not let one set it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
}

function lineOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`not in the seed: ${needle}`);
  return { line: i + 1, column: lines[i]!.indexOf(needle) + 1 };
}

describe('policy preview', () => {
  let browser: Browser;
  let page: Page;
  let preview: Preview;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = tempDir('policy-preview-');
    file = path.join(dir, 'shimin-denryoku.yaml');
    copyFileSync(SEED_POLICY, file);
    preview = await startPreview({ paths: [dir], port: 0, cwd: dir, debounceMs: 30 });
    browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: BROWSER_ARGS });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await preview?.close();
    await browser?.close();
  });

  it('listens on 127.0.0.1 only, on the port it was given (0: a free one)', async () => {
    const address = preview.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    expect(preview.url).toBe(`http://127.0.0.1:${address.port}/`);
    // Another host name for the same address (DNS rebinding) is refused.
    expect(await getWithHost(preview.url, 'evil.example:80')).toBe(403);
    expect(await getWithHost(preview.url, `localhost:${address.port}`)).toBe(200);
  });

  it('lists the policies and shows the page as the build renders it, with the preview bar', async () => {
    await page.goto(preview.url);
    expect(await page.$eval('.pv-list h2', (e) => e.textContent?.trim())).toBe(TITLE);
    await page.click('.pv-list h2 a');
    await page.waitForSelector('h1.pp-title');
    expect(page.url()).toBe(`${preview.url}shimin-denryoku/`);
    expect(await page.$eval('h1.pp-title', (e) => e.textContent)).toBe(TITLE);
    expect(await page.$eval('.pv-tabs [aria-current="page"]', (e) => e.textContent)).toBe('Web page');
    await page.waitForSelector('#pv-status[data-state="live"]');
    // The page's script shows the state in the words the server gave it.
    expect(await page.$eval('#pv-status', (e) => e.textContent)).toBe('Updates when you save');
  });

  it('re-renders and reloads the page when the YAML is saved', async () => {
    await page.goto(`${preview.url}shimin-denryoku/`);
    await page.waitForSelector('#pv-status[data-state="live"]');
    await page.evaluate(() => ((window as unknown as { stale: boolean }).stale = true));
    writeFileSync(file, SEED.replace('市民電力からの各種資料の発送のため', '市民電力からの各種資料とお知らせの発送のため'));
    await page.waitForFunction(() => document.body.innerText.includes('市民電力からの各種資料とお知らせの発送のため'), { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { stale?: boolean }).stale)).toBeUndefined(); // a reload, not an edit in place
  });

  it('shows a duplicate id as a positioned error with the source line and a caret, then returns to the policy once fixed', async () => {
    await page.goto(`${preview.url}shimin-denryoku/`);
    await page.waitForSelector('#pv-status[data-state="live"]');
    const broken = SEED.replace('- id: phone', '- id: address');
    const at = lineOf(broken, '- id: address\n            name: 電話番号'.split('\n')[0]!);
    // The second "- id: address" is the one reported.
    const lines = broken.split('\n');
    const second = lines.findIndex((l, i) => l.includes('- id: address') && i + 1 > at.line);
    const where = `shimin-denryoku.yaml:${second + 1}:${lines[second]!.indexOf('address') + 1}`;
    writeFileSync(file, broken);
    await page.waitForSelector('.pv-problems', { timeout: 10_000 });
    const problem = await page.$eval('.pv-problem', (e) => (e as HTMLElement).innerText);
    expect(problem).toContain(where);
    expect(problem).toContain(`the data item id "address" is already used on line ${at.line}`);
    expect(problem).toContain('give this data item an id of its own');
    // The offending line, the character marked, and a caret under it.
    expect(await page.$eval('.pv-problem .pv-row-at', (e) => e.textContent)).toBe(`${second + 1}${lines[second]}`);
    expect(await page.$eval('.pv-problem mark', (e) => e.textContent)).toBe('a');
    const [markX, caretX] = await page.evaluate(() => [
      document.querySelector('.pv-problem mark')!.getBoundingClientRect().left,
      document.querySelector('.pv-problem .pv-caret')!.getBoundingClientRect().left,
    ]);
    expect(Math.abs(markX! - caretX!)).toBeLessThan(1);
    expect(await page.$('h1.pp-title')).toBeNull();

    writeFileSync(file, SEED);
    await page.waitForSelector('h1.pp-title', { timeout: 10_000 });
    expect(await page.$('.pv-problems')).toBeNull();
  });

  it('shows an unknown key with its place, and the index marks the policy as having errors', async () => {
    const broken = SEED.replace('effectiveDate: 2026-12-01\n', 'effectiveDate: 2026-12-01\nefective-date: 2026-12-01\n');
    const at = lineOf(broken, 'efective-date');
    writeFileSync(file, broken);
    await page.goto(`${preview.url}shimin-denryoku/`);
    await page.waitForSelector('.pv-problems', { timeout: 10_000 });
    expect(await page.$eval('.pv-problem', (e) => (e as HTMLElement).innerText)).toContain(`shimin-denryoku.yaml:${at.line}:${at.column}`);
    expect(await page.$eval('.pv-problem', (e) => (e as HTMLElement).innerText)).toContain('did you mean "effectiveDate"?');
    await page.goto(preview.url);
    expect(await page.$eval('.pv-badge-error', (e) => e.textContent)).toBe('1 error');
    writeFileSync(file, SEED);
    await page.waitForSelector('.pv-badge-ok', { timeout: 10_000 });
  });

  it('shows the plain text, and serves it as a .txt file', async () => {
    await preview.reload();
    const loaded = loadPolicyText(file, SEED).policy!;
    const expected = renderText(buildView(loaded.policy));
    await page.goto(`${preview.url}shimin-denryoku/text`);
    expect(await page.$eval('.pv-plain', (e) => e.textContent)).toBe(expected);
    const res = await fetch(`${preview.url}shimin-denryoku/shimin-denryoku.txt`);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(expected);
  });

  it('prints the PDF on demand', async () => {
    const res = await fetch(`${preview.url}shimin-denryoku/shimin-denryoku.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(psChildren().some((l) => l.includes('policy-pdf-'))).toBe(true);
  }, 60_000);

  it('answers unknown pages with 404 and other methods with 405', async () => {
    expect((await fetch(`${preview.url}no-such-policy/`)).status).toBe(404);
    expect((await fetch(preview.url, { method: 'POST' })).status).toBe(405);
  });

  it('closes cleanly: no server, no watcher, no Chromium left', async () => {
    const { url } = preview;
    await preview.close();
    await preview.close(); // twice is fine
    expect(preview.server.listening).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
    expect(psChildren().filter((l) => l.includes('policy-pdf-'))).toEqual([]);
  });
});

describe('preview rendering', () => {
  const loaded = loadPolicyText(SEED_POLICY, SEED).policy!;
  const view = buildView(loaded.policy);

  it('renders exactly what policy build writes, also after reading the templates again', () => {
    const [page, text] = [renderHtmlPage(view), renderText(view, 50)];
    clearTemplateCache();
    expect(renderHtmlPage(view)).toBe(page);
    expect(renderText(view, 50)).toBe(text);
  });

  it('cuts long lines around the column, keeping the caret under the character', () => {
    const text = `a: 1\nb: ${'長'.repeat(80)}X${'後'.repeat(80)}\nc: 3\n`;
    const rows = excerpt(text, 2, 84);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    const at = rows[1] as { before: string; at: { char: string }; after: string };
    expect(at.at.char).toBe('X');
    expect(at.before.startsWith('…')).toBe(true);
    expect(at.after.endsWith('…')).toBe(true);
    expect(excerpt('a: 1\n', 9, 1)).toEqual([]);
  });
});

describe('policy preview command', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), env: { NO_COLOR: '1' }, isTTY: false, cwd: ROOT },
    };
  };

  it('has help with examples', async () => {
    const { code, stdout } = await cli(['preview', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: policy preview [paths…] [options]');
    expect(stdout).toContain('--port N');
    expect(stdout).toContain('--host ADDR');
    expect(stdout).toContain('Examples:');
  });

  it('refuses a bad port and a missing path', async () => {
    expect(await cli(['preview', '--port', 'abc'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--port must be a whole number from 0 to 65535') });
    expect(await cli(['preview', 'no/such/folder', '--port', '0'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file or folder') });
  });

  it('reports a port in use', async () => {
    const busy = await startPreview({ paths: [SEED_POLICY], port: 0 });
    try {
      const port = (busy.server.address() as AddressInfo).port;
      const result = await cli(['preview', SEED_POLICY, '--port', String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await busy.close();
    }
  });

  it('prints the address, warns when listening beyond this computer, and stops when told', async () => {
    const { out, io: testIO } = io();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runPreview([SEED_POLICY, '--port', '0', '--host', '0.0.0.0'], testIO, stopped);
    await expect.poll(() => out.stdout, { timeout: 5_000 }).toContain('Preview of 1 policy at http://127.0.0.1:');
    expect(out.stderr).toContain('warning: listening on 0.0.0.0: anyone who can reach this computer over the network can read the drafts');
    const url = /http:\S+/.exec(out.stdout)![0];
    expect((await fetch(url)).status).toBe(200);
    stop();
    expect(await running).toBe(0);
    expect(out.stdout).toContain('Preview stopped.');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('stops cleanly on Ctrl-C (SIGINT) as a separate process', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', RUN_CLI, 'preview', SEED_POLICY, '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => stdout, { timeout: 15_000 }).toContain('Press Ctrl-C to stop.');
    const url = /http:\S+/.exec(stdout)![0];
    expect((await fetch(url)).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Preview stopped.');
    await expect(fetch(url)).rejects.toThrow();
  }, 30_000);
});

/** bin/policy.cjs, on the TypeScript sources (dist/ may be older than them). */
const RUN_CLI = `
const { run } = await import(${JSON.stringify(path.join(ROOT, 'src/cli/main.ts'))});
process.exitCode = await run(process.argv.slice(1), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  isTTY: false,
  cwd: process.cwd(),
});
`;
