/**
 * The command line's own messages in Japanese: a wrong option or value, a
 * wrong --lang, output that cannot be written, an unexpected failure. The
 * English words stay as they were (cli.test.ts, output.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFailure, run } from '../../src/cli/main.js';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

const JA = { LANG: 'ja_JP.UTF-8' };

describe('usage errors in Japanese', () => {
  it.each([
    [['check', '--foo'], 'policy: 「--foo」というオプションはありません\nオプションは「policy check --help」で確認できます。\n'],
    [['check', '--format'], 'policy: オプション「-f, --format <value>」には値が必要です\nオプションは「policy check --help」で確認できます。\n'],
    [['check', '--json=yes'], 'policy: オプション「--json」には値を付けられません\nオプションは「policy check --help」で確認できます。\n'],
    [['check', '--format', 'xml'], 'policy: --format は text、json、github、sarif のいずれかです。指定された値：「xml」\n'],
    [['check', '--json', '--format', 'github'], 'policy: --json と --format は一緒に使えません。--format json としてください\n'],
    [['build', '--format', 'html,doc'], 'policy: --format には html、txt、pdf をコンマで区切って指定します。指定された値：「html,doc」\n'],
    [['build', '--width', '5'], 'policy: --width は 20 から 400 までの整数です。指定された値：「5」\n'],
    [['build', '--out', ' '], 'policy: --out にはフォルダの名前が必要ですが、空でした（変数が設定されていないのではありませんか）\n'],
  ])('policy %j', async (args, expected) => {
    const { code, stderr } = await cli(args, ROOT, JA);
    expect(code).toBe(2);
    expect(stderr).toBe(expected);
  });

  it('the English words are as before', async () => {
    expect((await cli(['check', '--foo'])).stderr).toBe('policy: Unknown option \'--foo\'\nRun "policy check --help" for the options.\n');
    expect((await cli(['check', '--format', 'xml'])).stderr).toBe('policy: --format must be one of text, json, github, sarif; got "xml"\n');
    expect((await cli(['build', '--width', '5'])).stderr).toBe('policy: --width must be a whole number from 20 to 400; got "5"\n');
  });

  it('a --lang the tool does not speak, said in the language of the locale', async () => {
    const ja = await cli(['--lang', 'fr', 'check'], ROOT, JA);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toBe('policy: コマンドの前の --lang は、このツールのメッセージの言語です（ja または en）。指定された値：「fr」\n');
    expect((await cli(['--lang', 'fr', 'check'])).stderr).toBe('policy: --lang before the command is the language of the tool\'s messages: ja or en; got "fr"\n');
  });
});

describe('failures in Japanese', () => {
  it('output that cannot be written: one line in the language of the command', () => {
    expect(outputFailure(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'stdout', 'ja')).toEqual({ quiet: false, code: 2, message: 'policy: 出力を書き出せませんでした：ディスクがいっぱいです（ENOSPC）\n' });
    expect(outputFailure(Object.assign(new Error('bad thing'), { code: 'EFOO' }), 'stderr', 'ja')).toMatchObject({ message: 'policy: メッセージを書き出せませんでした：bad thing（EFOO）\n' });
    expect(outputFailure(Object.assign(new Error('x'), { code: 'EPIPE' }), 'stdout', 'ja')).toEqual({ quiet: true });
  });

  it('a full disk under policy --lang ja, as the installed binary reports it', () => {
    const dir = tempDir('policy-ja-full-');
    mkdirSync(path.join(dir, 'policy'));
    copyFileSync(SEED_POLICY, path.join(dir, 'policy', 'p.yaml'));
    const result = spawnSync('bash', ['-c', `node "${path.join(ROOT, 'bin', 'policy.cjs')}" --lang ja check policy > /dev/full; echo "exit \${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('policy: 出力を書き出せませんでした：ディスクがいっぱいです（ENOSPC）\nexit 2\n');
  }, 30_000);

  it('an unexpected failure: what it was, and the hint, in Japanese', async () => {
    let stderr = '';
    const code = await run(['check', 'policy'], {
      stdout: () => {
        throw new Error('the output went away');
      },
      stderr: (text) => void (stderr += text),
      env: { LANG: 'ja_JP.UTF-8', NO_COLOR: '1' },
      isTTY: false,
      cwd: ROOT,
    });
    expect(code).toBe(3);
    expect(stderr).toBe('policy: 予期しない失敗です：the output went away\n    ヒント: 何も書き出していません。DEBUG=1 を付けてもう一度実行し、表示された詳細を添えて報告してください\n');
  });
});
