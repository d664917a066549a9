/**
 * policy.config.yaml and the files it names (the logo, the templates) against
 * hostile or careless input: the same checks and the same reader as policies.
 */
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { useTemplateOverrides } from '../../src/render/templates.js';
import { ROOT, cli, configProject, snapshot, tempDir } from '../helpers.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="#0b5cab"/></svg>\n';

afterEach(() => useTemplateOverrides(undefined));

const project = (config: string | Buffer | undefined, files: Record<string, string | Buffer> = {}) => configProject(config, files);

const messagesOf = (dir: string) => loadConfig(dir).messages;

describe('the footer and every other text of the config: the character check of policies', () => {
  it.each([
    ['\u202E', 'bidi-control', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u001B[2J', 'control-character', 'U+001B ESCAPE'],
    ['\u200B', 'invisible-character', 'U+200B ZERO WIDTH SPACE'],
  ])('refuses %j in the footer at its line and column', (char, ruleId, name) => {
    const dir = project(`accentColor: "#0b5cab"\nfooter: 株式会社サンプル${char}個人情報保護窓口\n`);
    const errors = messagesOf(dir).filter((m) => m.severity === 'error');
    expect(errors).toMatchObject([{ file: 'policy.config.yaml', line: 2, column: 17, ruleId }]);
    expect(errors[0]!.reason).toContain(name);
  });

  it('refuses a footer written with an escape ("\\u202E")', () => {
    const dir = project('footer: "株式会社サンプル\\u202E窓口"\n');
    expect(messagesOf(dir)).toMatchObject([{ line: 1, ruleId: 'bidi-control' }]);
  });

  it('build stops (exit 1) and leaves out/ as it was', async () => {
    const dir = project('footer: 株式会社サンプル\u202E窓口\n');
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'keep.txt'), 'old');
    const before = snapshot(path.join(dir, 'out'));
    const result = await cli(['build', '--format', 'html,txt'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('policy.config.yaml:1:17  error');
    expect(snapshot(path.join(dir, 'out'))).toEqual(before);
  });
});

describe('the config file itself', () => {
  it('a folder named policy.config.yaml', () => {
    const dir = project(undefined);
    mkdirSync(path.join(dir, 'policy.config.yaml'));
    expect(messagesOf(dir)).toMatchObject([{ file: 'policy.config.yaml', severity: 'error', ruleId: 'unreadable-file', reason: 'this is a folder, not a settings file' }]);
  });

  it('a link to a file that does not exist', async () => {
    const dir = project(undefined);
    symlinkSync(path.join(dir, 'brand', 'gone.yaml'), path.join(dir, 'policy.config.yaml'));
    expect(messagesOf(dir)).toMatchObject([{ file: 'policy.config.yaml', ruleId: 'unreadable-file', reason: 'the file is a link to a file that does not exist' }]);
    const result = await cli(['check'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('policy.config.yaml  error  the file is a link to a file that does not exist  (unreadable-file)');
    const build = await cli(['build', '--format', 'html'], dir);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('policy.config.yaml  error  the file is a link to a file that does not exist  (unreadable-file)');
    expect(build.stderr).not.toContain('unexpected failure');
  });

  // As root every file can be read: the command is then run as the unprivileged user "nobody".
  const root = process.getuid?.() === 0;
  const asNobody = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath];
  // setpriv is there, and "nobody" may run the tool from where it is.
  const setpriv = root && spawnSync('setpriv', [...asNobody, '-e', `require('node:fs').accessSync(${JSON.stringify(path.join(ROOT, 'dist', 'policy.cjs'))})`]).status === 0;
  it.skipIf(root && !setpriv)('a file you may not read', () => {
    const dir = project('accentColor: "#0b5cab"\n');
    chmodSync(path.join(dir, 'policy.config.yaml'), 0o000);
    if (!root) {
      expect(messagesOf(dir)).toMatchObject([{ ruleId: 'unreadable-file', reason: 'you are not allowed to read this file' }]);
      return;
    }
    for (const d of [dir, path.join(dir, 'policy')]) chmodSync(d, 0o755);
    chmodSync(path.join(dir, 'policy', 'shimin-denryoku.yaml'), 0o644);
    const result = spawnSync('setpriv', [...asNobody, path.join(ROOT, 'bin', 'policy.cjs'), 'check', '--quiet'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('policy.config.yaml  error  you are not allowed to read this file  (unreadable-file)');
  });

  it('copies of copies (an entity-expansion bomb) get the message policies get', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const dir = project(`${levels.join('\n')}\n`);
    expect(messagesOf(dir)).toMatchObject([{ file: 'policy.config.yaml', severity: 'error', ruleId: 'yaml-alias' }]);
    const result = await cli(['check'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('unexpected failure');
  });

  it('Shift_JIS and UTF-16 get the encoding message of policies', () => {
    const sjis = project(Buffer.concat([Buffer.from('footer: '), Buffer.from([0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0]), Buffer.from('\n')]));
    expect(messagesOf(sjis)).toMatchObject([{ file: 'policy.config.yaml', line: 1, column: 9, ruleId: 'encoding', reason: 'the file is not saved as UTF-8, so its Japanese text cannot be read' }]);
    const utf16 = project(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('footer: 株式会社\n', 'utf16le')]));
    expect(messagesOf(utf16)).toMatchObject([{ ruleId: 'encoding', reason: 'the file is saved as UTF-16, so its text cannot be read' }]);
  });
});

describe('the logo: only a file of the project, read by the one reader', () => {
  it('an absolute path, a path out of the project, a link out of the project', () => {
    const outside = tempDir('policy-outside-');
    writeFileSync(path.join(outside, 'logo.png'), PNG);
    expect(messagesOf(project(`logo: ${path.join(outside, 'logo.png')}\n`))).toMatchObject([
      { line: 1, column: 7, ruleId: 'logo-not-local', reason: expect.stringContaining('is an absolute path') },
    ]);
    const dir = project('logo: ../logo.png\n');
    writeFileSync(path.join(path.dirname(dir), 'logo.png'), PNG);
    expect(messagesOf(dir)).toMatchObject([{ ruleId: 'logo-not-local', reason: expect.stringContaining('outside the project') }]);
    const linked = project('logo: brand/logo.png\n');
    mkdirSync(path.join(linked, 'brand'));
    symlinkSync(path.join(outside, 'logo.png'), path.join(linked, 'brand', 'logo.png'));
    expect(messagesOf(linked)).toMatchObject([{ ruleId: 'logo-not-local', reason: expect.stringContaining('outside the project') }]);
  });

  it('an SVG that links outside through a renamed namespace prefix', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:l="http://www.w3.org/1999/xlink"><image l:href="file:///etc/passwd"/></svg>\n';
    expect(messagesOf(project('logo: logo.svg\n', { 'logo.svg': svg }))).toMatchObject([{ ruleId: 'logo-script', reason: 'logo.svg holds a link to another file or address (href), which is not allowed in a logo' }]);
    const script = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>\n';
    expect(messagesOf(project('logo: logo.svg\n', { 'logo.svg': script }))).toMatchObject([{ ruleId: 'logo-script' }]);
    expect(messagesOf(project('logo: logo.svg\n', { 'logo.svg': SVG }))).toEqual([]);
  });

  it('a logo of 2 GB is refused by its size, without reading it', () => {
    const dir = project('logo: brand/logo.png\n', { 'brand/logo.png': PNG });
    truncateSync(path.join(dir, 'brand', 'logo.png'), 2 * 1024 * 1024 * 1024);
    expect(messagesOf(dir)).toMatchObject([{ ruleId: 'logo-too-large', reason: 'brand/logo.png is 2097152 KiB; it is embedded in every page, so it may be at most 512 KiB' }]);
  });

  it('/dev/zero as the logo, by name or through a link, is refused without reading it', () => {
    expect(messagesOf(project('logo: /dev/zero\n'))).toMatchObject([{ ruleId: 'logo-not-local' }]);
    const dir = project('logo: brand/logo.png\n');
    mkdirSync(path.join(dir, 'brand'));
    symlinkSync('/dev/zero', path.join(dir, 'brand', 'logo.png'));
    expect(messagesOf(dir)).toMatchObject([{ ruleId: 'logo-not-local' }]);
  }, 5_000);

  it('a pipe as the logo is refused without waiting on it', () => {
    const dir = project('logo: brand/logo.png\n');
    mkdirSync(path.join(dir, 'brand'));
    execFileSync('mkfifo', [path.join(dir, 'brand', 'logo.png')]);
    expect(messagesOf(dir)).toMatchObject([{ line: 1, column: 7, ruleId: 'logo-not-image', reason: 'brand/logo.png: this is a pipe (FIFO), not an image file' }]);
  }, 5_000);
});

describe('the accent colour must be readable', () => {
  it('transparent, or partly transparent, is a warning', () => {
    expect(messagesOf(project('accentColor: transparent\n'))).toMatchObject([{ severity: 'warning', ruleId: 'low-contrast', reason: expect.stringContaining('is transparent') }]);
    expect(messagesOf(project('accentColor: "rgb(11 92 171 / 40%)"\n'))).toMatchObject([{ severity: 'warning', ruleId: 'low-contrast', reason: expect.stringContaining('partly transparent') }]);
    expect(messagesOf(project('accentColor: "#ffe600"\n'))).toMatchObject([{ severity: 'warning', ruleId: 'low-contrast' }]);
    expect(messagesOf(project('accentColor: "#0b5cab"\n'))).toEqual([]);
  });
});

describe('the templates folder', () => {
  it('the root folder, an absolute path, a folder out of the project: refused with one message', () => {
    expect(messagesOf(project('templates: /\n'))).toMatchObject([{ line: 1, column: 12, severity: 'error', ruleId: 'templates-outside', reason: expect.stringContaining('an absolute path') }]);
    expect(messagesOf(project('templates: /etc\n'))).toHaveLength(1);
    expect(messagesOf(project('templates: ../..\n'))).toMatchObject([{ ruleId: 'templates-outside', reason: expect.stringContaining('outside the project') }]);
  });

  it('a syntax error: at its file, line and column; check fails; build says so and writes nothing', async () => {
    const dir = project('templates: brand/templates\n', {
      'brand/templates/html/partials/footnotes.hbs': '<aside>\n  {{#each footnotes}}\n  <p>{{mark}} {{inline text}</p>\n  {{/each}}\n</aside>\n',
    });
    const [error] = messagesOf(dir);
    expect(error).toMatchObject({
      file: 'brand/templates/html/partials/footnotes.hbs',
      line: 3,
      column: 28,
      severity: 'error',
      ruleId: 'template-syntax',
      reason: 'the {{ … }} is not closed here: "}}" is missing',
      hint: expect.stringContaining('close it with }}'),
    });
    const check = await cli(['check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('brand/templates/html/partials/footnotes.hbs:3:');
    const build = await cli(['build', '--format', 'html'], dir);
    expect(build.code).toBe(1);
    expect(build.stderr).not.toContain('unexpected failure');
  });

  it('a block closed with another name', () => {
    const dir = project('templates: t\n', { 't/html/partials/footnotes.hbs': '<aside>\n{{#each footnotes}}x{{/if}}\n</aside>\n' });
    expect(messagesOf(dir)).toMatchObject([
      { file: 't/html/partials/footnotes.hbs', line: 2, column: 4, ruleId: 'template-syntax', reason: 'the block {{#each}} is closed by {{/if}}', hint: expect.stringContaining('write {{/each}} here') },
    ]);
    const unclosed = project('templates: t\n', { 't/html/partials/footnotes.hbs': '<aside>\n{{#each footnotes}}x\n</aside>\n' });
    expect(messagesOf(unclosed)).toMatchObject([{ line: 4, column: 1, ruleId: 'template-syntax', reason: 'the template ends before a block ({{#if}}, {{#each}} …) is closed' }]);
  });

  it('a partial that does not exist, a partial that includes itself', async () => {
    const missing = project('templates: t\n', { 't/html/partials/footnotes.hbs': '<aside>\n  {{> notez notes=footnotes}}\n</aside>\n' });
    expect(messagesOf(missing)).toMatchObject([
      { file: 't/html/partials/footnotes.hbs', line: 2, column: 3, ruleId: 'template-partial', reason: 'the template includes the partial "notez", which does not exist', hint: expect.stringContaining('{{> notes}}') },
    ]);
    const itself = project('templates: t\n', { 't/html/partials/footnotes.hbs': '<aside>{{> footnotes}}</aside>\n' });
    expect(messagesOf(itself)).toMatchObject([{ file: 't/html/partials/footnotes.hbs', line: 1, column: 8, ruleId: 'template-partial', reason: expect.stringContaining('includes itself') }]);
    const result = await cli(['build', '--format', 'html'], itself);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('t/html/partials/footnotes.hbs:1:8');
    // A partial the template defines itself, and a partial block with its own fallback content, are fine.
    const inline = project('templates: t\n', { 't/html/partials/footnotes.hbs': '{{#*inline "mine"}}x{{/inline}}{{> mine}}{{#> maybe}}fallback{{/maybe}}\n' });
    expect(messagesOf(inline)).toEqual([]);
    // Recursion inside {{#each}} (nested entries) is how the bundled templates work, and is fine.
    const nested = project('templates: t\n', { 't/html/partials/footnotes.hbs': '<aside>{{#each sub}}{{> footnotes}}{{/each}}</aside>\n' });
    expect(messagesOf(nested)).toEqual([]);
  });

  it('a template that fails while the page is made is a problem of the templates, not a failure of the tool', async () => {
    const dir = project('templates: t\n', { 't/html/partials/footnotes.hbs': '<aside>{{#each}}x{{/each}}</aside>\n' });
    const result = await cli(['build', '--format', 'html'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the page could not be made with your templates');
    expect(result.stderr).toContain('Must pass iterator to #each');
    expect(result.stderr).not.toContain('unexpected failure');
  });

  it('a template holding a direction control or an escape character: the character check of policies, at its line and column', () => {
    const dir = project('templates: t\n', { 't/html/partials/footnotes.hbs': '<aside>\n  <p>窓口\u202E案内</p>\n</aside>\n', 't/html/style.css': 'body { color: #000; }\n/* \u001b[2J */\n' });
    expect(messagesOf(dir)).toMatchObject([
      { file: 't/html/partials/footnotes.hbs', line: 2, column: 8, severity: 'error', ruleId: 'bidi-control', reason: expect.stringContaining('U+202E RIGHT-TO-LEFT OVERRIDE') },
      { file: 't/html/style.css', line: 2, column: 4, severity: 'error', ruleId: 'control-character', reason: expect.stringContaining('U+001B ESCAPE') },
    ]);
  });

  it('a pipe in the templates folder is refused without waiting on it', () => {
    const dir = project('templates: t\n', { 't/html/partials/notes.hbs': 'x' });
    execFileSync('mkfifo', [path.join(dir, 't', 'html', 'style.css')]);
    expect(messagesOf(dir)).toMatchObject([{ file: 't/html/style.css', ruleId: 'unreadable-file', reason: 'this is a pipe (FIFO), not a template file' }]);
  }, 5_000);
});

