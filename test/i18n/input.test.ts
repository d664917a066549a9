/**
 * The catalogue's part for input (src/i18n/input.ts), walked by real inputs:
 * broken YAML, files that are no files, a policy.config.yaml with every kind
 * of mistake, broken templates, texts with what the pages cannot show, a
 * translation out of step, an output folder that cannot be written, policy
 * init refused. Every message and error they produce carries the catalogue's
 * ids (`says`), its English is what the catalogue says, and its Japanese is
 * Japanese; and every id of the part is produced by one of them (or is listed
 * below with why no test can produce it). A message written in plain words
 * again, or an id no code uses, fails here.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t, type Said } from '../../src/i18n/catalogue.js';
import { INPUT } from '../../src/i18n/input.js';
import { localise, type Message } from '../../src/report/message.js';
import { wordsOf } from '../../src/errors.js';
import { parseYamlSource } from '../../src/load/yaml-source.js';
import { decodeUtf8, discoverPolicyFiles, findPolicyFiles, readInputFile } from '../../src/load/read-files.js';
import { encodingProblem } from '../../src/load/load-policies.js';
import { loadConfigText } from '../../src/config/load.js';
import { parseInline } from '../../src/inline/inline.js';
import { unsafeLinkProblem } from '../../src/inline/link-scheme.js';
import { build } from '../../src/build/build.js';
import { lockFolder, makeFolder, writeError, writeOutputs } from '../../src/build/write-outputs.js';
import { initPolicy } from '../../src/init/init.js';
import { GitRepo } from '../../src/load/git.js';
import { translateFile } from '../../src/translate/update.js';
import { projectConfig } from '../../src/cli/config.js';
import { useTemplateOverrides } from '../../src/render/templates.js';
import { ROOT, SEED_POLICY, cli, tempDir } from '../helpers.js';

/** Ids no test can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  'input.not-allowed': 'permissions do not stop the tests, which may run as root',
  'input.not-readable': 'permissions do not stop the tests, which may run as root',
  'input.permission.hint': 'permissions do not stop the tests, which may run as root',
  'input.folder-unopened': 'a folder that can be found but not listed needs permissions',
  'input.read-failed': 'a regular file that opens but cannot be read needs a failing disk',
  'input.path.hint': 'the hint of the two above',
  'input.yaml.unknown-tag': 'the parser warns of an unknown tag, and the tag is reported as yaml-tag instead',
  'input.yaml.unknown-tag.hint': 'as above',
  'input.yaml.nesting': 'nesting is refused at 32 levels (too-deep) before the parser runs out',
  'input.yaml.nesting.hint': 'as above',
  'input.git.missing': 'git is on the machine that runs the tests',
  'input.git.missing.hint': 'as above',
};

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const messages: Message[] = [];
const errors: Array<Error & { says?: Said }> = [];

/** Run `fn`, keeping what it throws (an error of the tool, with its ids). */
async function thrown(fn: () => unknown): Promise<void> {
  try {
    await fn();
  } catch (error) {
    errors.push(error as Error);
    return;
  }
  throw new Error(`expected a failure from ${String(fn)}`);
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>\n';

beforeAll(async () => {
  const dir = tempDir('policy-input-corpus-');
  const file = (name: string, content: string | Buffer = '') => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };

  // YAML.
  for (const text of [
    'title: a\ntitle: b\n',
    'organization:\n\tname: x\n',
    'organization:\n\u3000name: x\n  shortName: y\n',
    'version: "1"\ntitle： x\norganization:\n  name: y\n',
    'title: a\n---\ntitle: b\n',
    'title: "abc\n',
    'organization:\n  name: a\n  - b\n',
    'title: a\n  b: c\n',
    'list:\n  - a\n   - b\n',
    'title: !!binary aGVsbG8=\n',
    'title: !foo x\n',
    `a: ${'['.repeat(40)}${']'.repeat(40)}\n`,
  ]) {
    messages.push(...parseYamlSource('p.yaml', text).messages);
  }

  // Files that are no policy files.
  mkdirSync(path.join(dir, 'folder.yaml'));
  symlinkSync('nowhere.yaml', path.join(dir, 'link.yaml'));
  truncateSync(file('big.yaml'), 40 * 1024 * 1024);
  execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
  for (const name of ['folder.yaml', 'link.yaml', 'big.yaml', 'pipe.yaml', 'missing.yaml', `${'x'.repeat(300)}.yaml`]) {
    const read = readInputFile(path.join(dir, name));
    if (read.message) messages.push(read.message);
  }
  const device = readInputFile('/dev/null', { what: 'an image file' });
  if (device.message) messages.push(device.message);
  for (const bytes of [readFileSync(path.join(ROOT, 'test', 'fixtures', 'shift-jis.yaml')), Buffer.from('\ufefftitle: a\n', 'utf16le')]) {
    const decoded = decodeUtf8('p.yaml', bytes);
    if (decoded.message) messages.push(decoded.message);
  }
  messages.push(encodingProblem('p.yaml', 'title: \ufffd\n')!);
  mkdirSync(path.join(dir, 'empty'));
  await thrown(() => discoverPolicyFiles([path.join(dir, 'empty')]));
  await thrown(() => findPolicyFiles([path.join(dir, 'missing.yaml')]));
  await thrown(() => translateFile(path.join(dir, 'folder.yaml'), 'en'));

  // policy.config.yaml.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  file('brand/logo.png', png);
  file('brand/big.png', Buffer.alloc(600 * 1024));
  file('brand/text.png', 'これは画像ではありません');
  file('brand/script.svg', SVG.replace('></svg>', '><script>alert(1)</script></svg>'));
  mkdirSync(path.join(dir, 'brand', 'folder.png'));
  symlinkSync('nowhere.png', path.join(dir, 'brand', 'link.png'));
  file('templates/html/extra.css', 'p {}');
  file('broken/html/partials/contact.hbs', '{{#if a}}\n{{/each}}\n');
  file('broken/html/partials/footnotes.hbs', '{{#each a}}x');
  file('broken/html/partials/blocks.hbs', 'a {{b c');
  file('broken/html/partials/list.hbs', '{{/if}}');
  file('broken/html/partials/extra.hbs', 'a {{b c\n');
  file('loops/html/partials/contact.hbs', '{{> contact}}\n{{> nosuch}}\n');
  file('loops/html/partials/mine.hbs', '{{> theirs}}\n');
  file('loops/html/partials/theirs.hbs', '{{> mine}}\n');
  for (const config of [
    '- a\n',
    'accentColor: nocolour\n',
    "accentColor: '#ffff00'\n",
    "accentColor: 'rgb(0 0 0 / 0)'\n",
    "accentColor: 'rgb(0 0 0 / 0.5)'\n",
    `footer: ${'株式会社サンプル　個人情報保護窓口　'.repeat(6)}\n`,
    'logo: https://example.jp/logo.png\n',
    'logo: /etc/passwd\n',
    'logo: ../outside.png\n',
    'logo: brand/none.png\n',
    'logo: brand/big.png\n',
    'logo: brand/text.png\n',
    'logo: brand/script.svg\n',
    'logo: brand/folder.png\n',
    'logo: brand/link.png\n',
    'templates: /etc\n',
    'templates: ../x\n',
    'templates: brand/none\n',
    'templates: templates\n',
    'templates: broken\n',
    'templates: loops\n',
  ]) {
    messages.push(...loadConfigText('policy.config.yaml', config, dir).messages);
  }
  useTemplateOverrides(undefined);
  const unreadableConfig = tempDir('policy-input-config-');
  mkdirSync(path.join(unreadableConfig, 'policy.config.yaml'));
  await thrown(() => projectConfig({ cwd: unreadableConfig }));

  // Texts.
  for (const text of ['<b>太字</b>です。', '<div>\n段落</div>', '1. 番号', '# 見出し', '図![図](https://example.jp/a.png)', '図![図][ref]', '[参照][ref]\n\n[ref]: https://example.jp/', '[x](javascript:alert(1))']) {
    for (const problem of parseInline(text).problems) messages.push({ file: 'p.yaml', line: 1, column: 1, severity: 'error', ...problem });
  }
  messages.push({ file: 'p.yaml', line: 1, column: 1, severity: 'error', ...unsafeLinkProblem('file:///etc/passwd') });

  // A translation out of step, and one that cannot be read: as policy check reports them (JSON).
  const translated = path.join(dir, 'translated');
  mkdirSync(path.join(translated, 'policy'), { recursive: true });
  writeFileSync(path.join(translated, 'policy', 'p.yaml'), readFileSync(SEED_POLICY, 'utf8').replace('name: 電力広域的運営推進機関', 'name: 電力広域的運営推進機関及び経済産業省'));
  writeFileSync(
    path.join(translated, 'policy', 'p.en.po'),
    readFileSync(path.join(ROOT, 'policy', 'shimin-denryoku.en.po'), 'utf8')
      .replace('msgstr "Shimin Denryoku"', 'msgstr ""')
      .replace('#: shimin-denryoku.yaml:18\nmsgctxt "title"', '#: shimin-denryoku.yaml:18\n#, fuzzy\nmsgctxt "title"')
      .replace('parties[^scope]."', 'parties."')
      .replace('msgstr "This Policy was established."', 'msgstr "This Policy was <b>established</b>."') + '\nmsgctxt "sections/gone/body/0"\nmsgid "消えた文章"\nmsgstr "A text that is gone"\n',
  );
  const drift = await cli(['check', '--format', 'json'], translated);
  messages.push(...(JSON.parse(drift.stdout) as Message[]).filter((m) => m.ruleId.startsWith('translation-')));
  const notPo = path.join(dir, 'not-po');
  mkdirSync(path.join(notPo, 'policy'), { recursive: true });
  copyFileSync(SEED_POLICY, path.join(notPo, 'policy', 'p.yaml'));
  writeFileSync(path.join(notPo, 'policy', 'p.en.po'), 'garbage\n');
  messages.push(...(JSON.parse((await cli(['check', '--format', 'json'], notPo)).stdout) as Message[]).filter((m) => m.ruleId.startsWith('translation-')));

  // The build and its output folder.
  const two = path.join(dir, 'two');
  for (const side of ['a', 'b']) {
    mkdirSync(path.join(two, side), { recursive: true });
    copyFileSync(SEED_POLICY, path.join(two, side, 'p.yaml'));
  }
  await thrown(() => build({ paths: [two], outDir: path.join(dir, 'out'), formats: ['txt'] }));
  await thrown(() => build({ paths: [path.join(dir, 'link.yaml'), SEED_POLICY], outDir: path.join(dir, 'out'), formats: ['txt'] }));
  await thrown(() => build({ paths: [SEED_POLICY], outDir: path.join(dir, 'out'), paper: 'A3' as never }));
  await thrown(() => build({ paths: [SEED_POLICY], outDir: path.join(dir, 'out'), font: 'serif' as never }));
  const untranslated = path.join(dir, 'untranslated');
  mkdirSync(untranslated);
  copyFileSync(SEED_POLICY, path.join(untranslated, 'p.yaml'));
  try {
    await build({ paths: [untranslated], outDir: path.join(dir, 'out'), formats: ['txt'], langs: ['en'] });
  } catch (error) {
    messages.push(...((error as { messages?: Message[] }).messages ?? []).filter((m) => m.ruleId.startsWith('translation-')));
  }
  await thrown(() => writeOutputs(' ', []));
  file('outfile');
  await thrown(() => makeFolder(path.join(dir, 'outfile'), 'output folder'));
  await thrown(() => makeFolder(path.join(dir, 'outfile', 'sub'), 'output folder'));
  file('out2/sub');
  await thrown(() => writeOutputs(path.join(dir, 'out2'), [{ name: 'sub/x.txt', content: 'x' }]));
  mkdirSync(path.join(dir, 'out3', 'x.txt'), { recursive: true });
  await thrown(() => writeOutputs(path.join(dir, 'out3'), [{ name: 'x.txt', content: 'x' }]));
  mkdirSync(path.join(dir, 'out4'));
  const release = await lockFolder(path.join(dir, 'out4'), 0);
  await thrown(() => lockFolder(path.join(dir, 'out4'), 0));
  release();
  errors.push(writeError('out/p.html', Object.assign(new Error('no space'), { code: 'ENOSPC' })));
  errors.push(writeError('out/p.html', Object.assign(new Error('odd'), { code: 'EWHATEVER' })));

  // git revisions.
  const git = (await GitRepo.find(ROOT))!;
  await thrown(() => git.readBlob('HEAD', 'no/such/file.yaml'));
  await thrown(() => git.listFilesWithSubmodules('HEAD', 'no/such/folder'));

  // policy init.
  await thrown(() => initPolicy('Acme_Denki', 'policy', dir));
  initPolicy('acme', 'policy', dir);
  await thrown(() => initPolicy('acme', 'policy', dir));
  await thrown(() => initPolicy('acme', 'outfile', dir));
}, 60_000);

