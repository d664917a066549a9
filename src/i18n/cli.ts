/**
 * The words of the command line: the command list and the main --help, the
 * --help of `policy check`, and the lines that sum up a run (counts,
 * warnings, nothing written). A part of the one catalogue (catalogue.ts).
 */
import type { Locale, Part } from './types.js';
import { listJa, number, plural } from './words.js';


/** Why the output could not be written, for the error codes that say more than the system's message. */
const OUTPUT_REASONS: Record<string, Record<Locale, string>> = {
  ENOSPC: { en: 'the disk is full', ja: 'ディスクがいっぱいです' },
  EDQUOT: { en: 'your disk quota is used up', ja: 'ディスクの割り当て量を使い切っています' },
  EIO: { en: 'the disk reported an error', ja: 'ディスクがエラーを報告しました' },
  EBADF: { en: 'it is closed', ja: '出力先が閉じられています' },
};

/** A wrong command line as node:util parseArgs found it (its code, its English message, the option it names), in Japanese. */
function parseProblemJa(code: string, message: string, option: string): string {
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `「${option}」というオプションはありません`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `余分な引数「${option}」があります。このコマンドは引数を取りません`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) return `オプション「${option}」には値を付けられません`;
      if (/ambiguous/.test(message)) return `オプション「${option}」の値が「-」で始まっています。そのような値は ${option.replace(/^.*?(--\S+).*$/, '$1')}=-値 のように書いてください`;
      return `オプション「${option}」には値が必要です`;
    default:
      return message;
  }
}

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
  'lang.invalid': {
    en: ({ value }) => `policy: --lang before the command is the language of the tool's messages: ja or en; got "${value}"`,
    ja: ({ value }) => `policy: コマンドの前の --lang は、このツールのメッセージの言語です（ja または en）。指定された値：「${value}」`,
  },
  'output.failed': {
    en: ({ stream, code, detail }) => `policy: could not write the ${stream === 'stdout' ? 'output' : 'messages'}: ${OUTPUT_REASONS[String(code)]?.en ?? detail}${code ? ` (${code})` : ''}`,
    ja: ({ stream, code, detail }) => `policy: ${stream === 'stdout' ? '出力' : 'メッセージ'}を書き出せませんでした：${OUTPUT_REASONS[String(code)]?.ja ?? detail}${code ? `（${code}）` : ''}`,
  },
  'unexpected.failure': {
    en: ({ message }) => `policy: unexpected failure: ${message}`,
    ja: ({ message }) => `policy: 予期しない失敗です：${message}`,
  },
  'unexpected.failure.hint': {
    en: 'nothing was written; run again with DEBUG=1 for details and report it',
    ja: '何も書き出していません。DEBUG=1 を付けてもう一度実行し、表示された詳細を添えて報告してください',
  },
  'usage.parse': {
    en: ({ message, command }) => `${message}\nRun "policy ${command} --help" for the options.`,
    ja: ({ code, message, option, command }) => `${parseProblemJa(String(code), String(message), String(option ?? ''))}\nオプションは「policy ${command} --help」で確認できます。`,
  },
  'usage.list-option': {
    en: ({ name, allowed, value }) => `--${name} takes a comma-separated list of ${allowed}; got "${value}"`,
    ja: ({ name, allowed, value }) => `--${name} には ${listJa(allowed!)} をコンマで区切って指定します。指定された値：「${value}」`,
  },
  'usage.choice-option': {
    en: ({ name, allowed, value }) => `--${name} must be one of ${allowed}; got "${value}"`,
    ja: ({ name, allowed, value }) => `--${name} は ${listJa(allowed!)} のいずれかです。指定された値：「${value}」`,
  },
  'usage.int-option': {
    en: ({ name, min, max, value }) => `--${name} must be a whole number from ${min} to ${max}; got "${value}"`,
    ja: ({ name, min, max, value }) => `--${name} は ${min} から ${max} までの整数です。指定された値：「${value}」`,
  },
  'usage.out-empty': {
    en: ({ what }) => `--out needs a ${what} name; it was empty (is a variable unset?)`,
    ja: ({ what }) => `--out には${what === 'file' ? 'ファイル' : 'フォルダ'}の名前が必要ですが、空でした（変数が設定されていないのではありませんか）`,
  },
  'usage.json-and-format': {
    en: '--json and --format cannot be combined; use --format json',
    ja: '--json と --format は一緒に使えません。--format json としてください',
  },
  'github.summary-unwritten': {
    en: ({ file, detail }) => `policy: the job summary ${file} could not be written (${detail}); the other problems follow in the log`,
    ja: ({ file, detail }) => `policy: ジョブの要約 ${file} に書き込めませんでした（${detail}）。残りの問題は、このあとのログに示します`,
  },
  'github.rest': {
    en: ({ count, per, where }) => `policy check: ${plural(count!, 'more problem', { grouped: true })} than GitHub shows as annotations (${per} errors and ${per} warnings per step), ${where === 'summary' ? 'listed in the job summary' : 'listed below'}`,
    ja: ({ count, per, where }) =>
      `policy check: GitHub が注釈として表示できる数（1 ステップにつきエラー ${per} 件、警告 ${per} 件）を超える問題が ${number(count!)} 件あります。${where === 'summary' ? 'ジョブの要約' : '以下'}に示します`,
  },
  'github.summary-counts': {
    en: ({ errors, warnings, shownErrors, shownWarnings, rest }) =>
      `${plural(errors!, 'error', { grouped: true })}, ${plural(warnings!, 'warning', { grouped: true })}: ${plural(shownErrors!, 'error', { grouped: true })} and ${plural(shownWarnings!, 'warning', { grouped: true })} are annotations on their lines, the other ${number(rest!)} are listed here.`,
    ja: ({ errors, warnings, shownErrors, shownWarnings, rest }) =>
      `エラー ${number(errors!)} 件、警告 ${number(warnings!)} 件。うちエラー ${number(shownErrors!)} 件と警告 ${number(shownWarnings!)} 件はそれぞれの行に注釈として示し、残りの ${number(rest!)} 件をここに示します。`,
  },
  'github.summary-head': { en: '| place | severity | problem | rule |', ja: '| 場所 | 重大度 | 問題 | ルール |' },
  'github.summary-more': {
    en: ({ count }) => `… and ${number(count!)} more (run policy check to see every problem).`,
    ja: ({ count }) => `… ほか ${number(count!)} 件（すべての問題は policy check で確認できます）。`,
  },
  'sarif.rule-problems': {
    en: ({ id }) => `Problems reported as ${id}.`,
    ja: ({ id }) => `${id} として報告される問題。`,
  },
  'sarif.every-rule': { en: 'Every rule of policy check', ja: 'policy check のすべてのルール' },
  'sarif.every-rule.at': {
    en: ({ description, url }) => `${description} Every rule of policy check: ${url}`,
    ja: ({ description, url }) => `${description}　policy check のすべてのルール：${url}`,
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
