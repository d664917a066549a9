/**
 * The leaflet of a policy with a long nested list entry: the entry may break
 * across pages, so no page but the last is left more than half empty (read
 * from the PDF's text positions); and an unnumbered subsection is set no
 * larger than its numbered parent.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers.js';

const entry = (n: number) => `当社は、第${n}項に定める業務の遂行に必要な範囲において、お客様の個人情報を適切に取り扱い、その内容を記録し、定期的に見直します。`;

const POLICY = `version: "1.0"
effectiveDate: 2026-04-01
organization: { name: 株式会社テスト, address: 東京都千代田区一番町1番1号, representative: 代表取締役 試験太郎 }
title: 個人情報保護方針
numbering: article
sections:
  - id: intro
    heading: 目的
    body:
${Array.from({ length: 5 }, (_, i) => `      - ${entry(i + 1)}`).join('\n')}
  - id: long
    heading: 取扱いの基準
    body:
      - list:
          - title: 取扱いの基準の詳細
            list:
${Array.from({ length: 24 }, (_, i) => `              - ${entry(i + 1)}`).join('\n')}
    sections:
      - id: note
        numbered: false
        heading: 補足
        body: [補足の説明です。]
`;

/** For each page, the lowest point any word reaches, as a share of the page's height. */
function pageFill(pdf: string): number[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const height = Number(m[2]);
    const bottoms = [...m[3]!.matchAll(/yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .filter((w) => !/^\d+$|^\/$|^株式会社テスト$|^第1\.0版/.test(w[2]!)) // the running footer
      .map((w) => Number(w[1]));
    return Math.max(0, ...bottoms.filter((y) => y < height * 0.93)) / height;
  });
}

describe('a long nested list entry in the leaflet', () => {
  let out: string;
  beforeAll(async () => {
    const dir = tempDir('policy-fill-');
    writeFileSync(path.join(dir, 'fill.yaml'), POLICY);
    out = path.join(dir, 'out');
    const result = await cli(['build', 'fill.yaml', '--out', out], dir);
    expect(result.code, result.stderr).toBe(0);
  }, 120_000);

  it('leaves no page but the last more than half empty', () => {
    const fill = pageFill(path.join(out, 'fill.pdf'));
    expect(fill.length).toBeGreaterThan(1);
    for (const [i, f] of fill.slice(0, -1).entries()) expect(f, `page ${i + 1}`).toBeGreaterThan(0.5);
  });

  it('sets an unnumbered subsection no larger than its numbered parent', () => {
    const html = readFileSync(path.join(out, 'fill.html'), 'utf8');
    expect(html).toContain('<section class="pp-section pp-level-3 pp-unnumbered"');
    const css = readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'templates', 'pdf', 'print.css'), 'utf8');
    expect(css).toContain('.pp-level-2.pp-unnumbered > .pp-heading');
    expect(css).not.toMatch(/^\.pp-unnumbered > \.pp-heading/m);
  });
});
