/** The catalogue's part for the words of `policy notice` and the published site: the letters' tool messages, the command's help, the site's own words (catalogue.ts). */
import { plural } from './words.js';
import type { Part } from './types.js';

const changes = (n: number | string | undefined) => plural(n, 'change');

export const NOTICE = {
  // ─── policy notice ──────────────────────────────────────────────────────────
  'notice.help': {
    en: ({ formats, width }) => `Usage: policy notice [OLD [NEW]] [options]

Write the letter to individuals (お客さま各位) on the changes between two
versions, of the kind the law asks for: お知らせ (notice), 事前のお知らせ
(prior notice, with the 変更日 and the lead time) or 同意のお願い (a request
for consent: what is asked, how to answer, by when, what happens without an
answer). It has its date of issue (--date, default today), the sender, what
changes (before and after), from when, the Art. 28(2) information on a
provision abroad (the section's "abroad" entries), a note on a change of an
opt-out provision, the managers of the joint-use tables that changed, the
policy's contact block (お問い合わせ先), and the 新旧対照表 of the changed
part attached (別紙). Editorial changes are left out. The wording is in
templates/notice/wording.yaml.

A letter dated on or after the 変更日 of a change that must be told in
advance or consented to is an error (exit 1): nothing is written.

OLD and NEW are given as for "policy diff" (files, folders, git revisions;
default: HEAD against the working tree's policy/).

When no change needs notice, nothing is written and a line says so (exit 0).

The letter in English (--lang en, or --lang ja,en for both): the same letter
translated for reference, with a note that the Japanese original prevails,
English dates and article citations (Article 7(2)). Its texts come from the
English translation of each version (policy/<name>.en.po beside the file, or
at the git revision). Every text it quotes (the changed entries and their
headings, the business, the contact block, the managers, the Art. 28(2)
information, the revision's summary) must be translated and up to date in
both versions; else nothing is written and each such text is listed (see
"policy translate <name> --lang en"). Its words are in the same
wording.yaml, under "en:". (--lang after "notice" is the letter's language;
"policy --lang ja notice …" before it is the language of these messages.)

Files (in the output folder, one set per policy that changed):
  notice-<name>-<version>.html   the letter and its 別紙, self-contained
  notice-<name>-<version>.txt    plain text for e-mail
  notice-<name>-<version>.pdf    A4, printed with Chromium (with --format pdf)
  notice-<name>-<version>.docx   the same as a Word document (with --format docx)
  notice-<name>-<version>.eml    one e-mail message (RFC 5322) for the company's
                                 mail system: the plain-text letter as its body,
                                 the 新旧対照表 as a PDF attachment (the PDF of
                                 "policy diff OLD NEW --format pdf"); From: the
                                 contact block's e-mail; nothing is sent
  notice-<name>-<version>.en.*   the English letter (with --lang en), in each
                                 format asked for; its .eml is a message of its
                                 own, with the English comparison as its PDF

Options:
  --format LIST  comma-separated: ${formats} (default: html,txt)
  --lang LIST    the languages of the letter, comma-separated: ja (default),
                 en, or ja,en
  --out DIR      output folder (default: out/); written whole or not at all
  --width N      line width of the plain text, in columns; full-width
                 characters count 2 (default: ${width})
  --date DATE    the letter's date of issue, YYYY-MM-DD (default: today); the
                 change itself takes effect on the new version's effectiveDate
                 (変更日). A change that must be told in advance leaves
                 no time before that date: an error.
  --reply-by DATE  for a request for consent: the last day for an answer,
                 YYYY-MM-DD (default: the day before the 変更日)
  --quiet, -q    print nothing but errors and warnings
  -h, --help     show this help

Exit codes: 0 written, or nothing to tell; 1 a letter too late for a
change told in advance (nothing written); 2 wrong usage, a missing file or
revision, a side with errors, or an English letter whose translation is
missing or out of date; 3 the PDF could not be printed.

Examples:
  policy notice v1.0                       # tag v1.0 against the working tree
  policy notice HEAD~1 HEAD --format html,txt,pdf --out notices/
  policy notice v1.0 --format docx         # the letter in Word, for 稟議
  policy notice v1.0 --lang ja,en --format txt,eml   # Japanese and English e-mails
  policy notice old.yaml policy/shimin-denryoku.yaml --width 60
`,
    ja: ({ formats, width }) => `使い方: policy notice [旧版 [新版]] [オプション]

二つの版の間の変更について、法令の求めに応じた本人あての文書（お客さま各位）を
作成します。文書の種類は、お知らせ、事前のお知らせ（変更日と、それまでの日数を
記載）又は同意のお願い（同意をお願いする事項、回答の方法・期限、回答がない場合
の取扱いを記載）です。文書には、発信日（--date。既定は今日）、差出人、変更の
内容（変更前・変更後）、変更日、外国にある第三者への提供に関する個人情報保護法
第28条第2項の情報（その条の abroad）、オプトアウトによる提供の変更に関する
案内、変更された共同利用の管理責任者、ポリシーのお問い合わせ先を記載し、変更
部分の新旧対照表を別紙として添付します。編集上の変更は記載しません。文言は
templates/notice/wording.yaml にあります。

事前の通知又は同意を要する変更について、変更日以後の日付の文書はエラー（終了
コード 1）とし、何も書き出しません。

旧版と新版は "policy diff" と同じ形で指定します（ファイル、フォルダ、git の
リビジョン。既定は HEAD と作業ツリーの policy/ の比較）。

本人への通知等を要する変更がないときは、何も書き出さず、その旨を表示します
（終了コード 0）。

英語の文書（--lang en。日本語と両方は --lang ja,en）：同じ文書の参考訳です。
日本語の原文が優先する旨の注記を付け、日付と条の引用（Article 7(2)）は英語の
形で記載します。文中のポリシーの文言は、各版の英訳（ファイルと同じ場所の
policy/<名前>.en.po、又はその git のリビジョンのもの）から取ります。文書が引用
する文言（変更された項目とその見出し、事業者、お問い合わせ先、管理責任者、
第28条第2項の情報、改定の概要）は、両方の版で翻訳済みかつ最新である必要が
あります。そうでないときは何も書き出さず、該当する文言を一覧で示します
（"policy translate <名前> --lang en" を参照してください）。英語の文言は同じ
wording.yaml の "en:" にあります。（"notice" の後の --lang は文書の言語、
"policy --lang ja notice …" のようにコマンドの前に置く --lang はこの表示の
言語です。）

書き出すファイル（出力フォルダに、変更のあったポリシーごとに一式）:
  notice-<名前>-<版>.html   文書と別紙（単体で表示できる HTML）
  notice-<名前>-<版>.txt    メール用のテキスト
  notice-<名前>-<版>.pdf    A4。Chromium で印刷（--format pdf のとき）
  notice-<名前>-<版>.docx   同じ内容の Word 文書（--format docx のとき）
  notice-<名前>-<版>.eml    会社のメールシステム用の電子メール1通（RFC 5322）。
                            本文はテキストの文書、添付は新旧対照表の PDF
                            （"policy diff 旧版 新版 --format pdf" と同じもの）。
                            差出人はお問い合わせ先のメールアドレス。送信は
                            しません
  notice-<名前>-<版>.en.*   英語の文書（--lang en のとき）。指定した形式ごと。
                            .eml は別の1通で、英語の新旧対照表を PDF で添付

オプション:
  --format LIST  カンマ区切りで ${formats} から（既定: html,txt）
  --lang LIST    文書の言語。カンマ区切りで ja（既定）、en 又は ja,en
  --out DIR      出力フォルダ（既定: out/）。すべて書き出すか、何も書き出さないか
                 のいずれかです
  --width N      テキストの1行の幅（桁数。全角文字は2桁。既定: ${width}）
  --date DATE    文書の発信日（YYYY-MM-DD。既定は今日）。変更そのものは新版の
                 effectiveDate（変更日）から適用されます。事前に通知すべき変更
                 について、その日までに日数がないときはエラーです
  --reply-by DATE  同意のお願いで、回答の期限とする日（YYYY-MM-DD。既定は
                 変更日の前日）
  --quiet, -q    エラーと警告のほかは何も表示しない
  -h, --help     このヘルプを表示

終了コード: 0 書き出した、又は通知等を要する変更がない。1 事前の通知等を要する
変更について日付が遅すぎる（何も書き出さない）。2 使い方の誤り、ファイル・
リビジョンがない、いずれかの版にエラーがある、又は英語の文書の翻訳がない・
古い。3 PDF を印刷できなかった。

例:
  policy notice v1.0                       # タグ v1.0 と作業ツリーを比較
  policy notice HEAD~1 HEAD --format html,txt,pdf --out notices/
  policy notice v1.0 --format docx         # 稟議用に Word で
  policy notice v1.0 --lang ja,en --format txt,eml   # 日本語と英語のメール
  policy notice old.yaml policy/shimin-denryoku.yaml --width 60
`,
  },
  'notice.one-side': {
    en: ({ name, label }) => `${name}: on one side only (${label}); no letter: a new or withdrawn policy is published, not compared.`,
    ja: ({ name, label }) => `${name}: 一方の版にしかありません（${label}）。新しいポリシー又は廃止したポリシーは比較せずに公表するものであるため、文書は作成しません。`,
  },
  'notice.unbumped': {
    en: ({ name, problem }) => `${name}: ${problem}; no letter is written`,
    ja: ({ name, version, date }) => `${name}: 本人への通知等を要する変更がありますが、版（${version}）と施行日（${date}）が前の版のままです。文書は作成しません`,
  },
  'notice.unbumped.hint': {
    en: ({ hint }) => String(hint),
    ja: '新しい版の version を上げ、新しい施行日を effectiveDate に書き、revisions: にその版の行を加えてください',
  },
  'notice.nothing-to-tell': {
    en: ({ name, summary }) => `${name}: no change needs notice to individuals (${summary}); no letter written.`,
    ja: ({ name, editorial, moved }) => {
      const parts = [Number(editorial) > 0 ? `編集上の変更 ${editorial} 件` : '', Number(moved) > 0 ? `順序の入替え ${moved} 件` : ''].filter(Boolean);
      return `${name}: 本人への通知等を要する変更はありません（${parts.join('、') || '二つの版は同じです'}）。文書は作成しません。`;
    },
  },
  'notice.nothing-written': { en: 'Nothing was written.', ja: '何も書き出していません。' },
  'notice.lead-time': {
    en: ({ name, issued, effective, count }) =>
      `${name}: the letter is dated ${issued}, but the changes take effect on ${effective}: ${changes(count)} must be told (or consented to) before that date (APPI Art. 27(5)(iii), 27(6), 28(1))`,
    ja: ({ name, issued, effective, count }) =>
      `${name}: 文書の日付は ${issued} ですが、変更は ${effective} から適用されます。${count} 件の変更は、その日より前に通知（又は同意の取得）をする必要があります（個人情報保護法第27条第5項第3号、第27条第6項、第28条第1項）`,
  },
  'notice.lead-time.hint': {
    en: "set a later effectiveDate (and the revision's date), or an earlier --date",
    ja: 'effectiveDate（と revisions のその版の date）をより後の日にするか、--date をより前の日にしてください',
  },
  'notice.reply-by': {
    en: ({ name, replyBy, issued, effective }) =>
      `${name}: the answers to the request for consent are asked by ${replyBy}, which is not between the letter's date ${issued} and the 変更日 ${effective}`,
    ja: ({ name, replyBy, issued, effective }) => `${name}: 同意のお願いの回答期限 ${replyBy} が、文書の日付 ${issued} から変更日 ${effective} までの間にありません`,
  },
  'notice.reply-by.hint': {
    en: 'give --reply-by a day after --date and before the effectiveDate',
    ja: '--reply-by には、--date より後で effectiveDate より前の日を指定してください',
  },
  'notice.overseas-information': {
    en: ({ name }) =>
      `${name}: a change on provision to a third party abroad is told without the information APPI Art. 28(2) requires (the country, its system for protecting personal information, the recipient's measures)`,
    ja: ({ name }) =>
      `${name}: 外国にある第三者への提供に関する変更について、個人情報保護法第28条第2項が求める情報（外国の名称、その国の個人情報の保護に関する制度、提供先が講ずる措置）がありません`,
  },
  'notice.overseas-information.hint': {
    en: 'add "abroad:" to the section on provision abroad (see "policy check", rule appi-overseas-information)',
    ja: '外国にある第三者への提供の条に "abroad:" を書いてください（"policy check" のルール appi-overseas-information を参照）',
  },
  'notice.warning.consent': {
    en: ({ name, count, by }) =>
      `policy: warning: ${name}: ${Number(count) === 1 ? '1 change needs' : `${count} changes need`} the consent of each individual (see "policy diff"); the letter asks for it by ${by || 'the 変更日'}: apply the change only to those who agreed, and record the answers`,
    ja: ({ name, count, by }) =>
      `policy: 警告: ${name}: ${count} 件の変更には本人ごとの同意が必要です（"policy diff" を参照）。文書では ${by || '変更日'} までの回答をお願いしています。変更は同意した本人についてのみ適用し、回答を記録してください`,
  },
  'notice.warning.opt-out': {
    en: ({ name, effective }) =>
      `policy: warning: ${name}: the provision by opt-out changes: file the changed matters with the Personal Information Protection Commission before ${effective} (APPI Art. 27(3))`,
    ja: ({ name, effective }) =>
      `policy: 警告: ${name}: オプトアウトによる第三者提供が変わります。${effective} より前に、変更する事項を個人情報保護委員会に届け出てください（個人情報保護法第27条第3項）`,
  },
  'notice.warning.no-effective-date': {
    en: ({ name }) => `policy: warning: ${name}: the new version has no effectiveDate; 変更日 is left out of the letter`,
    ja: ({ name }) => `policy: 警告: ${name}: 新しい版に effectiveDate がないため、文書に変更日を記載していません`,
  },
  'notice.date': {
    en: ({ option, value }) => `${option} must be a day written as YYYY-MM-DD, e.g. 2027-03-01; got "${value}"`,
    ja: ({ option, value }) => `${option} には日付を YYYY-MM-DD の形で指定してください（例：2027-03-01）。指定された値："${value}"`,
  },
  'notice.lang': {
    en: ({ value }) => `--lang takes the languages of the letter, comma-separated: ja, en or ja,en; got "${value}"`,
    ja: ({ value }) => `--lang には文書の言語をカンマ区切りで指定してください（ja、en 又は ja,en）。指定された値："${value}"`,
  },
  'notice.en.no-translation': {
    en: ({ name, files }) => `${name}: no English letter: the English translation is missing (${files}); nothing was written`,
    ja: ({ name, files }) => `${name}: 英語の文書は作成できません。英訳がありません（${files}）。何も書き出していません`,
  },
  'notice.en.no-translation.hint': {
    en: ({ name }) => `write it with "policy translate ${name} --lang en" and translate its entries (at a git revision, the translation committed with that version is read)`,
    ja: ({ name }) => `"policy translate ${name} --lang en" で作成し、各項目を翻訳してください（git のリビジョンでは、その版とともにコミットされた英訳を読みます）`,
  },
  'notice.en.incomplete': {
    en: ({ name, count }) => `${name}: no English letter: ${Number(count) === 1 ? '1 text it quotes has' : `${count} texts it quotes have`} no up-to-date English translation (listed above); nothing was written`,
    ja: ({ name, count }) => `${name}: 英語の文書は作成できません。文書が引用する文言のうち ${count} 件について、最新の英訳がありません（上に一覧を示しています）。何も書き出していません`,
  },
  'notice.en.incomplete.hint': {
    en: ({ first }) => `run "policy translate ${first} --lang en" and translate the entries listed, in the translation of each version named`,
    ja: ({ first }) => `"policy translate ${first} --lang en" を実行し、示した版の英訳で該当する項目を翻訳してください`,
  },

  // ─── policy publish: the notes on where the versions come from ────────────────
  'publish.note.same-name': {
    en: ({ file, name }) => `${file}: another policy is also named "${name}"; only the first is published`,
    ja: ({ file, name }) => `${file}: "${name}" という名前のポリシーがほかにもあります。最初のものだけを公開します`,
  },
  'publish.note.no-git': {
    en: ({ file, pattern }) => `${file}: git is not installed, so only the current version is published (earlier versions come from git tags matching "${pattern}")`,
    ja: ({ file, pattern }) => `${file}: git がインストールされていないため、現在の版だけを公開します（過去の版は "${pattern}" に合う git のタグから読みます）`,
  },
  'publish.note.no-repository': {
    en: ({ file, folder, pattern }) => `${file}: ${folder} is not in a git repository, so only the current version is published (earlier versions come from git tags matching "${pattern}")`,
    ja: ({ file, folder, pattern }) => `${file}: ${folder} が git のリポジトリの中にないため、現在の版だけを公開します（過去の版は "${pattern}" に合う git のタグから読みます）`,
  },
  'publish.note.no-tags': {
    en: ({ file, pattern, version }) => `${file}: no git tags match "${pattern}", so only the current version is published (tag each published version, e.g. git tag v${version})`,
    ja: ({ file, pattern, version }) => `${file}: "${pattern}" に合う git のタグがないため、現在の版だけを公開します（公開した版ごとにタグを付けてください。例：git tag v${version}）`,
  },
  'publish.note.unreadable': {
    en: ({ at, reason }) => `${at} is not published: it could not be read from git (${reason})`,
    ja: ({ at, reason }) => `${at} は公開しません。git から読めませんでした（${reason}）`,
  },
  'publish.note.errors': {
    en: ({ at, line, reason }) => `${at} is not published: it has errors under the current checks${reason !== undefined ? ` (first: line ${line}: ${reason})` : ''}`,
    ja: ({ at, line, reason }) => `${at} は公開しません。現在の検査でエラーがあります${reason !== undefined ? `（最初のエラー：${line} 行目：${reason}）` : ''}`,
  },
  'publish.note.same-version': {
    en: ({ name, earlier, tag, version }) => `${name}: tags ${earlier} and ${tag} both hold version ${version} with different texts; ${tag} is published (give each published text its own version)`,
    ja: ({ name, earlier, tag, version }) => `${name}: タグ ${earlier} と ${tag} が、同じ版 ${version} として異なる文面を持っています。${tag} を公開します（公開する文面ごとに別の版にしてください）`,
  },
  'publish.note.unchanged-version': {
    en: ({ file, tag, version }) => `${file}: the working tree differs from tag ${tag} but keeps version ${version}; the working tree is published as ${version} (raise "version" if it is a new version)`,
    ja: ({ file, tag, version }) => `${file}: 作業ツリーはタグ ${tag} と異なりますが、版は ${version} のままです。作業ツリーを ${version} として公開します（新しい版であれば "version" を上げてください）`,
  },
  'publish.note.long-version': {
    en: ({ name, tag, length }) => `${name}: tag ${tag} holds a version of ${length} characters, too long for a folder name; it is left out (write a short version such as "1.2")`,
    ja: ({ name, tag, length }) => `${name}: タグ ${tag} の版は ${length} 文字あり、フォルダ名には長すぎるため公開しません（"1.2" のような短い版にしてください）`,
  },
  'publish.note.same-folder': {
    en: ({ name, other, version, folder, tag }) => `${name}: versions "${other}" and "${version}" would both be published in ${folder}/; "${version}" (tag ${tag}) is left out (write versions with digits and dots only, e.g. "1.2")`,
    ja: ({ name, other, version, folder, tag }) => `${name}: 版 "${other}" と "${version}" が同じ ${folder}/ に公開されることになるため、"${version}"（タグ ${tag}）は公開しません（版は数字とピリオドだけで書いてください。例："1.2"）`,
  },
  'publish.note.newer': {
    en: ({ name, tag, version, current }) => `${name}: tag ${tag} holds version ${version}, newer than the working tree's ${current}; it is left out (check out the latest version to publish it)`,
    ja: ({ name, tag, version, current }) => `${name}: タグ ${tag} の版 ${version} は作業ツリーの版 ${current} より新しいため、公開しません（公開するには最新の版をチェックアウトしてください）`,
  },
  'publish.note.english-incomplete': {
    en: ({ name, version, count }) => `${name}: the English translation of version ${version} is incomplete or out of date (${count} ${Number(count) === 1 ? 'text' : 'texts'}); that version is published in Japanese only`,
    ja: ({ name, version, count }) => `${name}: 第${version}版の英訳が不完全か古いため（${count} 件）、その版は日本語だけで公開します`,
  },
  'publish.unreadable': {
    en: 'nothing was published: some files could not be read',
    ja: '読めないファイルがあるため、何も公開していません',
  },
  'publish.unreadable.hint': {
    en: 'fix or remove the files named above and run the command again',
    ja: '上に示したファイルを直すか取り除いてから、もう一度実行してください',
  },
  'publish.note': { en: ({ note }) => `note: ${note}`, ja: ({ note }) => `注：${note}` },
  'publish.versions': {
    en: ({ name, current, earlier }) => `${name}: current version ${current}${earlier ? `; earlier: ${earlier}` : '; no earlier versions'}`,
    ja: ({ name, current, earlier }) => `${name}: 現在の版 ${current}${earlier ? `。過去の版：${earlier}` : '。過去の版はありません'}`,
  },
  'publish.earlier': {
    en: ({ version, tag, folder }) => `${version} (${tag}) in ${folder}`,
    ja: ({ version, tag, folder }) => `${version}（${tag}）を ${folder} に`,
  },
  'publish.help': {
    en: ({ tags, out, width }) => `Usage: policy publish [paths…] [options]

Write a folder ready to upload, with every version of each policy:
  index.html                     the list of policies
  <name>/index.html              the current version, at an address that stays
  <name>/<name>.txt              its plain text
  <name>/v<version>/index.html   each earlier version, marked at the top as no
                                 longer current and linking to the current one
  <name>/<name>.pdf              the printed leaflet of the current version
  <name>/v<version>/<name>.pdf   and of each earlier version (unless --no-pdf)
  <name>/history.html            改定履歴: each version, its effective date, its
                                 summary and the changed words; with --internal
                                 also whether people must be told again (consent,
                                 notice …) and the legal basis
  <name>/index.en.html, <name>/<name>.en.txt, <name>/<name>.en.pdf,
  <name>/history.en.html
                                 the current version in English, when
                                 policy/<name>.en.po translates it completely;
                                 the Japanese and English pages link to each other
  <name>/v<version>/index.en.html, <name>/v<version>/<name>.en.txt,
  <name>/v<version>/<name>.en.pdf
                                 an earlier version in English, when the
                                 translation tagged with it (policy/<name>.en.po
                                 at that tag) translates it completely; a version
                                 without one has no English link
The current version is the policy in the working tree. Earlier versions are
read from git tags matching --tags (default "${tags}"), each at the same path
(git cat-file, the working tree untouched); a version is named by the
"version" field of its YAML. Without git or tags, only the current version is
published. Links are relative; the same versions give the same bytes.
A current policy with errors is not published, and nothing is written.
The look of policy.config.yaml (templates, colour, logo, footer, paper and
font of the leaflets) applies to the pages and the PDFs.

Arguments:
  paths            policy files or folders (default: policy/)

Options:
  --out DIR        output folder (default: ${out}/)
  --tags PATTERN   git tags of the published versions (default: "${tags}"),
                   a glob as in git tag --list
  --width N        line width of the plain text (default: ${width})
  --internal       show the re-notice classification of each change in the
                   改定履歴 (an internal judgement: for the company's own staff,
                   not for the public site)
  --no-pdf         do not print the leaflets (no Chromium needed)
  --quiet, -q      print nothing but errors
  -h, --help       show this help

Exit codes: 0 written, 1 the current policy has errors, 2 wrong usage, a file
missing or unreadable, or an output folder that cannot be written, 3 a leaflet
could not be printed (e.g. Chromium missing).

Examples:
  git tag v1.1 && policy publish
  policy publish policy/shimin-denryoku.yaml --out public/privacy
  policy publish --tags 'policy-v*'
  policy publish --internal --out out/intranet   # for the legal team
`,
    ja: ({ tags, out, width }) => `使い方: policy publish [パス…] [オプション]

各ポリシーのすべての版を載せた、そのままアップロードできるフォルダを書き出します:
  index.html                     ポリシーの一覧
  <名前>/index.html              現在の版（アドレスは変わりません）
  <名前>/<名前>.txt              そのテキスト版
  <名前>/v<版>/index.html        過去の各版。冒頭に現在は適用されていない旨を
                                 示し、現在の版にリンクします
  <名前>/<名前>.pdf              現在の版のリーフレット（PDF）
  <名前>/v<版>/<名前>.pdf        過去の各版のリーフレット（--no-pdf のときを除く）
  <名前>/history.html            改定履歴: 各版の施行日、概要と変更された文言。
                                 --internal のときは、本人への再通知等の要否
                                 （同意、通知 …）と法令上の根拠も示します
  <名前>/index.en.html, <名前>/<名前>.en.txt, <名前>/<名前>.en.pdf,
  <名前>/history.en.html
                                 現在の版の英語版（policy/<名前>.en.po がすべて
                                 翻訳しているとき）。日本語と英語のページは互いに
                                 リンクします
  <名前>/v<版>/index.en.html, <名前>/v<版>/<名前>.en.txt,
  <名前>/v<版>/<名前>.en.pdf
                                 過去の版の英語版（そのタグの policy/<名前>.en.po
                                 がその版をすべて翻訳しているとき）。英訳のない版
                                 には英語へのリンクを付けません
現在の版は作業ツリーのポリシーです。過去の版は、--tags（既定: "${tags}"）に合う
git のタグから、同じパスのファイルを読みます（git cat-file。作業ツリーには触れ
ません）。版の名前は YAML の "version" です。git やタグがないときは、現在の版
だけを公開します。リンクは相対パスで、同じ版からは同じ内容のファイルができます。
現在のポリシーにエラーがあるときは公開せず、何も書き出しません。
policy.config.yaml の体裁（テンプレート、色、ロゴ、フッター、リーフレットの
用紙と書体）はページと PDF に適用します。

引数:
  パス             ポリシーのファイル又はフォルダ（既定: policy/）

オプション:
  --out DIR        出力フォルダ（既定: ${out}/）
  --tags PATTERN   公開した版の git のタグ（既定: "${tags}"）。git tag --list と
                   同じ形のパターン
  --width N        テキスト版の1行の幅（既定: ${width}）
  --internal       改定履歴に各変更の再通知等の区分を示す（社内の判断であり、
                   社内向け。公開サイトには使わないでください）
  --no-pdf         リーフレットを印刷しない（Chromium は不要）
  --quiet, -q      エラーのほかは何も表示しない
  -h, --help       このヘルプを表示

終了コード: 0 書き出した、1 現在のポリシーにエラーがある、2 使い方の誤り、
ファイルがない・読めない、又は出力フォルダに書き込めない、3 リーフレットを
印刷できなかった（Chromium がない等）。

例:
  git tag v1.1 && policy publish
  policy publish policy/shimin-denryoku.yaml --out public/privacy
  policy publish --tags 'policy-v*'
  policy publish --internal --out out/intranet   # 法務担当者向け
`,
  },
} as const satisfies Part;
