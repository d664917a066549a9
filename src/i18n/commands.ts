/**
 * The catalogue's part for the --help of every command but check (cli.ts),
 * notice, publish and preview, the usage errors of the commands' own options,
 * and the lines the commands print when they are done (catalogue.ts).
 */
import type { Part } from './types.js';
import { lines as items } from './words.js';


export const COMMANDS = {
  'diff.help': {
    en: `Usage: policy diff [OLD [NEW]] [options]

Compare two versions of the policies and say what each change means under
the APPI: its category, the action it needs before or after publishing
(review, consent, prior-notice, notice-without-delay, notice, none) and the
legal basis. Each part is weighed by its role: the role: written on it, else
the role its words read like (check names those), else "review": a lawyer
decides. Within a role, the facts are compared before the words (recipients,
countries, data items, acts, and the words that open or narrow a set): the
same facts in other words are "review", never "consent"; a misspelt name
corrected is "none".

OLD and NEW are each a policy file, a folder of policies, or a git revision
of this repository (HEAD~1, a tag, origin/main, or REV:path for one file),
read with git without touching the working tree:
  policy diff               HEAD against the working tree's policy/
  policy diff REV           REV against the working tree's policy/
  policy diff FILE          FILE as last committed (HEAD) against FILE
  policy diff OLD NEW       any two of the above (two revisions: their policy/)
A name that is both a path and a revision is taken as the path (write
REV:path for the revision). A folder is searched with its subfolders, as
by check and build. Policies are matched by file name; a policy
found on one side only is reported (and needs review: exit 1). Both sides
are checked as by "policy build": a side with errors stops the comparison
(exit 2), with its errors at file:line:column (REV:path for a revision).
When both versions have an English translation (NAME.en.po beside the
policy), each change that needs action also says whether its English
changed in the same revision (changed, unchanged, or missing: not up to
date), as "en:" in the text, a column 英訳 in markdown and "translation" in JSON.

Options:
  --format F     text (default), json, markdown, html, pdf or docx:
                   text  the changes, changed words marked [-old-] {+new+}
                         (in colour on a terminal, unless NO_COLOR is set)
                   json  {"renotice": bool, "changes": [{"category", "change",
                         "id", "path", "before", "after", "action", "basis",
                         "note"?, "facts"?: {"added", "removed"}}],
                         "problems"?: [{"severity", "rule", "message", "hint"}]};
                         when folders with several policies are compared
                         (or a policy is on one side only):
                         {"renotice": bool, "policies": [{"name", "status",
                         "old", "new", "renotice", "changes"}]}
                   html  the 新旧対照表 for review: title and versions, a
                         summary of the changes (区分, 必要な対応, 根拠), then
                         改正後 | 改正前 with the changed words underlined
                   pdf   the same printed with Chromium on A4 landscape (needs --out)
                   docx  the same as a Word document, A4 landscape (needs --out);
                         with --tracked, the 見え消し for 稟議 instead: the new
                         policy with Word tracked changes (insertions and
                         deletions) against the old, by the organisation on
                         the new effective date
                   markdown  a summary for a pull-request comment: the
                         changes with their action and basis, and the
                         changed words in a collapsed section; kept under
                         60,000 characters (GitHub refuses a comment over
                         65,536): the changed words are left out first, then
                         the last rows of the tables, saying so
  --link URL     with markdown: where the whole 新旧対照表 can be read (the CI
                 run with its files), linked when something is left out
  --out FILE     write to FILE instead of standard output (the file is
                 replaced whole or not at all)
  --tracked      docx: the new policy with tracked changes (見え消し)
  --explain      text: print the roles each change was weighed by, whether
                 they were found from the words, and the rule that decided
  --quiet, -q    print nothing; the exit code tells
  -h, --help     show this help

Problems of the new version as a revision (a change that needs action
while the version and the effective date are unchanged; a formerName that
is not the earlier name) are listed in every format; they do not change
the verdict. The decision recorded on the new version's revision entry
(revisions[].decision: reviewer, date, reference, the action taken per kind
of change) is shown beside each change's classification; where it falls
short of what the classification asks (consent recorded only as a notice),
an error decision-disagrees is listed and the exit code is 1.

Exit codes: 0 no change needs action (none, or editorial only), 1 a change
needs re-notice (consent or notice of any kind) or a lawyer's review, 2 wrong usage, a missing
file or revision, or a side with errors, 3 the PDF could not be printed
(e.g. Chromium missing).

Examples:
  policy diff                        # what the uncommitted edits would need
  policy diff origin/main            # in a pull request check: exit 1 = re-notice
  policy diff v1.0 v1.1 --format json
  policy diff HEAD~1 --format html --out review.html
  policy diff old.yaml policy/shimin-denryoku.yaml --format pdf --out taisho.pdf
  policy diff v1.0 --format docx --out taisho.docx   # for 稟議 and comments in Word
  policy diff origin/main --format markdown > comment.md
  policy diff origin/main --format markdown --link "$RUN_URL" > comment.md
`,
    ja: `使い方: policy diff [旧版 [新版]] [オプション]

ポリシーの二つの版を比べ、変更ごとに個人情報保護法上の意味を示します。
区分、公開の前後に必要な対応（review 要確認（法務判断）、consent 同意取得、
prior-notice 事前通知等、notice-without-delay 遅滞なく通知等、notice 通知又は
公表、none 不要）及び法令上の根拠です。各部分は、その役割で判断します。役割は
その部分に書かれた role:、なければ文言から読み取れる役割（check が示します）
で、どちらもなければ「review」（法務担当者が判断）です。同じ役割の中では、
文言より先に事実（提供先、国、データの項目、提供等の態様、範囲を広げ又は
狭める語）を比べます。事実が同じで文言だけが違えば「review」で、「consent」
にはなりません。名称の誤記の訂正は「none」です。

旧版と新版には、それぞれポリシーのファイル、ポリシーのフォルダ、又はこの
リポジトリの git のリビジョン（HEAD~1、タグ、origin/main、一つのファイルなら
REV:パス）を指定します。リビジョンは、作業ツリーに触れずに git で読みます。
  policy diff               HEAD と作業ツリーの policy/ を比べる
  policy diff REV           REV と作業ツリーの policy/ を比べる
  policy diff FILE          FILE の最後のコミット（HEAD）と FILE を比べる
  policy diff OLD NEW       上のいずれか二つ（リビジョン二つならその policy/）
パスとしてもリビジョンとしても読める名前は、パスとして扱います（リビジョン
なら REV:パス と書いてください）。フォルダは、check や build と同じく
サブフォルダも含めて探します。ポリシーはファイル名で対応させます。一方の版に
しかないポリシーも示します（要確認：終了コード 1）。両方の版を
"policy build" と同じく検査し、エラーのある版があれば比較を止めます
（終了コード 2。エラーは ファイル:行:桁、リビジョンなら REV:パス で示します）。
両方の版に英訳（ポリシーの横の NAME.en.po）があれば、対応を要する変更ごとに、
英訳が同じ改定で変わったか（changed、unchanged、又は missing：最新でない）も
示します。テキストでは「英訳：」、markdown では列「英訳」、JSON では
"translation" です。

オプション:
  --format F     text（既定）、json、markdown、html、pdf、docx のいずれか:
                   text  変更の一覧。変わった語を [-旧-] {+新+} で示す
                         （端末では色で示す。NO_COLOR があれば色なし）
                   json  {"renotice": bool, "changes": [{"category", "change",
                         "id", "path", "before", "after", "action", "basis",
                         "note"?, "facts"?: {"added", "removed"}}],
                         "problems"?: [{"severity", "rule", "message", "hint"}]}
                         複数のポリシーを含むフォルダを比べたとき（又は一方の
                         版にしかないポリシーがあるとき）は
                         {"renotice": bool, "policies": [{"name", "status",
                         "old", "new", "renotice", "changes"}]}。
                         プログラムが読むため、文言は英語のままです
                   html  確認用の新旧対照表。題名と版、変更の概要（区分、
                         必要な対応、根拠）、改正後｜改正前（改正部分に傍線）
                   pdf   同じものを Chromium で A4 横に印刷（--out が必要）
                   docx  同じものを Word 文書で、A4 横（--out が必要）。
                         --tracked を付けると稟議用の見え消し：旧版に対する
                         変更履歴（挿入と削除）つきの新版。変更者は組織、
                         日付は新しい施行日
                   markdown  プルリクエストのコメント用の要約。変更とその対応
                         及び根拠、折りたたんだ変わった文言。60,000 文字
                         以内に収めます（GitHub は 65,536 文字を超える
                         コメントを受け付けません）。まず変わった文言を、
                         次に表の最後の行を省き、省いたことを示します
  --link URL     markdown で：新旧対照表の全体を読める場所（ファイルのある
                 CI の実行）。省いた部分があればリンクします
  --out FILE     標準出力ではなく FILE に書き出す（ファイルは、全体を
                 置き換えるか、まったく変えないかのどちらかです）
  --tracked      docx で：変更履歴つきの新版（見え消し）
  --explain      text で：各変更を判断した役割、それを文言から読み取ったか、
                 判断した規則を表示
  --quiet, -q    何も表示しない（結果は終了コードで示します）
  -h, --help     このヘルプを表示

新版の改定としての問題（対応を要する変更があるのに版と施行日が改正前と同じ、
formerName が改正前の名称でない）は、どの形式でも示します。判定は
変わりません。新版の改定履歴に記録された判断（revisions[].decision：
reviewer、date、reference、変更の区分ごとの対応）は、各変更の分類の横に
示します。記録が分類の求める対応に足りない（同意が必要なのに通知の記録しか
ない）ときは、エラー decision-disagrees を示し、終了コードは 1 です。

終了コード: 0 対応を要する変更なし（変更なし、又は編集上の変更のみ）、
1 再通知等（同意又は通知等）又は法務担当者の確認を要する変更あり、2 使い方の
誤り、ファイル・リビジョンがない、又はエラーのある版、3 PDF を印刷できない
（Chromium がないなど）。

例:
  policy diff                        # コミットしていない編集に必要な対応
  policy diff origin/main            # プルリクエストの検査で（1 = 再通知等）
  policy diff v1.0 v1.1 --format json
  policy diff HEAD~1 --format html --out review.html
  policy diff old.yaml policy/shimin-denryoku.yaml --format pdf --out taisho.pdf
  policy diff v1.0 --format docx --out taisho.docx   # 稟議、Word でのコメントに
  policy diff origin/main --format markdown > comment.md
  policy diff origin/main --format markdown --link "$RUN_URL" > comment.md
`,
  },
  'build.help': {
    en: ({ formats, langs, width, papers }) => `Usage: policy build [paths…] [options]

Check each policy, then render it into the output folder:
  <name>.html           standalone web page (lang="ja", no external resources)
  <name>.fragment.html  the policy alone, for pasting into an existing site
  <name>.txt            plain text for e-mail and notice boards
  <name>.pdf            the printed leaflet (Chromium; Japanese fonts embedded)
and, when policy/<name>.en.po holds a complete English translation (see
"policy translate"), the same in English: <name>.en.html, <name>.en.fragment.html,
<name>.en.txt and <name>.en.pdf, each with a notice that the Japanese version
prevails; the Japanese and English pages link to each other.
A policy with errors is not rendered, and nothing in the output folder changes.

Arguments:
  paths              policy files or folders (default: policy/)

Options:
  --out DIR          output folder (default: out/)
  --format LIST      comma-separated: ${formats} (default: all)
  --lang LIST        comma-separated: ${langs} (default: Japanese, and English
                     when its translation is complete; named, a translation
                     missing or out of date is an error and nothing is written)
  --width N          line width of the plain text, in columns; full-width
                     characters count 2 (default: ${width})
  --paper SIZE       paper of the leaflet: ${papers} (default: A4, or the
                     paper of policy.config.yaml; B5 is JIS B5)
  --font FACE        typeface of the leaflet: gothic (IPAexゴシック, default)
                     or mincho (IPAex明朝); default also from policy.config.yaml
  --pdf-timeout S    seconds allowed to print each PDF (default: 30)
  --json             print the files written and the warnings as JSON
  --quiet, -q        print nothing but errors
  -h, --help         show this help

Settings in policy.config.yaml (in the folder the command runs in) apply:
its own templates, accent colour, logo and footer line on the web page and
the leaflet, and the default paper and font (see the README).

The PDF needs Chromium: it is found from $PUPPETEER_EXECUTABLE_PATH or
$CHROME_PATH, else Debian's headless shell or Chromium
(apt-get install chromium-headless-shell fonts-ipaexfont).

Exit codes: 0 built, 1 the policy has errors, 2 wrong usage, a file missing or
unreadable, or an output folder that cannot be written, 3 the machine could not
render (e.g. Chromium missing).

Examples:
  policy build
  policy build policy/shimin-denryoku.yaml --format html,txt --out public/
  policy build --format pdf --paper A5 --font mincho
  policy build --width 60
  policy build --lang en            # the English only; refuses an incomplete translation
`,
    ja: ({ formats, langs, width, papers }) => `使い方: policy build [パス…] [オプション]

各ポリシーを検査し、出力フォルダに書き出します:
  <name>.html           単独の Web ページ（lang="ja"、外部のリソースなし）
  <name>.fragment.html  既存のサイトに貼り付ける、ポリシーだけの HTML
  <name>.txt            メールや掲示用のテキスト
  <name>.pdf            印刷用のリーフレット（Chromium。日本語フォント埋め込み）
policy/<name>.en.po に完全な英訳があれば（"policy translate" を参照）、
英語版も書き出します: <name>.en.html、<name>.en.fragment.html、
<name>.en.txt、<name>.en.pdf。いずれにも日本語版が優先する旨を記載し、
日本語と英語のページは互いにリンクします。
エラーのあるポリシーは書き出さず、出力フォルダは何も変わりません。

引数:
  パス               ポリシーのファイルまたはフォルダ（既定: policy/）

オプション:
  --out DIR          出力フォルダ（既定: out/）
  --format LIST      カンマ区切り: ${formats}（既定: すべて）
  --lang LIST        カンマ区切り: ${langs}（既定: 日本語と、英訳が完全なら
                     英語。指定した言語の英訳がない・古いときはエラーとし、
                     何も書き出しません）
  --width N          テキストの行の幅（桁数。全角文字は 2 桁）（既定: ${width}）
  --paper SIZE       リーフレットの用紙: ${papers}（既定: A4、又は
                     policy.config.yaml の用紙。B5 は JIS B5）
  --font FACE        リーフレットの書体: gothic（IPAexゴシック、既定）又は
                     mincho（IPAex明朝）。既定は policy.config.yaml でも指定可
  --pdf-timeout S    各 PDF の印刷に許す秒数（既定: 30）
  --json             書き出したファイルと警告を JSON で表示
  --quiet, -q        エラーのほかは何も表示しない
  -h, --help         このヘルプを表示

コマンドを実行したフォルダの policy.config.yaml の設定が適用されます: 独自の
テンプレート、アクセント色、ロゴ、Web ページとリーフレットのフッター行、
既定の用紙と書体（README を参照）。

PDF には Chromium が必要です。$PUPPETEER_EXECUTABLE_PATH 又は $CHROME_PATH、
なければ Debian の headless shell 又は Chromium を使います
（apt-get install chromium-headless-shell fonts-ipaexfont）。

終了コード: 0 書き出した、1 ポリシーにエラーがある、2 使い方の誤り、
ファイルがない・読めない、又は出力フォルダに書き込めない、3 この環境では
書き出せない（Chromium がないなど）。

例:
  policy build
  policy build policy/shimin-denryoku.yaml --format html,txt --out public/
  policy build --format pdf --paper A5 --font mincho
  policy build --width 60
  policy build --lang en            # 英語版のみ（英訳が不完全なら書き出さない）
`,
  },
  'translate.help': {
    en: ({ langs }) => `Usage: policy translate NAME --lang en [options]

Write or update the translation file of a policy, policy/NAME.en.po (gettext
PO, opened by Poedit, Weblate, Crowdin or a translation vendor's tools), as
msgmerge does:
  - a text new in the policy is added with an empty translation;
  - a text whose Japanese changed keeps its translation, marked fuzzy, with
    the Japanese it was translated from (#| msgid) for the translator;
  - a translation whose text is gone is kept as obsolete (#~).
No translation is ever lost. Each entry's msgctxt is the text's key (the
YAML path with the ids of the entries), its msgid the Japanese as written.

The Japanese version prevails: the translation is published for reference
(see "policy build"); "policy check" reports the texts whose translation is
missing or out of date.

Arguments:
  NAME           a policy: its name (shimin-denryoku, found in policy/) or its file

Options:
  --lang L       the language of the translation: ${langs}
  --quiet, -q    print nothing but errors
  -h, --help     show this help

Exit codes: 0 written, 1 the policy has errors, 2 wrong usage or a file that
cannot be read or written.

Examples:
  policy translate shimin-denryoku --lang en
  policy translate examples/acme-denki.yaml --lang en
`,
    ja: ({ langs }) => `使い方: policy translate NAME --lang en [オプション]

ポリシーの翻訳ファイル policy/NAME.en.po（gettext の PO。Poedit、Weblate、
Crowdin や翻訳会社のツールで開けます）を、msgmerge と同じように作成・更新
します:
  - ポリシーに新しく加わった文は、訳を空にして加えます。
  - 日本語が変わった文は、訳を残して fuzzy の印を付け、翻訳者のために訳の
    元になった日本語（#| msgid）を添えます。
  - 文がなくなった訳は、廃止（#~）として残します。
訳が失われることはありません。各項目の msgctxt はその文のキー（項目の id を
含む YAML のパス）、msgid は書かれたままの日本語です。

日本語版が優先します。翻訳は参考として公開します（"policy build" を参照）。
"policy check" は、訳がない文と訳が古い文を示します。

引数:
  NAME           ポリシーの名前（shimin-denryoku。policy/ から探します）又は
                 そのファイル

オプション:
  --lang L       翻訳の言語: ${langs}
  --quiet, -q    エラーのほかは何も表示しない
  -h, --help     このヘルプを表示

終了コード: 0 書き出した、1 ポリシーにエラーがある、2 使い方の誤り、又は
ファイルを読めない・書き込めない。

例:
  policy translate shimin-denryoku --lang en
  policy translate examples/acme-denki.yaml --lang en
`,
  },
  'init.help': {
    en: `Usage: policy init NAME [options]

Write policy/NAME.yaml: a complete privacy policy (sections on the business,
the purposes of use, provision to third parties, entrustment, joint use,
security measures, requests for disclosure and complaints) in which the
company's own facts are placeholders 【要記入：…】. "policy check" lists each
placeholder with its line and column until it is filled in; nothing is built
while one is left. Delete the sections and entries that do not apply.

Arguments:
  NAME           the policy's name: lower-case letters, digits and hyphens
                 (it names the output files, e.g. out/NAME.html)

Options:
  --dir DIR      folder to write into (default: policy)
  -h, --help     show this help

Exit codes: 0 written, 2 wrong usage or the file already exists.

Examples:
  policy init acme-denki
  policy check policy/acme-denki.yaml
`,
    ja: `使い方: policy init NAME [オプション]

policy/NAME.yaml を書き出します。個人情報保護方針の完全なひな形（事業者、
利用目的、第三者提供、委託、共同利用、安全管理措置、開示等の請求及び苦情の
各条）で、会社ごとの事実は【要記入：…】の記入箇所になっています。
"policy check" は、記入箇所を記入されるまで行と桁とともに示します。
記入箇所が残っている間は、何も書き出しません。当てはまらない条や項目は
削除してください。

引数:
  NAME           ポリシーの名前：英小文字、数字とハイフン
                 （出力ファイルの名前になります。例: out/NAME.html）

オプション:
  --dir DIR      書き出すフォルダ（既定: policy）
  -h, --help     このヘルプを表示

終了コード: 0 書き出した、2 使い方の誤り、又はファイルがすでにある。

例:
  policy init acme-denki
  policy check policy/acme-denki.yaml
`,
  },
  'upgrade.help': {
    en: `Usage: policy upgrade [paths…] [options]

Rewrite policy files written before policies had sections (numbered
"clauses:" and one "jointUse:" table at the top) into today's shape:
"sections:" with the joint-use table in a last, unnumbered section. The
wording, the ids and the comments stay as they are, and the pages built from
the file do not change. Files already in today's shape are left alone.
Old files are read as they are by every command, so upgrading is only needed
to use headings, tables and the other blocks of today's shape.

Arguments:
  paths          policy files or folders (default: policy/)

Options:
  --dry-run      only say which files would be rewritten
  -h, --help     show this help

Exit codes: 0 done (or nothing to do), 2 wrong usage or a file that cannot be read or written.

Examples:
  policy upgrade
  policy upgrade --dry-run policy/shimin-denryoku.yaml
`,
    ja: `使い方: policy upgrade [パス…] [オプション]

ポリシーが sections を持つ前の形式（番号つきの "clauses:" と、冒頭の一つの
"jointUse:" の表）で書かれたファイルを、今の形式に書き換えます。
"sections:" とし、共同利用の表は番号のない最後の条に置きます。文言、id、
コメントはそのままで、ファイルから書き出すページも変わりません。すでに
今の形式のファイルは、そのままにします。
旧形式のファイルもどのコマンドでもそのまま読めるため、書き換えが必要なのは、
今の形式の見出し、表などのブロックを使うときだけです。

引数:
  パス           ポリシーのファイルまたはフォルダ（既定: policy/）

オプション:
  --dry-run      書き換えるファイルを示すだけで、書き換えない
  -h, --help     このヘルプを表示

終了コード: 0 完了（又は何もすることがない）、2 使い方の誤り、又は
ファイルを読めない・書き込めない。

例:
  policy upgrade
  policy upgrade --dry-run policy/shimin-denryoku.yaml
`,
  },

  // ─── usage errors ──────────────────────────────────────────────────────────
  'diff.usage.needs-out': {
    en: ({ format }) => `--format ${format} needs --out FILE (a ${format === 'pdf' ? 'PDF' : 'Word file'} is not written to a terminal)`,
    ja: ({ format }) => `--format ${format} には --out FILE が必要です（${format === 'pdf' ? 'PDF ' : 'Word ファイル'}は端末には書き出しません）`,
  },
  'diff.usage.link-markdown': {
    en: '--link is for --format markdown (the pull-request comment)',
    ja: '--link は --format markdown（プルリクエストのコメント）で使います',
  },
  'diff.usage.link-address': {
    en: ({ link }) => `--link takes a web address (https://…), not "${link}"`,
    ja: ({ link }) => `--link には Web のアドレス（https://…）を指定してください（"${link}" は使えません）`,
  },
  'diff.usage.tracked-docx': {
    en: '--tracked goes with --format docx: the 見え消し is a Word document',
    ja: '--tracked は --format docx と組み合わせて使います（見え消しは Word 文書です）',
  },
  'translate.usage.lang': {
    en: ({ langs }) => `name the language of the translation: --lang ${items(langs).join('|')}`,
    ja: ({ langs }) => `翻訳の言語を指定してください：--lang ${items(langs).join('|')}`,
  },
  'translate.usage.one-policy': {
    en: 'name one policy, e.g. policy translate shimin-denryoku --lang en',
    ja: 'ポリシーを一つ指定してください（例：policy translate shimin-denryoku --lang en）',
  },
  'init.usage.one-name': {
    en: 'policy init takes one NAME, e.g. policy init acme-denki',
    ja: 'policy init には NAME を一つ指定してください（例：policy init acme-denki）',
  },
  'init.usage.empty-dir': {
    en: '--dir is empty: give a folder, or leave the option out for policy/',
    ja: '--dir が空です。フォルダを指定するか、policy/ に書き出すならこのオプションを省いてください',
  },
  'upgrade.unreadable': {
    en: 'no file was upgraded: some files could not be read',
    ja: '読めないファイルがあるため、どのファイルも書き換えていません',
  },
  'upgrade.unreadable.hint': {
    en: 'fix or move the files named above and run the command again',
    ja: '上に示したファイルを直すか移してから、もう一度実行してください',
  },
  'upgrade.not-written': {
    en: ({ file, code }) => `${file} could not be written (${code})`,
    ja: ({ file, code }) => `${file} を書き込めませんでした（${code}）`,
  },
  'upgrade.not-written.hint': {
    en: 'check that its folder can be written; no file was changed',
    ja: 'フォルダに書き込めるかを確かめてください。どのファイルも変更していません',
  },
  'upgrade.not-replaced': {
    en: ({ file, code }) => `${file} could not be replaced (${code})`,
    ja: ({ file, code }) => `${file} を置き換えられませんでした（${code}）`,
  },
  'upgrade.not-replaced.partly': {
    en: ({ done, file }) => `${items(done).join(', ')} ${items(done).length > 1 ? 'were' : 'was'} upgraded; ${file} and the files after it were not`,
    ja: ({ done, file }) => `${items(done).join('、')} は書き換えました。${file} とそれ以降のファイルは書き換えていません`,
  },
  'upgrade.nothing-changed': { en: 'no file was changed', ja: 'どのファイルも変更していません' },

  // ─── what the commands print when they are done ───────────────────────────
  'output.wrote': { en: ({ file }) => `wrote ${file}`, ja: ({ file }) => `${file} を書き出しました` },
  'build.rendering': {
    en: ({ done, total, name }) => `rendering ${done}/${total}: ${name}`,
    ja: ({ done, total, name }) => `書き出し中 ${done}/${total}：${name}`,
  },
  'translate.wrote': {
    en: ({ file, total, added, changed, obsoleted, untranslated }) =>
      `wrote ${file}: ${total} texts, ${added} new, ${changed} changed (fuzzy), ${obsoleted} made obsolete; ${untranslated} to translate`,
    ja: ({ file, total, added, changed, obsoleted, untranslated }) =>
      `${file} を書き出しました：文 ${total} 件（新規 ${added} 件、変更 ${changed} 件（fuzzy）、廃止 ${obsoleted} 件）、未翻訳 ${untranslated} 件`,
  },
  'init.wrote': {
    en: ({ file, placeholders }) => `wrote ${file}\n${placeholders} placeholders 【要記入：…】 to fill in: run "policy check ${file}" to list them`,
    ja: ({ file, placeholders }) => `${file} を書き出しました\n記入箇所【要記入：…】が ${placeholders} 件あります。"policy check ${file}" で一覧を表示できます`,
  },
  'upgrade.already': { en: "Every file is already in today's shape.", ja: 'すべてのファイルがすでに今の形式です。' },
  'upgrade.would': { en: ({ file }) => `would upgrade ${file}`, ja: ({ file }) => `${file} を書き換えます（--dry-run のため書き換えていません）` },
  'upgrade.done': { en: ({ file }) => `upgraded ${file}`, ja: ({ file }) => `${file} を書き換えました` },
  'upgrade.through-link': {
    en: ({ target }) => ` (through the link, in ${target})`,
    ja: ({ target }) => `（リンク先の ${target}）`,
  },
} as const satisfies Part;
