import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { InputError, InvalidPolicyError } from '../../src/errors.js';
import { ROOT, SEED_POLICY, cli, snapshot, tempDir } from '../helpers.js';

const HTML_TXT = ['html', 'txt'] as const;

function withOldOutput(): string {
  const out = tempDir();
  writeFileSync(path.join(out, 'shimin-denryoku.html'), 'old page');
  writeFileSync(path.join(out, 'keep.txt'), 'not ours');
  return out;
}

describe('policy build', () => {
  it('writes the page, the fragment and the text of the seed policy', async () => {
    const out = tempDir();
    const { code, stdout, stderr } = await cli(['build', '--out', out, '--format', 'html,txt']);
    expect(code).toBe(0);
    expect(stderr).toBe('policy: 0 errors, 7 warnings; run "policy check" to see them\n');
    // The seed policy has a complete English translation (policy/shimin-denryoku.en.po): written beside it.
    expect(readdirSync(out).sort()).toEqual([
      'shimin-denryoku.en.fragment.html',
      'shimin-denryoku.en.html',
      'shimin-denryoku.en.txt',
      'shimin-denryoku.fragment.html',
      'shimin-denryoku.html',
      'shimin-denryoku.txt',
    ]);
    expect(stdout).toContain(`wrote ${path.relative(ROOT, path.join(out, 'shimin-denryoku.html'))}`);
    expect(readFileSync(path.join(out, 'shimin-denryoku.fragment.html'), 'utf8')).toMatch(/^<article class="privacy-policy" lang="ja">/);
  });

  it('is deterministic: two builds are byte-identical', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await build({ paths: [SEED_POLICY], outDir: a, formats: HTML_TXT });
    await build({ paths: [SEED_POLICY], outDir: b, formats: HTML_TXT });
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('wraps the text at --width', async () => {
    const out = tempDir();
    await cli(['build', '--out', out, '--format', 'txt', '--width', '40']);
    const lines = readFileSync(path.join(out, 'shimin-denryoku.txt'), 'utf8').replace(/^\uFEFF/, '').split('\n');
    const url = 'http://www.enecho.meti.go.jp/';
    const wide = lines.filter((l) => !l.includes(url)).filter((l) => [...l].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0) > 40);
    expect(wide).toEqual([]);
  });

  it('the text file starts with the UTF-8 byte order mark, which browsers honour without a charset header', async () => {
    const out = tempDir();
    await cli(['build', '--out', out, '--format', 'html,txt']);
    const bytes = readFileSync(path.join(out, 'shimin-denryoku.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Once, and nowhere else: the text after it is the policy's.
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^グリーン・市民電力の個人情報の取り扱いについて/);
    expect(bytes.subarray(3).includes(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    // The pages declare their charset themselves.
    expect(readFileSync(path.join(out, 'shimin-denryoku.html'))[0]).toBe('<'.charCodeAt(0));
  });

  it('refuses an invalid policy and leaves the output folder exactly as it was', async () => {
    const out = withOldOutput();
    const before = snapshot(out);
    const policies = tempDir();
    copyFileSync(SEED_POLICY, path.join(policies, 'a.yaml'));
    copyFileSync(path.join(ROOT, 'test/fixtures/invalid/duplicate-id.yaml'), path.join(policies, 'b.yaml'));
    const result = await cli(['build', policies, '--out', out, '--format', 'html,txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('b.yaml:116:25  error  sections[4].body[0].jointUse.items.groups[0].fields[2].id: the data item id "address" is already used on line 114  (duplicate-id)');
    expect(result.stderr).toMatch(/Nothing was written: fix the errors above and run the command again.\n$/);
    expect(snapshot(out)).toEqual(before);
    await expect(build({ paths: [policies], outDir: out, formats: HTML_TXT })).rejects.toBeInstanceOf(InvalidPolicyError);
  });

  it.each(readdirSync(path.join(ROOT, 'test/fixtures/invalid')).filter((n) => n.endsWith('.yaml')))(
    'leaves the output folder untouched for bad input: %s',
    async (name) => {
      const out = withOldOutput();
      const before = snapshot(out);
      const result = await cli(['build', path.join('test/fixtures/invalid', name), '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^test/fixtures/invalid/${name.replace('.', '\\.')}:\\d+:\\d+  error  `, 'm'));
      expect(snapshot(out)).toEqual(before);
    },
  );

  it('puts back every file when writing fails half-way', async () => {
    const out = withOldOutput();
    mkdirSync(path.join(out, 'shimin-denryoku.txt'));
    const before = snapshot(out);
    await expect(build({ paths: [SEED_POLICY], outDir: out, formats: HTML_TXT })).rejects.toBeInstanceOf(InputError);
    expect(snapshot(out)).toEqual(before);
    const result = await cli(['build', '--out', out, '--format', 'html,txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `policy: ${path.join(out, 'shimin-denryoku.txt')} exists and is not a file\n    hint: move it away or choose another --out folder\n`,
    );
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['keep.txt', 'shimin-denryoku.html', 'shimin-denryoku.txt']);
  });

  it('does not create the output folder when the build fails', async () => {
    const out = path.join(tempDir(), 'out');
    await cli(['build', 'test/fixtures/invalid/wrong-type.yaml', '--out', out]);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a wrong format or width', async () => {
    expect(await cli(['build', '--format', 'docx'])).toMatchObject({ code: 2, stderr: 'policy: --format takes a comma-separated list of html, txt, pdf; got "docx"\n' });
    expect((await cli(['build', '--width', 'wide'])).code).toBe(2);
  });
});

describe('policy build --json', () => {
  it('lists the files written and the warnings, for scripts', async () => {
    const out = tempDir();
    const result = await cli(['build', '--json', '--format', 'txt', '--out', out]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { written: string[]; messages: Array<{ ruleId: string }> };
    expect(report.written).toEqual([path.join(out, 'shimin-denryoku.txt'), path.join(out, 'shimin-denryoku.en.txt')]);
    expect(report.messages.map((m) => m.ruleId)).toEqual(['appi-business-identity', 'appi-complaints', 'appi-disclosure-procedure', 'appi-security-measures', 'appi-manager-identity', 'appi-manager-identity', 'https-link']);
  });
});

describe('policy build with two policies of one name', () => {
  it('refuses to let one overwrite the other', async () => {
    const [a, b, out] = [tempDir(), tempDir(), tempDir()];
    copyFileSync(SEED_POLICY, path.join(a, 'policy.yaml'));
    copyFileSync(SEED_POLICY, path.join(b, 'policy.yaml'));
    const result = await cli(['build', a, b, '--out', out, '--format', 'html']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `policy: ${path.join(a, 'policy.yaml')} and ${path.join(b, 'policy.yaml')} would both be written as policy.*\n` +
        '    hint: rename one of the files, or build them into different --out folders\n',
    );
    expect(readdirSync(out)).toEqual([]);
  });
});
