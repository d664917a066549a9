/**
 * The leaflet's running footer and a company's footer line (policy.config.yaml):
 * measured as the leaflet sets it, refused by the check when it cannot fit, and
 * wrapped onto a second line, never cut, when it is long; printed by the real
 * Chromium and read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { footerFit, footerTemplate, footerTextWidth } from '../../src/render/pdf/footer.js';
import { PAPER_SPECS } from '../../src/render/pdf/paper.js';
import { cli, SEED_POLICY, squash, tempDir } from '../helpers.js';

const MM = 72 / 25.4;
const OFFICE = '株式会社サンプル　個人情報保護窓口';
const TOO_LONG = `${OFFICE}　電話 0120-123-456（平日9時～17時）　〒100-0001 東京都千代田区千代田1-1-1 サンプルビル`;

function project(config: string): string {
  const dir = tempDir('policy-footer-');
  mkdirSync(path.join(dir, 'policy'));
  copyFileSync(SEED_POLICY, path.join(dir, 'policy', 'seed.yaml'));
  writeFileSync(path.join(dir, 'policy.config.yaml'), config);
  return dir;
}

describe('the footer line, measured as the leaflet sets it', () => {
  it('counts a full-width character as 1 em and the proportional Latin at 0.6 em of 7.5 pt', () => {
    const em = 7.5 / MM;
    expect(footerTextWidth('個人情報')).toBeCloseTo(4 * em);
    expect(footerTextWidth('0120')).toBeCloseTo(4 * 0.6 * em);
    expect(footerTextWidth('①※')).toBeCloseTo(2 * em);
  });

  it('an office name fits every paper; an address and a telephone number added fit none', () => {
    for (const paper of ['A4', 'B5', 'A5'] as const) {
      expect(footerFit(OFFICE, paper).fits, paper).toBe(true);
      expect(footerFit(TOO_LONG, paper).fits, paper).toBe(false);
    }
    // The smaller the paper, the shorter the line.
    expect(footerFit(OFFICE, 'A5').line).toBeLessThan(footerFit(OFFICE, 'B5').line);
    expect(footerFit(OFFICE, 'B5').line).toBeLessThan(footerFit(OFFICE, 'A4').line);
    // The line is the page less its margins, the middle part and two gaps, shared by the left and right parts.
    const a4 = PAPER_SPECS.A4;
    expect(footerFit(OFFICE, 'A4').line).toBeCloseTo((a4.width - a4.margin.left - a4.margin.right - footerTextWidth('第1.0版　2026年12月31日施行') - 8) / 2);
  });

  it('the left part of the footer wraps; the version and the page number stay on one line', () => {
    const html = footerTemplate({ left: OFFICE, center: '第1.0版', right: '{page} / {pages}' }, { left: 18, right: 18 });
    const cells = [...html.matchAll(/<div style="flex:[^"]*">/g)].map((m) => m[0]);
    expect(cells).toHaveLength(3);
    expect(cells[0]).toContain('white-space:normal');
    expect(cells[1]).toContain('white-space:nowrap');
    expect(cells[2]).toContain('white-space:nowrap');
  });
});

describe('policy check and a footer line that does not fit', () => {
  it('is an error at the footer line of policy.config.yaml, with the paper, the widths and what to do', async () => {
    const result = await cli(['check', '--quiet'], project(`footer: ${TOO_LONG}\n`));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^policy\.config\.yaml:1:9 {2}error {2}footer: the footer does not fit at the foot of the A4 leaflet: it takes about \d+ mm, and its place beside the version and the page number holds 2 lines of \d+ mm \(about \d+ full-width characters\) {2}\(pdf-footer\)\n {4}hint: shorten it/,
    );
  });

  it('is measured on the paper policy.config.yaml sets', async () => {
    const line = '株式会社サンプル　個人情報保護窓口　お客さま相談室　個人情報担当';
    expect((await cli(['check', '--quiet'], project(`footer: ${line}\n`))).code).toBe(0);
    const a5 = await cli(['check', '--quiet'], project(`paper: A5\nfooter: ${line}\n`));
    expect(a5.code).toBe(1);
    expect(a5.stdout).toContain('the footer does not fit at the foot of the A5 leaflet');
  });

  it('stops the build, which writes nothing', async () => {
    const dir = project(`footer: ${TOO_LONG}\n`);
    const result = await cli(['build', '--format', 'html,txt'], dir);
    expect(result.code).toBe(1);
    expect(() => readFileSync(path.join(dir, 'out', 'seed.html'))).toThrow();
  });
});

describe('a long footer line in the printed leaflet', () => {
  it('is printed whole, on two lines at the foot of every page, as long as the check lets it', async () => {
    const line = 'グリーン・市民電力　個人情報保護窓口　電話 0120-123-456（平日9時～17時受付）';
    expect(footerFit(line, 'A5').fits).toBe(false);
    expect(footerFit(line, 'A4').fits).toBe(true);
    expect(footerFit(line, 'A4').line).toBeLessThan(footerTextWidth(line)); // more than one line
    const dir = project(`footer: ${line}\n`);
    const result = await cli(['build', '--format', 'pdf', '--quiet'], dir);
    expect(result.code, result.stderr).toBe(0);
    const pdf = path.join(dir, 'out', 'seed.pdf');
    const { width, height, margin } = PAPER_SPECS.A4;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    for (let page = 1; page <= pages; page++) {
      const args = ['-raw', '-f', String(page), '-l', String(page), '-x', '0', '-y', String(Math.floor((height - margin.bottom) * MM)), '-W', String(Math.ceil(width * MM)), '-H', String(Math.ceil(margin.bottom * MM)), pdf, '-'];
      const footer = squash(execFileSync('pdftotext', args, { encoding: 'utf8' }));
      expect(footer, `page ${page}`).toContain(squash(line).slice(0, 12));
      expect(footer, `page ${page}`).toContain('（平日9時～17時受付）');
      expect(footer, `page ${page}`).toContain(`${page}/${pages}`);
    }
  }, 60_000);
});
