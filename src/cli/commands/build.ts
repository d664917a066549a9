import path from 'node:path';
import { build, FORMATS, LANGS } from '../../build/build.js';
import { warningsLine } from '../warnings.js';
import { DEFAULT_TEXT_WIDTH } from '../../render/text.js';
import { choiceOption, intOption, listOption, outOption, parse } from '../args.js';
import { PAPERS } from '../../render/pdf/paper.js';
import { LEAFLET_FONTS } from '../../render/pdf/leaflet.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { visible, visibleJson } from '../../report/visible.js';
import { projectConfig } from '../config.js';

export const buildHelp = `Usage: policy build [paths…] [options]

Check each policy, then render it into the output folder:
  <name>.html           standalone web page (lang="ja", no external resources)
  <name>.fragment.html  the policy alone, for pasting into an existing site
  <name>.txt            plain text for e-mail and notice boards
  <name>.pdf            the printed leaflet (Chromium; Japanese fonts embedded)
and, when policy/<name>.en.po holds a complete English translation (see
"policy translate"), the same in English: <name>.en.html, <name>.en.fragment.html,
<name>.en.txt and <name>.en.pdf, each with a notice that the Japanese version
prevails; the Japanese and English pages link to each other.
A policy with errors is not rendered, and nothing in the output folder changes.

Arguments:
  paths              policy files or folders (default: policy/)

Options:
  --out DIR          output folder (default: out/)
  --format LIST      comma-separated: ${FORMATS.join(',')} (default: all)
  --lang LIST        comma-separated: ${LANGS.join(',')} (default: Japanese, and English
                     when its translation is complete; named, a translation
                     missing or out of date is an error and nothing is written)
  --width N          line width of the plain text, in columns; full-width
                     characters count 2 (default: ${DEFAULT_TEXT_WIDTH})
  --paper SIZE       paper of the leaflet: ${PAPERS.join(', ')} (default: A4, or the
                     paper of policy.config.yaml; B5 is JIS B5)
  --font FACE        typeface of the leaflet: gothic (IPAexゴシック, default)
                     or mincho (IPAex明朝); default also from policy.config.yaml
  --pdf-timeout S    seconds allowed to print each PDF (default: 30)
  --json             print the files written and the warnings as JSON
  --quiet, -q        print nothing but errors
  -h, --help         show this help

Settings in policy.config.yaml (in the folder the command runs in) apply:
its own templates, accent colour, logo and footer line on the web page and
the leaflet, and the default paper and font (see the README).

The PDF needs Chromium: it is found from $PUPPETEER_EXECUTABLE_PATH or
$CHROME_PATH, else Debian's headless shell or Chromium
(apt-get install chromium-headless-shell fonts-ipaexfont).

Exit codes: 0 built, 1 the policy has errors, 2 wrong usage, a file missing or
unreadable, or an output folder that cannot be written, 3 the machine could not
render (e.g. Chromium missing).

Examples:
  policy build
  policy build policy/shimin-denryoku.yaml --format html,txt --out public/
  policy build --format pdf --paper A5 --font mincho
  policy build --width 60
  policy build --lang en            # the English only; refuses an incomplete translation
`;

export async function buildCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('build', argv, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    lang: { type: 'string', short: 'l' },
    width: { type: 'string', short: 'w' },
    paper: { type: 'string' },
    font: { type: 'string' },
    'pdf-timeout': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    json: { type: 'boolean' },
  });
  if (values.help) return io.stdout(buildHelp), EXIT.ok;
  const { config, messages: configMessages } = projectConfig(io);
  const result = await build({
    paths: positionals.length ? positionals : ['policy'],
    outDir: outOption(values.out) ?? 'out',
    formats: listOption('format', values.format, FORMATS),
    langs: listOption('lang', values.lang, LANGS),
    ...(config?.translationNotice ? { translationNotice: config.translationNotice } : {}),
    width: intOption('width', values.width, 20, 400),
    paper: choiceOption('paper', values.paper, PAPERS) ?? config?.paper,
    font: choiceOption('font', values.font, LEAFLET_FONTS) ?? config?.font,
    ...(config ? { brand: config.brand } : {}),
    pdfTimeoutMs: seconds(intOption('pdf-timeout', values['pdf-timeout'], 1, 600)),
    env: io.env,
    onProgress: (done, total, name) => {
      if (!values.quiet && !values.json && io.isTTY && total > 1) io.stderr(`\rrendering ${done}/${total}: ${name}\u001b[K${done === total ? '\n' : ''}`);
    },
  });
  if (values.json) {
    io.stdout(visibleJson({ written: result.written, messages: result.messages }));
    return EXIT.ok;
  }
  if (values.quiet) return EXIT.ok;
  io.stderr(warningsLine([...configMessages, ...result.messages], io.locale));
  io.stdout(result.written.map((file) => `wrote ${visible(path.relative(io.cwd, path.resolve(io.cwd, file)) || file)}\n`).join(''));
  return EXIT.ok;
}

function seconds(value: number | undefined): number | undefined {
  return value === undefined ? undefined : value * 1000;
}
