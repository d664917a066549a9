import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { leafletCharacters, missingCharacters } from '../../src/render/pdf/font-coverage.js';
import { SEED_POLICY, cli, tempDir } from '../helpers.js';

const seed = readFileSync(SEED_POLICY, 'utf8');

describe('characters the PDF fonts lack', () => {
  it('reads the characters of the IPAex font from its cmap', () => {
    const font = leafletCharacters()!;
    expect(font).not.toBeNull();
    for (const char of 'あア漢①※〒髙（）「」、。ー') expect(font.has(char.codePointAt(0)!)).toBe(true);
    expect(font.has(0x1f600)).toBe(false);
    expect(missingCharacters('利用目的👍🏽と😀と★', font)).toEqual(['👍🏽', '😀']);
  });

  it('warns at the text that holds an emoji, naming it', () => {
    const text = seed.replace('text: 利用者からの申込みに対し、円滑に作業を行うため', 'text: 利用者からの申込みに対し、円滑に作業を行うため👍🏽');
    const { policy, messages } = loadPolicyText('p.yaml', text);
    expect(policy).toBeDefined();
    expect(messages.filter((m) => m.ruleId === 'font-coverage')).toEqual([
      {
        file: 'p.yaml',
        line: 31,
        column: 19,
        severity: 'warning',
        ruleId: 'font-coverage',
        path: 'sections[0].body[1].purposes[0].text',
        reason: 'the printed leaflet (PDF) cannot show "👍🏽" (U+1F44D U+1F3FD): the embedded IPAex fonts lack it, so it is printed as an empty box',
        hint: 'write it in words (e.g. 「注意」 instead of an emoji), or leave it out',
        says: { id: 'check.font-coverage', hint: 'check.font-coverage.hint', values: { chars: '👍🏽' } },
      },
    ]);
  });

  it('finds nothing in the seed policy', () => {
    expect(loadPolicyText('p.yaml', seed).messages.filter((m) => m.ruleId === 'font-coverage')).toEqual([]);
  });

  it('is counted among the warnings of a build', async () => {
    const dir = tempDir();
    const file = `${dir}/p.yaml`;
    (await import('node:fs')).writeFileSync(file, seed.replace('本ポリシーを制定しました。', '本ポリシーを制定しました😀'));
    const result = await cli(['build', file, '--format', 'txt', '--out', `${dir}/out`]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('policy: 0 errors, 8 warnings; run "policy check" to see them\n');
  });
});
