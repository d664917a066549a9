/**
 * The --help of diff, build, translate, init and upgrade in English and in
 * Japanese (LANG=ja_JP.UTF-8 or policy --lang ja), from the catalogue; their
 * usage errors and the lines they print when done in the reader's language.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

const JA = { LANG: 'ja_JP.UTF-8' };
const COMMANDS = ['diff', 'build', 'translate', 'init', 'upgrade'] as const;

/** The options a help names (`--format`, `-h`), in order of first mention. */
const options = (help: string) => [...new Set(help.match(/(?<![\w[-])--?[a-z][a-z-]*/g) ?? [])];
/** The example lines: the commands, without their comments. */
const examples = (help: string, heading: string) =>
  help
    .slice(help.lastIndexOf(`\n${heading}\n`))
    .split('\n')
    .filter((l) => l.startsWith('  policy '))
    .map((l) => l.replace(/\s+#.*$/, ''));

describe('the help of each command', () => {
  it.each(COMMANDS)('policy %s --help in English and in Japanese', async (command) => {
    const en = await cli([command, '--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(new RegExp(`^Usage: policy ${command} `));
    expect(en.stdout).toContain('\nOptions:\n');
    expect(en.stdout).toContain('\nExamples:\n');
    const ja = await cli([command, '--help'], ROOT, JA);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toMatch(new RegExp(`^使い方: policy ${command} `));
    expect(ja.stdout).toContain('\nオプション:\n');
    expect(ja.stdout).toContain('\n終了コード: 0 ');
    expect(ja.stdout).toContain('\n例:\n');
    // The same options, the same examples: only the words differ.
    expect(options(ja.stdout)).toEqual(expect.arrayContaining(options(en.stdout)));
    expect(examples(ja.stdout, '例:')).toEqual(examples(en.stdout, 'Examples:'));
    expect((await cli(['--lang', 'ja', command, '-h'])).stdout).toBe(ja.stdout);
    expect((await cli(['--lang', 'en', command, '-h'], ROOT, JA)).stdout).toBe(en.stdout);
  });

  it('fills in the values of build and translate in both languages', async () => {
    const build = await cli(['build', '--help'], ROOT, JA);
    expect(build.stdout).toContain('  --format LIST      カンマ区切り: html,txt,pdf（既定: すべて）');
    expect(build.stdout).toContain('  --lang LIST        カンマ区切り: ja,en（既定: 日本語と、英訳が完全なら');
    expect(build.stdout).toContain('（既定: 80）');
    expect(build.stdout).toContain('  --paper SIZE       リーフレットの用紙: A4, A5, B5（既定: A4、又は');
    expect((await cli(['build', '--help'])).stdout).toContain('  --format LIST      comma-separated: html,txt,pdf (default: all)');
    expect((await cli(['translate', '--help'], ROOT, JA)).stdout).toContain('  --lang L       翻訳の言語: en\n');
  });
});

describe('usage errors and what the commands print, in Japanese', () => {
  it('init, translate and diff say what is wrong with the command line', async () => {
    const init = await cli(['init'], ROOT, JA);
    expect(init.code).toBe(2);
    expect(init.stderr).toBe('policy: policy init には NAME を一つ指定してください（例：policy init acme-denki）\n');
    expect((await cli(['init'])).stderr).toBe('policy: policy init takes one NAME, e.g. policy init acme-denki\n');
    const translate = await cli(['translate', 'shimin-denryoku'], ROOT, JA);
    expect(translate.code).toBe(2);
    expect(translate.stderr).toBe('policy: 翻訳の言語を指定してください：--lang en\n');
    expect((await cli(['translate', 'shimin-denryoku'])).stderr).toBe('policy: name the language of the translation: --lang en\n');
    const pdf = await cli(['diff', 'a.yaml', 'b.yaml', '--format', 'pdf'], ROOT, JA);
    expect(pdf.stderr).toBe('policy: --format pdf には --out FILE が必要です（PDF は端末には書き出しません）\n');
    expect((await cli(['diff', 'a.yaml', 'b.yaml', '--format', 'docx'])).stderr).toBe('policy: --format docx needs --out FILE (a Word file is not written to a terminal)\n');
  });

  it('init and upgrade say what they wrote', async () => {
    const dir = tempDir();
    const init = await cli(['init', 'acme-denki'], dir, JA);
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^policy\/acme-denki\.yaml を書き出しました\n記入箇所【要記入：…】が \d+ 件あります。"policy check policy\/acme-denki\.yaml" で一覧を表示できます\n$/);
    mkdirSync(path.join(dir, 'current'));
    copyFileSync(SEED_POLICY, path.join(dir, 'current', 'shimin-denryoku.yaml'));
    expect((await cli(['upgrade', 'current'], dir, JA)).stdout).toBe('すべてのファイルがすでに今の形式です。\n');
    expect((await cli(['upgrade', 'current'], dir)).stdout).toBe("Every file is already in today's shape.\n");
  });
});
