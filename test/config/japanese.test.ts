/**
 * policy.config.yaml, its logo and its templates, checked by `policy check`
 * with LANG=ja_JP.UTF-8: every problem in Japanese at its file, line and
 * column, the place in the config (accentColor:, logo: …) as written.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTemplateOverrides } from '../../src/render/templates.js';
import { cli, configProject } from '../helpers.js';

const JA = { LANG: 'ja_JP.UTF-8' };
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="#0b5cab"/></svg>\n';

afterEach(() => useTemplateOverrides(undefined));

const project = (config: string, files: Record<string, string | Buffer> = {}) => configProject(config, files, 'policy-ja-config-');

/** The problems `policy check` reports outside the policy (the seed's own warnings left out), in Japanese. */
async function configProblems(config: string, files: Record<string, string | Buffer> = {}) {
  const { code, stdout } = await cli(['check'], project(config, files), JA);
  const own = stdout.split(/\n(?=\S)/).filter((block) => !block.startsWith('policy/') && !/^エラー \d+ 件/.test(block));
  return { code, problems: own.join('\n') };
}

describe('policy.config.yaml in Japanese', () => {
  it.each([
    [
      'settings that are not settings',
      '- a\n',
      {},
      'policy.config.yaml:1:1  エラー  このファイルには設定が書かれていません  (not-a-config)\n    ヒント: 設定を一行に一つずつ書いてください（例：「accentColor: \'#0b5cab\'」、「logo: brand/logo.png」）',
    ],
    [
      'a site address without its scheme (the schema says what to write, not an id)',
      'baseUrl: www.example.jp\n',
      {},
      'policy.config.yaml:1:10  エラー  baseUrl: 「www.example.jp」は求められている書き方になっていません。サイトのアドレスを、https:// 又は http:// から始めて書いてください（例：https://www.example.co.jp）。  (wrong-value)',
    ],
    [
      'a colour that is not one',
      'accentColor: nocolour\n',
      {},
      'policy.config.yaml:1:14  エラー  accentColor: 「nocolour」は CSS の色ではありません  (invalid-colour)\n    ヒント: CSS と同じ書き方で、引用符で囲んで色を書いてください',
    ],
    [
      'a colour too light',
      "accentColor: '#ffff00'\n",
      {},
      'policy.config.yaml:1:14  警告  accentColor: 色 #ffff00 は、白い文字の背景や、白地の上のリンクの色としては明るすぎます（コントラスト比 1.1:1。読みやすくするには 4.5:1 以上が必要です）  (low-contrast)',
    ],
    ['a transparent colour', "accentColor: 'rgb(0 0 0 / 0)'\n", {}, 'policy.config.yaml:1:14  警告  accentColor: 色 rgb(0 0 0 / 0) は透明です。見出し、表の見出し、リンクが背景の色になり'],
    [
      'a footer too long for the leaflet',
      `footer: ${'株式会社サンプル　個人情報保護窓口　'.repeat(6)}\n`,
      {},
      'policy.config.yaml:1:9  エラー  footer: フッターが A4 のリーフレットの下端に収まりません。長さが約',
    ],
    ['a logo that does not exist', 'logo: brand/none.png\n', {}, 'policy.config.yaml:1:7  エラー  logo: brand/none.png というファイルはありません  (missing-file)\n    ヒント: パスを確かめてください。policy.config.yaml からの相対パスです'],
    ['a logo on the web', 'logo: https://example.jp/logo.png\n', {}, 'policy.config.yaml:1:7  エラー  logo: ロゴは、Web 上のアドレスではなく、このプロジェクトのファイルでなければなりません  (logo-not-local)'],
    ['a logo outside the project', 'logo: /etc/passwd\n', {}, 'policy.config.yaml:1:7  エラー  logo: /etc/passwd は絶対パスです。ロゴは、このプロジェクトのファイルでなければなりません  (logo-not-local)'],
    ['a logo that is not an image', 'logo: brand/logo.png\n', { 'brand/logo.png': 'これは画像ではありません' }, 'policy.config.yaml:1:7  エラー  logo: brand/logo.png は、PNG、JPEG、SVG、WebP のいずれの画像でもありません  (logo-not-image)'],
    [
      'a logo that is a folder',
      'logo: brand/folder.png\n',
      { 'brand/folder.png/x': '' },
      'policy.config.yaml:1:7  エラー  logo: ロゴ brand/folder.png を使えません：これはフォルダで、画像ファイルではありません  (logo-not-image)\n    ヒント: 画像ファイルそのもの（PNG、JPEG、SVG または WebP）を、policy.config.yaml からの相対パスで指定してください',
    ],
    ['a logo too large', 'logo: brand/logo.png\n', { 'brand/logo.png': Buffer.alloc(600 * 1024) }, 'policy.config.yaml:1:7  エラー  logo: brand/logo.png は 600 KiB あります。ロゴはすべてのページに埋め込まれるため、512 KiB までにしてください  (logo-too-large)'],
    [
      'an SVG logo with a script',
      'logo: brand/logo.svg\n',
      { 'brand/logo.svg': SVG.replace('<rect', '<script>alert(1)</script><rect') },
      'policy.config.yaml:1:7  エラー  logo: brand/logo.svg にはスクリプト（<script>）が含まれています。ロゴには使えません  (logo-script)',
    ],
    ['a templates folder outside the project', 'templates: ../x\n', {}, 'policy.config.yaml:1:12  エラー  templates: ../x はプロジェクトの外（「..」やリンクの先）です。'],
    ['a templates folder that does not exist', 'templates: brand/none\n', {}, 'policy.config.yaml:1:12  エラー  templates: brand/none というフォルダはありません  (missing-folder)\n    ヒント: フォルダを（policy.config.yaml からの相対パスで）作り、'],
    [
      'a template that replaces nothing',
      'templates: brand/tpl\n',
      { 'brand/tpl/html/extra.css': 'p {}' },
      'policy.config.yaml:1:12  警告  templates: brand/tpl/html/extra.css は、ツールのどのテンプレートにも当たらないため、使われません  (unknown-template)',
    ],
  ])('%s', async (_, config, files, expected) => {
    const { problems } = await configProblems(config, files);
    expect(problems).toContain(expected);
    expect(problems).not.toMatch(/ error | warning |hint:/);
  });
});

