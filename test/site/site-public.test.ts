/** The public site: the 改定履歴 without the internal judgement, and each version's leaflet as PDF. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, htmlText, snapshot, tempDir } from '../helpers.js';
import { versionedRepo } from './repo.js';

const NAME = 'shimin-denryoku';
const LONG = 120_000;

describe('policy publish (public, with PDF)', () => {
  let repo: string;
  let out: string;
  let stdout: string;

  beforeAll(async () => {
    repo = versionedRepo();
    out = path.join(tempDir('policy-site-public-'), 'site');
    const result = await cli(['publish', '--out', out], repo, { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH });
    expect(result.stderr).not.toContain('error:');
    expect(result.code).toBe(0);
    stdout = result.stdout;
  }, LONG);

  it('writes every version as PDF beside its page, and links it from the page and the history', () => {
    for (const file of [`${NAME}/${NAME}.pdf`, `${NAME}/v1.0/${NAME}.pdf`, `${NAME}/v1.1/${NAME}.pdf`]) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
      expect(stdout).toContain(`${NAME}.pdf`);
    }
    const info = (file: string) => execFileSync('pdfinfo', [path.join(out, file)], { encoding: 'utf8' });
    expect(info(`${NAME}/v1.0/${NAME}.pdf`)).toMatch(/Keywords:.*第1\.0版/);
    expect(info(`${NAME}/${NAME}.pdf`)).toMatch(/Keywords:.*第1\.2版/);
    const page = readFileSync(path.join(out, NAME, 'index.html'), 'utf8');
    expect(page).toContain(`<a href="${NAME}.pdf">PDF版</a>`);
    expect(readFileSync(path.join(out, NAME, 'v1.0', 'index.html'), 'utf8')).toContain(`<a href="${NAME}.pdf">PDF版</a>`);
    const history = readFileSync(path.join(out, NAME, 'history.html'), 'utf8');
    expect(history).toContain(`<a class="site-pdf" href="${NAME}.pdf">PDF<span class="pp-visually-hidden">（第1.2版）</span></a>`);
    expect(history).toContain(`<a class="site-pdf" href="v1.0/${NAME}.pdf">`);
    expect(history).toContain(`<a class="site-pdf" href="v1.1/${NAME}.pdf">`);
  });

  it('shows the summaries and the changed words, but not the re-notice classification', () => {
    const history = readFileSync(path.join(out, NAME, 'history.html'), 'utf8');
    const text = htmlText(history);
    expect(text).toContain('共同利用の目的の表現を改めました。');
    expect(history).toContain('<ins>及び</ins>');
    expect(history).toContain('<ins>ガス小売事業者</ins>');
    expect(text).toContain('第1.1版からの変更箇所');
    for (const internal of ['編集上の変更', '共同利用者の範囲', '同意', '事前の通知等', '通知又は公表', '根拠', '個人情報保護法第27条', '変更の区分について', '社内用']) {
      expect(text, internal).not.toContain(internal);
    }
    expect(history).not.toMatch(/class="[^"]*site-action-/);
  });

  it('gives the same bytes when published again', async () => {
    const again = path.join(tempDir('policy-site-public-'), 'site');
    const result = await cli(['publish', '--out', again], repo, { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH });
    expect(result.code).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(out));
  }, LONG);

  it('--internal adds the classification, with a note that it is for internal use', async () => {
    const internal = path.join(tempDir('policy-site-internal-'), 'site');
    const result = await cli(['publish', '--internal', '--no-pdf', '--out', internal], repo);
    expect(result.code).toBe(0);
    const text = htmlText(readFileSync(path.join(internal, NAME, 'history.html'), 'utf8'));
    expect(text).toContain('本人の同意を要する変更を含みます');
    expect(text).toContain('社内用');
    expect(existsSync(path.join(internal, NAME, `${NAME}.pdf`))).toBe(false);
  });
});
