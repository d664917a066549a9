/**
 * `policy publish`: the versioned site, rendered in memory and written at
 * once (writeOutputs): nothing in the output folder changes unless every
 * page rendered.
 */
import path from 'node:path';
import { writeOutputs } from '../build/write-outputs.js';
import type { Message } from '../report/message.js';
import { renderSite } from './render.js';
import { collectVersions, type PolicyVersions } from './versions.js';

export const DEFAULT_SITE_DIR = 'out/site';

export interface PublishOptions {
  /** Policy files or folders, relative to `cwd`. */
  paths: readonly string[];
  /** Default out/site. */
  outDir?: string;
  cwd?: string;
  /** Glob of the git tags that mark published versions (default `v*`). */
  tagPattern?: string;
  /** Width of the plain text, in display columns. */
  width?: number;
}

export interface PublishResult {
  written: string[];
  policies: Array<{ name: string; current: PolicyVersions['current']; earlier: PolicyVersions['earlier'] }>;
  /** Warnings of the current versions. */
  messages: Message[];
  /** Where the versions came from, and what was left out. */
  notes: string[];
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const { policies, messages, notes } = await collectVersions({
    paths: options.paths,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.tagPattern ? { tagPattern: options.tagPattern } : {}),
  });
  const files = renderSite(policies, options.width !== undefined ? { width: options.width } : {});
  const written = await writeOutputs(path.resolve(options.cwd ?? process.cwd(), options.outDir ?? DEFAULT_SITE_DIR), files);
  return { written, policies, messages, notes };
}
