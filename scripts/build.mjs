// The build after `tsc`:
// - bundles the CLI into one CommonJS file, dist/policy.cjs: one file loads far faster than hundreds
//   of modules, and bin/policy.cjs can keep V8's compiled code for it (dist/policy.cjs.cache);
// - precompiles the Handlebars templates into the bundle (in place of src/render/precompiled-templates.ts),
//   so that V8's code cache covers them too;
// - runs the bundled CLI once, so that the code cache exists before the first real run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { precompileAll } from '../dist/render/templates.js';

const root = new URL('..', import.meta.url).pathname;

// The generated module: each template's source (a template edited after the build is compiled from
// its file instead) and its specification, as JavaScript.
const precompiled = Object.entries(precompileAll())
  .map(([key, { source, spec }]) => `  ${JSON.stringify(key)}: { source: ${JSON.stringify(source)}, spec: ${spec} },`)
  .join('\n');
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled-templates\.ts$/ }, () => ({
      contents: `export const PRECOMPILED = {\n${precompiled}\n};\n`,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  outfile: path.join(root, 'dist/policy.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Required only when they are used, from node_modules, so that they do not weigh on every start:
  // Chromium's driver (a PDF), the Word writer and its zip library (a .docx), the file watcher (the
  // preview), the colour parser (a policy.config.yaml that names a colour).
  // The PO reader (gettext-parser, bundled: an ES module the bundle could not require) takes its
  // character-set converter from there, used only for a PO file that is not UTF-8.
  external: ['puppeteer-core', 'docx', 'fflate', 'chokidar', 'culori', 'encoding'],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [precompiledTemplates],
  logLevel: 'warning',
});

// esbuild leaves the Japanese of regular expressions as it is; escaped, the bundle is ASCII, which
// Node reads into a one-byte string (half the memory, no UTF-8 decoding) at every start.
const bundle = path.join(root, 'dist/policy.cjs');
writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

rmSync(path.join(root, 'dist/policy.cjs.cache'), { force: true });
const out = mkdtempSync(path.join(tmpdir(), 'policy-warm-'));
execFileSync(process.execPath, [path.join(root, 'bin/policy.cjs'), 'build', path.join(root, 'policy'), '--format', 'html,txt', '--out', out, '--quiet'], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
