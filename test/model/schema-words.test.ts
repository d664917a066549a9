/**
 * The words the editor shows from schema/policy.schema.json: every key and
 * every `role:` value described in Japanese, then English, as the YAML
 * extension (yaml-language-server) shows them on hover and on completion.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { describe, expect, it } from 'vitest';
import { Policy, ROLE_SCHEMA_ID, descriptionIn, jsonSchema } from '../../src/model/schema.js';
import { ROLES, ROLE_NAMES } from '../../src/model/roles.js';
import { ROOT, expectBilingual } from '../helpers.js';

type Node = Record<string, unknown>;

const SCHEMA = jsonSchema() as Node & { definitions: Record<string, Node> };

/** Every key of the schema (each property of each object), with the schema of its value: a reference to the role values resolved. */
function properties(): Array<{ where: string; schema: Node }> {
  const found: Array<{ where: string; schema: Node }> = [];
  const walk = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    const record = node as Node;
    if (record.properties && typeof record.properties === 'object') {
      for (const [key, value] of Object.entries(record.properties as Record<string, Node>)) {
        found.push({ where: `${where}.${key}`, schema: value.$ref === ROLE_SCHEMA_ID ? SCHEMA.definitions[ROLE_SCHEMA_ID]! : value });
      }
    }
    for (const [key, value] of Object.entries(record)) walk(value, key === 'properties' ? where : `${where}/${key}`);
  };
  walk(SCHEMA, '');
  return found;
}


describe('the words of the JSON Schema', () => {
  it('describes every key in Japanese, then English', () => {
    const found = properties();
    expect(found.length).toBeGreaterThan(400);
    for (const { where, schema } of found) expectBilingual(schema.description, where);
  });

  it('describes every role value: its Japanese name, the article and what it covers, then the same in English', () => {
    const role = SCHEMA.definitions[ROLE_SCHEMA_ID]! as { anyOf: Array<{ const: string; description: string }> };
    expect(role.anyOf.map((v) => v.const)).toEqual(ROLE_NAMES);
    for (const { const: name, description } of role.anyOf) {
      const spec = ROLES[name as keyof typeof ROLES];
      expectBilingual(description, name);
      const [ja, en] = description.split(' — ');
      expect(ja).toContain(spec.ja);
      expect(ja).toContain(spec.covers.ja);
      expect(en).toContain(spec.en);
      expect(en).toContain(spec.covers.en);
      if (spec.article !== '—') {
        expect(ja).toContain(`（${spec.articleJa}）`);
        expect(en).toContain(`(${spec.article})`);
      }
    }
  });

  it('cites the law in its Japanese form in the Japanese half', () => {
    for (const name of ROLE_NAMES) {
      const { articleJa } = ROLES[name];
      if (articleJa === '—') continue;
      expect(articleJa, name).toMatch(/^(個人情報保護法|施行令)第\d+条/);
      expect(articleJa, name).not.toMatch(/APPI|Art\.|\(/);
    }
  });

  it('keeps the English descriptions of the model, which policy check quotes, apart from the Japanese', () => {
    const organization = (Policy.properties.organization as unknown as { properties: Record<string, Node> }).properties;
    expect(organization.name!.description).toBe('Full legal name (名称), e.g. 一般社団法人グリーン・市民電力.');
    expect(descriptionIn(organization.name!, 'ja')).toBe('正式な名称。例：一般社団法人グリーン・市民電力。');
    expect(descriptionIn(organization.name!, 'en')).toBe('Full legal name (名称), e.g. 一般社団法人グリーン・市民電力.');
    // The committed schema holds no keyword of the model's own.
    expect(JSON.stringify(SCHEMA)).not.toContain('descriptionJa');
  });

  it('is what npm run schema writes', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'policy.schema.json'), 'utf8'))).toEqual(SCHEMA);
  });
});

describe('the editor (yaml-language-server) on a policy file', () => {
  // A policy in policy/ that names the committed schema as the repository's policies do; never written to disk.
  const TEXT = [
    '# yaml-language-server: $schema=../schema/policy.schema.json',
    'version: "1.0"',
    'effectiveDate: 2026-12-01',
    'organization:',
    '  name: 株式会社サンプル',
    'title: 個人情報の取り扱いについて',
    'sections:',
    '  - id: purposes',
    '    heading: 利用目的',
    '    role: purposes',
    '    body:',
    '      - text: 次の目的で利用します。',
    '        role: ',
    '',
  ].join('\n');
  const LINES = TEXT.split('\n');
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFile(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, hover: true, completion: true });
  const document = TextDocument.create(pathToFileURL(path.join(ROOT, 'policy', 'editor-words.yaml')).href, 'yaml', 1, TEXT);
  const position = (line: number, text: string, offset = 1) => ({ line, character: LINES[line]!.indexOf(text) + offset });

  async function hover(line: number, text: string, offset = 1): Promise<string> {
    const shown = await service.doHover(document, position(line, text, offset));
    return (shown?.contents as { value: string } | undefined)?.value ?? '';
  }

  it('shows a key in Japanese, then English, on hover', async () => {
    expect(await hover(2, 'effectiveDate')).toContain('この版の施行日（YYYY-MM-DD）。 — The day this version takes effect (施行日), YYYY-MM-DD.');
    expect(await hover(4, 'name')).toContain('正式な名称。例：一般社団法人グリーン・市民電力。 — Full legal name (名称), e.g. 一般社団法人グリーン・市民電力.');
    expect(await hover(8, 'heading')).toContain('見出し。例：利用目的、（利用目的）。 — The heading (見出し)');
  });

  it('shows what a role value means, in Japanese and English, on hover over the key and over the value', async () => {
    const words = '利用目的（個人情報保護法第17条・第21条・第32条第1項第2号）：個人情報を何のために利用するかを示す部分。 — purposes of use (APPI Art. 17, 21, 32(1)(ii)): what the personal information is used for.';
    expect(await hover(9, 'role')).toContain(words);
    expect(await hover(9, 'purposes', 3)).toContain(words);
  });

  it('offers every role value with its meaning on completion', async () => {
    const { items } = await service.doComplete(document, { line: 12, character: LINES[12]!.length }, false);
    const offered = new Map(items.map((i) => [i.label, String(i.documentation ?? '')]));
    for (const name of ROLE_NAMES) {
      expect(offered.get(name), name).toContain(`${ROLES[name].ja}`);
      expect(offered.get(name), name).toContain(` — ${ROLES[name].en}`);
    }
  });

  it('offers the keys of a section with their descriptions on completion', async () => {
    const { items } = await service.doComplete(document, { line: 10, character: 4 }, false);
    const numbered = items.find((i) => i.label === 'numbered');
    expect(String(numbered?.documentation)).toBe('false：この条に番号を付けず、数えません（例：附則、別紙）。 — false: the section gets no number and is not counted (e.g. 附則, 別紙).');
  });

  it('loads the schema without a problem, and refuses a role that is not one', async () => {
    const fixed = TextDocument.create(document.uri, 'yaml', 2, TEXT.replace('        role: \n', '        role: purpose\n'));
    const messages = (await service.doValidation(fixed, false)).map((d) => d.message);
    expect(messages.filter((m) => /schema/i.test(m))).toEqual([]);
    expect(messages).toEqual([expect.stringMatching(/^Value must be "business" \| "purposes"/)]);
  });
});
