/**
 * The catalogue's part for the messages about input: files that cannot be
 * read or used as they are (the one reader, YAML, encodings), policy.config.yaml
 * and the files it names (logo, templates), inline Markdown and links,
 * translations and their drift, the build's output folder, git revisions and
 * `policy init` (catalogue.ts). Values are named as the code fills them in;
 * words the code passes in English (what a file should be, what kind of thing
 * a path is) are said here in Japanese.
 */
import { listJa } from './words.js';
import type { Locale, Part, Text, Values } from './types.js';

// ─── words the messages are filled in with ──────────────────────────────────

/** What a file should be, and other English words passed in as values, in Japanese. */
const WORDS_JA: Record<string, string> = {
  'the policy file': 'ポリシーのファイル',
  'a policy file': 'ポリシーのファイル',
  'a settings file': '設定ファイル',
  'an image file': '画像ファイル',
  'a template file': 'テンプレートのファイル',
  'a translation file': '翻訳ファイル',
  'the list of published files': '公開したファイルの一覧',
  'a folder': 'フォルダ',
  'a pipe (FIFO)': 'パイプ（FIFO）',
  'a socket': 'ソケット',
  'a device': 'デバイス',
  'a special file': '特殊なファイル',
  'output folder': '出力先フォルダ',
  'lock file': 'ロックファイル',
  file: 'ファイル',
  folder: 'フォルダ',
  // What an SVG logo must not hold (config/image.ts).
  'a script (<script>)': 'スクリプト（<script>）',
  'an event handler (an on… attribute)': 'イベントハンドラ（on… 属性）',
  'a javascript: link': 'javascript: のリンク',
  'embedded HTML (<foreignObject>)': '埋め込まれた HTML（<foreignObject>）',
  'an entity declaration (<!ENTITY>)': 'エンティティ宣言（<!ENTITY>）',
  'a link to another file or address (href)': '他のファイルやアドレスへのリンク（href）',
  'embedded content (<iframe>, <embed> or <object>)': '埋め込みコンテンツ（<iframe>、<embed>、<object>）',
  'a style that loads another file (@import or url())': '他のファイルを読み込むスタイル（@import や url()）',
};

const ja = (word: string | number | undefined): string => WORDS_JA[String(word)] ?? String(word ?? '');


/** The name of a translation's language (values carry its code: `en`). */
const LANGUAGES: Record<string, Record<Locale, string>> = { en: { en: 'English', ja: '英語' } };
const language = (code: string | number | undefined, locale: Locale): string => LANGUAGES[String(code)]?.[locale] ?? String(code ?? '');

/**
 * A message that quotes another of this part (a logo that cannot be read says
 * why, as the reader said it): `values.inner` is the other's id, said with the
 * same values. Without a known id, the English reason passed as `values.reason`.
 */
function inner(values: Values, locale: Locale): string {
  const id = values.inner;
  const text: Text | undefined = typeof id === 'string' ? (INPUT as Part)[id]?.[locale] : undefined;
  if (text === undefined) return String(values.reason ?? id ?? '');
  return typeof text === 'function' ? text(values) : text;
}

/** The reasons of the file system's error codes when a file cannot be written. */
const WRITE_REASONS: Record<string, Record<Locale, string>> = {
  EACCES: { en: 'you are not allowed to write there', ja: 'そこに書き込む権限がありません' },
  EPERM: { en: 'you are not allowed to write there', ja: 'そこに書き込む権限がありません' },
  EROFS: { en: 'the place is read-only', ja: '読み取り専用の場所です' },
  ENOSPC: { en: 'the disk is full', ja: 'ディスクがいっぱいです' },
  EDQUOT: { en: 'your disk quota is used up', ja: 'ディスクの割り当て量を使い切っています' },
  ENAMETOOLONG: { en: 'the name is too long', ja: '名前が長すぎます' },
  ENOTDIR: { en: 'a part of the path is a file, not a folder', ja: 'パスの途中にフォルダではなくファイルがあります' },
  EISDIR: { en: 'a folder is in the way', ja: '同じ名前のフォルダがあります' },
  ENOENT: { en: 'the place does not exist and cannot be made', ja: 'その場所がなく、作ることもできません' },
  EEXIST: { en: 'something is in the way', ja: '同じ名前のものがすでにあります' },
  EXDEV: { en: 'it is on another disk', ja: '別のディスクにあります' },
  EIO: { en: 'the disk reported an error', ja: 'ディスクがエラーを報告しました' },
};

