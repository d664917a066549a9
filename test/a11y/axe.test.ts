/**
 * Accessibility, checked by axe-core in the real Chromium: the policy page
 * (and its English translation), the 改定履歴 (public and internal), an
 * earlier version on the site (in Japanese and in English), the notice
 * letter (in Japanese and in English) and the preview, at a phone's width
 * (375 px) and a desktop's (1280 px). The pages in English also fit a
 * phone's width: nothing wider than the screen (WCAG 1.4.10, reflow).
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { startPreview, type Preview } from '../../src/preview/index.js';
import { renderHtmlPage } from '../../src/render/html.js';
import { buildView } from '../../src/render/view.js';
import { publish } from '../../src/site/index.js';
import { build } from '../../src/build/build.js';
import { SEED_POLICY, tempDir } from '../helpers.js';
import { translatedRepo, versionedRepo } from '../site/repo.js';
import { renderNoticeHtml } from '../../src/notice/render.js';
import { letterViews } from '../notice/english-cases.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const WIDTHS = [375, 1280] as const;
const NAME = 'shimin-denryoku';

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

async function violations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

describe('axe-core finds no violations', () => {
  let browser: Browser;
  let page: Page;
  let preview: Preview;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    const dir = tempDir('policy-axe-');
    const { policy } = loadPolicyText(SEED_POLICY, readFileSync(SEED_POLICY, 'utf8'));
    const file = path.join(dir, 'policy.html');
    writeFileSync(file, renderHtmlPage(buildView(policy!.policy)));
    pages['the policy page'] = pathToFileURL(file).href;
    // The seed's pages in Japanese and English, linked to each other (its translation, policy/shimin-denryoku.en.po).
    const built = path.join(dir, 'built');
    await build({ paths: [SEED_POLICY], outDir: built, formats: ['html'] });
    pages['the Japanese page beside its English'] = pathToFileURL(path.join(built, `${NAME}.html`)).href;
    pages['the English page'] = pathToFileURL(path.join(built, `${NAME}.en.html`)).href;
    // The example's English page: articles, tables of entrustment and revisions, two joint-use tables.
    await build({ paths: [path.join(path.dirname(SEED_POLICY), '..', 'examples', 'acme-denki.yaml')], outDir: built, formats: ['html'] });
    pages['the English page of the example'] = pathToFileURL(path.join(built, 'acme-denki.en.html')).href;
    const translated = path.join(dir, 'translated');
    mkdirSync(path.join(translated, 'policy'), { recursive: true });
    for (const ext of ['yaml', 'en.po']) copyFileSync(path.join(path.dirname(SEED_POLICY), `${NAME}.${ext}`), path.join(translated, 'policy', `${NAME}.${ext}`));
    await publish({ paths: ['policy'], cwd: translated, outDir: path.join(translated, 'site') });
    pages['the English page of the site'] = pathToFileURL(path.join(translated, 'site', NAME, 'index.en.html')).href;
    pages['the English 改定履歴'] = pathToFileURL(path.join(translated, 'site', NAME, 'history.en.html')).href;
    // An earlier version in English on the site (v1.0, tagged with its translation), and the English history leading to it.
    const english = translatedRepo(true);
    await publish({ paths: ['policy'], cwd: english, outDir: path.join(english, 'site') });
    pages['an earlier version in English'] = pathToFileURL(path.join(english, 'site', NAME, 'v1.0', 'index.en.html')).href;
    pages['the English 改定履歴 of earlier versions'] = pathToFileURL(path.join(english, 'site', NAME, 'history.en.html')).href;
    // The notice letter, with the Art. 28(2) information, in Japanese and in English.
    const letters = await letterViews('overseas');
    for (const [name, view] of [['the letter', letters.ja], ['the English letter', letters.en]] as const) {
      const file = path.join(dir, `${name.replace(/ /g, '-')}.html`);
      writeFileSync(file, renderNoticeHtml(view));
      pages[name] = pathToFileURL(file).href;
    }
    const repo = versionedRepo();
    const site = path.join(dir, 'site');
    await publish({ paths: ['policy'], cwd: repo, outDir: site });
    pages['the public 改定履歴'] = pathToFileURL(path.join(site, NAME, 'history.html')).href;
    pages['an earlier version'] = pathToFileURL(path.join(site, NAME, 'v1.0', 'index.html')).href;
    const internal = path.join(dir, 'internal');
    await publish({ paths: ['policy'], cwd: repo, outDir: internal, internal: true });
    pages['the internal 改定履歴'] = pathToFileURL(path.join(internal, NAME, 'history.html')).href;
    preview = await startPreview({ paths: [path.join(repo, 'policy')], port: 0, cwd: repo });
    pages['the preview list'] = preview.url;
    pages['the preview of a policy'] = `${preview.url}${NAME}/`;
    browser = await puppeteer.launch({ executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium', headless: true, args: BROWSER_ARGS });
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  for (const width of WIDTHS) {
    it.each([
      'the policy page',
      'the Japanese page beside its English',
      'the English page',
      'the English page of the example',
      'the English page of the site',
      'the English 改定履歴',
      'the public 改定履歴',
      'the internal 改定履歴',
      'an earlier version',
      'an earlier version in English',
      'the English 改定履歴 of earlier versions',
      'the letter',
      'the English letter',
      'the preview list',
      'the preview of a policy',
    ])(
      `%s at ${width} px`,
      async (name) => {
        await page.setViewport({ width, height: 800 });
        await page.goto(pages[name]!, { waitUntil: 'load' });
        expect(await violations(page)).toEqual([]);
      },
      60_000,
    );
    it.each(['the English page', 'the English page of the example', 'the English page of the site', 'the English 改定履歴', 'an earlier version in English', 'the English 改定履歴 of earlier versions', 'the English letter'])(
      `%s fits ${width} px without scrolling sideways`,
      async (name) => {
        await page.setViewport({ width, height: 800 });
        await page.goto(pages[name]!, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      },
      60_000,
    );
  }

  it('the English example at 375 px breaks no word of a table inside it (Version, enforcement)', async () => {
    await page.setViewport({ width: 375, height: 800 });
    await page.goto(pages['the English page of the example']!, { waitUntil: 'load' });
    // Each word of a table cell on one line (a word broken in two has two boxes); a hyphen may end a line; cells hidden for the phone's layout aside.
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('.pp-table th, .pp-table td')].filter((cell) => cell.getBoundingClientRect().width > 30).flatMap((cell) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.textContent!.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index!);
            range.setEnd(node, m.index! + m[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(m[0]);
          }
        }
        return out;
      }),
    );
    expect(broken).toEqual([]);
  }, 60_000);
});
