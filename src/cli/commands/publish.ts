import path from 'node:path';
import { warningsLine } from '../warnings.js';
import { DEFAULT_TEXT_WIDTH } from '../../render/text.js';
import { DEFAULT_SITE_DIR, DEFAULT_TAG_PATTERN, publish, versionFolder } from '../../site/index.js';
import { intOption, outOption, parse } from '../args.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import { visible } from '../../report/visible.js';
import { projectConfig } from '../config.js';

export const publishHelp = `Usage: policy publish [paths…] [options]

Write a folder ready to upload, with every version of each policy:
  index.html                     the list of policies
  <name>/index.html              the current version, at an address that stays
  <name>/<name>.txt              its plain text
  <name>/v<version>/index.html   each earlier version, marked at the top as no
                                 longer current and linking to the current one
  <name>/<name>.pdf              the printed leaflet of the current version
  <name>/v<version>/<name>.pdf   and of each earlier version (unless --no-pdf)
  <name>/history.html            改定履歴: each version, its effective date, its
                                 summary and the changed words; with --internal
                                 also whether people must be told again (consent,
                                 notice …) and the legal basis
  <name>/index.en.html, <name>/<name>.en.txt, <name>/<name>.en.pdf,
  <name>/history.en.html
                                 the current version in English, when
                                 policy/<name>.en.po translates it completely;
                                 the Japanese and English pages link to each other
The current version is the policy in the working tree. Earlier versions are
read from git tags matching --tags (default "${DEFAULT_TAG_PATTERN}"), each at the same path
(git cat-file, the working tree untouched); a version is named by the
"version" field of its YAML. Without git or tags, only the current version is
published. Links are relative; the same versions give the same bytes.
A current policy with errors is not published, and nothing is written.
The look of policy.config.yaml (templates, colour, logo, footer, paper and
font of the leaflets) applies to the pages and the PDFs.

Arguments:
  paths            policy files or folders (default: policy/)

Options:
  --out DIR        output folder (default: ${DEFAULT_SITE_DIR}/)
  --tags PATTERN   git tags of the published versions (default: "${DEFAULT_TAG_PATTERN}"),
                   a glob as in git tag --list
  --width N        line width of the plain text (default: ${DEFAULT_TEXT_WIDTH})
  --internal       show the re-notice classification of each change in the
                   改定履歴 (an internal judgement: for the company's own staff,
                   not for the public site)
  --no-pdf         do not print the leaflets (no Chromium needed)
  --quiet, -q      print nothing but errors
  -h, --help       show this help

Exit codes: 0 written, 1 the current policy has errors, 2 wrong usage, a file
missing or unreadable, or an output folder that cannot be written, 3 a leaflet
could not be printed (e.g. Chromium missing).

Examples:
  git tag v1.1 && policy publish
  policy publish policy/shimin-denryoku.yaml --out public/privacy
  policy publish --tags 'policy-v*'
  policy publish --internal --out out/intranet   # for the legal team
`;

export async function publishCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('publish', argv, {
    out: { type: 'string', short: 'o' },
    tags: { type: 'string' },
    width: { type: 'string', short: 'w' },
    quiet: { type: 'boolean', short: 'q' },
    internal: { type: 'boolean' },
    'no-pdf': { type: 'boolean' },
  });
  if (values.help) return io.stdout(publishHelp), EXIT.ok;
  const width = intOption('width', values.width, 20, 400);
  const { config, messages: configMessages } = projectConfig(io);
  const result = await publish({
    paths: positionals.length ? positionals : ['policy'],
    outDir: outOption(values.out) ?? DEFAULT_SITE_DIR,
    cwd: io.cwd,
    ...(values.tags ? { tagPattern: values.tags } : {}),
    ...(width !== undefined ? { width } : {}),
    pdf: !values['no-pdf'],
    internal: values.internal === true,
    env: io.env as NodeJS.ProcessEnv,
    ...(config ? { brand: config.brand, ...(config.paper ? { paper: config.paper } : {}), ...(config.font ? { font: config.font } : {}) } : {}),
    ...(config?.translationNotice ? { translationNotice: config.translationNotice } : {}),
  });
  if (values.quiet) return EXIT.ok;
  io.stderr(warningsLine([...configMessages, ...result.messages], io.locale));
  for (const note of result.notes) io.stderr(`note: ${visible(note)}\n`);
  for (const p of result.policies) {
    const earlier = p.earlier.map((v) => `${v.version} (${v.source.kind === 'tag' ? v.source.tag : ''}) in ${p.name}/${versionFolder(v.version)}/`);
    io.stdout(visible(`${p.name}: current version ${p.current.version}${earlier.length ? `; earlier: ${earlier.join(', ')}` : '; no earlier versions'}`) + '\n');
  }
  io.stdout(result.written.map((file) => `wrote ${visible(path.relative(io.cwd, file) || file)}\n`).join(''));
  return EXIT.ok;
}
