/**
 * Files that cannot be read and YAML that cannot be parsed, reported by
 * `policy check` in Japanese with LANG=ja_JP.UTF-8: the reason and the hint
 * in Japanese words, at the file, line and column (the English words are
 * covered by read-files and yaml-source tests).
 */
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../src/load/git.js';
import { InputError, wordsOf } from '../../src/errors.js';
import { cli, ROOT, tempDir } from '../helpers.js';

const JA = { LANG: 'ja_JP.UTF-8' };

/** `policy check` of one file, written with `content` in a folder of its own, in Japanese. */
async function checkJa(content: string | Buffer, name = 'p.yaml') {
  const dir = tempDir('policy-ja-load-');
  writeFileSync(path.join(dir, name), content);
  return cli(['check', name], dir, JA);
}

describe('YAML that cannot be read, in Japanese', () => {
  it.each([
    ['a key twice', 'version: "1"\ntitle: a\ntitle: b\n', 'p.yaml:3:1  エラー  一つのブロックに同じキーが二度あります  (yaml-syntax)', 'ヒント: 二つの行のどちらかを残し、もう一方を削除してください'],
    ['a tab', 'organization:\n\tname: x\n', 'p.yaml:2:1  エラー  字下げにタブが使われています  (yaml-syntax)', 'ヒント: 字下げには、タブではなく半角スペースを使ってください'],
    [
      'a full-width colon',
      'version: "1"\ntitle： x\norganization:\n  name: y\n',
      'p.yaml:2:1  エラー  キーが一つの行に収まっていません（前の行の続きが、キーとして読まれています）  (yaml-syntax)',
      'ヒント: キーのあとには、全角の「：」ではなく、半角のコロンとスペース「: 」を書いてください',
    ],
    [
      'a second document',
      'title: a\n---\ntitle: b\n',
      'p.yaml:2:1  エラー  「---」（または「...」）の行から二つ目の文書が始まっています。一つのファイルに書けるポリシーは一つです  (yaml-syntax)',
      'ヒント: 「---」の行と、その下にある別のポリシーの部分を削除してください。',
    ],
    ['a quote not closed', 'title: "abc\n', 'p.yaml:2:1  エラー  引用符が閉じられていません（閉じる " がありません）  (yaml-syntax)', 'ヒント: 字下げを確かめてください。'],
    [
      'a list where a key was expected',
      'organization:\n  name: a\n  - b\n',
      'p.yaml:3:1  エラー  リストをキーとして使うことはできません  (yaml-syntax)',
      'ヒント: この行と一つ上の行の字下げを確かめてください',
    ],
    [
      'a special YAML type',
      'title: !!binary aGVsbG8=\n',
      'p.yaml:1:8  エラー  値に YAML の特別な型「!!binary」が付いています。ポリシーに書けるのは、文章、リスト、キーのブロックだけです  (yaml-tag)',
      'ヒント: 「!!binary」を削除し、文章そのものを（Base64 に符号化せずに）書いてください',
    ],
    [
      'blocks nested too deeply',
      `a: ${'['.repeat(40)}${']'.repeat(40)}\n`,
      'p.yaml:1:35  エラー  ブロックやリストが 32 階層を超えて入れ子になっています  (too-deep)',
      'ヒント: ポリシーに必要な階層はわずかです。この行の字下げと括弧 [ ] { } を確かめてください',
    ],
  ])('%s', async (_, content, line, hint) => {
    const { code, stdout } = await checkJa(content);
    expect(code).toBe(1);
    expect(stdout).toContain(`${line}\n    ${hint}`);
    // Nothing of the parser's English is left.
    expect(stdout).not.toMatch(/ error |hint:|Implicit|Nested|Missing|Tabs|Map keys/);
  });
});

describe('files that cannot be read, in Japanese', () => {
  it('Shift_JIS and UTF-16: at the first byte that is not UTF-8', async () => {
    const sjis = await cli(['check', 'test/fixtures/shift-jis.yaml'], ROOT, JA);
    expect(sjis.code).toBe(1);
    expect(sjis.stdout).toContain('test/fixtures/shift-jis.yaml:3:3  エラー  ファイルが UTF-8 で保存されていないため、日本語の文字を読めません  (encoding)\n');
    expect(sjis.stdout).toContain('「エンコード付きで再度開く」→ Japanese (Shift JIS) を選んでから、「エンコード付きで保存」→ UTF-8 を選んでください');
    const utf16 = await checkJa(Buffer.from('\ufefftitle: a\n', 'utf16le'));
    expect(utf16.stdout).toContain('p.yaml:1:1  エラー  ファイルが UTF-16 で保存されているため、内容を読めません  (encoding)');
  });

  it('a missing file, a folder, a link to nothing, a file far too large: one message each, exit 2', async () => {
    const dir = tempDir('policy-ja-files-');
    mkdirSync(path.join(dir, 'folder.yaml'));
    symlinkSync('nowhere.yaml', path.join(dir, 'link.yaml'));
    writeFileSync(path.join(dir, 'big.yaml'), '');
    truncateSync(path.join(dir, 'big.yaml'), 40 * 1024 * 1024);
    const { code, stdout } = await cli(['check', '.', 'missing.yaml'], dir, JA);
    expect(code).toBe(2);
    expect(stdout).toContain('missing.yaml  エラー  そのようなファイルまたはフォルダはありません  (unreadable-file)\n    ヒント: パスを確かめてください。ポリシーは policy/ に置きます\n');
    expect(stdout).toContain('folder.yaml  エラー  これはフォルダで、ポリシーのファイルではありません  (unreadable-file)\n');
    expect(stdout).toContain('link.yaml  エラー  このファイルは、存在しないファイルへのリンクです  (unreadable-file)\n    ヒント: リンクを削除するか、ポリシーのファイルを指すようにしてください\n');
    expect(stdout).toContain('big.yaml  エラー  ファイルの大きさが 40 MiB あり、ポリシーのファイルとしては大きすぎます（上限 32 MiB）  (unreadable-file)\n');
    expect(stdout).toMatch(/エラー 4 件、警告 0 件\n$/);
  });

  it('a folder without policies stops the command with its words', async () => {
    const dir = tempDir('policy-ja-empty-');
    mkdirSync(path.join(dir, 'policy'));
    const { code, stderr } = await cli(['build', 'policy', '--format', 'txt'], dir, JA);
    expect(code).toBe(2);
    expect(stderr).toBe('policy: policy にポリシーのファイル（.yaml）がありません\n    ヒント: ポリシーは、policy/ フォルダにある、名前が .yaml で終わるファイルです\n');
  });

  it('a policy that cannot be read stops policy translate, naming it', async () => {
    const dir = tempDir('policy-ja-translate-');
    mkdirSync(path.join(dir, 'policy'));
    mkdirSync(path.join(dir, 'policy', 'acme.yaml'));
    const { code, stderr } = await cli(['translate', 'policy/acme.yaml', '--lang', 'en'], dir, JA);
    expect(code).toBe(2);
    expect(stderr).toContain('policy: policy/acme.yaml を読めません：これはフォルダで、ポリシーのファイルではありません\n');
  });

  it('a revision git cannot read: the error says so in Japanese', async () => {
    const git = await GitRepo.find(ROOT);
    const error = await git!.readBlob('HEAD', 'no/such/file.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const { message } = wordsOf(error as InputError, 'ja');
    expect(message).toMatch(/^HEAD の no\/such\/file\.yaml を読めませんでした：\S/);
  });
});
