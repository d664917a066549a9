/**
 * The Word documents: read back as a zip, their XML text checked against
 * the model of the 新旧対照表; converted to PDF by LibreOffice where the
 * machine has it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildComparison, type ComparisonInput } from '../../src/diff/comparison.js';
import { renderDiffDocx } from '../../src/diff/format-docx.js';
import { diffPolicies } from '../../src/diff/index.js';
import type { LoadedSidePolicy } from '../../src/diff/sides.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { ROOT, cli, squash, tempDir } from '../helpers.js';
import { fixturePath } from './load-fixture.js';
import { documentRuns } from './docx-xml.js';

export { documentRuns };

const rel = (name: string) => path.relative(ROOT, fixturePath(`${name}.yaml`));

function side(name: string): LoadedSidePolicy {
  const { policy, messages } = loadPolicyText(rel(name), readFileSync(fixturePath(`${name}.yaml`), 'utf8'));
  if (!policy) throw new Error(JSON.stringify(messages));
  return { ...policy, label: rel(name) };
}

function input(oldName: string, newName: string): ComparisonInput {
  const o = side(oldName);
  const n = side(newName);
  return { name: newName, old: o, new: n, diff: diffPolicies(o.policy, n.policy) };
}

describe('the 新旧対照表 (docx)', () => {
  it('holds every changed word underlined, the caption, and A4 landscape', async () => {
    const inputs = [input('base', 'v1-1')];
    const model = buildComparison(inputs[0]!);
    const { xml, runs, files } = documentRuns(await renderDiffDocx(inputs));
    const underlined = runs.filter((r) => r.underlined).map((r) => r.text);
    const changed = model.rows.flatMap((r) => [...(r.after.segments ?? []), ...(r.before.segments ?? [])]).filter((s) => s.changed);
    expect(changed.length).toBeGreaterThan(5);
    for (const s of changed) expect(underlined).toContain(s.text);
    // Nothing underlined that is not a change.
    expect(underlined.length).toBe(changed.length);
    const text = runs.map((r) => r.text).join('');
    expect(text).toContain('（傍線部分は改正部分）');
    expect(text).toContain('グリーン・市民電力の個人情報の取り扱いについて　新旧対照表');
    // The summary: category, action and basis in Japanese, in the model's order.
    let at = 0;
    for (const s of model.summary) {
      for (const cell of [s.categoryLabel, s.place, s.actionLabel]) {
        const next = text.indexOf(cell, at);
        expect(next, cell).toBeGreaterThanOrEqual(0);
      }
      at = text.indexOf(s.categoryLabel, at);
    }
    expect(text).toContain('個人情報保護法第27条第5項第3号');
    // The comparison: 改正後 left, 改正前 right, 「（新設）」 for an added entry.
    expect(text.indexOf('改正後')).toBeLessThan(text.indexOf('改正前', text.indexOf('（傍線部分は改正部分）')));
    expect(text).toContain('（新設）');
    // A4 landscape (twips), a Japanese font, the header row repeated on each page, page numbers in the footer.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain('<w:tblHeader/>');
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain('w:eastAsia="游明朝"');
    // The fallbacks where 游明朝 is missing, in the font table: ＭＳ 明朝, then IPAex明朝.
    const fonts = strFromU8(files['word/fontTable.xml']!);
    expect(fonts).toContain('<w:font w:name="游明朝"><w:altName w:val="ＭＳ 明朝"/><w:charset w:val="80"/>');
    expect(fonts).toContain('<w:font w:name="ＭＳ 明朝"><w:altName w:val="IPAex明朝"/>');
    expect(fonts).toContain('<w:font w:name="IPAex明朝">');
    // Headings in heading styles (見出し 1, 2: the navigation pane); the legend kept together.
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"[^>]*><w:name w:val="heading 1"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?新旧対照表/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?変更の概要/);
    const legend = [...xml.matchAll(/<w:p>((?:(?!<\/w:p>).)*?)<\/w:p>/g)].map((m) => m[1]!).filter((p) => /同意取得：|通知又は公表：/.test(p));
    expect(legend.length).toBeGreaterThan(1);
    for (const p of legend.slice(0, -1)) expect(p).toContain('<w:keepNext/>');
    const footer = Object.keys(files).find((f) => /^word\/footer\d*\.xml$/.test(f))!;
    expect(strFromU8(files[footer]!)).toMatch(/PAGE[\s\S]*NUMPAGES/);
    // The document's dates are the new version's effective date.
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-04-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:title>グリーン・市民電力の個人情報の取り扱いについて　新旧対照表</dc:title>');
  });

  it('gives the same bytes on every run', async () => {
    const first = await renderDiffDocx([input('base', 'v1-1')]);
    await new Promise((r) => setTimeout(r, 2100)); // the zip's timestamps have a resolution of 2 s
    const second = await renderDiffDocx([input('base', 'v1-1')]);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('is written by policy diff --format docx, which needs --out', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'taisho.docx');
    const result = await cli(['diff', rel('base'), rel('v1-1'), '--format', 'docx', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('wrote');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const noOut = await cli(['diff', rel('base'), rel('v1-1'), '--format', 'docx']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--format docx needs --out FILE');
  });

  it('the notice letter: same content as the HTML letter, the 別紙 on its own page', async () => {
    const dir = tempDir();
    const result = await cli(['notice', '--date', '2026-11-01', rel('base'), rel('v1-1'), '--format', 'docx,txt', '--out', dir]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['notice-v1-1-1.1.docx', 'notice-v1-1-1.1.txt']);
    const { xml, runs } = documentRuns(readFileSync(path.join(dir, 'notice-v1-1-1.1.docx')));
    const text = squash(runs.map((r) => r.text).join(''));
    const letter = squash(readFileSync(path.join(dir, 'notice-v1-1-1.1.txt'), 'utf8'));
    for (const line of ['2027年4月1日', 'お客さま各位', '拝啓', '敬具', '記', '変更の内容', '変更日', '以上', '別紙', '（傍線部分は改正部分）']) {
      expect(text).toContain(squash(line));
    }
    // Every sentence of the plain-text letter's body is in the Word letter, in the same order.
    // (A row of a table, 「ご回答の期限：…」 in the text, is two cells in Word.)
    const sentences = letter.split(/(?<=。)/).filter((s) => s.length > 10 && !/改正[後前]|変更[前後]：|：/.test(s)).slice(0, 8);
    let at = 0;
    for (const s of sentences) {
      const found = text.indexOf(s, at);
      expect(found, s).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toContain('<w:pageBreakBefore/>');
    expect(runs.some((r) => r.underlined && r.text === 'ガス小売事業者')).toBe(true);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!soffice)('opened by LibreOffice', () => {
  it(
    'converts to a landscape A4 PDF with the table and the changed words',
    async () => {
      const dir = tempDir();
      const out = path.join(dir, 'taisho.docx');
      await cli(['diff', rel('base'), rel('v1-1'), '--format', 'docx', '--out', out]);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 120_000 });
      const pdf = path.join(dir, 'taisho.pdf');
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      for (const words of ['新旧対照表', '改正後', '改正前', '（傍線部分は改正部分）', 'ガス小売事業者', '1/']) expect(text).toContain(words);
    },
    180_000,
  );
});
