/**
 * The English version written beside the Japanese from a complete
 * translation: the page, the fragment, the text and the leaflet, with
 * English numbering and labels, the notice that the Japanese prevails, links
 * between the two languages, and the leaflet's fonts embedded.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRANSLATION_NOTICE } from '../../src/build/build.js';
import { ROOT, cli, tempDir } from '../helpers.js';

const LONG = 120_000;

/** A project with the seed policy and the example, each with its translation. */
function project(): string {
  const dir = tempDir('policy-english-');
  mkdirSync(path.join(dir, 'policy'));
  for (const file of ['policy/shimin-denryoku.yaml', 'policy/shimin-denryoku.en.po']) copyFileSync(path.join(ROOT, file), path.join(dir, file));
  for (const file of ['acme-denki.yaml', 'acme-denki.en.po']) copyFileSync(path.join(ROOT, 'examples', file), path.join(dir, 'policy', file));
  return dir;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

function fonts(file: string): Array<{ name: string; type: string; emb: string }> {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => {
      const [name, ...rest] = l.trim().split(/\s+/);
      // name, type (two words), encoding, emb, sub, uni, object, generation
      return { name: name!.replace(/^[A-Z]{6}\+/, ''), type: `${rest[0]} ${rest[1]}`, emb: rest[3]! };
    });
}

