/**
 * What each rule of `policy check` checks, in English and Japanese: every
 * rule id the README lists, and every id of the rule catalogue, has its
 * sentence in the catalogue (`rule.<id>`), and the rules take their English
 * from there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog, ruleWords } from '../../src/check/catalog.js';
import { rules } from '../../src/check/index.js';
import { MESSAGES, t, type MessageId } from '../../src/i18n/catalogue.js';
import { RULES } from '../../src/i18n/rules.js';
import { DRIFT_RULES } from '../../src/translate/rules.js';
import { ROOT } from '../helpers.js';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const README = readFileSync(`${ROOT}/README.md`, 'utf8');

/** The rule ids of the README's "Rules" table. */
function readmeRuleIds(): string[] {
  const section = README.slice(README.indexOf('\n### Rules\n'), README.indexOf('\n## For developers'));
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
}

describe('the rules in the catalogue', () => {
  it('every rule id the README lists has its sentence in English and Japanese', () => {
    const ids = readmeRuleIds();
    expect(ids.length).toBeGreaterThan(60);
    for (const id of ids) {
      const key = `rule.${id}`;
      expect(Object.keys(MESSAGES), id).toContain(key);
      const en = t(key as MessageId, 'en');
      const ja = t(key as MessageId, 'ja');
      expect(en.trim(), id).not.toBe('');
      expect(ja, id).toMatch(JAPANESE);
      expect(ja, id).not.toBe(en);
    }
  });

  it('every id of the rule catalogue (SARIF\'s rule list) is said from the catalogue, in both languages', () => {
    for (const [id, words] of ruleCatalog()) {
      expect(words, id).toEqual({ en: t(`rule.${id}` as MessageId, 'en'), ja: t(`rule.${id}` as MessageId, 'ja') });
      expect(ruleWords(id), id).toEqual(words);
    }
    // And the catalogue holds no sentence for a rule that does not exist.
    const known = new Set(ruleCatalog().keys());
    for (const key of Object.keys(RULES)) expect(known.has(key.slice('rule.'.length)), key).toBe(true);
    expect(ruleWords('no-such-rule')).toBeUndefined();
  });

  it('each rule of the check takes its English description from the catalogue', () => {
    for (const rule of rules) expect(rule.description, rule.id).toBe(t(`rule.${rule.id}` as MessageId, 'en'));
  });

  it('the translations\' rules say what translate/rules.ts says of them', () => {
    for (const [id, description] of Object.entries(DRIFT_RULES)) expect(t(`rule.${id}` as MessageId, 'en'), id).toBe(description);
  });

  it('a rule the catalogue does not know keeps its own description', () => {
    const catalog = ruleCatalog([{ id: 'house-rule', description: 'A rule of the house.' }]);
    expect(catalog.get('house-rule')).toEqual({ en: 'A rule of the house.', ja: 'A rule of the house.' });
  });

  it('the English keeps its words: the sentences SARIF gave before', () => {
    const catalog = ruleCatalog();
    expect(catalog.get('yaml-syntax')?.en).toBe('The file is valid YAML.');
    expect(catalog.get('appi-joint-use-items')?.en).toBe(
      'A joint use states that data is used jointly, the data items, the parties, their purposes and the manager of every item (APPI Art. 27(5)(iii)).',
    );
    expect(catalog.get('unsafe-link')?.en).toBe(
      'Links, in the texts and in a contact block, are https:, http:, mailto: or tel: ones (javascript:, file: and the like are refused).',
    );
    expect(catalog.get('translation-stale')?.en).toBe(
      "Each translated text was translated from the Japanese as it is now written (the PO entry's msgid is the text, and it is not fuzzy).",
    );
  });

  it('the Japanese cites the law in its Japanese form, with full-width brackets', () => {
    for (const [key, { en, ja }] of Object.entries(RULES)) {
      expect(ja, key).not.toMatch(/APPI|Art\.|Cabinet Order|PPC/);
      if (/APPI Art\./.test(en)) expect(ja, key).toMatch(/個人情報保護法第\d+条/);
      if (/Cabinet Order Art\./.test(en)) expect(ja, key).toMatch(/施行令第\d+条/);
      if (/PPC Guidelines/.test(en)) expect(ja, key).toContain('通則ガイドライン');
      // A bracket next to Japanese words is a full-width one.
      expect(ja, key).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。][()]|[()][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      expect(ja.endsWith('。'), key).toBe(true);
    }
  });
});
