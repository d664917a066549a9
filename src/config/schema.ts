/**
 * The project settings, `policy.config.yaml` at the root of the project:
 * one source for the TypeScript type and the JSON Schema committed as
 * `schema/config.schema.json` (regenerate with `npm run schema`).
 * Every key is optional; without the file the bundled look is used.
 */
import { Type, type Static } from '@sinclair/typebox';

export const CONFIG_FILE = 'policy.config.yaml';

const NonEmpty = (description: string, examples: string[]) => Type.String({ minLength: 1, description, examples });

export const Config = Type.Object(
  {
    templates: Type.Optional(
      NonEmpty(
        'A folder (relative to this file) whose files replace the bundled templates one by one, at the same path: ' +
          'e.g. html/partials/contact.hbs replaces that partial only, html/style.css the stylesheet. Files not in the folder stay as bundled.',
        ['brand/templates'],
      ),
    ),
    accentColor: Type.Optional(
      NonEmpty('The accent colour of the web page and the leaflet (headings, table heads, links): a CSS colour.', ['#0b5cab', 'rgb(11 92 171)', 'teal']),
    ),
    logo: Type.Optional(
      NonEmpty(
        'A logo image file (PNG, JPEG, SVG or WebP, relative to this file) shown at the top of the web page and the leaflet. ' +
          'It is embedded in the pages, so they stay self-contained; only local files.',
        ['brand/logo.svg'],
      ),
    ),
    footer: Type.Optional(NonEmpty('A line at the foot of the web page and of each page of the leaflet (instead of the organisation name).', ['株式会社サンプル　個人情報保護窓口'])),
    baseUrl: Type.Optional(
      Type.String({
        pattern: '^https?://[^\\s/]+',
        description:
          'The web address of the company\'s site: a link written as a path of that site (「[こちら](/images/pdf/invoice.pdf)」) is resolved against it in the standalone page, the leaflet and the text; the published site keeps it relative.',
        examples: ['https://www.example.co.jp'],
      }),
    ),
    paper: Type.Optional(
      Type.Union([Type.Literal('A4'), Type.Literal('A5'), Type.Literal('B5')], { description: 'The paper of the leaflet unless --paper is given (B5 is JIS B5).' }),
    ),
    font: Type.Optional(
      Type.Union([Type.Literal('gothic'), Type.Literal('mincho')], {
        description: 'The typeface of the leaflet unless --font is given: gothic (IPAexゴシック) or mincho (IPAex明朝).',
      }),
    ),

    translationNotice: Type.Optional(
      Type.Object(
        { en: Type.Optional(NonEmpty('The notice at the top of the English pages, text and leaflet.', ['This English translation is provided for reference only; the Japanese original prevails.'])) },
        {
          additionalProperties: false,
          description: 'The notice at the top of a translation saying that the Japanese version prevails, per language (default: a sentence to that effect).',
        },
      ),
    ),
  },
  {
    additionalProperties: false,
    title: 'policy.config.yaml',
    description: 'Settings of the policy tool for this project: own templates, colour, logo, footer, paper and font.',
  },
);
export type Config = Static<typeof Config>;

export function configJsonSchema(): object {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...JSON.parse(JSON.stringify(Config)) };
}
