/**
 * `policy init NAME`: a new policy file from the starter policy
 * (templates/init/policy.yaml), the company's own facts left as placeholders
 * 【要記入：…】 that `policy check` reports until each is filled in.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { say } from '../i18n/catalogue.js';
import { ID_PATTERN } from '../model/schema.js';
import { TEMPLATES_DIR } from '../render/templates.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { parse } from 'yaml';
import { placeholders } from '../check/rules/placeholder.js';

export const STARTER_POLICY = path.join(TEMPLATES_DIR, 'init', 'policy.yaml');

export interface InitResult {
  file: string;
  /** How many placeholders the new file holds. */
  placeholders: number;
}

/** Writes `<dir>/<name>.yaml`; never overwrites a file. */
export function initPolicy(name: string, dir = 'policy', cwd = process.cwd()): InitResult {
  if (!new RegExp(ID_PATTERN).test(name)) {
    throw new UsageError(say('input.init.bad-name', { name }));
  }
  const folder = path.resolve(cwd, dir);
  const file = path.join(folder, `${name}.yaml`);
  const shown = path.relative(cwd, file) || file;
  if (existsSync(file)) {
    throw new InputError(say('input.init.exists', { file: shown }, 'input.init.exists.hint'));
  }
  const text = withSchema(readFileSync(STARTER_POLICY, 'utf8'), schemaReference(folder, cwd));
  try {
    mkdirSync(folder, { recursive: true });
    // Written beside its place and renamed, so that a file of that name is complete or absent.
    const temporary = path.join(folder, `.${name}.yaml.${process.pid}.tmp`);
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    throw new InputError(say('input.init.write-failed', { file: shown, detail: (error as Error).message }, 'input.init.write-failed.hint'));
  }
  return { file: shown, placeholders: placeholders(parse(text)).length };
}

/** The first line of the starter policy, which names the schema for the editor (YAML extension). */
const SCHEMA_LINE = /^# yaml-language-server: \$schema=\S+/;

/** `text` with its schema line naming `schema`. */
export function withSchema(text: string, schema: string): string {
  return text.replace(SCHEMA_LINE, `# yaml-language-server: $schema=${schema}`);
}

/**
 * The schema as the editor finds it from a policy in `folder`: the installed package's
 * schema/policy.schema.json, relative to the folder (../node_modules/@shimin-policy/policy/…),
 * when the tool is installed in the project (`cwd`); else the copy published with this version
 * on the package registry's file server.
 */
export function schemaReference(folder: string, cwd: string, packageRoot = PACKAGE_ROOT): string {
  const schema = path.join(packageRoot, 'schema', 'policy.schema.json');
  const inProject = path.relative(path.resolve(cwd), schema);
  if (!inProject.startsWith('..') && !path.isAbsolute(inProject)) return path.relative(folder, schema).split(path.sep).join('/');
  return publishedSchema(packageRoot);
}

/** The schema published with the package's version: https://unpkg.com/<name>@<version>/schema/policy.schema.json. */
export function publishedSchema(packageRoot = PACKAGE_ROOT): string {
  const { name, version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return `https://unpkg.com/${name}@${version}/schema/policy.schema.json`;
}
