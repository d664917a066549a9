import { describe, expect, it } from 'vitest';
import { formatPath, locate, parseYamlSource, pointerToPath } from '../../src/load/yaml-source.js';

const text = `title: 方針
table:
  parties:
    entries:
      - id: retailers
        name: 小売電気事業者
      - id: occto
        name:
`;

describe('positions in YAML', () => {
  const { source, messages } = parseYamlSource('p.yaml', text);

  it('parses without messages', () => expect(messages).toEqual([]));

  it('finds the line and column of any value or key', () => {
    expect(locate(source, ['table', 'parties', 'entries', 0, 'name'])).toEqual({ line: 6, column: 15 });
    expect(locate(source, ['table', 'parties', 'entries', 1, 'id'], 'key')).toEqual({ line: 7, column: 9 });
  });

  it('points at the key when the value is empty, and at the nearest block when the path does not exist', () => {
    expect(locate(source, ['table', 'parties', 'entries', 1, 'name'])).toEqual({ line: 8, column: 9 });
    expect(locate(source, ['table', 'parties', 'intro'])).toEqual({ line: 4, column: 5 });
  });

  it('writes and reads paths', () => {
    expect(formatPath(['jointUse', 'parties', 3, 'name'])).toBe('jointUse.parties[3].name');
    expect(pointerToPath('/jointUse/parties/3/name')).toEqual(['jointUse', 'parties', 3, 'name']);
  });

  it('reports a syntax error once per line with a hint', () => {
    const bad = parseYamlSource('b.yaml', 'title: a\n  x: b: c\n');
    expect(bad.messages.map((m) => [m.line, m.ruleId])).toEqual([
      [1, 'yaml-syntax'],
      [2, 'yaml-syntax'],
    ]);
    expect(bad.messages[0]!.hint).toMatch(/indentation/);
  });

  it('reports a key written twice', () => {
    const bad = parseYamlSource('d.yaml', 'title: a\ntitle: b\n');
    expect(bad.messages[0]).toMatchObject({ line: 2, column: 1, reason: 'the same key appears twice in one block', hint: 'keep one of the two lines and delete the other' });
  });

  it.each([
    ['a tab', 'title: a\norganization:\n\tname: b\n', 'indent with spaces, not tabs'],
    ['a full-width colon', 'version: "1"\ntitle：方針\nx\n', 'write a half-width colon and a space ": " after the key, not the full-width "："'],
  ])('says how to fix %s', (_, text, hint) => {
    const { messages } = parseYamlSource('k.yaml', text);
    expect(messages[0]?.hint).toBe(hint);
  });
});
