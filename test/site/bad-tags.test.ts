import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { git, versionedRepo } from './repo.js';

const LAUGHS = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '',
].join('\n');

/** Tag a text of the policy as `tag`, then put the working tree back as it was. */
function tagText(repo: string, tag: string, text: string): void {
  const file = path.join(repo, 'policy', 'shimin-denryoku.yaml');
  const current = readFileSync(file, 'utf8');
  const head = git(repo, 'rev-parse', 'HEAD').trim();
  writeFileSync(file, text);
  git(repo, 'commit', '-qam', tag);
  git(repo, 'tag', tag);
  git(repo, 'reset', '-q', '--hard', head);
  writeFileSync(file, current);
}

describe('policy publish with bad old tags', () => {
  it('skips each bad tag with a note and publishes the rest', async () => {
    const repo = versionedRepo();
    const file = path.join(repo, 'policy', 'shimin-denryoku.yaml');
    const current = readFileSync(file, 'utf8');
    tagText(repo, 'v0.1', LAUGHS);
    tagText(repo, 'v0.2', current.replace(/version: "[^"]+"\neffectiveDate/, `version: "${'9'.repeat(300)}"\neffectiveDate`));
    tagText(repo, 'v0.3', current.replace('title: ', 'title: \u202E'));
    tagText(repo, 'v0.4', current.replace(/version: "[^"]+"\neffectiveDate/, 'version: "0.4/a"\neffectiveDate'));
    tagText(repo, 'v0.5', current.replace(/version: "[^"]+"\neffectiveDate/, 'version: "0.4-a"\neffectiveDate'));
    const result = await cli(['publish'], repo);
    expect(result.code).toBe(0);
    const notes = result.stderr.split('\n').filter((l) => l.startsWith('note: '));
    expect(notes).toEqual([
      expect.stringMatching(/^note: v0\.1:policy\/shimin-denryoku\.yaml is not published: it has errors under the current checks \(first: line 2: the file repeats copies/),
      expect.stringMatching(/^note: v0\.2:policy\/shimin-denryoku\.yaml is not published: it has errors under the current checks \(first: line 7: the version is 300 characters long/),
      expect.stringMatching(/^note: v0\.3:policy\/shimin-denryoku\.yaml is not published: .*U\+202E RIGHT-TO-LEFT OVERRIDE/),
      'note: shimin-denryoku: versions "0.4/a" and "0.4-a" would both be published in v0.4-a/; "0.4-a" (tag v0.5) is left out (write versions with digits and dots only, e.g. "1.2")',
    ]);
    expect(result.stdout).toContain('shimin-denryoku: current version 1.2; earlier: 0.4/a (v0.4) in shimin-denryoku/v0.4-a/, 1.0 (v1.0) in shimin-denryoku/v1.0/, 1.1 (v1.1) in shimin-denryoku/v1.1/');
  }, 30_000);
});
