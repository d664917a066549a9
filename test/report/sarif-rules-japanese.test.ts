/**
 * The rule list of SARIF in the reader's language: with `policy --lang ja`
 * (or LANG=ja_JP.UTF-8) each rule's description and help say what it checks
 * in Japanese, and the log is still valid SARIF 2.1.0; in English they are
 * the sentences they were.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/check/catalog.js';
import { t, type MessageId } from '../../src/i18n/catalogue.js';
import { formatSarif } from '../../src/report/format-sarif.js';
import { ROOT, cli } from '../helpers.js';

const SCHEMA = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validator = new Validator(SCHEMA, '4', false);
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const FIXTURE = 'test/fixtures/invalid/unknown-key.yaml';

interface Rule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
}

async function sarifRules(args: string[], env: Record<string, string> = {}): Promise<{ log: { runs: Array<{ tool: { driver: { rules: Rule[] } } }> }; rules: Rule[] }> {
  const { stdout } = await cli([...args, 'check', FIXTURE, 'policy', '--format', 'sarif'], ROOT, env);
  const log = JSON.parse(stdout);
  return { log, rules: log.runs[0].tool.driver.rules };
}

describe('the rules of --format sarif in Japanese', () => {
  it('describe every rule in Japanese, and the log is valid SARIF 2.1.0', async () => {
    const { log, rules } = await sarifRules(['--lang', 'ja']);
    const validation = validator.validate(log);
    expect(validation.errors, JSON.stringify(validation.errors.slice(0, 3), null, 2)).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(ruleCatalog().size);
    for (const rule of rules) {
      const ja = t(`rule.${rule.id}` as MessageId, 'ja');
      expect(rule.shortDescription.text, rule.id).toBe(ja);
      expect(rule.fullDescription.text, rule.id).toBe(ja);
      expect(rule.help.text, rule.id).toBe(`${ja}　policy check のすべてのルール：https://github.com/shimin-policy/policy#rules`);
      expect(rule.help.markdown, rule.id).toBe(`${ja}\n\n[policy check のすべてのルール](https://github.com/shimin-policy/policy#rules)`);
    }
    expect(rules.find((r) => r.id === 'appi-business-identity')?.shortDescription.text).toBe(
      '事業者の名称、住所、代表者の氏名が公表されていること（個人情報保護法第32条第1項第1号）。',
    );
  });

  it('take the language from LANG as the rest of the report does', async () => {
    const { rules } = await sarifRules([], { LANG: 'ja_JP.UTF-8' });
    for (const rule of rules) expect(rule.fullDescription.text, rule.id).toMatch(JAPANESE);
  });

  it('in English are the sentences they were', async () => {
    const { log, rules } = await sarifRules([]);
    expect(validator.validate(log).valid).toBe(true);
    for (const rule of rules) {
      const en = t(`rule.${rule.id}` as MessageId, 'en');
      expect(rule.shortDescription.text, rule.id).toBe(en);
      expect(rule.help.text, rule.id).toBe(`${en} Every rule of policy check: https://github.com/shimin-policy/policy#rules`);
    }
    const said = new Map(rules.map((r) => [r.id, r.fullDescription.text]));
    expect(said.get('yaml-syntax')).toBe('The file is valid YAML.');
    expect(said.get('schema')).toBe('Keys, types and required fields follow schema/policy.schema.json.');
    expect(said.get('appi-security-measures')).toBe(
      'The security control measures taken are published (APPI Art. 32(1)(iv); Cabinet Order Art. 10(1); PPC Guidelines 10).',
    );
  });

  it('a tool whose rules have one sentence for every language says it in each', () => {
    const message = { file: 'policy/a.yaml', line: 1, column: 1, severity: 'warning' as const, ruleId: 'house-rule', reason: 'x' };
    const tool = { name: 'policy', version: '0.0.0', rules: new Map([['house-rule', 'A rule of the house.']]) };
    for (const locale of ['en', 'ja'] as const) {
      const log = JSON.parse(formatSarif([message], tool, locale));
      expect(validator.validate(log).valid).toBe(true);
      expect(log.runs[0].tool.driver.rules[0].shortDescription.text).toBe('A rule of the house.');
    }
  });
});
