/**
 * The published site with a translated policy: the current version in
 * English beside the Japanese, each page with a switcher to the other.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../src/site/index.js';
import { ROOT, tempDir } from '../helpers.js';

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
  });
});
