/**
 * `policy diff` with translations on both sides: each change needing action
 * says whether its English changed in the same revision.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempDir } from '../helpers.js';

const YAML = path.join(ROOT, 'policy', 'shimin-denryoku.yaml');
const PO = path.join(ROOT, 'policy', 'shimin-denryoku.en.po');

/** Two versions of the seed with its translation: old/ as committed, new/ edited by `edit`. */
function versions(edit: (yaml: string, po: string) => [string, string], withPo = true): { old: string; new: string; dir: string } {
  const dir = tempDir('policy-diff-en-');
  for (const side of ['old', 'new']) {
    mkdirSync(path.join(dir, side));
    copyFileSync(YAML, path.join(dir, side, 'shimin-denryoku.yaml'));
    if (withPo) copyFileSync(PO, path.join(dir, side, 'shimin-denryoku.en.po'));
  }
  const [yaml, po] = edit(readFileSync(YAML, 'utf8'), readFileSync(PO, 'utf8'));
  writeFileSync(path.join(dir, 'new', 'shimin-denryoku.yaml'), yaml);
  if (withPo) writeFileSync(path.join(dir, 'new', 'shimin-denryoku.en.po'), po);
  return { old: path.join(dir, 'old'), new: path.join(dir, 'new'), dir };
}

const OLD_NAME = '電力広域的運営推進機関';
const NEW_NAME = '電力広域的運営推進機関及び経済産業省';

interface JsonChange {
  id: string;
  action: string;
  translation?: string;
}
const changes = (stdout: string) => (JSON.parse(stdout) as { changes: JsonChange[] }).changes;

describe('policy diff and the English translation', () => {
  it('a joint user renamed in Japanese and in English in the same revision: its English changed', async () => {
    const v = versions((yaml, po) => [
      yaml.replace(`name: ${OLD_NAME}`, `name: ${NEW_NAME}`),
      po
        .replace(`msgid "${OLD_NAME}"\nmsgstr "the Organization for Cross-regional Coordination of Transmission Operators, Japan"`, `msgid "${NEW_NAME}"\nmsgstr "the Organization for Cross-regional Coordination of Transmission Operators, Japan and the Ministry of Economy, Trade and Industry"`),
    ]);
    const { stdout } = await cli(['diff', v.old, v.new, '--format', 'json'], v.dir);
    const party = changes(stdout).find((c) => c.id === 'occto');
    expect(party).toMatchObject({ action: expect.not.stringMatching(/^none$/), translation: 'changed' });
    const text = await cli(['diff', v.old, v.new], v.dir);
    expect(text.stdout).toContain('    en:     the English changed in the same revision\n');
    const markdown = await cli(['diff', v.old, v.new, '--format', 'markdown'], v.dir);
    expect(markdown.stdout).toContain('| 英訳 |');
    expect(markdown.stdout).toContain('同時に更新');
  });

  it('renamed in Japanese only: its English is missing (out of date)', async () => {
    const v = versions((yaml, po) => [yaml.replace(`name: ${OLD_NAME}`, `name: ${NEW_NAME}`), po]);
    const { stdout } = await cli(['diff', v.old, v.new, '--format', 'json'], v.dir);
    expect(changes(stdout).find((c) => c.id === 'occto')?.translation).toBe('missing');
  });

  it('without a translation on both sides, the changes say nothing of it (the JSON as before)', async () => {
    const v = versions((yaml, po) => [yaml.replace(`name: ${OLD_NAME}`, `name: ${NEW_NAME}`), po], false);
    const { stdout } = await cli(['diff', v.old, v.new, '--format', 'json'], v.dir);
    expect(changes(stdout).every((c) => c.translation === undefined)).toBe(true);
    expect((await cli(['diff', v.old, v.new, '--format', 'markdown'], v.dir)).stdout).not.toContain('英訳');
  });
});