/** A YAML syntax error of the parser (its English message, by its code), said in Japanese. */
function yamlJa(code: string, message: string): string {
  switch (code) {
    case 'ALIAS_PROPS':
      return '別名（*name）には、アンカー（&）や型（!）を付けられません';
    case 'BAD_ALIAS':
      return 'アンカー（&name）または別名（*name）の名前が正しくありません';
    case 'BAD_DIRECTIVE':
      return '「%」で始まる YAML の指示が正しくありません';
    case 'BAD_DQ_ESCAPE':
      return '「"」で囲んだ文章の中に、正しくない「\\」の書き方があります';
    case 'BAD_INDENT':
      return 'リストの項目が同じ桁から始まっていません';
    case 'BAD_PROP_ORDER':
      return 'アンカー（&）や型（!）の位置が正しくありません';
    case 'BAD_SCALAR_START':
      return `引用符で囲まない値は、この記号で始められません（${message.replace(/^Plain value cannot start with /, '')}）`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /sequence/.test(message)
        ? 'リストをキーとして使うことはできません'
        : '一つの行の中で「キー: 値」が入れ子になっています（値の中の「: 」がキーの区切りとして読まれています）';
    case 'BLOCK_IN_FLOW':
      return '[ ] や { } の中には、字下げで書くブロックやリストを書けません';
    case 'KEY_OVER_1024_CHARS':
      return 'キーが長すぎます（「:」までが 1024 文字を超えています）';
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (.)quote/.exec(message);
      if (quote) return `引用符が閉じられていません（閉じる ${quote[1]} がありません）`;
      if (/^Implicit map keys need to be followed by map values/.test(message)) return 'キーのあとに「: 」と値がありません';
      if (/^Missing , or : between/.test(message)) return '[ ] や { } の中の項目の間に「,」または「:」がありません';
      if (/^Missing , between/.test(message)) return '[ ] の中の項目の間に「,」がありません';
      if (/^Missing space after :/.test(message)) return '「:」のあとにスペースがありません';
      if (/^Comments must be separated/.test(message)) return 'コメントの「#」の前にはスペースが必要です';
      if (/^Sequence item without - indicator/.test(message)) return 'リストの項目に「- 」がありません';
      if (/^Tags and anchors must be separated/.test(message)) return '型（!）やアンカー（&）のあとにはスペースが必要です';
      return `YAML に必要な記号がありません（${message}）`;
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return 'キーが一つの行に収まっていません（前の行の続きが、キーとして読まれています）';
    case 'MULTIPLE_ANCHORS':
      return '一つの値にアンカー（&）が二つ以上あります';
    case 'MULTIPLE_TAGS':
      return '一つの値に型（!）が二つ以上あります';
    case 'NON_STRING_KEY':
      return 'キーが文字列ではありません';
    case 'TAB_AS_INDENT':
      return '字下げにタブが使われています';
    case 'UNEXPECTED_TOKEN':
      return `この位置に書けない記号や値があります（${message}）`;
    case 'BAD_COLLECTION_TYPE':
      return '型（!）とブロックの種類が合いません';
    default:
      return `YAML として読めません（${message}）`;
  }
}

/** A Markdown block a text was read as, named. */
const BLOCKS_JA: Record<string, string> = {
  list: '箇条書き',
  heading: '見出し',
  thematicBreak: '区切り線',
  code: 'コードブロック',
  blockquote: '引用',
  definition: 'リンクの定義',
  footnoteDefinition: '脚注の定義',
  table: '表',
};

/** What of Markdown a policy cannot show, named. */
const CONSTRUCTS: Record<string, Record<Locale, string>> = {
  image: { en: 'a picture (Markdown image "![…](…)")', ja: '画像（Markdown の画像「![…](…)」）' },
  imageReference: { en: 'a picture (Markdown image "![…][…]")', ja: '画像（Markdown の画像「![…][…]」）' },
  linkReference: { en: 'a link to a reference ("[…][…]")', ja: '参照形式のリンク（「[…][…]」）' },
  footnoteReference: { en: 'a Markdown footnote', ja: 'Markdown の脚注' },
  delete: { en: 'struck-through text ("~~…~~")', ja: '取り消し線（「~~…~~」）' },
};
const construct = (type: string | number | undefined, locale: Locale): string =>
  CONSTRUCTS[String(type)]?.[locale] ?? (locale === 'ja' ? `Markdown の「${type}」` : `Markdown "${type}"`);

const VS_CODE_UTF8_EN = 'save the file as UTF-8: in VS Code click the encoding in the status bar';
const VS_CODE_UTF8_JA = 'ファイルを UTF-8 で保存し直してください。VS Code では、ステータスバーの文字コードをクリックし、';

