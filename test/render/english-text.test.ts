/**
 * The plain text of a translation (policy build, <name>.en.txt) laid out as
 * English sets it: no Japanese mark left in it, each hanging line under the
 * text it continues.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { ROOT, SEED_POLICY, tempDir } from '../helpers.js';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}・、。「」（）：]/u;

async function englishText(file: string): Promise<string> {
  const out = tempDir('policy-en-text-');
  await build({ paths: [file], outDir: out, formats: ['txt'] });
  return readFileSync(path.join(out, `${path.basename(file, '.yaml')}.en.txt`), 'utf8');
}

describe('the English plain text', () => {
  it('has no Japanese left in it: a table row is marked •, not ・', async () => {
    const acme = await englishText(path.join(ROOT, 'examples', 'acme-denki.yaml'));
    expect(acme).not.toMatch(JAPANESE);
    expect(acme).toContain('\n• Receiving and forwarding applications for electricity supply agreements\n  To conclude and manage electricity supply agreements\n');
    expect(await englishText(SEED_POLICY)).not.toMatch(JAPANESE);
  });

  it('hangs a manager\'s lines under its text, past the mark of its item groups', async () => {
    const seed = await englishText(SEED_POLICY);
    expect(seed).toContain(
      [
        '  (a) Basic information: The retail electricity supplier that has concluded the',
        '      Retail Supply Agreement, etc.',
        '      (provided, however, that for basic information on customers receiving',
        '       remote island supply or last-resort supply, the general electricity',
      ].join('\n'),
    );
    const acme = await englishText(path.join(ROOT, 'examples', 'acme-denki.yaml'));
    expect(acme).toContain('    (a) Basic information: Acme Denki Co., Ltd.\n        Address: Acme Denki Building, 9-9-9 Kaigan, Minato-ku, Tokyo 105-0000,\n          Japan\n');
  });
});
