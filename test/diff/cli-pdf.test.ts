/**
 * The 新旧対照表 and the notice letter as PDF, printed by the real Chromium
 * of the machine (scripts/install.sh installs it): landscape A4 for the review,
 * portrait A4 for the letter, IPAex fonts embedded, the text as poppler reads it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, squash, tempDir } from '../helpers.js';
import { fixturePath } from './load-fixture.js';

const LONG = 60_000;
const rel = (name: string) => path.relative(ROOT, fixturePath(`${name}.yaml`));
const poppler = (command: string, file: string, ...args: string[]) => execFileSync(command, [...args, file, ...(command === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });

describe('PDF', () => {
  it(
    'prints the 新旧対照表 on A4 landscape, and the notice letter on A4 portrait',
    async () => {
      const dir = tempDir();
      const out = path.join(dir, 'taisho.pdf');
      const result = await cli(['diff', rel('base'), rel('v1-1'), '--format', 'pdf', '--out', out], ROOT, { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      const pdf = readFileSync(out);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const letters = path.join(dir, 'letters');
      const notice = await cli(['notice', '--date', '2026-11-01', rel('base'), rel('v1-1'), '--format', 'pdf', '--out', letters], ROOT, { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH });
      expect(notice.code).toBe(0);
      expect(readdirSync(letters)).toEqual(['notice-v1-1-1.1.pdf']);
      const info = poppler('pdfinfo', out);
      expect(info).toMatch(/Title:\s+グリーン・市民電力の個人情報の取り扱いについて　新旧対照表/);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      expect(poppler('pdffonts', out)).not.toContain('Type 3');
      const text = squash(poppler('pdftotext', out));
      // The versions table names both once; the header row of the comparison is repeated on each of its pages.
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(3);
      expect(text.match(/改正後/g)!.length).toBeGreaterThanOrEqual(3);
      expect(text.match(/改正前/g)!.length).toBeGreaterThanOrEqual(3);
      expect(text).toContain('（傍線部分は改正部分）');
      expect(text).toContain('（新設）');
      const letter = path.join(letters, 'notice-v1-1-1.1.pdf');
      expect(poppler('pdfinfo', letter)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const letterText = squash(poppler('pdftotext', letter));
      expect(letterText).toContain('共同利用に関する変更についての同意のお願い');
      expect(letterText).toContain('お客さま各位');
      expect(letterText).toContain('敬具');
    },
    LONG,
  );

  it('exits 3 when Chromium is missing, and writes nothing', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'taisho.pdf');
    const result = await cli(['diff', rel('base'), rel('v1-1'), '--format', 'pdf', '--out', out], ROOT, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Chromium was not found: /nonexistent/chromium');
    expect(readdirSync(dir)).toEqual([]);
    const notice = await cli(['notice', '--date', '2026-11-01', rel('base'), rel('v1-1'), '--format', 'html,pdf', '--out', path.join(dir, 'letters')], ROOT, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' });
    expect(notice.code).toBe(3);
    expect(readdirSync(dir)).toEqual([]);
  });
});
