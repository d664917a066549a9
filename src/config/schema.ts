/**
 * The project settings, `policy.config.yaml` at the root of the project:
 * one source for the TypeScript type and the JSON Schema committed as
 * `schema/config.schema.json` (regenerate with `npm run schema`).
 * Every key is optional; without the file the bundled look is used.
 *
 * Descriptions are in Japanese and English (`about`, as the policy model
 * writes them): the editor with the YAML extension shows 「日本語 — English」
 * on hover and on completion.
 */
import { Type, type Static } from '@sinclair/typebox';
import { about, bilingual, patternMessage } from '../model/schema.js';

export const CONFIG_FILE = 'policy.config.yaml';

const NonEmpty = (words: ReturnType<typeof about>, examples: string[]) => Type.String({ minLength: 1, ...words, examples });

export const Config = Type.Object(
  {
    templates: Type.Optional(
      NonEmpty(
        about(
          'ツールのテンプレートを一つずつ置き換えるファイルを置くフォルダ（このファイルからの相対パス）。同じパスのファイルを置き換えます。' +
            '例：html/partials/contact.hbs はその部分テンプレートだけを、html/style.css はスタイルシートを置き換えます。フォルダにないファイルは、ツールのものがそのまま使われます。',
          'A folder (relative to this file) whose files replace the bundled templates one by one, at the same path: ' +
            'e.g. html/partials/contact.hbs replaces that partial only, html/style.css the stylesheet. Files not in the folder stay as bundled.',
        ),
        ['brand/templates'],
      ),
    ),
    accentColor: Type.Optional(
      NonEmpty(
        about(
          'Web ページとリーフレットのアクセントカラー（見出し、表の見出し、リンク）。CSS の色で書きます。',
          'The accent colour of the web page and the leaflet (headings, table heads, links): a CSS colour.',
        ),
        ['#0b5cab', 'rgb(11 92 171)', 'teal'],
      ),
    ),
    logo: Type.Optional(
      NonEmpty(
        about(
          'Web ページとリーフレットの上部に表示するロゴの画像ファイル（PNG、JPEG、SVG 又は WebP。このファイルからの相対パス）。' +
            'ページに埋め込むので、ページはそれだけで表示できます。プロジェクトの中のファイルだけを指定できます。',
          'A logo image file (PNG, JPEG, SVG or WebP, relative to this file) shown at the top of the web page and the leaflet. ' +
            'It is embedded in the pages, so they stay self-contained; only local files.',
        ),
        ['brand/logo.svg'],
      ),
    ),
    footer: Type.Optional(
      NonEmpty(
        about(
          'Web ページの下端と、リーフレットの各ページの下端に置く一行（事業者の名称の代わりに表示します）。',
          'A line at the foot of the web page and of each page of the leaflet (instead of the organisation name).',
        ),
        ['株式会社サンプル　個人情報保護窓口'],
      ),
    ),
    baseUrl: Type.Optional(
      Type.String({
        pattern: '^https?://[^\\s/]+',
        // Shown by the editor (YAML extension) in place of the raw pattern.
        ...patternMessage(
          'サイトのアドレスを、https:// 又は http:// から始めて書いてください（例：https://www.example.co.jp）。',
          "Write the site's address with https:// or http:// at the start, e.g. https://www.example.co.jp.",
        ),
        ...about(
          '会社のサイトの Web アドレス。そのサイトのパスで書いたリンク（「[こちら](/images/pdf/invoice.pdf)」）は、単独の Web ページ、リーフレット、テキストではこのアドレスを基に解決します。公開するサイトでは相対のままです。',
          'The web address of the company\'s site: a link written as a path of that site (「[こちら](/images/pdf/invoice.pdf)」) is resolved against it in the standalone page, the leaflet and the text; the published site keeps it relative.',
        ),
        examples: ['https://www.example.co.jp'],
      }),
    ),
    paper: Type.Optional(
      Type.Union([Type.Literal('A4'), Type.Literal('A5'), Type.Literal('B5')], {
        ...about('--paper を指定しないときのリーフレットの用紙（B5 は JIS の B5 です）。', 'The paper of the leaflet unless --paper is given (B5 is JIS B5).'),
      }),
    ),
    font: Type.Optional(
      Type.Union([Type.Literal('gothic'), Type.Literal('mincho')], {
        ...about(
          '--font を指定しないときのリーフレットの書体：gothic（IPAexゴシック）又は mincho（IPAex明朝）。',
          'The typeface of the leaflet unless --font is given: gothic (IPAexゴシック) or mincho (IPAex明朝).',
        ),
      }),
    ),

    translationNotice: Type.Optional(
      Type.Object(
        {
          en: Type.Optional(
            NonEmpty(
              about('英語の Web ページ、テキスト、リーフレットの冒頭に置く注記。', 'The notice at the top of the English pages, text and leaflet.'),
              ['This English translation is provided for reference only; the Japanese original prevails.'],
            ),
          ),
        },
        {
          additionalProperties: false,
          ...about(
            '翻訳の冒頭に置く、日本語版が優先する旨の注記。言語ごとに書きます（省略すると、その旨の一文を表示します）。',
            'The notice at the top of a translation saying that the Japanese version prevails, per language (default: a sentence to that effect).',
          ),
        },
      ),
    ),
  },
  {
    additionalProperties: false,
    title: 'policy.config.yaml',
    ...about(
      'このプロジェクトでの policy ツールの設定：独自のテンプレート、色、ロゴ、フッター、用紙、書体。',
      'Settings of the policy tool for this project: own templates, colour, logo, footer, paper and font.',
    ),
  },
);
export type Config = Static<typeof Config>;

/** The JSON Schema document as committed in schema/config.schema.json: each description in both languages. */
export function configJsonSchema(): object {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...bilingual(JSON.parse(JSON.stringify(Config)) as object) };
}
