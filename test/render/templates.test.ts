import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_POLICY, tempDir } from '../helpers.js';

/** A copy of the installed package (bin, dist, templates) with its own templates folder to edit. */
function installedCopy(): string {
  const dir = tempDir('policy-test-templates-');
  for (const part of ['bin', 'dist', 'templates', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const buildText = (pkg: string, out: string) => {
  execFileSync(process.execPath, [path.join(pkg, 'bin', 'policy.cjs'), 'build', SEED_POLICY, '--format', 'html,txt', '--out', out, '--quiet']);
  return { html: readFileSync(path.join(out, 'shimin-denryoku.html'), 'utf8'), txt: readFileSync(path.join(out, 'shimin-denryoku.txt'), 'utf8') };
};

describe('the templates precompiled into the bundled CLI', () => {
  it('are those of templates/, and a template edited after the build is compiled from its file', () => {
    const pkg = installedCopy();
    const out = path.join(pkg, 'out');
    const bundle = readFileSync(path.join(pkg, 'dist', 'policy.cjs'), 'utf8');
    expect(bundle).toContain('"html/partials/block-paragraph.hbs": { source:');

    const before = buildText(pkg, out);
    expect(before).toEqual(buildText(ROOT, path.join(pkg, 'out-root')));

    const partial = path.join(pkg, 'templates', 'html', 'partials', 'block-paragraph.hbs');
    writeFileSync(partial, `<!-- edited -->${readFileSync(partial, 'utf8')}`);
    const text = path.join(pkg, 'templates', 'text', 'policy.hbs');
    writeFileSync(text, `（編集済み）\n${readFileSync(text, 'utf8')}`);
    mkdirSync(path.join(pkg, 'out2'));
    const after = buildText(pkg, path.join(pkg, 'out2'));
    expect(after.html).toContain('<!-- edited -->');
    expect(after.html.replaceAll('<!-- edited -->', '')).toBe(before.html);
    // The text file's byte order mark comes before what the template writes.
    expect(after.txt).toBe(`\uFEFF（編集済み）\n${before.txt.replace(/^\uFEFF/, '')}`);
  }, 30_000);
});
