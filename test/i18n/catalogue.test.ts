/**
 * The tool's own words in Japanese and English: every message of the
 * catalogue in both, and Japanese where the locale or `--lang ja` asks.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES, PARTS, localeFromEnv, t, type MessageId } from '../../src/i18n/catalogue.js';
import { ROOT, cli } from '../helpers.js';

const BROKEN = path.join('test', 'fixtures', 'invalid', 'yaml-syntax.yaml');

describe('the message catalogue', () => {
  it('has every message in both languages, and the Japanese is Japanese', () => {
    // Any value a message asks for is there, as its own name.
    const values = new Proxy({} as Record<string, string>, { get: (_, key) => (typeof key === 'string' ? `‹${key}›` : undefined) });
    for (const id of Object.keys(MESSAGES) as MessageId[]) {
      for (const locale of LOCALES) {
        const text = t(id, locale, values);
        expect(text.trim(), `${id} (${locale})`).not.toBe('');
        expect(text, `${id} (${locale})`).not.toMatch(/undefined|\[object Object\]/);
      }
      if (id !== 'hint') expect(t(id, 'ja', values), id).toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      expect(t(id, 'en', values), id).not.toBe(t(id, 'ja', values));
    }
  });

  it('holds each id in one part only', () => {
    const seen = new Map<string, string>();
    for (const [part, messages] of Object.entries(PARTS)) {
      for (const id of Object.keys(messages)) {
        expect(seen.get(id), `${id} in ${part}`).toBeUndefined();
        seen.set(id, part);
      }
    }
  });

  it('names every command of the CLI', async () => {
    const { stdout } = await cli(['--help']);
    const names = [...stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(Object.keys(MESSAGES)).toContain(`command.${name}`);
  });

  it('takes the language from LC_ALL, LC_MESSAGES or LANG', () => {
    expect(localeFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(localeFromEnv({ LANG: 'ja' })).toBe('ja');
    expect(localeFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'C' })).toBe('ja');
    expect(localeFromEnv({})).toBe('en');
    expect(localeFromEnv({ LANG: 'jam_JM' })).toBe('en');
  });
});

describe('the CLI in Japanese', () => {
  it('with LANG=ja_JP.UTF-8, check on a broken file prints its problems in Japanese words, with file:line:col', async () => {
    const { code, stdout } = await cli(['check', BROKEN], ROOT, { LANG: 'ja_JP.UTF-8' });
    expect(code).toBe(1);
    // The whole report in Japanese: the place, the severity, the reason and the hint; the rule id as it is.
    expect(stdout).toBe(
      `${BROKEN}:16:14  エラー  一つの行の中で「キー: 値」が入れ子になっています（値の中の「: 」がキーの区切りとして読まれています）  (yaml-syntax)\n` +
        '    ヒント: この行と一つ上の行の字下げを確かめてください（一つのブロックのキーは同じ桁から始めます）。「: 」を含む文章は引用符で囲んでください\n' +
        'エラー 1 件、警告 0 件\n',
    );
    expect(stdout).not.toMatch(/Nested mappings|check the indentation|error|hint/);
  });

  it('--lang ja before the command, whatever the locale; --lang en back to English', async () => {
    const ja = await cli(['--lang', 'ja', 'check', BROKEN]);
    expect(ja.stdout).toMatch(/エラー 1 件、警告 0 件\n$/);
    const en = await cli(['--lang', 'en', 'check', BROKEN], ROOT, { LANG: 'ja_JP.UTF-8' });
    expect(en.stdout).toMatch(/1 error, 0 warnings\n$/);
    expect((await cli(['--lang', 'fr', 'check'])).code).toBe(2);
  });

  it('the help, the check help and the summary lines of a build', async () => {
    const help = await cli(['--help'], ROOT, { LANG: 'ja_JP.UTF-8' });
    expect(help.stdout).toMatch(/^使い方: policy <コマンド> \[オプション\]/);
    expect(help.stdout).toContain('  check      ポリシーの YAML を検査し');
    expect((await cli(['check', '--help'], ROOT, { LANG: 'ja_JP.UTF-8' })).stdout).toMatch(/^使い方: policy check/);
    expect((await cli(['check', '--help'])).stdout).toMatch(/^Usage: policy check/);
    const unknown = await cli(['publsh'], ROOT, { LANG: 'ja_JP.UTF-8' });
    expect(unknown.stderr).toContain('policy: "publsh" というコマンドはありません。');
    const failed = await cli(['build', BROKEN, '--out', path.join(ROOT, 'out-never-written')], ROOT, { LANG: 'ja_JP.UTF-8' });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('何も書き出していません。');
  });
});
