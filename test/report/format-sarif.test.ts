/**
 * SARIF for code scanning, validated against the SARIF 2.1.0 JSON schema
 * (2.1.0-rtm.5, the text OASIS approved as 2.1.0, as Microsoft's jest-sarif
 * ships it), with the rule metadata Microsoft's SARIF validator asks for:
 * a PascalCase friendly name and a help URI on every rule.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/check/catalog.js';
import { formatSarif, ruleName } from '../../src/report/format-sarif.js';
import { cli, ROOT } from '../helpers.js';

const SCHEMA = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validator = new Validator(SCHEMA, '4', false);
const PASCAL = /^(\p{Lu}[\p{Ll}\p{Nd}]+)*$/u; // as the validator's rule SARIF2012 checks a friendly name
const README = readFileSync(`${ROOT}/README.md`, 'utf8');

interface Rule {
  id: string;
  name: string;
  helpUri?: string;
  help?: { text: string; markdown?: string };
  fullDescription: { text: string };
}

describe('policy check --format sarif', () => {
  it('is valid SARIF 2.1.0, every rule with a PascalCase name, help and a help URI at the README\'s rule list', async () => {
    const result = await cli(['check', 'test/fixtures/invalid/unknown-key.yaml', '--format', 'sarif']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    const validation = validator.validate(log);
    expect(validation.errors, JSON.stringify(validation.errors.slice(0, 3), null, 2)).toEqual([]);
    expect(validation.valid).toBe(true);

    const driver = log.runs[0].tool.driver as { informationUri: string; rules: Rule[] };
    expect(driver.informationUri).toBe('https://github.com/shimin-policy/policy');
    expect(driver.rules.length).toBeGreaterThanOrEqual(ruleCatalog().size);
    for (const rule of driver.rules) {
      expect(rule.name, rule.id).toMatch(PASCAL);
      expect(rule.helpUri, rule.id).toBe('https://github.com/shimin-policy/policy#rules');
      expect(rule.help?.text, rule.id).toContain(rule.fullDescription.text);
      expect(rule.help?.markdown, rule.id).toContain('(https://github.com/shimin-policy/policy#rules)');
    }
    // Every result's rule is described.
    const ids = new Set(driver.rules.map((r) => r.id));
    for (const r of log.runs[0].results as Array<{ ruleId: string }>) expect(ids.has(r.ruleId)).toBe(true);
  });

  it('the README lists every rule the check reports under, where helpUri points', () => {
    const section = README.slice(README.indexOf('\n### Rules\n'), README.indexOf('\n## For developers'));
    expect(section.length).toBeGreaterThan(100);
    for (const id of ruleCatalog().keys()) expect(section, id).toContain(`| \`${id}\` |`);
  });

  it('a rule without a catalogue entry, or a tool without a help URI, still gives valid SARIF', () => {
    const log = JSON.parse(
      formatSarif([{ file: 'policy/a.yaml', line: 1, column: 1, severity: 'warning', ruleId: 'new-rule', reason: 'x' }], { name: 'policy', version: '0.0.0', rules: new Map() }),
    );
    expect(validator.validate(log).valid).toBe(true);
    expect(log.runs[0].tool.driver.rules[0]).toMatchObject({ id: 'new-rule', name: 'NewRule', help: { text: 'Problems reported as new-rule.' } });
  });

  it('friendly names are PascalCase, whatever the id', () => {
    expect(ruleName('appi-use-purposes')).toBe('AppiUsePurposes');
    expect(ruleName('too-deep')).toBe('TooDeep');
    // "NotAPolicy" would not do: a capital alone is not a word.
    expect(ruleName('not-a-policy')).toBe('NotApolicy');
    for (const id of ['a-b', 'x', 'rule-2', 'pdf-footer', 'UPPER-case', '1st-rule', 'a', '9', 'x-y-z', '---']) expect(ruleName(id), id).toMatch(PASCAL);
    for (const id of ruleCatalog().keys()) expect(ruleName(id), id).toMatch(PASCAL);
  });
});