/** The ids a message or an error was said from, with the ids it quotes. */
function idsOf(says: Said): string[] {
  const inner = says.values?.inner;
  return [says.id, ...(says.hint ? [says.hint] : []), ...(typeof inner === 'string' && inner ? [inner] : [])];
}

describe('the messages about input', () => {
  it('every message carries its ids; its English is the catalogue\'s, its Japanese is Japanese', () => {
    expect(messages.length).toBeGreaterThan(60);
    for (const m of messages) {
      const where = `${m.ruleId}: ${m.reason}`;
      expect(m.says, where).toBeDefined();
      expect(t(m.says!.id, 'en', m.says!.values), where).toBe(m.reason);
      if (m.hint) expect(m.says!.hint, where).toBeDefined();
      const ja = localise(m, 'ja');
      expect(ja.reason, where).toMatch(JAPANESE);
      expect(ja.reason, where).not.toBe(m.reason);
      expect(ja.reason, where).not.toMatch(/undefined|\[object Object\]/);
      if (m.hint) expect(ja.hint, where).toMatch(JAPANESE);
    }
  });

  it('every error carries its ids, and says itself in Japanese', () => {
    expect(errors.length).toBeGreaterThan(15);
    for (const error of errors) {
      expect(error.says, error.message).toBeDefined();
      expect(t(error.says!.id, 'en', error.says!.values), error.message).toBe(error.message);
      const { message, hint } = wordsOf(error, 'ja');
      expect(message, error.message).toMatch(JAPANESE);
      expect(message, error.message).not.toMatch(/undefined/);
      if (hint) expect(hint, error.message).toMatch(JAPANESE);
    }
  });

  it('every id of the part is said by some input (or cannot be, for a reason given)', () => {
    const said = new Set([...messages.flatMap((m) => (m.says ? idsOf(m.says) : [])), ...errors.flatMap((e) => (e.says ? idsOf(e.says) : []))]);
    const unsaid = Object.keys(INPUT).filter((id) => !said.has(id) && !(id in UNREACHABLE));
    expect(unsaid).toEqual([]);
    // An id listed as unreachable that an input reaches after all is taken off the list.
    expect(Object.keys(UNREACHABLE).filter((id) => said.has(id))).toEqual([]);
  });
});
