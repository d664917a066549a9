/**
 * `policy build`: load and check every policy, render every requested
 * format in memory, and only then write the files. A policy with errors,
 * or a renderer that fails, leaves the output folder as it was.
 */
import { loadPolicies, type LoadedPolicy } from '../load/load-policies.js';
import { hasErrors, type Message } from '../report/message.js';
import { InvalidPolicyError } from '../errors.js';
import { buildView } from '../render/view.js';
import { renderHtmlFragment, renderHtmlPage } from '../render/html.js';
import { DEFAULT_TEXT_WIDTH, renderText } from '../render/text.js';
import { writeOutputs, type OutputFile } from './write-outputs.js';

export const FORMATS = ['html', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

export interface BuildOptions {
  paths: string[];
  outDir: string;
  formats?: readonly Format[];
  /** Width of the plain text, in display columns. */
  width?: number;
  /** Called as each policy is rendered (for a progress line). */
  onProgress?: (done: number, total: number, name: string) => void;
}

export interface BuildResult {
  written: string[];
  /** Warnings of the policies that were built. */
  messages: Message[];
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const { policies, messages } = await loadPolicies(options.paths);
  if (hasErrors(messages)) throw new InvalidPolicyError(messages);
  const files: OutputFile[] = [];
  policies.forEach((policy, i) => {
    files.push(...renderPolicy(policy, options));
    options.onProgress?.(i + 1, policies.length, policy.name);
  });
  const written = await writeOutputs(options.outDir, files);
  return { written, messages };
}

export function renderPolicy(loaded: LoadedPolicy, options: Pick<BuildOptions, 'formats' | 'width'>): OutputFile[] {
  const formats = options.formats ?? FORMATS;
  const view = buildView(loaded.policy);
  const files: OutputFile[] = [];
  if (formats.includes('html')) {
    files.push({ name: `${loaded.name}.html`, content: renderHtmlPage(view) });
    files.push({ name: `${loaded.name}.fragment.html`, content: renderHtmlFragment(view) });
  }
  if (formats.includes('txt')) {
    files.push({ name: `${loaded.name}.txt`, content: renderText(view, options.width ?? DEFAULT_TEXT_WIDTH) });
  }
  return files;
}
