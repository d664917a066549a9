import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { run } from '../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_POLICY = path.join(ROOT, 'policy', 'shimin-denryoku.yaml');

const created: string[] = [];
// Each test file removes the folders it made.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'policy-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Remove every kind of white space, so wrapped or re-indented text compares equal. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

const SUPERSCRIPT: Record<string, string> = { '¹': '1', '²': '2', '³': '3', '⁴': '4' };

/**
 * The sentences and list entries of the seed text as published, with the
 * copy artefacts removed: HTML tags, the line broken inside 「小売電気事業者」,
 * Markdown list dashes, and superscript marks written as ※1.
 */
export function seedUnits(): string[] {
  const raw = readFileSync(path.join(ROOT, 'test', 'fixtures', 'seed.txt'), 'utf8')
    .replace('全ての小\n\n売電気事業者', '全ての小売電気事業者')
    .replace(/[¹²³⁴]/g, (c) => SUPERSCRIPT[c]!)
    .replace(/<[^>]+>/g, '\n');
  return raw
    .split(/\n|\t|\s+(?=[・①-⑳（])/)
    .map((line) => line.replace(/^\s*-\s+/, '').trim())
    .flatMap((line) => line.split(/(?<=。)(?![）」])/))
    .map(squash)
    .filter(Boolean);
}

/** The visible text of an HTML document's body: tags removed, entities decoded. */
export function htmlText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '');
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in this process, as `policy …` would, with the given working folder. */
export async function cli(args: string[], cwd = ROOT, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run(args, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: { NO_COLOR: '1', ...env },
      isTTY: false,
      cwd,
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** Every file below `dir` with its bytes, to prove a folder was left exactly as it was. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/** A project folder: policy/ with the seed, policy.config.yaml as given (text or bytes; none when undefined), and other files (a logo, templates …). */
export function configProject(config: string | Buffer | undefined, files: Record<string, string | Buffer> = {}, prefix = 'policy-config-'): string {
  const dir = tempDir(prefix);
  mkdirSync(path.join(dir, 'policy'));
  copyFileSync(SEED_POLICY, path.join(dir, 'policy', 'shimin-denryoku.yaml'));
  if (config !== undefined) writeFileSync(path.join(dir, 'policy.config.yaml'), config);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ENGLISH = /\b[A-Za-z]{3,}\b/;

/** A schema description as the editor shows it, 「日本語 — English」: Japanese prose first, then English. */
export function expectBilingual(description: unknown, where: string): void {
  expect(typeof description, where).toBe('string');
  const [ja, en, ...rest] = String(description).split(' — ');
  expect(rest, `${where}: one " — " between the languages`).toEqual([]);
  expect(ja, where).toMatch(JAPANESE);
  expect(en, where).toMatch(ENGLISH);
  // The Japanese half is Japanese prose: more Japanese script than Latin letters.
  expect(ja!.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, '').length, where).toBeGreaterThan(ja!.replace(/[^A-Za-z]/g, '').length / 4);
}
