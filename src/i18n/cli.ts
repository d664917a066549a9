/**
 * The words of the command line: the command list and the main --help, the
 * --help of `policy check`, and the lines that sum up a run (counts,
 * warnings, nothing written). A part of the one catalogue (catalogue.ts).
 */
import type { Part } from './types.js';

const plural = (n: number | string, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;

export const CLI = {
  'summary.none': { en: 'No problems found.', ja: '問題は見つかりませんでした。' },
  'summary.counts': {
    en: ({ errors, warnings }) => `${plural(errors!, 'error')}, ${plural(warnings!, 'warning')}`,
    ja: ({ errors, warnings }) => `エラー ${errors} 件、警告 ${warnings} 件`,
  },
  'severity.error': { en: 'error', ja: 'エラー' },
  'severity.warning': { en: 'warning', ja: '警告' },
  hint: { en: 'hint:', ja: 'ヒント:' },
  'warnings.line': {
    en: ({ summary }) => `policy: ${summary}; run "policy check" to see them`,
    ja: ({ summary }) => `policy: ${summary}。内容は "policy check" で確認できます`,
  },
  'nothing.written': {
    en: 'Nothing was written: fix the errors above and run the command again.',
    ja: '何も書き出していません。上のエラーを直してから、もう一度実行してください。',
  },
  'unknown.command': {
    en: ({ name, commands }) => `policy: unknown command "${name}". Commands: ${commands}.`,
    ja: ({ name, commands }) => `policy: "${name}" というコマンドはありません。コマンド: ${commands}`,
  },
  'command.init': {
    en: 'start a new policy from a complete example, with placeholders 【要記入】 to fill in',
    ja: '記入例つきの完全なひな形から新しいポリシーを作る（【要記入】を埋める）',
  },
  'command.check': {
    en: 'check the policy YAML and report every problem with file:line:column',
    ja: 'ポリシーの YAML を検査し、問題をすべて ファイル:行:桁 とともに示す',
  },
  'command.build': {
    en: 'render the policies to HTML, plain text and the PDF leaflet in out/',
    ja: 'ポリシーを HTML・テキスト・PDF（リーフレット）にして out/ に書き出す',
  },
  'command.diff': {
    en: 'compare two versions (files, folders, git revisions): what needs re-notice',
    ja: '二つの版（ファイル・フォルダ・git のリビジョン）を比べ、再通知等が必要な変更を示す',
  },
  'command.notice': {
    en: 'write the letter that tells individuals of the changes (共同利用に関する変更のお知らせ)',
    ja: '変更を本人に知らせる文書（共同利用に関する変更のお知らせ）を作る',
  },
  'command.preview': {
    en: 'show the policies in the browser, updated as you edit them',
    ja: 'ポリシーをブラウザで表示し、編集に合わせて更新する',
  },
  'command.publish': {
    en: 'write a site with the current policy, every earlier version and the 改定履歴',
    ja: '現在の版、過去のすべての版と改定履歴を載せたサイトを書き出す',
  },
  'command.translate': {
    en: 'write or update the translation file (policy/NAME.en.po) for translators, as msgmerge does',
    ja: '翻訳者向けの翻訳ファイル（policy/NAME.en.po）を作成・更新する（msgmerge と同じ扱い）',
  },
  'command.upgrade': {
    en: 'rewrite policy files of the former shape (clauses, one jointUse) with sections',
    ja: '旧形式（clauses、jointUse 一つ）のポリシーを sections の形式に書き換える',
  },
  'main.help': {
    en: ({ commands }) => `Usage: policy <command> [options]

Privacy policies and their joint-use (共同利用) tables as YAML, checked and
rendered from one source.

Commands:
${commands}

Run "policy <command> --help" for the options and examples of each command.
The tool speaks Japanese with LANG=ja_JP.UTF-8 or "policy --lang ja <command>".
Exit codes: 0 success, 1 findings (errors in a policy; a change that needs
re-notice), 2 wrong usage or input that cannot be read, 3 rendering failed.
`,
    ja: ({ commands }) => `使い方: policy <コマンド> [オプション]

個人情報保護方針と共同利用の表を YAML で書き、一つの原稿から検査し、
公開用の形式に書き出します。

コマンド:
${commands}

各コマンドのオプションと例は "policy <コマンド> --help" で表示します。
英語で表示するには "policy --lang en <コマンド>" としてください。
終了コード: 0 成功、1 指摘あり（ポリシーのエラー、再通知等を要する変更）、
2 使い方の誤り・読めない入力、3 書き出しに失敗。
`,
  },
  'check.help': {
    en: ({ formats }) => `Usage: policy check [paths…] [options]

Check the policy YAML files (and policy.config.yaml, when the folder the
command runs in has one) and report every problem at once, each as
  file:line:column  severity  path: message  (rule)
with a hint on the next line saying what to write instead.

Arguments:
  paths          policy files or folders (default: policy/)

Options:
  --format F     ${formats}:
                   json    the problems as JSON (an array of messages)
                   github  GitHub Actions annotations (::error file=…,line=…::…),
                           shown on the changed lines of a pull request: the
                           first 10 errors and 10 warnings (what GitHub shows
                           of a step), the others as a table in the job
                           summary ($GITHUB_STEP_SUMMARY), else in the log
                   sarif   SARIF 2.1.0 for GitHub code scanning
                           (upload with github/codeql-action/upload-sarif)
  --json         the same as --format json
  --quiet, -q    print errors only, no warnings and no summary
  -h, --help     show this help

File names in the github and sarif formats are relative to the current
folder: run the command from the root of the repository.

Exit codes: 0 no errors (warnings alone are fine), 1 errors found, 2 wrong usage,
or a file missing or unreadable (the other files are still checked).

Examples:
  policy check
  policy check policy/shimin-denryoku.yaml
  policy check --json > problems.json
  policy check --format github              # in a GitHub Actions step
  policy check --format sarif > policy.sarif
`,
    ja: ({ formats }) => `使い方: policy check [パス…] [オプション]

ポリシーの YAML（実行したフォルダに policy.config.yaml があればそれも）を
検査し、見つかった問題をすべて次の形で示します。
  ファイル:行:桁  重大度  場所: 内容  (ルール)
次の行の「ヒント」は、代わりに何を書けばよいかを示します。

引数:
  パス           ポリシーのファイルまたはフォルダ（既定: policy/）

オプション:
  --format F     ${formats}:
                   json    問題を JSON（メッセージの配列）で出力
                   github  GitHub Actions の注釈（::error file=…,line=…::…）。
                           プルリクエストの変更行に表示されます（エラーと警告を
                           各10件まで。残りはジョブの要約 $GITHUB_STEP_SUMMARY、
                           なければログに表で出力）
                   sarif   GitHub のコードスキャン用 SARIF 2.1.0
                           （github/codeql-action/upload-sarif で登録）
  --json         --format json と同じ
  --quiet, -q    エラーだけを表示（警告と件数の要約は出さない）
  -h, --help     このヘルプを表示

github と sarif の形式では、ファイル名は実行したフォルダからの相対パスです。
リポジトリの最上位で実行してください。

終了コード: 0 エラーなし（警告だけなら 0）、1 エラーあり、2 使い方の誤り、
またはファイルがない・読めない（他のファイルは検査します）。

例:
  policy check
  policy check policy/shimin-denryoku.yaml
  policy check --json > problems.json
  policy check --format github              # GitHub Actions のステップで
  policy check --format sarif > policy.sarif
`,
  },
} as const satisfies Part;