describe('the templates of a project in Japanese', () => {
  it.each([
    [
      'a block closed with another name',
      '{{#if a}}\n{{/each}}\n',
      'brand/tpl/html/partials/contact.hbs:1:4  エラー  ブロック {{#if}} が {{/each}} で閉じられています  (template-syntax)\n    ヒント: ここには {{/if}} と書いてください。',
    ],
    ['a template that ends inside a block', '{{#each a}}\nx\n', 'brand/tpl/html/partials/contact.hbs:3:1  エラー  ブロック（{{#if}}、{{#each}} など）が閉じられる前に、テンプレートが終わっています  (template-syntax)'],
    ['a tag not closed', 'a {{b c\n', 'brand/tpl/html/partials/contact.hbs:1:8  エラー  {{ … }} の途中でテンプレートが終わっています  (template-syntax)\n    ヒント: {{ … }} を }} で閉じてください'],
    ['a partial that does not exist', '{{> nosuch}}\n', 'brand/tpl/html/partials/contact.hbs:1:1  エラー  テンプレートが部分テンプレート「nosuch」を読み込んでいますが、その部分テンプレートはありません  (template-partial)'],
    [
      'a partial that includes itself',
      '{{> contact}}\n',
      'brand/tpl/html/partials/contact.hbs:1:1  エラー  部分テンプレート「contact」は、表示されるたびに自分自身を読み込むため、表示が終わりません  (template-partial)',
    ],
  ])('%s', async (_, template, expected) => {
    const { code, problems } = await configProblems('templates: brand/tpl\n', { 'brand/tpl/html/partials/contact.hbs': template });
    expect(code).toBe(1);
    expect(problems).toContain(expected);
    expect(problems).not.toMatch(/ error |hint:/);
  });

  it('a config that cannot be read stops build, in Japanese', async () => {
    const dir = project('');
    const config = path.join(dir, 'policy.config.yaml');
    // A folder where the file should be.
    rmSync(config);
    mkdirSync(config);
    const { code, stderr } = await cli(['build', '--format', 'txt', '--out', 'out'], dir, JA);
    expect(code).toBe(2);
    expect(stderr).toContain('policy.config.yaml  エラー  これはフォルダで、設定ファイルではありません  (unreadable-file)');
    expect(stderr).toContain('policy: policy.config.yaml またはそこで指定したファイルを読めませんでした\n    ヒント: 上に挙げたファイルを直すか移してから、もう一度実行してください。何も書き出していません\n');
  });
});
