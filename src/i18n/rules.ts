/**
 * The catalogue's part for what each rule of `policy check` checks, one
 * sentence per rule id (`rule.<id>`), in English and Japanese: the rule list
 * of SARIF (check/catalog.ts, report/format-sarif.ts) says it in the reader's
 * language. Every id the check reports under has one, whether a rule of
 * check/index.ts reports it or the reader of the file, the schema, the
 * settings, the templates or a translation.
 *
 * The English is a statement of what holds when the rule is satisfied; the
 * Japanese says the same as a criterion (「…こと。」), as a checklist does.
 */
import type { Part } from './types.js';

export const RULES = {
  // ─── the file as YAML (load/) ───────────────────────────────────────────────
  'rule.encoding': { en: 'The file is saved as UTF-8.', ja: 'ファイルが UTF-8 で保存されていること。' },
  'rule.yaml-syntax': { en: 'The file is valid YAML.', ja: 'ファイルが YAML として正しく書かれていること。' },
  'rule.yaml-tag': {
    en: 'No YAML type (!!binary, !!set …) stands before a value: a policy holds only texts, lists and blocks of keys.',
    ja: '値の前に YAML の型（!!binary、!!set など）が付いていないこと（ポリシーに書けるのは、文章、リスト、キーのブロックだけです）。',
  },
  'rule.yaml-alias': {
    en: 'The file does not copy copies of copies ("&name" / "*name") so many times that reading it would take all memory.',
    ja: '複製（"&name" / "*name"）した部分をさらに複製することを、読み込むとメモリをすべて使い切るほど何重にも繰り返していないこと。',
  },
  'rule.too-deep': { en: 'Blocks and lists are nested at most 32 levels deep.', ja: 'ブロックやリストの入れ子が 32 階層以内であること。' },
  'rule.not-a-policy': {
    en: 'The file holds a policy (a mapping with version, organization, title …).',
    ja: 'ファイルにポリシー（version、organization、title などのキーのブロック）が書かれていること。',
  },
  'rule.unreadable-file': {
    en: 'Every file read (a policy, policy.config.yaml, the logo, a template) is a regular file that can be read, within its size limit.',
    ja: '読み込むファイル（ポリシー、policy.config.yaml、ロゴ、テンプレート）がすべて、読むことのできる通常のファイルで、大きさが上限以内であること。',
  },

  // ─── keys and values (the schema) ──────────────────────────────────────────
  'rule.schema': {
    en: 'Keys, types and required fields follow schema/policy.schema.json.',
    ja: 'キー、値の種類、必須の項目がスキーマ（schema/policy.schema.json）に従っていること。',
  },
  'rule.unknown-key': {
    en: 'Every key is one the schema knows (schema/policy.schema.json).',
    ja: 'すべてのキーが、スキーマ（schema/policy.schema.json）にあるキーであること。',
  },
  'rule.missing-key': { en: 'Every required key is present.', ja: '必須のキーがすべて書かれていること。' },
  'rule.wrong-type': {
    en: 'Every value has the type the schema asks for (text, list, date …).',
    ja: 'すべての値が、スキーマが求める種類（文章、リスト、日付など）であること。',
  },
  'rule.wrong-value': {
    en: 'A value is one of those allowed (e.g. paper: A4, A5 or B5).',
    ja: '値が、書けるもののいずれかであること（例：paper は A4、A5、B5 のいずれか）。',
  },
  'rule.invalid-id': { en: 'Ids are lower-case letters, digits and hyphens.', ja: 'id が半角の英小文字・数字とハイフンで書かれていること。' },
  'rule.invalid-date': { en: 'Dates are real calendar days.', ja: '日付が暦にある日であること。' },
  'rule.empty-text': { en: 'Texts are not blank.', ja: '文章が空でないこと。' },
  'rule.empty-list': { en: 'Lists that must hold entries are not empty.', ja: '項目が必要なリストが空でないこと。' },
  'rule.unknown-block': {
    en: 'Every block is a text or has one of the keys that say what it is (list, table, contact …).',
    ja: '各ブロックが、文章であるか、何のブロックかを示すキー（list、table、contact など）のいずれかを持つこと。',
  },

  // ─── texts ─────────────────────────────────────────────────────────────────
  'rule.text-content': {
    en: 'Texts are not blank and hold only inline Markdown: no HTML, no block Markdown, only http(s):, mailto: and tel: links.',
    ja: '文章が空でなく、インラインの Markdown だけを含むこと（HTML とブロックの Markdown は使えず、リンクは http(s):、mailto:、tel: だけです）。',
  },
  'rule.raw-html': {
    en: 'Texts hold no HTML tags: the pages are built from the structure.',
    ja: '文章に HTML のタグが含まれていないこと（ページは YAML の構造から組み立てます）。',
  },
  'rule.block-markdown': {
    en: 'Texts hold no Markdown the pages cannot show (a picture, a heading, a code block …).',
    ja: '文章に、ページに表示できない Markdown（画像、見出し、コードブロックなど）が含まれていないこと。',
  },
  'rule.unsupported-markdown': {
    en: 'Texts use only the inline Markdown the pages show: emphasis, strong, links and footnote marks.',
    ja: '文章に使う Markdown が、ページに表示できるインラインのもの（強調、太字、リンク、脚注記号）だけであること。',
  },
  'rule.unsafe-link': {
    en: 'Links, in the texts and in a contact block, are https:, http:, mailto: or tel: ones (javascript:, file: and the like are refused).',
    ja: '文章中のリンクと連絡先ブロックのアドレスが、https:、http:、mailto:、tel: のいずれかであること（javascript:、file: などは使えません）。',
  },
  'rule.https-link': { en: 'External links use https:.', ja: '外部へのリンクが https: を使っていること。' },
  'rule.characters': {
    en: 'Texts hold no bidirectional controls, invisible or control characters, and no halves of characters (APPI Art. 21(1), 27(5)).',
    ja: '文章に、文字の方向を制御する文字、見えない文字、制御文字、文字の半分だけのもの（サロゲートの片方）が含まれていないこと（個人情報保護法第21条第1項・第27条第5項）。',
  },
  'rule.font-coverage': {
    en: 'Every character can be printed with the fonts embedded in the PDF leaflet (IPAex).',
    ja: 'すべての文字を、PDF のリーフレットに埋め込むフォント（IPAex）で印刷できること。',
  },
  'rule.placeholder': {
    en: 'No placeholder (【要記入…】) is left: each is replaced by the real text before anything is published.',
    ja: '記入すべき箇所（【要記入…】）が残っていないこと（公開する前に、それぞれ実際の文章に書き換えます）。',
  },
  'rule.list-slot': {
    en: 'A text with {list} has a list beside it (`parties` or `list`), and a list has its {list} in the text.',
    ja: '{list} のある文章にはそれと並べてリスト（`parties` か `list`）があり、リストにはそれを表示する {list} が文章にあること。',
  },

  // ─── ids, references and numbering ─────────────────────────────────────────
  'rule.duplicate-id': {
    en: 'Ids are unique within each list (parties, purposes, items, managers, footnotes …).',
    ja: '各リスト（共同利用者、利用目的、項目、管理責任者、脚注など）の中で id が重複していないこと。',
  },
  'rule.unknown-reference': {
    en: 'Every footnote mark, note, manager group and named joint-use party refers to an existing id.',
    ja: '脚注記号、注記（notes）、管理責任者の項目グループ、名前で挙げた共同利用者が、いずれも存在する id を指していること。',
  },
  'rule.footnote-unused': {
    en: 'Every footnote is referenced somewhere ([^id] in a text or `notes:` of a party).',
    ja: '各脚注が、どこかから参照されていること（文章の中の [^id] か、共同利用者の `notes:`）。',
  },
  'rule.numbering': {
    en: 'Every `numbering` is a preset (article, decimal, paren …) or a pattern with one counter such as "第{1}条".',
    ja: '各 `numbering` が、用意された番号の付け方（article、decimal、paren など）か、「第{1}条」のように番号を一つだけ含むパターンであること。',
  },
  'rule.version-name': {
    en: 'The version is short and written with letters, digits, dots and hyphens, as it names files and folders.',
    ja: '版が短く、英字、数字、ピリオド、ハイフンで書かれていること（版はファイルやフォルダの名前になります）。',
  },

  // ─── joint use ─────────────────────────────────────────────────────────────
  'rule.clause-parties': {
    en: 'A paragraph that lists the joint-use parties names each party of their table exactly once.',
    ja: '共同利用者を挙げる段落が、表の各共同利用者をちょうど一度ずつ挙げていること。',
  },
  'rule.joint-use-reference': {
    en: 'A joint-use row whose text refers to another part of the policy names that section under `refers` (APPI Art. 27(5)(iii), 27(6)).',
    ja: 'ポリシーの別の部分を参照する共同利用の表の行が、その section の id を `refers` に書いていること（個人情報保護法第27条第5項第3号・第6項）。',
  },
  'rule.short-name-form': {
    en: "The wording that defines a joint user's short name is a definition such as （以下「{name}」といいます。） and nothing more (APPI Art. 27(5)(iii)).",
    ja: '共同利用者の略称を定める文言が、（以下「{name}」といいます。）のような定義であり、それ以外を含まないこと（個人情報保護法第27条第5項第3号）。',
  },
  'rule.bidi-control': {
    en: 'Texts hold no bidirectional controls (U+202A–U+202E, U+2066–U+2069): they make a text read otherwise than it is written.',
    ja: '文章に、文字の表示方向を制御する文字（U+202A～U+202E、U+2066～U+2069）が含まれていないこと。書かれた文字と異なる順に表示されます。',
  },
  'rule.control-character': {
    en: 'Texts hold no control characters (other than line breaks and tabs where the YAML allows them).',
    ja: '文章に、制御文字（YAML が認める改行・タブを除く。）が含まれていないこと。',
  },
  'rule.invisible-character': {
    en: 'Texts hold no invisible characters (zero width space, word joiner, soft hyphen, U+FEFF inside a text): the text would differ from what readers see.',
    ja: '文章に、見えない文字（ゼロ幅スペース、単語結合子、ソフトハイフン、文中の U+FEFF）が含まれていないこと。読み手が見る文章と実際の文字が食い違います。',
  },
  'rule.lone-surrogate': {
    en: 'Texts hold no half of a character (a lone surrogate, as a broken copy or an escape "\\uD83D" leaves).',
    ja: '文章に、文字の半分だけのもの（壊れたコピーや "\\uD83D" のようなエスケープが残すサロゲートの片方）が含まれていないこと。',
  },
  'rule.lookalike-name': {
    en: 'Two joint users are not named alike (the same name but for an invisible character, a space or full-width letters).',
    ja: '二つの共同利用者の名称が、見えない文字、空白、全角・半角の違いだけで同じになっていないこと。',
  },
  'rule.lookalike-names': {
    en: 'Two joint users (or managers) do not have names that look the same (APPI Art. 27(5)(iii): individuals must be able to tell who they are).',
    ja: '二つの共同利用者（又は管理責任者）の名称が同じに見えないこと（個人情報保護法第27条第5項第3号：本人がそれぞれを見分けられなければなりません）。',
  },

  // ─── what the APPI asks a policy to publish ────────────────────────────────
  'rule.appi-business-identity': {
    en: "The business's name, address and representative are published (APPI Art. 32(1)(i)).",
    ja: '事業者の名称、住所、代表者の氏名が公表されていること（個人情報保護法第32条第1項第1号）。',
  },
  'rule.appi-use-purposes': {
    en: 'The purposes of use are published: a purposes list, or a part (a table, a list) that states them (APPI Art. 21(1), 32(1)(ii)).',
    ja: '利用目的が、purposes のリスト、又はそれを述べる部分（表、リスト）として公表されていること（個人情報保護法第21条第1項・第32条第1項第2号）。',
  },
  'rule.appi-joint-use-items': {
    en: 'A joint use states that data is used jointly, the data items, the parties, their purposes and the manager of every item (APPI Art. 27(5)(iii)).',
    ja: '共同利用について、共同して利用すること、個人データの項目、共同利用者、その利用目的、各項目の管理について責任を有する者が示されていること（個人情報保護法第27条第5項第3号）。',
  },
  'rule.appi-manager-identity': {
    en: 'Each manager is identified by name, address and, for a corporation, its representative (APPI Art. 27(5)(iii), as amended in 2022); a manager that is the business itself is identified as the business is (Art. 32(1)(i)).',
    ja: '各管理責任者が、氏名又は名称、住所、法人にあってはその代表者の氏名で示され（2022年4月施行の改正後の個人情報保護法第27条第5項第3号）、事業者自身である管理責任者は事業者と同じとおりに示されていること（同法第32条第1項第1号）。',
  },
  'rule.appi-disclosure-procedure': {
    en: 'The procedure for requests for disclosure etc. (開示等の請求), with any fee, is published (APPI Art. 32(1)(iii), 38).',
    ja: '開示等の請求の手続が、手数料を定めたときはその額とともに公表されていること（個人情報保護法第32条第1項第3号・第38条）。',
  },
  'rule.appi-disclosure-fee': {
    en: 'Only a request for disclosure or for the notice of the purposes may carry a fee, not correction, suspension or deletion (APPI Art. 38(1)).',
    ja: '手数料を求めるのが開示の請求と利用目的の通知の求めだけで、訂正、利用停止、削除には求めていないこと（個人情報保護法第38条第1項）。',
  },
  'rule.appi-security-measures': {
    en: 'The security control measures taken are published (APPI Art. 32(1)(iv); Cabinet Order Art. 10(1); PPC Guidelines 10).',
    ja: '講じている安全管理措置が公表されていること（個人情報保護法第32条第1項第4号、施行令第10条第1号、通則ガイドライン 10）。',
  },
  'rule.appi-complaints': {
    en: 'Where to make complaints (苦情の申出先) is published, with a contact block (APPI Art. 32(1)(iv); Cabinet Order Art. 10(2)).',
    ja: '苦情の申出先が、連絡先のブロックとともに公表されていること（個人情報保護法第32条第1項第4号、施行令第10条第2号）。',
  },
  'rule.appi-overseas-information': {
    en: "A part on provision to a third party abroad gives, in `abroad:` of its section, the country, that country's system for protecting personal information and the recipient's measures (APPI Art. 28(2)): the letter asking for consent tells them.",
    ja: '外国にある第三者への提供についての部分が、その section の `abroad:` に、国の名称、その国の個人情報の保護に関する制度、提供先が講ずる措置を示していること（個人情報保護法第28条第2項。同意を求めるお知らせがこれらを伝えます）。',
  },
  'rule.effective-date': {
    en: 'The policy states the date from which it applies (施行日), or its own dates (制定日, 改定日).',
    ja: 'ポリシーに、適用される日（施行日）又はポリシー自身の日付（制定日、改定日）が書かれていること。',
  },
  'rule.contact-email': {
    en: "A contact block's email is an e-mail address (it is published as a mailto: link).",
    ja: '連絡先ブロックの email がメールアドレスであること（mailto: のリンクとして公開されます）。',
  },

  // ─── versions and roles ────────────────────────────────────────────────────
  'rule.revision-history': {
    en: 'The last revision history entry has the version and effective date of the policy.',
    ja: '改定履歴の最後の記載が、ポリシーの版と施行日に一致していること。',
  },
  'rule.revision-order': {
    en: 'Each version has one revision entry, and the revision dates go from the oldest to the newest (APPI Art. 21(3), 27(6)).',
    ja: '各版に改定履歴の記載が一つずつあり、記載の日付が古いものから新しいものへ並んでいること（個人情報保護法第21条第3項・第27条第6項）。',
  },
  'rule.dates-disagree': {
    en: 'A date line of the policy (最終改定日, 制定日) agrees with the revisions it stands for.',
    ja: 'ポリシーの日付の行（最終改定日、制定日）が、それが表す改定履歴の記載と一致していること。',
  },
  'rule.role-undeclared': {
    en: 'A section that reads like a legal role (its heading or words) declares it (`role:`), so that reviewers see what the diff weighs it by.',
    ja: '見出しや文言から法律上の役割に当たると読める section が、その役割を `role:` で宣言していること（policy diff がどの役割として判定するかを、確認する人が分かるようにするためです）。',
  },
  'rule.role-mismatch': {
    en: 'A declared role and the role the words read like go together.',
    ja: '宣言した役割（role）と、文言から読み取れる役割とが合っていること。',
  },

  // ─── the settings: policy.config.yaml ──────────────────────────────────────
  'rule.not-a-config': {
    en: 'policy.config.yaml holds settings (a mapping of keys).',
    ja: 'policy.config.yaml に設定（キーのブロック）が書かれていること。',
  },
  'rule.invalid-colour': { en: 'accentColor in policy.config.yaml is a CSS colour.', ja: 'policy.config.yaml の accentColor が CSS の色であること。' },
  'rule.low-contrast': {
    en: 'accentColor in policy.config.yaml is opaque and dark enough for white text and for links on white (WCAG 2.1 contrast 4.5:1).',
    ja: 'policy.config.yaml の accentColor が、透明度のない色で、白い文字と白地の上のリンクに十分な暗さであること（WCAG 2.1 のコントラスト比 4.5:1）。',
  },
  'rule.missing-file': { en: 'A file named in policy.config.yaml exists.', ja: 'policy.config.yaml で指定したファイルが存在すること。' },
  'rule.missing-folder': {
    en: 'The templates folder named in policy.config.yaml exists.',
    ja: 'policy.config.yaml で指定したテンプレートのフォルダが存在すること。',
  },
  'rule.logo-not-local': {
    en: 'The logo in policy.config.yaml is a file of the project: not a web address, an absolute path or a link out of the project.',
    ja: 'policy.config.yaml のロゴが、Web 上のアドレス、絶対パス、プロジェクトの外へのリンクではなく、プロジェクトのファイルであること。',
  },
  'rule.logo-not-image': {
    en: 'The logo in policy.config.yaml is a PNG, JPEG, SVG or WebP image (checked by its bytes).',
    ja: 'policy.config.yaml のロゴが、PNG、JPEG、SVG、WebP のいずれかの画像であること（ファイルの中身で確かめます）。',
  },
  'rule.logo-too-large': {
    en: 'The logo in policy.config.yaml is small enough to embed in every page.',
    ja: 'policy.config.yaml のロゴが、すべてのページに埋め込める大きさであること。',
  },
  'rule.logo-script': {
    en: 'An SVG logo holds no script, event handler, link or embedded content.',
    ja: 'SVG のロゴに、スクリプト、イベントハンドラ、リンク、埋め込まれた内容が含まれていないこと。',
  },
  'rule.pdf-footer': {
    en: "The footer line in policy.config.yaml fits at the foot of the leaflet's pages, on two lines at most, measured as the leaflet sets it.",
    ja: 'policy.config.yaml の footer の行が、リーフレットの各ページの下端に二行以内で収まること（リーフレットと同じ組み方で測ります）。',
  },

  // ─── the project's own templates ───────────────────────────────────────────
  'rule.templates-outside': {
    en: 'The templates folder named in policy.config.yaml is a folder of the project.',
    ja: 'policy.config.yaml で指定したテンプレートのフォルダが、プロジェクトの中のフォルダであること。',
  },
  'rule.unknown-template': {
    en: 'Every file of the templates folder replaces a bundled template.',
    ja: 'テンプレートのフォルダの各ファイルが、ツールのテンプレートのいずれかを置き換えるものであること。',
  },
  'rule.template-syntax': {
    en: 'Every template of the templates folder is valid Handlebars.',
    ja: 'テンプレートのフォルダの各テンプレートが、Handlebars として正しく書かれていること。',
  },
  'rule.template-partial': {
    en: 'Every partial a template includes exists, and no partial includes itself without end.',
    ja: 'テンプレートが読み込む部分テンプレートがすべて存在し、自分自身を際限なく読み込む部分テンプレートがないこと。',
  },

  // ─── translations (policy/NAME.en.po) ──────────────────────────────────────
  'rule.translation-syntax': {
    en: 'A translation file (policy/NAME.en.po) can be read and is a PO file gettext tools can read.',
    ja: '翻訳ファイル（policy/NAME.en.po）を読むことができ、gettext のツールで読める PO ファイルであること。',
  },
  'rule.translation-stale': {
    en: "Each translated text was translated from the Japanese as it is now written (the PO entry's msgid is the text, and it is not fuzzy).",
    ja: '翻訳された各文章が、今の日本語の文章から翻訳されたものであること（PO の項目の msgid がその文章で、fuzzy でないこと）。',
  },
  'rule.translation-missing': {
    en: 'Each text of a policy with a translation file has its translation.',
    ja: '翻訳ファイルのあるポリシーで、各文章に翻訳があること。',
  },
  'rule.translation-obsolete': {
    en: 'Each translation in the translation file belongs to a text the policy still has.',
    ja: '翻訳ファイルの各翻訳が、ポリシーに今もある文章のものであること。',
  },
  'rule.translation-markup': {
    en: 'Each translation keeps the footnote marks ([^id]) and the {list} of its Japanese, and holds only the inline Markdown the pages show.',
    ja: '各翻訳が、日本語の脚注記号（[^id]）と {list} をそのまま残し、ページに表示できるインラインの Markdown だけを使っていること。',
  },
} as const satisfies Part;