describe('the English version', () => {
  it('writes the English page, fragment and text beside the Japanese, linked both ways', async () => {
    const dir = project();
    const out = path.join(dir, 'out');
    const { code } = await cli(['build', '--format', 'html,txt', '--out', out], dir);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'acme-denki.en.fragment.html',
      'acme-denki.en.html',
      'acme-denki.en.txt',
      'acme-denki.fragment.html',
      'acme-denki.html',
      'acme-denki.txt',
      'shimin-denryoku.en.fragment.html',
      'shimin-denryoku.en.html',
      'shimin-denryoku.en.txt',
      'shimin-denryoku.fragment.html',
      'shimin-denryoku.html',
      'shimin-denryoku.txt',
    ]);
    const en = read(out, 'acme-denki.en.html');
    expect(en).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(en).toContain('<article class="privacy-policy" lang="en">');
    expect(en).toContain(`<p class="pp-translation-notice">${DEFAULT_TRANSLATION_NOTICE.en}</p>`);
    expect(en).toContain('<link rel="alternate" hreflang="ja" href="acme-denki.html">');
    expect(en).toContain('<a href="acme-denki.html" hreflang="ja" lang="ja">日本語</a>');
    // English numbering and labels.
    expect(en).toContain('<span class="pp-num">Article 1</span>Name, Address and Representative of the Business');
    expect(en).toContain('<dt>Effective date</dt><dd><time datetime="2027-01-01">January 1, 2027</time></dd>');
    expect(en).toContain('<dt>Address</dt><dd>Acme Denki Building, 9-9-9 Kaigan, Minato-ku, Tokyo 105-0000, Japan</dd>');
    expect(en.slice(en.indexOf('<body>'))).not.toMatch(/第\d+条|施行日|住所/);
    const ja = read(out, 'acme-denki.html');
    expect(ja).toMatch(/<html lang="ja">/);
    expect(ja).toContain('<link rel="alternate" hreflang="en" href="acme-denki.en.html">');
    expect(ja).toContain('<a href="acme-denki.en.html" hreflang="en" lang="en">English</a>');
    expect(ja).not.toContain('pp-translation-notice');
    expect(read(out, 'acme-denki.en.fragment.html')).toMatch(/^<article class="privacy-policy" lang="en">/);
    const txt = read(out, 'shimin-denryoku.en.txt');
    expect(txt).toMatch(/^\uFEFFThis English translation is provided for reference only\./);
    expect(txt).toContain('Effective date: December 1, 2026');
    // Nothing of the Japanese original is left in the English text but the names of the languages.
    expect(read(out, 'acme-denki.en.txt').replace(/^\uFEFF/, '')).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
  });

  it('wraps the English text by words: no word is cut at the end of a line', async () => {
    const dir = project();
    const out = path.join(dir, 'out');
    await cli(['build', '--format', 'txt', '--width', '50', '--out', out], dir);
    const text = read(out, 'acme-denki.en.txt').replace(/^\uFEFF/, '');
    const po = read(dir, 'policy/acme-denki.en.po');
    const words = new Set(po.split(/\s+/).flatMap((w) => w.replace(/\\"/g, '"').split(/(?=[(“"])|(?<=[)”"])/)));
    const lines = text.split('\n');
    // A word cut in two would show as its halves at the end of one line and the start of the next.
    const cut = lines.flatMap((line, i) => {
      const last = line.trim().split(' ').pop() ?? '';
      const first = lines[i + 1]?.trim().split(' ')[0] ?? '';
      return last && first && words.has(`${last}${first}`) ? [`${last}|${first}`] : [];
    });
    expect(cut).toEqual([]);
    expect(lines.filter((l) => [...l].length > 50 && !/https?:/.test(l))).toEqual([]);
  });

  it('the notice is the one of policy.config.yaml when it gives one', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'policy.config.yaml'), 'translationNotice:\n  en: "Reference translation. The Japanese version governs."\n');
    const out = path.join(dir, 'out');
    expect((await cli(['build', '--format', 'html', '--out', out], dir)).code).toBe(0);
    expect(read(out, 'shimin-denryoku.en.html')).toContain('<p class="pp-translation-notice">Reference translation. The Japanese version governs.</p>');
  });

  it(
    'prints the English leaflet with its Latin fonts embedded, and the Japanese fonts for what is left in Japanese',
    async () => {
      const dir = project();
      // A name left in Japanese in the translation: set in the Japanese font.
      const po = path.join(dir, 'policy', 'shimin-denryoku.en.po');
      writeFileSync(po, read(dir, 'policy/shimin-denryoku.en.po').replace('msgstr "Green Coop Consumers\' Co-operative Union"', 'msgstr "Green Coop Consumers\' Co-operative Union (生活協同組合連合会グリーンコープ連合)"'));
      const out = path.join(dir, 'out');
      const { code } = await cli(['build', '--format', 'pdf', '--font', 'mincho', '--out', out], dir);
      expect(code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['acme-denki.en.pdf', 'acme-denki.pdf', 'shimin-denryoku.en.pdf', 'shimin-denryoku.pdf']);
      const list = fonts(path.join(out, 'shimin-denryoku.en.pdf'));
      expect(list.filter((f) => f.emb !== 'yes' || f.type !== 'CID TrueType')).toEqual([]);
      expect(list.filter((f) => !['DejaVuSans', 'DejaVuSerif', 'IPAexGothic', 'IPAexMincho'].includes(f.name))).toEqual([]);
      expect(list.some((f) => f.name.startsWith('DejaVu'))).toBe(true);
      expect(list.some((f) => f.name.startsWith('IPAex'))).toBe(true);
      // No tofu: every character comes back out of the PDF as it went in.
      const text = execFileSync('pdftotext', ['-raw', path.join(out, 'shimin-denryoku.en.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain("GreenCoopConsumers'Co-operativeUnion(生活協同組合連合会グリーンコープ連合)");
      expect(text).toContain('ThisEnglishtranslationisprovidedforreferenceonly.');
      expect(text).not.toMatch(/[\uFFFD\u25A1]/);
      const acme = fonts(path.join(out, 'acme-denki.en.pdf'));
      expect(acme.filter((f) => f.emb !== 'yes')).toEqual([]);
      expect(execFileSync('pdfinfo', [path.join(out, 'acme-denki.en.pdf')], { encoding: 'utf8' })).toMatch(/Title:\s+Personal Information Protection Policy/);
    },
    LONG,
  );
});
