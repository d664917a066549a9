/**
 * The preview's own words in the reader's language: its panel, its pages,
 * the problems it lists and the lines of the command; English by default.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPreview } from '../../src/cli/commands/preview.js';
import { startPreview, type Preview } from '../../src/preview/index.js';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

const SEED = readFileSync(SEED_POLICY, 'utf8');
/** A policy with one error that the catalogue says in both languages: a day that is not in the calendar. */
const BROKEN = SEED.replace('effectiveDate: 2026-12-01', 'effectiveDate: 2026-02-30');

async function page(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
}

/** The words a page shows: its tags removed, its entities decoded, the white space of the markup folded. */
function words(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function getWithHost(url: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { host } }, (res) => {
        let body = '';
        res.on('data', (d) => (body += String(d)));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

describe.each([
  {
    locale: 'ja' as const,
    index: ['プライバシーポリシーのプレビュー', '公開したときの見た目で表示します', 'エラー 1件', '問題なし', 'ウェブページ', 'テキスト', '第1.0版', '2026年12月1日施行', '公開用のファイルには含まれません', '接続中…'],
    problems: ['この文書にはエラーが 1 件あるため、表示できません', 'YAML ファイルを直して保存すると', 'エラー', '2026-02-30 は暦にない日付です', '直し方', '月と日を確かめてください', '場所：effectiveDate'],
    text: ['メールや掲示用のテキストです（1行80桁。全角文字は2桁と数えます）。', 'テキストファイルとして開く'],
    missing: ['このページはありません', '「nothing-here」という文書は見つかりません。', 'プレビューできる文書：broken、shimin-denryoku', '一覧に戻る'],
    loopback: 'このプレビューは 127.0.0.1 と localhost からの接続にだけ応答します。',
    onlyGet: 'GET の要求にだけ応答します。',
    pdf: ['PDF を作れませんでした', '一覧に戻る'],
    status: { live: '保存すると自動で更新されます', offline: 'プレビューが止まっています（自動更新なし）' },
  },
  {
    locale: undefined,
    index: ['Preview of the privacy policies', 'Choose a policy to see it as it will be published', '1 error', 'No problems', 'Web page', 'Text', 'Version 1.0', 'In force from December 1, 2026', 'Not part of the published files', 'Connecting…'],
    problems: ['This policy has 1 error and cannot be shown', 'Fix the YAML file and save it', 'Error', '2026-02-30 is not a day of the calendar', 'How to fix', 'check the month and the day', 'Where: effectiveDate'],
    text: ['The text for e-mail and notices (80 columns a line; a full-width character counts as two).', 'Open as a text file'],
    missing: ['There is no such page', 'There is no policy "nothing-here".', 'Policies in this preview: broken, shimin-denryoku', 'Back to the list'],
    loopback: 'This preview answers only to 127.0.0.1 and localhost.',
    onlyGet: 'Only GET.',
    pdf: ['The PDF could not be made', 'Back to the list'],
    status: { live: 'Updates when you save', offline: 'The preview has stopped (no updates)' },
  },
])('the preview with locale $locale', (expected) => {
  const lang = expected.locale ?? 'en';
  let preview: Preview;

  beforeAll(async () => {
    const dir = tempDir('policy-preview-locale-');
    copyFileSync(SEED_POLICY, path.join(dir, 'shimin-denryoku.yaml'));
    writeFileSync(path.join(dir, 'broken.yaml'), BROKEN);
    // A browser that cannot start: the PDF page says so.
    const pdf = { executablePath: '/bin/false', timeoutMs: 5_000 };
    preview = await startPreview({ paths: [dir], port: 0, cwd: dir, pdf, ...(expected.locale ? { locale: expected.locale } : {}) });
  });

  afterAll(async () => {
    await preview?.close();
  });

  it('serves its index in that language, with the lang attribute of that language', async () => {
    const { status, body } = await page(preview.url);
    expect(status).toBe(200);
    expect(body).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
    for (const w of expected.index) expect(words(body)).toContain(w);
    // The states the page's script shows, from the same catalogue.
    expect(body).toContain(`data-live="${expected.status.live}"`);
    expect(body).toContain(`data-offline="${expected.status.offline}"`);
  });

  it('lists the problems of a policy in that language', async () => {
    const { status, body } = await page(`${preview.url}broken/`);
    expect(status).toBe(200);
    for (const w of expected.problems) expect(words(body)).toContain(w);
    // The place, the rule and the source line are the file's own, in any language.
    expect(words(body)).toContain('broken.yaml:8:16');
    expect(words(body)).toContain('invalid-date');
  });

  it('marks the bar of a policy page with its language; the policy keeps its own', async () => {
    const { body } = await page(`${preview.url}shimin-denryoku/`);
    expect(body).toMatch(/^<!DOCTYPE html>\s*<html lang="ja"/);
    expect(body).toContain(`<div class="pv-chrome" lang="${lang}">`);
    expect(words(body)).toContain(expected.index[4]!); // the tab of the web page
  });

  it('says the text page, a missing page and a refused host in that language', async () => {
    const text = await page(`${preview.url}shimin-denryoku/text`);
    for (const w of expected.text) expect(words(text.body)).toContain(w);
    const missing = await page(`${preview.url}nothing-here/`);
    expect(missing.status).toBe(404);
    for (const w of expected.missing) expect(words(missing.body)).toContain(w);
    expect(await getWithHost(preview.url, 'evil.example')).toBe(`${expected.loopback}\n`);
    expect(await (await fetch(preview.url, { method: 'POST' })).text()).toBe(`${expected.onlyGet}\n`);
  });

  it('says in that language that a PDF could not be made', async () => {
    const { status, body } = await page(`${preview.url}shimin-denryoku/shimin-denryoku.pdf`);
    expect(status).toBe(503);
    for (const w of expected.pdf) expect(words(body)).toContain(w);
    expect(words(body)).toContain('/bin/false');
  }, 20_000);
});

describe('policy preview in Japanese', () => {
  it('has its help in Japanese with LANG=ja_JP.UTF-8, and in English otherwise', async () => {
    const ja = await cli(['preview', '--help'], ROOT, { LANG: 'ja_JP.UTF-8' });
    expect(ja.code).toBe(0);
    expect(ja.stdout).toMatch(/^使い方: policy preview \[パス…\] \[オプション\]\n/);
    expect(ja.stdout).toContain('--port N       待ち受けるポート（既定: 4173。0 なら空いているポート）');
    expect(ja.stdout).toContain('例:\n  policy preview\n');
    expect((await cli(['--lang', 'ja', 'preview', '-h'])).stdout).toBe(ja.stdout);
    expect((await cli(['preview', '--help'])).stdout).toMatch(/^Usage: policy preview \[paths…\] \[options\]\n/);
  });

  it('prints its lines in Japanese, and says a port in use in Japanese', async () => {
    const out = { stdout: '', stderr: '' };
    const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), env: { NO_COLOR: '1' }, isTTY: false, cwd: ROOT, locale: 'ja' as const };
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runPreview([SEED_POLICY, '--port', '0', '--host', '0.0.0.0'], io, stopped);
    await expect.poll(() => out.stdout, { timeout: 5_000 }).toContain('1 件のポリシーをプレビューしています: http://127.0.0.1:');
    expect(out.stdout).toContain('ブラウザで開いてください。');
    expect(out.stderr).toContain('警告: 0.0.0.0 で待ち受けています。');
    expect(out.stderr).toContain('    ヒント: 信頼できるネットワークでだけ使い');
    const url = /http:\S+/.exec(out.stdout)![0];
    const port = new URL(url).port;
    const taken = await cli(['--lang', 'ja', 'preview', SEED_POLICY, '--port', port, '--host', '127.0.0.1']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain(`policy: 127.0.0.1 のポート ${port} は既に使われています`);
    expect(taken.stderr).toContain('ヒント: そのポートを使っているプログラムを止めるか');
    stop();
    expect(await running).toBe(0);
    expect(out.stdout).toContain('プレビューを終了しました。');
  });
});
