/**
 * Every rule id a check can report, with one sentence on what it checks:
 * the rules of index.ts, and the ids that the loader and the schema rule
 * report under more precise names. For the SARIF rule list.
 */
import { rules } from './index.js';
import { DRIFT_RULES } from '../translate/rules.js';

const MORE: Readonly<Record<string, string>> = {
  'yaml-syntax': 'The file is valid YAML.',
  'yaml-tag': 'No YAML type (!!binary, !!set …) stands before a value: a policy holds only texts, lists and blocks of keys.',
  'too-deep': 'Blocks and lists are nested at most 32 levels deep.',
  'unknown-block': 'Every block is a text or has one of the keys that say what it is (list, table, contact …).',
  'raw-html': 'Texts hold no HTML tags: the pages are built from the structure.',
  'block-markdown': 'Texts hold no Markdown the pages cannot show (a picture, a heading, a code block …).',
  'unsupported-markdown': 'Texts use only the inline Markdown the pages show: emphasis, strong, links and footnote marks.',
  'unsafe-link': 'Links are https:, http: or mailto: only.',
  'lookalike-name': 'Two joint users are not named alike (the same name but for an invisible character, a space or full-width letters).',
  encoding: 'The file is saved as UTF-8.',
  'not-a-policy': 'The file holds a policy (a mapping with version, organization, title …).',
  'unknown-key': 'Every key is one the schema knows (schema/policy.schema.json).',
  'missing-key': 'Every required key is present.',
  'wrong-type': 'Every value has the type the schema asks for (text, list, date …).',
  'invalid-id': 'Ids are lower-case letters, digits and hyphens.',
  'empty-text': 'Texts are not blank.',
  'empty-list': 'Lists that must hold entries are not empty.',
  'wrong-value': 'A value is one of those allowed (e.g. paper: A4, A5 or B5).',
  'not-a-config': 'policy.config.yaml holds settings (a mapping of keys).',
  'invalid-colour': 'accentColor in policy.config.yaml is a CSS colour.',
  'low-contrast': 'accentColor in policy.config.yaml is opaque and dark enough for white text and for links on white (WCAG 2.1 contrast 4.5:1).',
  'missing-file': 'A file named in policy.config.yaml exists.',
  'missing-folder': 'The templates folder named in policy.config.yaml exists.',
  'logo-not-local': 'The logo in policy.config.yaml is a file of the project: not a web address, an absolute path or a link out of the project.',
  'logo-not-image': 'The logo in policy.config.yaml is a PNG, JPEG, SVG or WebP image (checked by its bytes).',
  'logo-too-large': 'The logo in policy.config.yaml is small enough to embed in every page.',
  'logo-script': 'An SVG logo holds no script, event handler, link or embedded content.',
  'pdf-footer': "The footer line in policy.config.yaml fits at the foot of the leaflet's pages, on two lines at most, measured as the leaflet sets it.",
  'unknown-template': 'Every file of the templates folder replaces a bundled template.',
  'appi-disclosure-fee': 'Only a request for disclosure or for the notice of the purposes may carry a fee, not correction, suspension or deletion (APPI Art. 38(1)).',
  'role-mismatch': 'A declared role and the role the words read like go together.',
  'templates-outside': 'The templates folder named in policy.config.yaml is a folder of the project.',
  'template-syntax': 'Every template of the templates folder is valid Handlebars.',
  'template-partial': 'Every partial a template includes exists, and no partial includes itself without end.',
  'unreadable-file': 'Every file read (a policy, policy.config.yaml, the logo, a template) is a regular file that can be read, within its size limit.',
  ...DRIFT_RULES,
  'translation-syntax': 'A translation file (policy/NAME.en.po) can be read and is a PO file gettext tools can read.',
  'yaml-alias': 'The file does not copy copies of copies ("&name" / "*name") so many times that reading it would take all memory.',
};

export function ruleCatalog(extra: readonly { id: string; description: string }[] = []): Map<string, string> {
  const out = new Map<string, string>(Object.entries(MORE));
  for (const rule of [...rules, ...extra]) out.set(rule.id, rule.description);
  return out;
}
