/**
 * The words the editor shows from schema/config.schema.json: the settings
 * and each key of policy.config.yaml described in Japanese, then English, as
 * the policy schema describes its keys (model/schema.ts `about`).
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { describe, expect, it } from 'vitest';
import { Config, configJsonSchema } from '../../src/config/schema.js';
import { descriptionIn } from '../../src/model/schema.js';
import { ROOT, expectBilingual } from '../helpers.js';

type Node = Record<string, unknown>;

const SCHEMA = configJsonSchema() as Node;

/** Every key of the schema (each property of each object, at any depth), with the schema of its value. */
function properties(): Array<{ where: string; schema: Node }> {
  const found: Array<{ where: string; schema: Node }> = [];
  const walk = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    for (const [key, value] of Object.entries(node as Node)) {
      if (key !== 'properties' || !value || typeof value !== 'object') {
        walk(value, `${where}/${key}`);
        continue;
      }
      for (const [name, schema] of Object.entries(value as Record<string, Node>)) {
        found.push({ where: `${where}.${name}`, schema });
        walk(schema, `${where}.${name}`);
      }
    }
  };
  walk(SCHEMA, '');
  return found;
}


describe('the words of the JSON Schema of policy.config.yaml', () => {
  it('describes the settings and every key, at any depth, in Japanese, then English', () => {
    const found = properties();
    expect(found.map((f) => f.where)).toEqual(expect.arrayContaining(['.templates', '.accentColor', '.logo', '.footer', '.baseUrl', '.paper', '.font', '.translationNotice', '.translationNotice.en']));
    expect(found.length).toBe(Object.keys(Config.properties).length + 1);
    for (const { where, schema } of found) expectBilingual(schema.description, where);
    expectBilingual(SCHEMA.description, 'the settings');
  });

  it('keeps the English and the Japanese apart in the model, and holds no keyword of its own in the committed schema', () => {
    const logo = Config.properties.logo as unknown as Node;
    expect(descriptionIn(logo, 'en')).toMatch(/^A logo image file \(PNG, JPEG, SVG or WebP/);
    expect(descriptionIn(logo, 'ja')).toMatch(/^Web ページとリーフレットの上部に表示するロゴ/);
    expect(JSON.stringify(SCHEMA)).not.toContain('descriptionJa');
  });

  it('underlines a base URL that is not one in English, then Japanese', () => {
    const baseUrl = (SCHEMA.properties as Record<string, Node>).baseUrl!;
    const [en, ja, ...rest] = String(baseUrl.patternErrorMessage).split(' / ');
    expect(rest).toEqual([]);
    expect(en).toMatch(/^Write the site's address with https:\/\/ or http:\/\//);
    expect(ja).toMatch(/^サイトのアドレスを/);
  });

  it('is what npm run schema writes', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'config.schema.json'), 'utf8'))).toEqual(SCHEMA);
  });
});

describe('the editor (yaml-language-server) on policy.config.yaml', () => {
  // The settings of a project that names the committed schema; never written to disk.
  const TEXT = ['# yaml-language-server: $schema=./schema/config.schema.json', 'accentColor: "#0b5cab"', 'baseUrl: www.example.co.jp', ''].join('\n');
  const LINES = TEXT.split('\n');
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFile(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, hover: true, completion: true });
  const document = TextDocument.create(pathToFileURL(path.join(ROOT, 'policy.config.yaml')).href, 'yaml', 1, TEXT);

  it('shows a key in Japanese, then English, on hover', async () => {
    const shown = await service.doHover(document, { line: 1, character: LINES[1]!.indexOf('accentColor') + 1 });
    expect((shown?.contents as { value: string }).value).toContain(
      'Web ページとリーフレットのアクセントカラー（見出し、表の見出し、リンク）。CSS の色で書きます。 — The accent colour of the web page and the leaflet',
    );
  });

  it('underlines a base URL without its scheme with the words in both languages', async () => {
    const messages = (await service.doValidation(document, false)).map((d) => d.message);
    expect(messages.filter((m) => /schema/i.test(m))).toEqual([]);
    expect(messages).toEqual([expect.stringMatching(/^Write the site's address with https:\/\/ or http:\/\/ at the start, e\.g\. https:\/\/www\.example\.co\.jp\. \/ サイトのアドレスを、/)]);
  });
});
