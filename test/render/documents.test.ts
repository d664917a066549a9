/**
 * Policies of other shapes than the seed, built in every format by the real
 * command (Chromium included): what the YAML holds is published in all three.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT, SEED_POLICY, cli, htmlText, squash, tempDir } from '../helpers.js';

const LONG = 120_000;
const pdfText = (file: string) => squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));

/** Every output of a policy file: the page's text, the plain text, the PDF's text. */
async function buildAll(file: string): Promise<{ html: string; txt: string; pdf: string }> {
  const out = tempDir();
  const result = await cli(['build', file, '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  const name = path.basename(file, '.yaml');
  return {
    html: squash(htmlText(readFileSync(path.join(out, `${name}.html`), 'utf8'))),
    txt: squash(readFileSync(path.join(out, `${name}.txt`), 'utf8')),
    pdf: pdfText(path.join(out, `${name}.pdf`)),
  };
}

describe('the address and representative of the business and of the managers', () => {
  let outputs: { html: string; txt: string; pdf: string };

  beforeAll(async () => {
    const doc = parseDocument(readFileSync(SEED_POLICY, 'utf8'));
    doc.setIn(['organization', 'address'], '福岡県福岡市東区松島一丁目1番1号');
    doc.setIn(['organization', 'representative'], '代表理事　市民花子');
    doc.setIn(['sections', 4, 'body', 0, 'jointUse', 'managers', 'entries', 1, 'address'], '東京都千代田区内幸町二丁目2番2号');
    doc.setIn(['sections', 4, 'body', 0, 'jointUse', 'managers', 'entries', 1, 'representative'], '代表取締役社長　送配電一郎');
    const file = path.join(tempDir(), 'shimin-denryoku.yaml');
    writeFileSync(file, doc.toString());
    outputs = await buildAll(file);
  }, LONG);

  it.each(['html', 'txt', 'pdf'] as const)('are published in the %s', (format) => {
    for (const words of ['福岡県福岡市東区松島一丁目1番1号', '代表理事　市民花子', '住所：東京都千代田区内幸町二丁目2番2号', '代表者：代表取締役社長　送配電一郎']) {
      expect(outputs[format]).toContain(squash(words));
    }
  });
});

describe('a policy of another shape: articles with headings, nested lists, two joint-use tables, a contact block', () => {
  let outputs: { html: string; txt: string; pdf: string };

  beforeAll(async () => {
    const file = path.join(tempDir(), 'acme-denki.yaml');
    copyFileSync(path.join(ROOT, 'examples', 'acme-denki.yaml'), file);
    outputs = await buildAll(file);
  }, LONG);

  it('checks clean, warnings included', async () => {
    expect(await cli(['check', 'examples'])).toEqual({ code: 0, stdout: 'No problems found.\n', stderr: '' });
  });

  it.each(['html', 'txt', 'pdf'] as const)('publishes its headings, nested entries, both tables and the desk in the %s', (format) => {
    const text = outputs[format];
    for (const words of [
      '第1条', '事業者の名称、住所及び代表者', '〒105-0000 東京都港区海岸九丁目9番9号 アクメ電気ビル', '代表取締役社長 佐藤 一郎',
      '第10条', '保有個人データの開示等の請求等の手続',
      '共同して利用する者の範囲', '共同して利用される個人データの項目', '管理について責任を有する者',
      '個人情報相談窓口', '外的環境の把握',
    ]) {
      expect(text, words).toContain(squash(words));
    }
  });
});
