/** The preview follows folders that appear after it started. */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../src/preview/index.js';
import { watchFolders } from '../../src/preview/watch.js';
import { SEED_POLICY, tempDir } from '../helpers.js';

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('watching', () => {
  it('follows a policy folder removed and made again (as a branch switch does)', async () => {
    const dir = tempDir('policy-watch-');
    const folder = path.join(dir, 'policy');
    mkdirSync(folder);
    copyFileSync(SEED_POLICY, path.join(folder, 'shimin-denryoku.yaml'));
    const preview = await startPreview({ paths: [folder], port: 0, cwd: dir, debounceMs: 20 });
    try {
      expect(preview.workspace().policies).toHaveLength(1);
      rmSync(folder, { recursive: true });
      await until(() => preview.workspace().policies.length === 0);
      expect(preview.workspace().problem?.message).toContain('no such file or folder');
      mkdirSync(folder);
      copyFileSync(SEED_POLICY, path.join(folder, 'shimin-denryoku.yaml'));
      await until(() => preview.workspace().policies.length === 1);
      expect(preview.workspace().policies[0]!.name).toBe('shimin-denryoku');
    } finally {
      await preview.close();
    }
  });

  it('reports a change in a subfolder made after the start, and ignores files it was not asked about', async () => {
    const dir = tempDir('policy-watch-');
    let changes = 0;
    const watcher = watchFolders([{ dir, accept: (name) => name.endsWith('.hbs') }], () => changes++, 10);
    await watcher.ready;
    try {
      mkdirSync(path.join(dir, 'partials'));
      await until(() => changes === 1);
      copyFileSync(SEED_POLICY, path.join(dir, 'partials', 'notes.txt'));
      await new Promise((r) => setTimeout(r, 300));
      expect(changes).toBe(1);
      copyFileSync(SEED_POLICY, path.join(dir, 'partials', 'policy.hbs'));
      await until(() => changes === 2);
    } finally {
      await watcher.close();
    }
  });
});
