/** policy.config.yaml: checked with positioned messages; its look changes the web page and the leaflet, and nothing else. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/schema.js';
import { loadConfigText } from '../../src/config/load.js';
import { sniffImage, svgProblem } from '../../src/config/image.js';
import { useTemplateOverrides } from '../../src/render/templates.js';
import { ROOT, cli, configProject, snapshot } from '../helpers.js';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="#0b5cab"/></svg>\n';

afterEach(() => useTemplateOverrides(undefined));

const project = (config: string, files: Record<string, string | Buffer> = {}) => configProject(config, files);

const check = (config: string, files: Record<string, string | Buffer> = {}) => loadConfigText('policy.config.yaml', config, project(config, files)).messages;

describe('policy.config.yaml: bad input', () => {
  it('an unknown key: at its line and column, with the key meant', () => {
    const messages = check('accentColor: "#0b5cab"\nlogoo: brand/logo.png\n');
    expect(messages).toMatchObject([
      { file: 'policy.config.yaml', line: 2, column: 1, severity: 'error', ruleId: 'unknown-key', reason: 'unknown key "logoo"', hint: expect.stringContaining('did you mean "logo"?') },
    ]);
  });

  it('a logo file that does not exist', () => {
    expect(check('logo: brand/logo.png\n')).toMatchObject([
      { line: 1, column: 7, severity: 'error', ruleId: 'missing-file', reason: 'there is no file brand/logo.png', hint: expect.stringContaining('relative to policy.config.yaml') },
    ]);
  });

  it('a logo that is not an image (by its bytes, whatever its name)', () => {
    expect(check('\nlogo: brand/logo.png\n', { 'brand/logo.png': 'これは画像ではありません' })).toMatchObject([
      { line: 2, column: 7, ruleId: 'logo-not-image', reason: 'brand/logo.png is not a PNG, JPEG, SVG or WebP image' },
    ]);
  });

  it('an SVG logo with a script or an event handler, a web address', () => {
    const script = SVG.replace('<rect', '<script>alert(1)</script><rect');
    expect(check('logo: logo.svg\n', { 'logo.svg': script })).toMatchObject([{ ruleId: 'logo-script', reason: 'logo.svg holds a script (<script>), which is not allowed in a logo' }]);
    expect(check('logo: logo.svg\n', { 'logo.svg': SVG.replace('<rect', '<rect onload="x()"') })).toMatchObject([{ ruleId: 'logo-script' }]);
    expect(check('logo: logo.svg\n', { 'logo.svg': SVG.replace('<rect', '<image href="https://example.com/a.png"/><rect') })).toMatchObject([{ ruleId: 'logo-script' }]);
    expect(check('logo: https://example.com/logo.png\n')).toMatchObject([{ ruleId: 'logo-not-local', line: 1, column: 7 }]);
  });

  it('a colour that is not a CSS colour, a colour too light to read, a paper that does not exist', () => {
    expect(check('accentColor: "#12"\n')).toMatchObject([{ line: 1, column: 14, ruleId: 'invalid-colour', reason: '"#12" is not a CSS colour' }]);
    expect(check('accentColor: "red; } body { display: none"\n')).toMatchObject([{ ruleId: 'invalid-colour' }]);
    expect(check('accentColor: "#ffe600"\n')).toMatchObject([{ ruleId: 'low-contrast', severity: 'warning' }]);
    expect(check('paper: A3\n')).toMatchObject([{ line: 1, column: 8, ruleId: 'wrong-value', reason: '"A3" is not one of A4, A5, B5', hint: 'write one of: A4, A5, B5' }]);
    expect(check('templates: brand/templates\n')).toMatchObject([{ line: 1, column: 12, ruleId: 'missing-folder' }]);
  });

  it('a file in the templates folder that replaces nothing is a warning', () => {
    expect(check('templates: own\n', { 'own/html/styles.css': 'x' })).toMatchObject([
      { severity: 'warning', ruleId: 'unknown-template', reason: 'own/html/styles.css replaces no bundled template, so it is not used' },
    ]);
  });

  it('stops build with exit 1 and the positioned message, and leaves out/ as it was; policy check reports it too', async () => {
    const dir = project('logo: brand/logo.png\n');
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'keep.txt'), 'old');
    const before = snapshot(path.join(dir, 'out'));
    const result = await cli(['build', '--format', 'html,txt'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('policy.config.yaml:1:7  error  logo: there is no file brand/logo.png  (missing-file)');
    expect(result.stderr).toContain('Nothing was written');
    expect(snapshot(path.join(dir, 'out'))).toEqual(before);
    const checked = await cli(['check'], dir);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('policy.config.yaml:1:7  error  logo: there is no file brand/logo.png  (missing-file)');
  });

  it('knows PNG, JPEG, WebP and SVG by their bytes', () => {
    expect(sniffImage(PNG)).toBe('image/png');
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImage(Buffer.from(`\uFEFF<!-- logo -->\n${SVG.replace(/^<\?xml[^>]*>\n/, '')}`))).toBe('image/svg+xml');
    expect(sniffImage(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
    expect(svgProblem(SVG)).toBeUndefined();
  });
});

describe('policy.config.yaml: the company look', () => {
  it('a logo and a colour change the web page and the leaflet, and nothing else', async () => {
    const plain = project('');
    const branded = project('# yaml-language-server: $schema=./schema/config.schema.json\naccentColor: "#0b5cab"\nlogo: brand/logo.svg\nfooter: 株式会社サンプル　個人情報保護窓口\n', {
      'brand/logo.svg': SVG,
    });
    const env = { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH };
    expect((await cli(['build'], plain, env)).code).toBe(0);
    expect((await cli(['build'], branded, env)).code).toBe(0);
    const read = (dir: string, name: string) => readFileSync(path.join(dir, 'out', name));
    // The same text and fragment.
    for (const name of ['shimin-denryoku.txt', 'shimin-denryoku.fragment.html']) expect(read(branded, name).equals(read(plain, name)), name).toBe(true);
    const html = read(branded, 'shimin-denryoku.html').toString();
    expect(html).toContain(':root { --pp-accent: #0b5cab; }');
    expect(html).toContain(`<img class="pp-logo" src="data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64').replace(/=/g, '&#x3D;')}" alt="一般社団法人グリーン・市民電力">`);
    expect(html).toContain('<footer class="pp-brand-footer"><p>株式会社サンプル　個人情報保護窓口</p></footer>');
    // Apart from the brand, the page is the same.
    const unbrand = html
      .replace('\n:root { --pp-accent: #0b5cab; }', '\n')
      .replace(/<header class="pp-brand">.*<\/header>/, '')
      .replace(/<footer class="pp-brand-footer">.*<\/footer>/, '');
    expect(unbrand).toBe(read(plain, 'shimin-denryoku.html').toString());
    expect(read(branded, 'shimin-denryoku.pdf').equals(read(plain, 'shimin-denryoku.pdf'))).toBe(false);
    // The published site has the same look.
    expect((await cli(['publish', '--no-pdf'], branded)).code).toBe(0);
    const site = readFileSync(path.join(branded, 'out', 'site', 'shimin-denryoku', 'index.html'), 'utf8');
    expect(site).toContain('<img class="pp-logo" src="data:image/svg+xml;base64,');
    expect(site).toContain(':root { --pp-accent: #0b5cab; }');
    expect(readFileSync(path.join(branded, 'out', 'site', 'shimin-denryoku', 'history.html'), 'utf8')).toContain(':root { --pp-accent: #0b5cab; }');
  }, 120_000);

  it('a templates folder replaces one partial, and the others stay as bundled', async () => {
    const dir = project('templates: brand/templates\n', {
      'brand/templates/html/partials/footnotes.hbs': '<aside class="own-notes">{{#each footnotes}}<p id="{{anchor}}">{{mark}} {{inline text}}</p>{{/each}}</aside>\n',
    });
    const result = await cli(['build', '--format', 'html'], dir);
    expect(result.code).toBe(0);
    const html = readFileSync(path.join(dir, 'out', 'shimin-denryoku.html'), 'utf8');
    expect(html).toContain('<aside class="own-notes"><p id="fn-scope">※1 ');
    expect(html).toContain('class="pp-table pp-joint-use-table"'); // the bundled joint-use partial
    const bundled = await cli(['build', '--format', 'html', '--out', 'out2'], project(''));
    expect(bundled.code).toBe(0);
  });
});

describe('the JSON Schema of policy.config.yaml', () => {
  it('committed in schema/ is the one the model gives (run "npm run schema")', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'config.schema.json'), 'utf8'))).toEqual(configJsonSchema());
    expect((configJsonSchema() as { additionalProperties: boolean }).additionalProperties).toBe(false);
  });
});
