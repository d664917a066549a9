/**
 * Every problem the check finds is said from the catalogue: over every
 * fixture with problems, the seed, and edits of the seed made to trip each
 * rule (check-inputs.ts), each message (of the rules, and of the loader and
 * the inline Markdown they read through) carries `says`, its English is the
 * catalogue's, and said in Japanese its reason and hint are Japanese with no
 * English sentence left.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalogue.js';
import { CHECK } from '../../src/i18n/check.js';
import { localise, type Message } from '../../src/report/message.js';
import { ROOT } from '../helpers.js';
import { checkedInputs } from './check-inputs.js';

const found: Array<{ input: string; message: Message }> = checkedInputs().flatMap(({ name, messages }) => messages.map((message) => ({ input: name, message })));

/**
 * The README's rule ids that checking a policy file never reports: those of
 * policy.config.yaml, the templates folder and the translation files, a file
 * that cannot be read at all, the schema's last resort (a kind of error the
 * schema rule has no words of its own for), and the names of rules that
 * report under more precise ids.
 */
const NOT_FROM_A_POLICY_TEXT = new Set([
  'invalid-colour',
  'logo-not-image',
  'logo-not-local',
  'logo-script',
  'logo-too-large',
  'low-contrast',
  'missing-file',
  'missing-folder',
  'not-a-config',
  'pdf-footer',
  'template-partial',
  'template-syntax',
  'templates-outside',
  'unknown-template',
  'translation-markup',
  'translation-missing',
  'translation-obsolete',
  'translation-stale',
  'translation-syntax',
  'unreadable-file',
  'schema',
  'characters',
  'lookalike-names',
  'text-content',
]);

/** The catalogue's words no input can reach: the schema's last resort, and a YAML library that fails on something else than copies of copies. */
// check.pattern: a form other than a date or an id, which only policy.config.yaml asks for (baseUrl; test/config/japanese.test.ts).
const UNREACHED = new Set(['check.schema', 'check.yaml-alias.unreadable', 'check.pattern']);

/** The rule ids of the README's table "Rules". */
function readmeRules(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('### Rules'), readme.indexOf('## For developers'));
  return [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The first run of four or more English words in a row (words with small
 * letters, so that Unicode names such as ZERO WIDTH SPACE are not counted),
 * once what is quoted (「…」, "…"), footnote marks, {list}, code and addresses
 * are taken out: a sentence left in English.
 */
export function englishSentence(text: string): string | undefined {
  let rest = text;
  // Quotes nest (「（以下「{name}」といいます。）」): the innermost first.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/「[^「」]*」/g, ' ').replace(/"[^"]*"/g, ' ');
  }
  rest = rest.replace(/\b(?:https?:\/\/|mailto:|tel:)\S*/g, ' ').replace(/\[\^?[^\]]*\]|\{[^}]*\}|`[^`]*`/g, ' ');
  return /\b[A-Za-z][a-z'’]+(?:[ ,]+[A-Za-z][a-z'’]+){3,}\b/.exec(rest)?.[0];
}

describe('the messages of the check rules', () => {
  it('tells an English sentence from keys, names and quoted words', () => {
    expect(englishSentence('the text is blank')).toBe('the text is blank');
    expect(englishSentence('文章が空です。write the text after the colon')).toBe('write the text after the colon');
    expect(englishSentence('「the text is blank」と書かれています')).toBeUndefined();
    expect(englishSentence('文章に見えない文字 U+FEFF ZERO WIDTH NO-BREAK SPACE が含まれています')).toBeUndefined();
    expect(englishSentence('「contact:」のブロックを加え、name、address、phone か email、hours を書いてください')).toBeUndefined();
    expect(englishSentence('リンク http://www.example.jp/a/b/c/d は暗号化されていません')).toBeUndefined();
  });

  it('are found by every rule a policy file can break, in these inputs', () => {
    const fired = new Set(found.map(({ message }) => message.ruleId));
    const expected = readmeRules().filter((id) => !NOT_FROM_A_POLICY_TEXT.has(id));
    expect(expected.length).toBeGreaterThan(40);
    expect(expected.filter((id) => !fired.has(id))).toEqual([]);
    // The ids reported under more precise names than the README's rule names.
    for (const id of ['bidi-control', 'invisible-character', 'control-character', 'lone-surrogate', 'lookalike-name', 'not-a-policy']) expect(fired).toContain(id);
  });

  it('carry the catalogue ids they were said from, and their English is the catalogue\'s', () => {
    for (const { input, message } of found) {
      const where = `${input}: ${message.ruleId}: ${message.reason}`;
      expect(message.says, where).toBeDefined();
      const { id, hint, values } = message.says!;
      expect(t(id, 'en', values), where).toBe(message.reason);
      expect(hint && t(hint, 'en', values), where).toBe(message.hint);
    }
  });

  it('are said in Japanese: a Japanese reason and hint, no English sentence left', () => {
    let said = 0;
    for (const { input, message } of found) {
      const ja = localise(message, 'ja');
      for (const [part, text] of [
        ['reason', ja.reason],
        ['hint', ja.hint],
      ] as const) {
        if (part === 'hint' && message.hint === undefined) continue;
        const where = `${input}: ${message.ruleId} ${part}: ${text}`;
        expect(text, where).toMatch(JAPANESE);
        expect(englishSentence(text!), where).toBeUndefined();
      }
      said++;
    }
    expect(said).toBeGreaterThan(500);
  });

  it('use every reason and hint of the check part of the catalogue', () => {
    const used = new Set(found.flatMap(({ message }) => (message.says ? [message.says.id, message.says.hint] : [])));
    expect(Object.keys(CHECK).filter((id) => !used.has(id as never) && !UNREACHED.has(id))).toEqual([]);
  });
});
