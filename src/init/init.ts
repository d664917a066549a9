/**
 * `policy init NAME`: a new policy file from the starter policy
 * (templates/init/policy.yaml), the company's own facts left as placeholders
 * 【要記入：…】 that `policy check` reports until each is filled in.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { ID_PATTERN } from '../model/schema.js';
import { TEMPLATES_DIR } from '../render/templates.js';
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
    throw new UsageError(
      `"${name}" cannot name a policy: use lower-case ASCII letters, digits and hyphens, e.g. acme-denki (the name of the output files)`,
    );
  }
  const folder = path.resolve(cwd, dir);
  const file = path.join(folder, `${name}.yaml`);
  const shown = path.relative(cwd, file) || file;
  if (existsSync(file)) {
    throw new InputError(`${shown} already exists; nothing was written`, 'choose another name, or edit the existing file');
  }
  const text = readFileSync(STARTER_POLICY, 'utf8');
  try {
    mkdirSync(folder, { recursive: true });
    // Written beside its place and renamed, so that a file of that name is complete or absent.
    const temporary = path.join(folder, `.${name}.yaml.${process.pid}.tmp`);
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    throw new InputError(`${shown} could not be written: ${(error as Error).message}`, 'check that the folder exists and can be written');
  }
  return { file: shown, placeholders: placeholders(parse(text)).length };
}