export const INPUT = {
  // ─── files that cannot be read (load/read-files.ts) ───────────────────────
  'input.no-policy-files': {
    en: ({ paths }) => `no policy files (.yaml) in ${paths}`,
    ja: ({ paths }) => `${paths} にポリシーのファイル（.yaml）がありません`,
  },
  'input.no-policy-files.hint': {
    en: 'policies are files ending in .yaml in the policy/ folder',
    ja: 'ポリシーは、policy/ フォルダにある、名前が .yaml で終わるファイルです',
  },
  'input.at-file': {
    en: (values) => `${values.file}: ${inner(values, 'en')}`,
    ja: (values) => `${values.file} を読めません：${inner(values, 'ja')}`,
  },
  'input.folder-unopened': {
    en: ({ code }) => `the folder could not be opened (${code})`,
    ja: ({ code }) => `フォルダを開けませんでした（${code}）`,
  },
  'input.permission.hint': {
    en: 'ask whoever manages the folder to let you read it (chmod a+r), or copy the file somewhere you can read it',
    ja: 'フォルダの管理者に読み取りの許可を求めるか（chmod a+r）、読める場所にファイルをコピーしてください',
  },
  'input.path.hint': {
    en: 'check that the path is a file on this machine and try again',
    ja: 'パスがこのコンピュータ上のファイルを指しているか確かめて、もう一度実行してください',
  },
  'input.broken-link': {
    en: 'the file is a link to a file that does not exist',
    ja: 'このファイルは、存在しないファイルへのリンクです',
  },
  'input.broken-link.hint': {
    en: ({ what }) => `remove the link, or point it at ${what}`,
    ja: ({ what }) => `リンクを削除するか、${ja(what)}を指すようにしてください`,
  },
  'input.not-allowed': { en: 'you are not allowed to open this path', ja: 'このパスを開く権限がありません' },
  'input.path-too-long': { en: 'the path is too long', ja: 'パスが長すぎます' },
  'input.path-too-long.hint': { en: 'use a shorter path', ja: 'もっと短いパスにしてください' },
  'input.no-such-path': { en: 'no such file or folder', ja: 'そのようなファイルまたはフォルダはありません' },
  'input.no-such-path.hint': {
    en: 'check the path; policies live in policy/',
    ja: 'パスを確かめてください。ポリシーは policy/ に置きます',
  },
  'input.not-a-file': {
    en: ({ kind, what }) => `this is ${kind}, not ${what}`,
    ja: ({ kind, what }) => `これは${ja(kind)}で、${ja(what)}ではありません`,
  },
  'input.not-a-file.policy.hint': {
    en: 'a policy is a text file ending in .yaml; rename or move this one out of the policy folder',
    ja: 'ポリシーは、名前が .yaml で終わるテキストファイルです。これの名前を変えるか、policy フォルダの外に移してください',
  },
  'input.not-a-file.hint': {
    en: ({ what }) => `${what} must be a regular file: name that file here, or move this one away`,
    ja: ({ what }) => `${ja(what)}は通常のファイルでなければなりません。そのファイルを指定するか、これを別の場所に移してください`,
  },
  'input.too-large': {
    en: ({ size, what, max }) => `the file is ${size}, more than ${what} may be (at most ${max})`,
    ja: ({ size, what, max }) => `ファイルの大きさが ${size} あり、${ja(what)}としては大きすぎます（上限 ${max}）`,
  },
  'input.too-large.hint': {
    en: 'check that this is the file meant; a much smaller one is expected',
    ja: '意図したファイルか確かめてください。通常はずっと小さいファイルです',
  },
  'input.not-readable': { en: 'you are not allowed to read this file', ja: 'このファイルを読む権限がありません' },
  'input.read-failed': {
    en: ({ code }) => `the file could not be read (${code})`,
    ja: ({ code }) => `ファイルを読めませんでした（${code}）`,
  },
  'input.utf16': {
    en: 'the file is saved as UTF-16, so its text cannot be read',
    ja: 'ファイルが UTF-16 で保存されているため、内容を読めません',
  },
  'input.utf16.hint': {
    en: `${VS_CODE_UTF8_EN}, then "Save with Encoding" → UTF-8`,
    ja: `${VS_CODE_UTF8_JA}「エンコード付きで保存」→ UTF-8 を選んでください`,
  },
  'input.not-utf8': {
    en: 'the file is not saved as UTF-8, so its Japanese text cannot be read',
    ja: 'ファイルが UTF-8 で保存されていないため、日本語の文字を読めません',
  },
  'input.not-utf8.hint': {
    en: `${VS_CODE_UTF8_EN}, "Reopen with Encoding" → Japanese (Shift JIS), then "Save with Encoding" → UTF-8`,
    ja: `${VS_CODE_UTF8_JA}「エンコード付きで再度開く」→ Japanese (Shift JIS) を選んでから、「エンコード付きで保存」→ UTF-8 を選んでください`,
  },

  // ─── YAML (load/yaml-source.ts) ────────────────────────────────────────────
  'input.yaml-syntax': {
    en: ({ message }) => `${message}`,
    ja: ({ code, message }) => yamlJa(String(code), String(message)),
  },
  'input.yaml.duplicate-key': { en: 'the same key appears twice in one block', ja: '一つのブロックに同じキーが二度あります' },
  'input.yaml.duplicate-key.hint': {
    en: 'keep one of the two lines and delete the other',
    ja: '二つの行のどちらかを残し、もう一方を削除してください',
  },
  'input.yaml.multiple-docs': {
    en: 'a line "---" (or "...") starts a second document in the file; a policy file holds one policy',
    ja: '「---」（または「...」）の行から二つ目の文書が始まっています。一つのファイルに書けるポリシーは一つです',
  },
  'input.yaml.multiple-docs.hint': {
    en: 'delete the "---" line and everything below it that belongs to another policy; put another policy in a file of its own',
    ja: '「---」の行と、その下にある別のポリシーの部分を削除してください。別のポリシーは、それぞれ別のファイルに書きます',
  },
  'input.yaml.nesting': {
    en: 'the blocks and lists are nested too deeply to be read',
    ja: 'ブロックやリストの入れ子が深すぎて読めません',
  },
  'input.yaml.nesting.hint': {
    en: 'a policy needs only a few levels: check the indentation and the brackets [ ] { }',
    ja: 'ポリシーに必要な階層はわずかです。字下げと括弧 [ ] { } を確かめてください',
  },
  'input.yaml.unknown-tag': {
    en: ({ tag }) => `the value is marked with an unknown YAML type (${tag})`,
    ja: ({ tag }) => `値に不明な YAML の型（${tag}）が付いています`,
  },
  'input.yaml.unknown-tag.hint': {
    en: 'remove the word starting with "!" before the value and write the text itself',
    ja: '値の前にある「!」で始まる語を削除し、文章そのものを書いてください',
  },
  'input.yaml.tab.hint': { en: 'indent with spaces, not tabs', ja: '字下げには、タブではなく半角スペースを使ってください' },
  'input.yaml.full-width-space.hint': {
    en: 'the line is indented with a full-width space (　): use half-width spaces',
    ja: 'この行は全角スペース（　）で字下げされています。半角スペースを使ってください',
  },
  'input.yaml.full-width-colon.hint': {
    en: 'write a half-width colon and a space ": " after the key, not the full-width "："',
    ja: 'キーのあとには、全角の「：」ではなく、半角のコロンとスペース「: 」を書いてください',
  },
  'input.yaml.indent.hint': {
    en: 'check the indentation: items of one list start with "- " at the same column, and a key is followed by ": "',
    ja: '字下げを確かめてください。一つのリストの項目は同じ桁から「- 」で始め、キーのあとには「: 」を書きます',
  },
  'input.yaml.implicit-key.hint': {
    en: 'check the indentation of this line and the one above it (keys of one block start at the same column); a text that contains ": " must be put in quotes',
    ja: 'この行と一つ上の行の字下げを確かめてください（一つのブロックのキーは同じ桁から始めます）。「: 」を含む文章は引用符で囲んでください',
  },
  'input.yaml-tag': {
    en: ({ tag }) => `the value is marked "${tag}", a special YAML type; a policy holds only texts, lists and blocks of keys`,
    ja: ({ tag }) => `値に YAML の特別な型「${tag}」が付いています。ポリシーに書けるのは、文章、リスト、キーのブロックだけです`,
  },
  'input.yaml-tag.hint': {
    en: ({ tag }) => `remove "${tag}" and write the text itself${tag === '!!binary' ? ' (not encoded as Base64)' : ''}`,
    ja: ({ tag }) => `「${tag}」を削除し、文章そのものを${tag === '!!binary' ? '（Base64 に符号化せずに）' : ''}書いてください`,
  },
  'input.too-deep': {
    en: ({ max }) => `the blocks and lists are nested more than ${max} levels deep`,
    ja: ({ max }) => `ブロックやリストが ${max} 階層を超えて入れ子になっています`,
  },
  'input.too-deep.hint': {
    en: 'a policy needs only a few levels: check the indentation and the brackets [ ] { } on this line',
    ja: 'ポリシーに必要な階層はわずかです。この行の字下げと括弧 [ ] { } を確かめてください',
  },

  // ─── policy.config.yaml (config/load.ts) ───────────────────────────────────
  'input.config.not-settings': { en: 'the file does not hold settings', ja: 'このファイルには設定が書かれていません' },
  'input.config.not-settings.hint': {
    en: 'write one setting per line, e.g. "accentColor: \'#0b5cab\'" or "logo: brand/logo.png"',
    ja: '設定を一行に一つずつ書いてください（例：「accentColor: \'#0b5cab\'」、「logo: brand/logo.png」）',
  },
  'input.config.unreadable': {
    en: ({ file }) => `${file} or a file it names could not be read`,
    ja: ({ file }) => `${file} またはそこで指定したファイルを読めませんでした`,
  },
  'input.config.unreadable.hint': {
    en: 'fix or move the files named above and run the command again; nothing was written',
    ja: '上に挙げたファイルを直すか移してから、もう一度実行してください。何も書き出していません',
  },
  'input.colour.invalid': {
    en: ({ value }) => `"${value}" is not a CSS colour`,
    ja: ({ value }) => `「${value}」は CSS の色ではありません`,
  },
  'input.colour.invalid.hint': {
    en: "write a colour as in CSS, in quotes: accentColor: '#0b5cab' (or rgb(11 92 171), or a name such as teal)",
    ja: "CSS と同じ書き方で、引用符で囲んで色を書いてください：accentColor: '#0b5cab'（rgb(11 92 171) や、teal のような色の名前も使えます）",
  },
  'input.colour.transparent': {
    en: ({ colour, alpha }) =>
      `the colour ${colour} is ${Number(alpha) === 0 ? 'transparent' : 'partly transparent'}: headings, table heads and links would take the colour of what lies behind them, and white text on it could not be read`,
    ja: ({ colour, alpha }) =>
      `色 ${colour} は${Number(alpha) === 0 ? '透明' : '半透明'}です。見出し、表の見出し、リンクが背景の色になり、その上の白い文字が読めなくなります`,
  },
  'input.colour.transparent.hint': {
    en: "write an opaque colour, without transparency: accentColor: '#0b5cab'",
    ja: "透明度のない色を書いてください：accentColor: '#0b5cab'",
  },
  'input.colour.light': {
    en: ({ colour, contrast }) => `the colour ${colour} is too light for white text and for links on white (contrast ${contrast}:1, at least 4.5:1 is needed to read it well)`,
    ja: ({ colour, contrast }) =>
      `色 ${colour} は、白い文字の背景や、白地の上のリンクの色としては明るすぎます（コントラスト比 ${contrast}:1。読みやすくするには 4.5:1 以上が必要です）`,
  },
  'input.colour.light.hint': {
    en: 'choose a darker shade of the colour, e.g. check it at https://webaim.org/resources/contrastchecker/',
    ja: '同じ色の、もっと暗い色合いを選んでください（https://webaim.org/resources/contrastchecker/ などで確かめられます）',
  },
  'input.footer.too-long': {
    en: ({ paper, width, lines, line, capacity }) =>
      `the footer does not fit at the foot of the ${paper} leaflet: it takes about ${width} mm, and its place beside the version and the page number holds ${lines} lines of ${line} mm (about ${capacity} full-width characters)`,
    ja: ({ paper, width, lines, line, capacity }) =>
      `フッターが ${paper} のリーフレットの下端に収まりません。長さが約 ${width} mm ありますが、版と頁番号の横に置ける幅は ${line} mm の ${lines} 行（全角で約 ${capacity} 字）です`,
  },
  'input.footer.too-long.hint': {
    en: "shorten it (the name of the office is enough; the telephone number and address belong in the policy's contact block), or choose a larger paper",
    ja: '短くするか（窓口の名前だけで十分です。電話番号や住所はポリシーの contact ブロックに書きます）、もっと大きな用紙を選んでください',
  },
  'input.logo.web': {
    en: 'the logo must be a file of this project, not an address on the web',
    ja: 'ロゴは、Web 上のアドレスではなく、このプロジェクトのファイルでなければなりません',
  },
  'input.logo.web.hint': {
    en: 'save the image in the project (e.g. brand/logo.png) and write its path: logo: brand/logo.png',
    ja: '画像をプロジェクトの中に保存し（例：brand/logo.png）、そのパスを書いてください：logo: brand/logo.png',
  },
  'input.logo.outside': {
    en: ({ value, where }) => `${value} is ${where === 'absolute' ? 'an absolute path' : 'outside the project (through ".." or a link)'}: the logo must be a file of this project`,
    ja: ({ value, where }) => `${value} は${where === 'absolute' ? '絶対パス' : 'プロジェクトの外（「..」やリンクの先）'}です。ロゴは、このプロジェクトのファイルでなければなりません`,
  },
  'input.logo.outside.hint': {
    en: 'copy the image into the project (e.g. brand/logo.png) and write its path relative to policy.config.yaml: logo: brand/logo.png',
    ja: '画像をプロジェクトの中にコピーし（例：brand/logo.png）、policy.config.yaml からの相対パスを書いてください：logo: brand/logo.png',
  },
  'input.logo.too-large': {
    en: ({ value, size, max }) => `${value} is ${size} KiB; it is embedded in every page, so it may be at most ${max} KiB`,
    ja: ({ value, size, max }) => `${value} は ${size} KiB あります。ロゴはすべてのページに埋め込まれるため、${max} KiB までにしてください`,
  },
  'input.logo.too-large.hint': {
    en: 'use a smaller image: an SVG, or a PNG about 600 pixels wide',
    ja: 'もっと小さい画像を使ってください。SVG か、幅 600 ピクセル程度の PNG が適当です',
  },
  'input.missing-file': {
    en: ({ value }) => `there is no file ${value}`,
    ja: ({ value }) => `${value} というファイルはありません`,
  },
  'input.missing-file.hint': {
    en: 'check the path: it is relative to policy.config.yaml',
    ja: 'パスを確かめてください。policy.config.yaml からの相対パスです',
  },
  'input.logo.unreadable': {
    en: (values) => `${values.value}: ${inner(values, 'en')}`,
    ja: (values) => `ロゴ ${values.value} を使えません：${inner(values, 'ja')}`,
  },
  'input.logo.not-file.hint': {
    en: 'name the image file itself (PNG, JPEG, SVG or WebP), relative to policy.config.yaml',
    ja: '画像ファイルそのもの（PNG、JPEG、SVG または WebP）を、policy.config.yaml からの相対パスで指定してください',
  },
  'input.logo.not-image': {
    en: ({ value }) => `${value} is not a PNG, JPEG, SVG or WebP image`,
    ja: ({ value }) => `${value} は、PNG、JPEG、SVG、WebP のいずれの画像でもありません`,
  },
  'input.logo.not-image.hint': {
    en: 'export the logo as PNG or SVG and name that file here',
    ja: 'ロゴを PNG か SVG で書き出し、そのファイルをここに指定してください',
  },
  'input.logo.script': {
    en: ({ value, holds }) => `${value} holds ${holds}, which is not allowed in a logo`,
    ja: ({ value, holds }) => `${value} には${ja(holds)}が含まれています。ロゴには使えません`,
  },
  'input.logo.script.hint': {
    en: 'save the logo again as "plain SVG" without scripts, links or embedded content, or export it as PNG',
    ja: 'スクリプト、リンク、埋め込みのない「プレーン SVG」として保存し直すか、PNG で書き出してください',
  },
  'input.templates.outside': {
    en: ({ value, where }) =>
      `${value} is ${where === 'absolute' ? 'an absolute path' : 'outside the project (through ".." or a link)'}: the templates folder must be a folder of this project`,
    ja: ({ value, where }) =>
      `${value} は${where === 'absolute' ? '絶対パス' : 'プロジェクトの外（「..」やリンクの先）'}です。テンプレートのフォルダは、このプロジェクトのフォルダでなければなりません`,
  },
  'input.templates.outside.hint': {
    en: 'keep your templates in the project, e.g. brand/templates, and write that path relative to policy.config.yaml: templates: brand/templates',
    ja: 'テンプレートはプロジェクトの中（例：brand/templates）に置き、policy.config.yaml からの相対パスを書いてください：templates: brand/templates',
  },
  'input.templates.missing': {
    en: ({ value }) => `there is no folder ${value}`,
    ja: ({ value }) => `${value} というフォルダはありません`,
  },
  'input.templates.missing.hint': {
    en: ({ value }) =>
      `make the folder (relative to policy.config.yaml) and put in it only the template files you change, at the same path as under templates/ of the tool, e.g. ${value}/html/partials/…`,
    ja: ({ value }) =>
      `フォルダを（policy.config.yaml からの相対パスで）作り、変更するテンプレートのファイルだけを、ツールの templates/ の下と同じパスで置いてください（例：${value}/html/partials/…）`,
  },
  'input.templates.unused': {
    en: ({ file }) => `${file} replaces no bundled template, so it is not used`,
    ja: ({ file }) => `${file} は、ツールのどのテンプレートにも当たらないため、使われません`,
  },
  'input.templates.unused.hint': {
    en: 'name the file as the template it replaces, at the same path, e.g. html/style.css or html/partials/<name>.hbs',
    ja: '置き換えるテンプレートと同じパス、同じ名前にしてください（例：html/style.css、html/partials/<name>.hbs）',
  },

  // ─── the project's templates (config/template-files.ts) ────────────────────
  'input.template.block-mismatch': {
    en: ({ open, close }) => `the block {{#${open}}} is closed by {{/${close}}}`,
    ja: ({ open, close }) => `ブロック {{#${open}}} が {{/${close}}} で閉じられています`,
  },
  'input.template.block-mismatch.hint': {
    en: ({ open }) => `write {{/${open}}} here: each {{#name}} is closed by its own {{/name}}`,
    ja: ({ open }) => `ここには {{/${open}}} と書いてください。{{#name}} は、それぞれ対応する {{/name}} で閉じます`,
  },
  'input.template.ends-in-block': {
    en: 'the template ends before a block ({{#if}}, {{#each}} …) is closed',
    ja: 'ブロック（{{#if}}、{{#each}} など）が閉じられる前に、テンプレートが終わっています',
  },
  'input.template.ends-in-block.hint': {
    en: 'add the closing tag of the block, e.g. {{/each}} for {{#each …}}',
    ja: 'ブロックを閉じるタグを書き加えてください（例：{{#each …}} には {{/each}}）',
  },
  'input.template.ends-in-tag': { en: 'the template ends inside a {{ … }}', ja: '{{ … }} の途中でテンプレートが終わっています' },
  'input.template.ends-in-tag.hint': { en: 'close the {{ … }} with }}', ja: '{{ … }} を }} で閉じてください' },
  'input.template.unclosed': {
    en: 'the {{ … }} is not closed here: "}}" is missing',
    ja: 'ここで {{ … }} が閉じられていません（「}}」がありません）',
  },
  'input.template.unclosed.hint': {
    en: 'close it with }} (or }}} after {{{), e.g. {{inline text}}',
    ja: '}} で閉じてください（{{{ のあとは }}}）。例：{{inline text}}',
  },
  'input.template.syntax': {
    en: ({ detail }) => `the template cannot be read here (${detail})`,
    ja: ({ detail }) => `この位置でテンプレートを読めません（${detail}）`,
  },
  'input.template.syntax.hint': {
    en: 'check the {{ … }} at this place: every {{#if}} or {{#each}} needs its {{/if}} or {{/each}}, and every {{ its }}',
    ja: 'この位置の {{ … }} を確かめてください。{{#if}} や {{#each}} には {{/if}} や {{/each}} が、{{ には }} が必要です',
  },
  'input.template.no-partial': {
    en: ({ name }) => `the template includes the partial "${name}", which does not exist`,
    ja: ({ name }) => `テンプレートが部分テンプレート「${name}」を読み込んでいますが、その部分テンプレートはありません`,
  },
  'input.template.no-partial.hint': {
    en: ({ example, file }) => `write the name of a partial, e.g. {{> ${example}}}, or add the file ${file} to your templates`,
    ja: ({ example, file }) => `部分テンプレートの名前を書くか（例：{{> ${example}}}）、テンプレートのフォルダに ${file} を加えてください`,
  },
  'input.template.loop': {
    en: ({ name, through }) => `the partial "${name}" includes itself${through ? ` (through "${through}")` : ''} every time it is shown, so it would never end`,
    ja: ({ name, through }) => `部分テンプレート「${name}」は、表示されるたびに${through ? `（「${through}」を通じて）` : ''}自分自身を読み込むため、表示が終わりません`,
  },
  'input.template.loop.hint': {
    en: 'include it only inside {{#if …}} or {{#each …}} (for nested entries), or include another partial',
    ja: '{{#if …}} や {{#each …}}（入れ子の項目のため）の中でだけ読み込むか、別の部分テンプレートを読み込んでください',
  },

  // ─── inline Markdown and links (inline/) ───────────────────────────────────
  'input.raw-html': {
    en: ({ html }) => `HTML is not allowed in the text: ${html}`,
    ja: ({ html }) => `文章に HTML は書けません：${html}`,
  },
  'input.raw-html.hint': {
    en: 'remove the tag; write lists as YAML lists and emphasis as *text*',
    ja: 'タグを削除してください。箇条書きは YAML のリストで、強調は *文字* と書きます',
  },
  'input.block-markdown': {
    en: ({ block }) => `the text is read as a Markdown ${block}, not as a sentence`,
    ja: ({ block }) => `この文章は、文ではなく Markdown の${BLOCKS_JA[String(block)] ?? `「${block}」`}として読まれます`,
  },
  'input.block-markdown.hint': {
    en: 'numbering is added automatically: remove a leading "1." "1)" "-" or "#", or put a backslash before it (\\1.)',
    ja: '番号は自動で付きます。先頭の「1.」「1)」「-」「#」を削除するか、その前にバックスラッシュを付けてください（\\1.）',
  },
  'input.unsupported-markdown': {
    en: ({ construct: type }) => `${construct(type, 'en')} cannot be shown in the policy: its words would be lost from the published text`,
    ja: ({ construct: type }) => `${construct(type, 'ja')}は、ポリシーに表示できません。公開する文章から、その語句が失われます`,
  },
  'input.unsupported-markdown.image.hint': {
    en: 'write the words themselves; for a link write [text](https://…) without the "!"',
    ja: '語句そのものを書いてください。リンクにするには、「!」を付けずに [文字](https://…) と書きます',
  },
  'input.unsupported-markdown.hint': {
    en: 'write the words themselves; only *emphasis*, **bold**, [text](https://…) links and footnote marks [^id] are allowed',
    ja: '語句そのものを書いてください。使えるのは、*強調*、**太字**、[文字](https://…) のリンク、脚注記号 [^id] だけです',
  },
  'input.unsafe-link': {
    en: ({ url }) => `the link "${url}" is not an https:, http:, mailto: or tel: address, so it cannot be published as a link`,
    ja: ({ url }) => `リンク「${url}」は、https:、http:、mailto:、tel: のいずれのアドレスでもないため、リンクとして公開できません`,
  },
  'input.unsafe-link.hint': {
    en: 'write a full address such as https://www.example.jp/, mailto:privacy@example.jp or tel:0120-000-000',
    ja: 'https://www.example.jp/、mailto:privacy@example.jp、tel:0120-000-000 のような完全なアドレスを書いてください',
  },

  // ─── translations (translate/) ─────────────────────────────────────────────
  'input.translation.syntax': {
    en: ({ detail }) => `the translation file cannot be read as PO: ${detail}`,
    ja: ({ detail }) => `翻訳ファイルを PO として読めません：${detail}`,
  },
  'input.translation.syntax.hint': {
    en: 'open it in Poedit (or run "msgfmt --check" on it) to find the mistake',
    ja: 'Poedit で開くか、「msgfmt --check」を実行して、誤りの箇所を探してください',
  },
  'input.translation.missing': {
    en: ({ text, lang, key }) => `「${text}」 has no ${language(lang, 'en')} translation (${key})`,
    ja: ({ text, lang, key }) => `「${text}」の${language(lang, 'ja')}訳がありません（${key}）`,
  },
  'input.translation.stale': {
    en: ({ text, lang, key, why }) =>
      `the ${language(lang, 'en')} translation of 「${text}」 is out of date: ${why === 'fuzzy' ? 'the translation is marked fuzzy' : 'the Japanese changed since it was translated'} (${key})`,
    ja: ({ text, lang, key, why }) =>
      `「${text}」の${language(lang, 'ja')}訳が古くなっています。${why === 'fuzzy' ? '訳に fuzzy（要確認）の印が付いています' : '訳したあとで日本語が変わりました'}（${key}）`,
  },
  'input.translation.hint': {
    en: ({ name, lang, file }) => `run "policy translate ${name} --lang ${lang}" and translate the entry in ${file} (Poedit, Weblate or any PO editor)`,
    ja: ({ name, lang, file }) => `「policy translate ${name} --lang ${lang}」を実行し、${file} の項目を翻訳してください（Poedit、Weblate などの PO エディタで）`,
  },
  'input.translation.marks': {
    en: ({ text, lang, key, want, got }) =>
      `the ${language(lang, 'en')} translation of 「${text}」 does not have the same footnote marks and {list} as the Japanese: ${want || 'none'} in the Japanese, ${got || 'none'} in the translation (${key})`,
    ja: ({ text, lang, key, want, got }) =>
      `「${text}」の${language(lang, 'ja')}訳の脚注記号と {list} が、日本語と同じになっていません（日本語：${want || 'なし'}、訳：${got || 'なし'}）（${key}）`,
  },
  'input.translation.unshowable': {
    en: (values) => `the ${language(values.lang, 'en')} translation of 「${values.text}」 cannot be shown as written: ${inner(values, 'en')} (${values.key})`,
    ja: (values) => `「${values.text}」の${language(values.lang, 'ja')}訳は、書かれたとおりには表示できません。${inner(values, 'ja')}（${values.key}）`,
  },
  'input.translation.markup.hint': {
    en: ({ file }) => `correct the entry in ${file}: keep the footnote marks ([^id]) and {list} of the Japanese, and write only the inline Markdown the Japanese may use`,
    ja: ({ file }) => `${file} の項目を直してください。日本語の脚注記号（[^id]）と {list} をそのまま残し、日本語にも使える Markdown だけを書きます`,
  },
  'input.translation.obsolete': {
    en: ({ lang, key }) => `the ${language(lang, 'en')} translation "${key}" belongs to a text the policy no longer has`,
    ja: ({ lang, key }) => `${language(lang, 'ja')}訳「${key}」は、ポリシーにもうない文章のものです`,
  },
  'input.translation.obsolete.hint': {
    en: ({ name, lang }) => `run "policy translate ${name} --lang ${lang}" to keep it as obsolete (#~), or delete the entry`,
    ja: ({ name, lang }) => `「policy translate ${name} --lang ${lang}」を実行して廃止扱い（#~）で残すか、項目を削除してください`,
  },

  // ─── the build and its output folder (build/) ──────────────────────────────
  'input.build.paper': {
    en: ({ papers, value }) => `the paper is one of ${papers}; got "${value}"`,
    ja: ({ papers, value }) => `用紙は ${listJa(papers)} のいずれかです。指定された値：「${value}」`,
  },
  'input.build.font': {
    en: ({ fonts, value }) => `the font is one of ${fonts}; got "${value}"`,
    ja: ({ fonts, value }) => `書体は ${listJa(fonts)} のいずれかです。指定された値：「${value}」`,
  },
  'input.build.unreadable': {
    en: 'nothing was built: some files could not be read',
    ja: '読めないファイルがあるため、何も書き出していません',
  },
  'input.build.unreadable.hint': {
    en: 'fix or remove the files named above and run the command again',
    ja: '上に挙げたファイルを直すか取り除いてから、もう一度実行してください',
  },
  'input.build.same-name': {
    en: ({ other, file, name }) => `${other} and ${file} would both be written as ${name}.*`,
    ja: ({ other, file, name }) => `${other} と ${file} は、どちらも ${name}.* という名前で書き出されることになります`,
  },
  'input.build.same-name.hint': {
    en: 'rename one of the files, or build them into different --out folders',
    ja: 'どちらかのファイルの名前を変えるか、別々の --out フォルダに書き出してください',
  },
  'input.build.no-translation': {
    en: ({ name }) => `${name} has no English translation`,
    ja: ({ name }) => `${name} には英語の翻訳がありません`,
  },
  'input.build.no-translation.hint': {
    en: ({ name }) => `run "policy translate ${name} --lang en" and translate the file it writes`,
    ja: ({ name }) => `「policy translate ${name} --lang en」を実行し、書き出された翻訳ファイルを翻訳してください`,
  },
  'input.out.empty': { en: 'the output folder is empty ("")', ja: '出力先のフォルダが空（""）です' },
  'input.out.empty.hint': {
    en: 'name a folder, e.g. --out out; an empty --out often comes from an unset variable',
    ja: 'フォルダを指定してください（例：--out out）。--out が空になるのは、多くの場合、変数が設定されていないためです',
  },
  'input.out.locked': {
    en: ({ holder, dir, seconds }) => `another command${holder ? ` (process ${holder})` : ''} is writing into ${dir}; waited ${seconds} s for it to finish`,
    ja: ({ holder, dir, seconds }) => `別のコマンド${holder ? `（プロセス ${holder}）` : ''}が ${dir} に書き込んでいます。終わるのを ${seconds} 秒待ちました`,
  },
  'input.out.locked.hint': {
    en: ({ lock }) => `run the commands one after the other, or give each its own --out folder; if no such command runs, remove ${lock}`,
    ja: ({ lock }) => `コマンドを一つずつ順に実行するか、それぞれに別の --out フォルダを指定してください。そのようなコマンドが動いていなければ、${lock} を削除してください`,
  },
  'input.out.not-a-file': {
    en: ({ target }) => `${target} exists and is not a file`,
    ja: ({ target }) => `${target} がすでにあり、ファイルではありません`,
  },
  'input.out.not-a-file.hint': {
    en: 'move it away or choose another --out folder',
    ja: 'それを別の場所に移すか、別の --out フォルダを指定してください',
  },
  'input.out.not-a-folder': {
    en: ({ dir }) => `${dir} exists and is not a folder`,
    ja: ({ dir }) => `${dir} がすでにあり、フォルダではありません`,
  },
  'input.out.not-a-folder.hint': {
    en: 'move it away or choose another output folder',
    ja: 'それを別の場所に移すか、別の出力先フォルダを指定してください',
  },
  'input.out.cannot-make': {
    en: ({ what, dir, at }) => `the ${what} ${dir} cannot be made: ${at} is a file, not a folder`,
    ja: ({ what, dir, at }) => `${ja(what)} ${dir} を作れません。${at} はフォルダではなくファイルです`,
  },
  'input.out.cannot-make.hint': {
    en: 'choose another folder, or move the file away',
    ja: '別のフォルダを指定するか、そのファイルを別の場所に移してください',
  },
  'input.out.write-failed': {
    en: ({ what, target, code, detail }) => `could not write the ${what} ${target}: ${WRITE_REASONS[String(code)]?.en ?? detail}${code ? ` (${code})` : ''}`,
    ja: ({ what, target, code, detail }) => `${ja(what)} ${target} に書き込めませんでした：${WRITE_REASONS[String(code)]?.ja ?? detail}${code ? `（${code}）` : ''}`,
  },
  'input.out.full.hint': {
    en: 'free some space and run the command again; nothing in the output folder was changed',
    ja: 'ディスクに空きを作ってから、もう一度実行してください。出力先フォルダの中は何も変わっていません',
  },
  'input.out.write-failed.hint': {
    en: 'choose another output folder with --out; nothing in the output folder was changed',
    ja: '--out で別の出力先フォルダを指定してください。出力先フォルダの中は何も変わっていません',
  },

  // ─── git revisions (load/git.ts) ───────────────────────────────────────────
  'input.git.missing': { en: 'git was not found, so revisions cannot be read', ja: 'git が見つからないため、リビジョンを読めません' },
  'input.git.missing.hint': {
    en: 'install git, or compare two files or folders: policy diff OLD NEW',
    ja: 'git を入れるか、二つのファイルまたはフォルダを比べてください：policy diff OLD NEW',
  },
  'input.git.read-failed': {
    en: ({ path, commit, detail }) => `could not read ${path} at ${commit}: ${detail}`,
    ja: ({ path, commit, detail }) => `${commit} の ${path} を読めませんでした：${detail}`,
  },
  'input.git.list-failed': {
    en: ({ path, commit, detail }) => `could not list ${path} at ${commit}: ${detail}`,
    ja: ({ path, commit, detail }) => `${commit} の ${path} の中身を一覧にできませんでした：${detail}`,
  },

  // ─── policy init (init/init.ts) ────────────────────────────────────────────
  'input.init.bad-name': {
    en: ({ name }) => `"${name}" cannot name a policy: use lower-case ASCII letters, digits and hyphens, e.g. acme-denki (the name of the output files)`,
    ja: ({ name }) => `「${name}」はポリシーの名前に使えません。半角の英小文字、数字、ハイフンで書いてください（例：acme-denki。書き出すファイルの名前になります）`,
  },
  'input.init.exists': {
    en: ({ file }) => `${file} already exists; nothing was written`,
    ja: ({ file }) => `${file} はすでにあります。何も書き出していません`,
  },
  'input.init.exists.hint': {
    en: 'choose another name, or edit the existing file',
    ja: '別の名前にするか、今あるファイルを編集してください',
  },
  'input.init.write-failed': {
    en: ({ file, detail }) => `${file} could not be written: ${detail}`,
    ja: ({ file, detail }) => `${file} を書き出せませんでした：${detail}`,
  },
  'input.init.write-failed.hint': {
    en: 'check that the folder exists and can be written',
    ja: 'フォルダがあり、書き込めることを確かめてください',
  },
} as const satisfies Part;
