/**
 * What stops `policy build` before anything is written (files that cannot be
 * read, two policies with one name, an output folder that cannot be one),
 * said with LANG=ja_JP.UTF-8 in Japanese, with the hint of what to do.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { UsageError, wordsOf } from '../../src/errors.js';
import { writeError } from '../../src/build/write-outputs.js';
import { SEED_POLICY, cli, tempDir } from '../helpers.js';

const JA = { LANG: 'ja_JP.UTF-8' };

/** A folder with the seed policy at each of `names`. */
function project(...names: string[]): string {
  const dir = tempDir('policy-ja-build-');
  for (const name of names) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    copyFileSync(SEED_POLICY, path.join(dir, name));
  }
  return dir;
}

describe('policy build stops, in Japanese', () => {
  it('a file among the policies that cannot be read: named, and nothing is built', async () => {
    const dir = project('policy/a.yaml');
    mkdirSync(path.join(dir, 'policy', 'b.yaml'));
    const { code, stderr } = await cli(['build', '--format', 'txt', '--out', 'out'], dir, JA);
    expect(code).toBe(2);
    expect(stderr).toContain('policy/b.yaml  エラー  これはフォルダで、ポリシーのファイルではありません  (unreadable-file)\n');
    expect(stderr).toContain('policy: 読めないファイルがあるため、何も書き出していません\n    ヒント: 上に挙げたファイルを直すか取り除いてから、もう一度実行してください\n');
  });

  it('two policies that would write the same files', async () => {
    const dir = project('policy/a/p.yaml', 'policy/b/p.yaml');
    const { code, stderr } = await cli(['build', '--format', 'txt', '--out', 'out'], dir, JA);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'policy: policy/a/p.yaml と policy/b/p.yaml は、どちらも p.* という名前で書き出されることになります\n    ヒント: どちらかのファイルの名前を変えるか、別々の --out フォルダに書き出してください\n',
    );
  });

  it('an output folder that is a file, an output file that is a folder, an empty --out', async () => {
    const dir = project('policy/p.yaml');
    writeFileSync(path.join(dir, 'taken'), '');
    const file = await cli(['build', '--format', 'txt', '--out', 'taken'], dir, JA);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe(`policy: 出力先フォルダ taken を作れません。${path.join(dir, 'taken')} はフォルダではなくファイルです\n    ヒント: 別のフォルダを指定するか、そのファイルを別の場所に移してください\n`);

    mkdirSync(path.join(dir, 'out', 'p.txt'), { recursive: true });
    const folder = await cli(['build', '--format', 'txt', '--out', 'out'], dir, JA);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`policy: ${path.join('out', 'p.txt')} がすでにあり、ファイルではありません\n    ヒント: それを別の場所に移すか、別の --out フォルダを指定してください\n`);

    const empty = await cli(['build', '--out', ''], dir, JA);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('policy: --out にはフォルダの名前が必要ですが、空でした（変数が設定されていないのではありませんか）\n');
  });

  it('a paper or a typeface the leaflet does not know (the core, called directly)', async () => {
    const error = await build({ paths: ['policy'], outDir: 'out', paper: 'A3' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(wordsOf(error as UsageError, 'ja').message).toBe('用紙は A4、A5、B5 のいずれかです。指定された値：「A3」');
    expect((error as UsageError).message).toBe('the paper is one of A4, A5, B5; got "A3"');
  });

  it('a disk that is full: the reason and the hint in Japanese, the English as before', () => {
    const error = writeError('out/p.html', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }), 'file');
    expect(error.message).toBe('could not write the file out/p.html: the disk is full (ENOSPC)');
    expect(wordsOf(error, 'ja')).toEqual({
      message: 'ファイル out/p.html に書き込めませんでした：ディスクがいっぱいです（ENOSPC）',
      hint: 'ディスクに空きを作ってから、もう一度実行してください。出力先フォルダの中は何も変わっていません',
    });
    // A code without words of its own: the system's message.
    expect(wordsOf(writeError('out', Object.assign(new Error('odd failure'), { code: 'EWHATEVER' }), 'output folder'), 'ja').message).toBe(
      '出力先フォルダ out に書き込めませんでした：odd failure（EWHATEVER）',
    );
  });
});
