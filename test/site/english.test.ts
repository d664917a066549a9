/**
 * The published site with a translated policy: the current version in
 * English beside the Japanese, each page with a switcher to the other.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../src/site/index.js';
import { ROOT, cli, tempDir } from '../helpers.js';
import { revision, translatedRepo } from './repo.js';

const NAME = 'shimin-denryoku';

function project(): string {
  const dir = tempDir('policy-site-en-');
  mkdirSync(path.join(dir, 'policy'));
  for (const ext of ['yaml', 'en.po']) copyFileSync(path.join(ROOT, 'policy', `${NAME}.${ext}`), path.join(dir, 'policy', `${NAME}.${ext}`));
  return dir;
}

describe('policy publish with a translation', () => {
  it('publishes the current version in English too, the two pages switching to each other', async () => {
    const dir = project();
    const out = path.join(dir, 'site');
    const result = await publish({ paths: ['policy'], cwd: dir, outDir: out });
    expect(readdirSync(path.join(out, NAME)).sort()).toEqual(['history.en.html', 'history.html', 'index.en.html', 'index.html', `${NAME}.en.txt`, `${NAME}.txt`]);
    expect(result.messages.filter((m) => m.ruleId.startsWith('translation-'))).toEqual([]);
    const ja = readFileSync(path.join(out, NAME, 'index.html'), 'utf8');
    const en = readFileSync(path.join(out, NAME, 'index.en.html'), 'utf8');
    expect(ja).toContain('<a class="site-nav-language" href="index.en.html" hreflang="en" lang="en">English</a>');
    expect(ja).toContain('<link rel="alternate" hreflang="en" href="index.en.html">');
    expect(en).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(en).toContain('<a class="site-nav-language" href="index.html" hreflang="ja" lang="ja">日本語</a>');
    expect(en).toContain('<span class="site-nav-here">Current version (Version 1.0)</span>');
    expect(en).toContain('<p class="pp-translation-notice">');
    expect(readFileSync(path.join(out, NAME, `${NAME}.en.txt`), 'utf8')).toContain('Handling of Personal Information by Green Shimin Denryoku');
    expect(readFileSync(path.join(out, '_headers'), 'utf8')).toContain(`/${NAME}/${NAME}.en.txt`);
    // The 改定履歴 in both languages, each switching to the other.
    const history = readFileSync(path.join(out, NAME, 'history.en.html'), 'utf8');
    expect(history).toContain('<h1 class="pp-title">Revision history</h1>');
    expect(history).toContain('<h2>Version 1.0</h2>');
    expect(history).toContain('Effective <time datetime="2026-12-01">December 1, 2026</time>');
    expect(history).toContain('<p class="site-summary">This Policy was established.</p>');
    expect(history).toContain('<a class="site-nav-language" href="history.html" hreflang="ja" lang="ja">日本語</a>');
    expect(readFileSync(path.join(out, NAME, 'history.html'), 'utf8')).toContain('<a class="site-nav-language" href="history.en.html" hreflang="en" lang="en">English</a>');
    expect(en).toContain('<a href="history.en.html">Revision history</a>');
    // The site's index leads to the English too.
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(`<a href="${NAME}/index.en.html" hreflang="en" lang="en">English</a>`);
  });

  it('leaves the English out while the translation is out of date, with warnings', async () => {
    const dir = project();
    const file = path.join(dir, 'policy', `${NAME}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('利用者からの問合せに対する回答を速やかに行うため', '利用者からの問合せに対する回答を迅速に行うため'));
    const out = path.join(dir, 'site');
    const result = await publish({ paths: ['policy'], cwd: dir, outDir: out });
    expect(readdirSync(path.join(out, NAME)).sort()).toEqual(['history.html', 'index.html', `${NAME}.txt`]);
    expect(result.messages.filter((m) => m.ruleId === 'translation-stale')).toHaveLength(1);
    expect(readFileSync(path.join(out, NAME, 'index.html'), 'utf8')).not.toContain('hreflang');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('hreflang');
  });
});

/** Every relative link of every page of the site, and the file it leads to. */
function links(out: string): Array<{ page: string; href: string; target: string }> {
  const pages = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : []));
  return pages(out).flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(/href="([^"]*)"/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^(?:[a-z]+:|#)/.test(href))
      .map((href) => ({ page: path.relative(out, page), href, target: path.join(path.dirname(page), href.replace(/#.*$/, '')) })),
  );
}

describe('policy publish: earlier versions in English', () => {
  it('publishes an earlier version in English where the translation tagged with it was complete, linked both ways; none where it was not', async () => {
    const dir = translatedRepo(true);
    const out = path.join(dir, 'site');
    const result = await publish({ paths: ['policy'], cwd: dir, outDir: out });
    expect(result.messages.filter((m) => m.ruleId.startsWith('translation-'))).toEqual([]);
    const folder = (v: string) => readdirSync(path.join(out, NAME, v)).sort();
    expect(folder('v1.0')).toEqual(['index.en.html', 'index.html', `${NAME}.en.txt`, `${NAME}.txt`]);
    expect(folder('v1.1')).toEqual(['index.html', `${NAME}.txt`]);
    expect(folder('v1.2')).toEqual(['index.html', `${NAME}.txt`]);
    // A translation that was out of date at its tag is said once; a version without one is simply Japanese.
    expect(result.notes.filter((n) => n.includes('English'))).toEqual([
      `${NAME}: the English translation of version 1.2 is incomplete or out of date (4 texts); that version is published in Japanese only`,
    ]);

    const ja = readFileSync(path.join(out, NAME, 'v1.0', 'index.html'), 'utf8');
    expect(ja).toContain('<link rel="alternate" hreflang="ja" href="index.html">');
    expect(ja).toContain('<link rel="alternate" hreflang="en" href="index.en.html">');
    expect(ja).toContain('<a class="site-nav-language" href="index.en.html" hreflang="en" lang="en">English</a>');
    expect(ja).toContain('これは過去の版です。現在は適用されていません。');
    for (const v of ['v1.1', 'v1.2']) expect(readFileSync(path.join(out, NAME, v, 'index.html'), 'utf8'), v).not.toContain('hreflang');

    const en = readFileSync(path.join(out, NAME, 'v1.0', 'index.en.html'), 'utf8');
    expect(en).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(en).toContain('<meta name="robots" content="noindex">');
    expect(en).toContain('<link rel="alternate" hreflang="en" href="index.en.html">');
    expect(en).toContain('<link rel="alternate" hreflang="ja" href="index.html">');
    expect(en).toContain('<a class="site-nav-language" href="index.html" hreflang="ja" lang="ja">日本語</a>');
    expect(en).toContain('<title>[Earlier version] Version 1.0: ');
    expect(en).toContain('<p class="site-banner-title">This is an earlier version. It no longer applies.</p>');
    expect(en).toContain('Version 1.0 (effective December 1, 2026) was superseded on April 1, 2027 by Version 1.1. The current version is Version 1.3 (effective April 1, 2028).');
    expect(en).toContain('<a class="site-button" href="../index.en.html">Read the current version</a><a href="../history.en.html#v1.0">See the revision history</a>');
    expect(en).toContain('<span class="site-nav-old">Earlier version (Version 1.0)</span>');
    expect(en).toContain('<p class="pp-translation-notice">');
    // Its own English, as translated at its tag.
    expect(en).toContain('To respond promptly to inquiries from users');
    expect(readFileSync(path.join(out, NAME, 'index.en.html'), 'utf8')).toContain('To respond quickly to inquiries from users');
    expect(readFileSync(path.join(out, NAME, 'v1.0', `${NAME}.en.txt`), 'utf8')).toMatch(/^\uFEFFThis English translation is provided for reference only\./);

    // The English 改定履歴 leads to each version's English page where it has one, else to its Japanese page.
    const history = readFileSync(path.join(out, NAME, 'history.en.html'), 'utf8');
    expect(history).toContain('<a class="site-button" href="v1.0/index.en.html">Read this version</a>');
    expect(history).toContain('<a class="site-button" href="v1.1/index.html" hreflang="ja">Read this version (Japanese)</a>');
    expect(history).toContain('<a class="site-button" href="v1.2/index.html" hreflang="ja">Read this version (Japanese)</a>');
    // Each earlier version with the date it was superseded, as the Japanese history gives it.
    expect(history).toContain('Effective <time datetime="2026-12-01">December 1, 2026</time>\n          <span class="site-until">(superseded on <time datetime="2027-04-01">April 1, 2027</time>)</span>');
    expect(history).toContain('<span class="site-until">(superseded on <time datetime="2028-04-01">April 1, 2028</time>)</span>');
    expect(history.match(/class="site-until"/g)).toHaveLength(3);
    for (const link of links(out)) expect(existsSync(link.target), `${link.page}: ${link.href}`).toBe(true);
  });

  it('lists in the English history the versions the Japanese one lists: one named only in the revision history has no page', async () => {
    const dir = translatedRepo(true);
    const yaml = path.join(dir, 'policy', `${NAME}.yaml`);
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('revisions:\n', 'revisions:\n  - version: "0.9"\n    date: 2026-06-01\n    summary: 試行版を作成しました。\n'));
    writeFileSync(path.join(dir, 'policy', `${NAME}.en.po`), readFileSync(path.join(dir, 'policy', `${NAME}.en.po`), 'utf8') + revision('0.9', '試行版を作成しました。', 'A trial version was drawn up.'));
    const out = path.join(dir, 'site');
    await publish({ paths: ['policy'], cwd: dir, outDir: out });
    const versions = (page: string) => [...readFileSync(path.join(out, NAME, page), 'utf8').matchAll(/<h2>(?:Version |第)([\d.]+)版?<\/h2>/g)].map((m) => m[1]);
    expect(versions('history.en.html')).toEqual(versions('history.html'));
    expect(versions('history.en.html')).toEqual(['1.3', '1.2', '1.1', '1.0', '0.9']);
    const history = readFileSync(path.join(out, NAME, 'history.en.html'), 'utf8');
    const trial = history.slice(history.indexOf('id="v0.9"'));
    expect(trial).toContain('<span class="site-badge">Text not published</span>');
    expect(trial).toContain('<p class="site-summary">A trial version was drawn up.</p>');
    expect(trial).not.toContain('site-button');
  });

  it('an earlier version in English while the current one has none leads to the Japanese current version and history', async () => {
    const dir = translatedRepo(false);
    const out = path.join(dir, 'site');
    await publish({ paths: ['policy'], cwd: dir, outDir: out });
    expect(existsSync(path.join(out, NAME, 'index.en.html'))).toBe(false);
    expect(existsSync(path.join(out, NAME, 'history.en.html'))).toBe(false);
    const en = readFileSync(path.join(out, NAME, 'v1.0', 'index.en.html'), 'utf8');
    expect(en).toContain('<a class="site-button" href="../index.html" hreflang="ja">Read the current version (Japanese)</a><a href="../history.html#v1.0" hreflang="ja">See the revision history</a>');
    for (const link of links(out)) expect(existsSync(link.target), `${link.page}: ${link.href}`).toBe(true);
  });

  it('prints each earlier English leaflet beside its page, in embedded fonts', async () => {
    const dir = translatedRepo(true);
    const out = path.join(dir, 'site');
    const result = await cli(['publish', '--out', 'site'], dir, { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH });
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(out, NAME, 'v1.0')).sort()).toEqual(['index.en.html', 'index.html', `${NAME}.en.pdf`, `${NAME}.en.txt`, `${NAME}.pdf`, `${NAME}.txt`]);
    expect(readFileSync(path.join(out, NAME, 'v1.0', 'index.en.html'), 'utf8')).toContain(`<a href="${NAME}.en.pdf">PDF version</a>`);
    // The English history leads to each version's English leaflet, else to its Japanese one, as the Japanese history does.
    const history = readFileSync(path.join(out, NAME, 'history.en.html'), 'utf8');
    expect(history).toContain(`<a class="site-pdf" href="${NAME}.en.pdf">PDF<span class="pp-visually-hidden"> of Version 1.3</span></a>`);
    expect(history).toContain(`<a class="site-pdf" href="v1.0/${NAME}.en.pdf">PDF<span class="pp-visually-hidden"> of Version 1.0</span></a>`);
    expect(history).toContain(`<a class="site-pdf" href="v1.1/${NAME}.pdf" hreflang="ja">PDF (Japanese)<span class="pp-visually-hidden"> of Version 1.1</span></a>`);
    const fonts = execFileSync('pdffonts', [path.join(out, NAME, 'v1.0', `${NAME}.en.pdf`)], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    for (const line of fonts) expect(line.trim().split(/\s+/).slice(-5, -4)[0], line).toBe('yes');
    expect(result.stderr).toContain('note: shimin-denryoku: the English translation of version 1.2 is incomplete or out of date');
    for (const link of links(out)) expect(existsSync(link.target), `${link.page}: ${link.href}`).toBe(true);
  }, 120_000);
});

describe('policy publish in Japanese', () => {
  it('the help and the notes in the reader\'s language', async () => {
    const help = await cli(['--lang', 'ja', 'publish', '--help']);
    expect(help.stdout).toMatch(/^使い方: policy publish/);
    expect(help.stdout).toContain('過去の版の英語版');
    expect((await cli(['publish', '--help'])).stdout).toMatch(/^Usage: policy publish/);
    const dir = tempDir('policy-site-ja-');
    mkdirSync(path.join(dir, 'policy'));
    copyFileSync(path.join(ROOT, 'policy', `${NAME}.yaml`), path.join(dir, 'policy', `${NAME}.yaml`));
    const result = await cli(['publish', '--no-pdf', '--out', 'site'], dir, { LANG: 'ja_JP.UTF-8' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`注：policy/${NAME}.yaml: policy が git のリポジトリの中にないため、現在の版だけを公開します`);
    expect(result.stdout).toContain(`${NAME}: 現在の版 1.0。過去の版はありません`);
    expect(result.stdout).toContain(`site/${NAME}/index.html を書き出しました`);
  });
});
