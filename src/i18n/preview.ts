/**
 * The catalogue's part for the words of the live preview: its panel, its
 * states and its help (catalogue.ts). The panel's templates say them with
 * {{t "id" name=value}} (preview/pages.ts); the server and the command with t().
 */
import type { Part } from './types.js';
import { plural } from './words.js';


export const PREVIEW = {
  // ------------------------------------------------------------ the command
  'preview.help': {
    en: ({ port, host }) => `Usage: policy preview [paths…] [options]

Show the policies in your web browser as they will be published, while you
edit them. Open the address it prints: the index lists every policy; each
has its web page, its plain text, and its PDF (printed when you ask for it).
When you save a policy file or a template, the open page updates by itself.
A policy with errors shows each problem (file:line:column, what is wrong, how
to fix it, and the line with a caret) instead of the page, and the page comes
back once the file is fixed. Nothing is written to out/. Ctrl-C stops it.
The look of policy.config.yaml (templates, colour, logo, footer) is shown,
and edits of its templates folder are followed too.

Arguments:
  paths          policy files or folders (default: policy/)

Options:
  --port N       port to listen on (default: ${port}; 0 picks a free one)
  --host ADDR    address to listen on (default: ${host}, this computer
                 only). --host 0.0.0.0 lets other computers on the network see
                 the drafts, without a password: only on a network you trust.
  --quiet, -q    print only the address and errors
  -h, --help     show this help

Exit codes: 0 stopped with Ctrl-C, 1 policy.config.yaml has errors, 2 wrong
usage, missing files, or the port is taken.

Examples:
  policy preview
  policy preview policy/shimin-denryoku.yaml --port 8080
  policy preview --port 0
`,
    ja: ({ port, host }) => `使い方: policy preview [パス…] [オプション]

ポリシーを編集しながら、公開したときの見た目でブラウザに表示します。
表示されたアドレスを開くと、一覧にすべてのポリシーが並びます。それぞれに
ウェブページ、テキスト、PDF（開いたときに作成）があります。
ポリシーのファイルやテンプレートを保存すると、開いているページは自動的に
更新されます。エラーのあるポリシーは、ページの代わりに問題ごとに
ファイル:行:桁、内容、直し方と該当行（^ で位置を示します）を表示し、
ファイルを直すとページの表示に戻ります。out/ には何も書き出しません。
Ctrl-C で終了します。policy.config.yaml の見た目（テンプレート、色、ロゴ、
フッター）も反映し、そのテンプレートフォルダの編集にも追従します。

引数:
  パス           ポリシーのファイルまたはフォルダ（既定: policy/）

オプション:
  --port N       待ち受けるポート（既定: ${port}。0 なら空いているポート）
  --host ADDR    待ち受けるアドレス（既定: ${host}。このコンピューターからのみ
                 表示できます）。--host 0.0.0.0 とすると、ネットワーク上の他の
                 コンピューターからパスワードなしで下書きを読めるようになります。
                 信頼できるネットワークでだけ使ってください。
  --quiet, -q    アドレスとエラーだけを表示
  -h, --help     このヘルプを表示

終了コード: 0 Ctrl-C で終了、1 policy.config.yaml にエラーあり、
2 使い方の誤り、ファイルがない、またはポートが使用中。

例:
  policy preview
  policy preview policy/shimin-denryoku.yaml --port 8080
  policy preview --port 0
`,
  },
  'preview.started': {
    en: ({ count: n, url }) => `Preview of ${plural(n, 'policy', { many: 'policies' })} at ${url}`,
    ja: ({ count: n, url }) => `${n} 件のポリシーをプレビューしています: ${url}`,
  },
  'preview.open': {
    en: 'Open it in your browser; pages update when you save. Press Ctrl-C to stop.',
    ja: 'ブラウザで開いてください。ファイルを保存するとページが更新されます。Ctrl-C で終了します。',
  },
  'preview.stopped': { en: 'Preview stopped.', ja: 'プレビューを終了しました。' },
  'preview.updated': { en: ({ file }) => `updated ${file}`, ja: ({ file }) => `${file} を更新しました` },
  'preview.template-failed': {
    en: ({ file, error }) => `${file}: a template failed: ${error}`,
    ja: ({ file, error }) => `${file}: テンプレートで表示できませんでした：${error}`,
  },
  'preview.exposed': {
    en: ({ host }) => `warning: listening on ${host}: anyone who can reach this computer over the network can read the drafts, without a password.`,
    ja: ({ host }) => `警告: ${host} で待ち受けています。ネットワークでこのコンピューターに届く人は誰でも、パスワードなしで下書きを読めます。`,
  },
  'preview.exposed.hint': {
    en: 'use this only on a network you trust, and stop it (Ctrl-C) when done; leave out --host to keep the preview to this computer.',
    ja: '信頼できるネットワークでだけ使い、終わったら Ctrl-C で止めてください。このコンピューターだけで表示するには、--host を付けずに実行してください。',
  },

  // ------------------------------------------------------------ errors of the server
  'preview.port-in-use': {
    en: ({ port, host }) => `port ${port} on ${host} is already in use`,
    ja: ({ port, host }) => `${host} のポート ${port} は既に使われています`,
  },
  'preview.port-in-use.hint': {
    en: 'stop the other program, or choose another port with --port (--port 0 picks a free one)',
    ja: 'そのポートを使っているプログラムを止めるか、--port で別のポートを指定してください（--port 0 で空いているポートを使います）',
  },
  'preview.no-such-address': {
    en: ({ host }) => `cannot listen on ${host}: no such address on this machine`,
    ja: ({ host }) => `${host} で待ち受けられません。このコンピューターにそのアドレスはありません`,
  },
  'preview.no-such-address.hint': {
    en: 'leave out --host to listen on 127.0.0.1',
    ja: '127.0.0.1 で待ち受けるには、--host を付けずに実行してください',
  },
  'preview.port-not-allowed': {
    en: ({ port }) => `not allowed to listen on port ${port}`,
    ja: ({ port }) => `ポート ${port} で待ち受けることは許可されていません`,
  },
  'preview.port-not-allowed.hint': { en: 'choose a port above 1023 with --port', ja: '--port で 1024 以上のポートを指定してください' },
  'preview.unreadable': {
    en: ({ error }) => `the policies could not be read: ${error}`,
    ja: ({ error }) => `ポリシーを読み込めませんでした：${error}`,
  },
  'preview.unreadable-file': {
    en: ({ error }) => `the file could not be read as a policy: ${error}`,
    ja: ({ error }) => `このファイルはポリシーとして読み込めません：${error}`,
  },
  'preview.pdf-unavailable': {
    en: ({ error }) => `PDF output is not available: ${error}`,
    ja: ({ error }) => `PDF を出力できません：${error}`,
  },
  'preview.stopping': { en: 'the preview is stopping', ja: 'プレビューを終了しているところです' },
  'preview.only-loopback': {
    en: 'This preview answers only to 127.0.0.1 and localhost.',
    ja: 'このプレビューは 127.0.0.1 と localhost からの接続にだけ応答します。',
  },
  'preview.only-get': { en: 'Only GET.', ja: 'GET の要求にだけ応答します。' },
  'preview.failure': {
    en: ({ error }) => `preview failure: ${error}`,
    ja: ({ error }) => `プレビューで障害が起きました：${error}`,
  },

  // ------------------------------------------------------------ the panel
  'preview.name': { en: 'Preview', ja: 'プレビュー' },
  'preview.page-title': { en: ({ title }) => `${title} — Preview`, ja: ({ title }) => `${title} — プレビュー` },
  'preview.not-published': { en: 'Not part of the published files', ja: '公開用のファイルには含まれません' },
  'preview.formats': { en: 'Format', ja: '表示形式' },
  'preview.tab.page': { en: 'Web page', ja: 'ウェブページ' },
  'preview.tab.text': { en: 'Text', ja: 'テキスト' },
  'preview.status.connecting': { en: 'Connecting…', ja: '接続中…' },
  'preview.status.live': { en: 'Updates when you save', ja: '保存すると自動で更新されます' },
  'preview.status.offline': { en: 'The preview has stopped (no updates)', ja: 'プレビューが止まっています（自動更新なし）' },
  'preview.warnings.summary': {
    en: ({ count: n }) => `${plural(n, 'warning')} (the page can be shown, but check ${Number(n) === 1 ? 'it' : 'them'})`,
    ja: ({ count: n }) => `警告 ${n}件（表示はできますが、確認してください）`,
  },
  'preview.index.title': { en: 'Privacy policies', ja: 'プライバシーポリシー' },
  'preview.index.heading': { en: 'Preview of the privacy policies', ja: 'プライバシーポリシーのプレビュー' },
  'preview.index.lead': {
    en: 'Choose a policy to see it as it will be published. When you save a YAML file or a template, the open page updates by itself.',
    ja: '文書を選ぶと、公開したときの見た目で表示します。YAML ファイルやテンプレートを保存すると、開いているページは自動的に更新されます。',
  },
  'preview.version': { en: ({ version }) => `Version ${version}`, ja: ({ version }) => `第${version}版` },
  'preview.effective': { en: ({ date }) => `In force from ${date}`, ja: ({ date }) => `${date}施行` },
  'preview.errors': { en: ({ count: n }) => plural(n, 'error'), ja: ({ count: n }) => `エラー ${n}件` },
  'preview.warnings': { en: ({ count: n }) => plural(n, 'warning'), ja: ({ count: n }) => `警告 ${n}件` },
  'preview.no-problems': { en: 'No problems', ja: '問題なし' },
  'preview.severity.error': { en: 'Error', ja: 'エラー' },
  'preview.severity.warning': { en: 'Warning', ja: '警告' },
  'preview.problems.title': { en: ({ file }) => `Errors: ${file}`, ja: ({ file }) => `エラー：${file}` },
  'preview.problems.heading': {
    en: ({ count: n }) => `This policy has ${plural(n, 'error')} and cannot be shown`,
    ja: ({ count: n }) => `この文書にはエラーが ${n} 件あるため、表示できません`,
  },
  'preview.problems.lead': {
    en: 'Fix the YAML file and save it: this page then shows the policy again by itself.',
    ja: 'YAML ファイルを直して保存すると、自動的にこのページが文書の表示に戻ります。',
  },
  'preview.template.heading': { en: 'The template cannot be shown', ja: 'テンプレートを表示できません' },
  'preview.template.lead': {
    en: 'A template (a file in templates/) has an error. Fix it and save it: the page comes back by itself.',
    ja: 'テンプレート（templates/ のファイル）にエラーがあります。直して保存すると、自動的に表示が戻ります。',
  },
  'preview.problem.path': { en: ({ path }) => `Where: ${path}`, ja: ({ path }) => `場所：${path}` },
  'preview.problem.hint': { en: 'How to fix', ja: '直し方' },
  'preview.problem.around': { en: ({ where }) => `The lines around ${where}`, ja: ({ where }) => `${where} の前後` },
  'preview.text.title': { en: ({ title }) => `${title} (text)`, ja: ({ title }) => `${title}（テキスト）` },
  'preview.text.lead': {
    en: ({ width }) => `The text for e-mail and notices (${width} columns a line; a full-width character counts as two).`,
    ja: ({ width }) => `メールや掲示用のテキストです（1行${width}桁。全角文字は2桁と数えます）。`,
  },
  'preview.text.open': { en: 'Open as a text file', ja: 'テキストファイルとして開く' },
  'preview.missing.title': { en: 'Page not found', ja: 'ページがありません' },
  'preview.missing.heading': { en: 'There is no such page', ja: 'このページはありません' },
  'preview.missing.lead': { en: ({ what }) => `There is no policy "${what}".`, ja: ({ what }) => `「${what}」という文書は見つかりません。` },
  'preview.missing.policies': { en: ({ names }) => `Policies in this preview: ${names}`, ja: ({ names }) => `プレビューできる文書：${names}` },
  'preview.pdf.heading': { en: 'The PDF could not be made', ja: 'PDF を作れませんでした' },
  'preview.message.hint': { en: 'What to do', ja: '対処' },
  'preview.back': { en: 'Back to the list', ja: '一覧に戻る' },
} as const satisfies Part;
