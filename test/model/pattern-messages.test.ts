/**
 * What the editor underlines a value that breaks a pattern of
 * schema/policy.schema.json with (`patternErrorMessage`: a date, an id): the
 * English first, as before, then 「 / 」 and the Japanese.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/model/schema.js';
import { ROOT } from '../helpers.js';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Every patternErrorMessage of the schema, with its pattern. */
function patternMessages(node: unknown, out: Array<{ pattern: string; message: string }> = []): Array<{ pattern: string; message: string }> {
  if (Array.isArray(node)) node.forEach((n) => patternMessages(n, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.patternErrorMessage === 'string') out.push({ pattern: String(record.pattern), message: record.patternErrorMessage });
    for (const value of Object.values(record)) patternMessages(value, out);
  }
  return out;
}

describe('the words for a value that breaks a pattern', () => {
  const found = patternMessages(jsonSchema());

  it('are English, then Japanese, for every pattern of the policy schema', () => {
    expect(found.length).toBeGreaterThan(10);
    for (const { message } of found) {
      const [en, ja, ...rest] = message.split(' / ');
      expect(rest, message).toEqual([]);
      expect(en, message).toMatch(/^[A-Z][a-z]+ /);
      expect(ja, message).toMatch(JAPANESE);
      expect(ja!.endsWith('。'), message).toBe(true);
    }
  });

  it('a date: how to write it, in both languages', () => {
    const dates = found.filter((f) => f.pattern.includes('\\d{4}'));
    expect(dates.length).toBeGreaterThan(0);
    for (const { message } of dates) {
      expect(message).toBe(
        'Write the date as YYYY-MM-DD, e.g. 2027-04-01 (in place of the placeholder 【要記入：…】, if one is left). / 日付は YYYY-MM-DD の形で書いてください（例：2027-04-01）。【要記入：…】が残っていれば、それに代えて書いてください。',
      );
    }
  });

  it('an id: the letters it is written with, in both languages', () => {
    const ids = found.filter((f) => !f.pattern.includes('\\d{4}'));
    expect(ids.length).toBeGreaterThan(0);
    for (const { message } of ids) {
      expect(message).toBe('An id is lower-case ASCII letters, digits and single hyphens, e.g. retail-contract. / id は半角の英小文字・数字と、一つずつのハイフンで書いてください（例：retail-contract）。');
    }
  });

  it('the editor (yaml-language-server) underlines a date that is not one with them', async () => {
    const text = ['# yaml-language-server: $schema=../schema/policy.schema.json', 'version: "1.0"', 'effectiveDate: 2026年12月1日', 'organization:', '  name: 株式会社サンプル', 'title: 個人情報の取り扱いについて', 'sections: []', ''].join('\n');
    const service = getLanguageService({
      schemaRequestService: async (uri: string) => readFile(fileURLToPath(uri), 'utf8'),
      workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
    });
    service.configure({ validate: true });
    const document = TextDocument.create(pathToFileURL(path.join(ROOT, 'policy', 'pattern-words.yaml')).href, 'yaml', 1, text);
    const messages = (await service.doValidation(document, false)).map((d) => d.message);
    expect(messages).toContain(
      'Write the date as YYYY-MM-DD, e.g. 2027-04-01 (in place of the placeholder 【要記入：…】, if one is left). / 日付は YYYY-MM-DD の形で書いてください（例：2027-04-01）。【要記入：…】が残っていれば、それに代えて書いてください。',
    );
  });
});
