/** The preview follows folders that appear after it started. */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('sees the policy folder again when it is removed, and made again only after the removal was seen, twice; then follows edits', async () => {
    const dir = tempDir('policy-watch-');
    const folder = path.join(dir, 'policy');
    mkdirSync(folder);
    copyFileSync(SEED_POLICY, path.join(folder, 'shimin-denryoku.yaml'));
    const preview = await startPreview({ paths: [folder], port: 0, cwd: dir, debounceMs: 20 });
    const pause = () => new Promise((r) => setTimeout(r, 200));
    try {
      for (let round = 0; round < 2; round++) {
        rmSync(folder, { recursive: true });
        await until(() => preview.workspace().policies.length === 0);
        await pause();
        mkdirSync(folder);
        await pause();
        copyFileSync(SEED_POLICY, path.join(folder, 'shimin-denryoku.yaml'));
        await until(() => preview.workspace().policies.length === 1);
      }
      writeFileSync(path.join(folder, 'shimin-denryoku.yaml'), readFileSync(SEED_POLICY, 'utf8').replace('title: ', 'title: 改訂'));
      await until(() => (preview.workspace().policies[0]?.html ?? '').includes('改訂'));
    } finally {
      await preview.close();
    }
  }, 30_000);

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

describe('the preview with policy.config.yaml', () => {
  it('shows the logo and colour, and follows edits of the company templates', async () => {
    const { loadConfig } = await import('../../src/config/load.js');
    const { useTemplateOverrides } = await import('../../src/render/templates.js');
    const { writeFileSync } = await import('node:fs');
    const dir = tempDir('policy-watch-brand-');
    mkdirSync(path.join(dir, 'policy'));
    copyFileSync(SEED_POLICY, path.join(dir, 'policy', 'shimin-denryoku.yaml'));
    mkdirSync(path.join(dir, 'own', 'html', 'partials'), { recursive: true });
    writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    writeFileSync(path.join(dir, 'policy.config.yaml'), 'accentColor: "#0b5cab"\nlogo: logo.svg\ntemplates: own\n');
    const { config } = loadConfig(dir);
    useTemplateOverrides(config!.templatesDir);
    const preview = await startPreview({ paths: ['policy'], port: 0, cwd: dir, debounceMs: 20, config: config! });
    try {
      const html = () => preview.workspace().policies[0]!.html ?? '';
      expect(html()).toContain('<img class="pp-logo" src="data:image/svg+xml;base64,');
      expect(html()).toContain('--pp-accent: #0b5cab;');
      writeFileSync(path.join(dir, 'own', 'html', 'partials', 'footnotes.hbs'), '<p class="own-notes">注記</p>\n');
      await until(() => html().includes('<p class="own-notes">注記</p>'));
    } finally {
      await preview.close();
      useTemplateOverrides(undefined);
    }
  });
});
