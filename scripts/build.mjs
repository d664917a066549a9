// The build after `tsc`: bundles the CLI into dist/policy.js (one file loads far faster than
// hundreds of modules) and precompiles the Handlebars templates into dist/templates.json.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { precompileAll } from '../dist/render/templates.js';

await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/policy.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Chromium's driver is loaded only when a PDF is asked for.
  external: ['puppeteer-core'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
writeFileSync(new URL('../dist/templates.json', import.meta.url), JSON.stringify(precompileAll()));
