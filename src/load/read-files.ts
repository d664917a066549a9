/**
 * Finding policy files and reading their text, safely: whatever sits in the
 * policy folder (a folder or a pipe named like a policy, a link to nothing,
 * a file nobody may read, a file in another encoding), each file gets its own
 * message and the others are still read. Nothing here waits on a pipe or a
 * device: only regular files are opened, and without blocking.
 *
 * `readInputFile` is the one reader of every file the tool takes in: policies,
 * policy.config.yaml, the logo and the project's templates. It refuses what
 * is not a regular file and a file larger than its limit before reading a byte.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { Message } from '../report/message.js';
import { say, type MessageId } from '../i18n/catalogue.js';

const YAML_FILE = /\.ya?ml$/i;

/** Rule id of a file that could not be read at all: the command could not run on it (exit 2). */
export const UNREADABLE = 'unreadable-file';

/** Folders never searched for policies. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface FoundFiles {
  /** Policy files, sorted, each once. */
  files: string[];
  /** Paths that were given but cannot be searched or read (one message each, rule `unreadable-file`). */
  messages: Message[];
}

/** A message about a whole file (no line): it could not be read. Its words come from the catalogue (`say`). */
export function unreadable(file: string, words: ReturnType<typeof say>): Message {
  return { file, line: 0, column: 0, severity: 'error', ruleId: UNREADABLE, ...words };
}

/** Whether any message says that a file could not be read (as opposed to problems in its text). */
export function hasUnreadable(messages: readonly Message[]): boolean {
  return messages.some((m) => m.ruleId === UNREADABLE);
}

/**
 * The YAML files named by `paths`: files as given, folders searched with
 * their subfolders (but not hidden folders, node_modules, or folders reached
 * through a link). Paths that do not exist are reported, not thrown; only
 * when nothing at all is found is it an InputError.
 */
export async function discoverPolicyFiles(paths: readonly string[]): Promise<FoundFiles> {
  const files: string[] = [];
  const messages: Message[] = [];
  for (const p of paths) {
    const info = await stat(p).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      messages.push(await missing(p, info));
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await searchFolder(p, found, messages);
      for (const file of found) if (path.dirname(file) === path.normalize(p) || !(await isOtherYaml(file))) files.push(file);
    } else files.push(p);
  }
  if (files.length === 0 && messages.length === 0) {
    throw new InputError(say('input.no-policy-files', { paths: paths.join(', ') }, 'input.no-policy-files.hint'));
  }
  return { files: [...new Set(files)], messages };
}

/**
 * The YAML files named by `paths`, as `discoverPolicyFiles`, for callers that
 * stop at the first problem: a path that cannot be searched is an InputError.
 */
export async function findPolicyFiles(paths: readonly string[]): Promise<string[]> {
  const { files, messages } = await discoverPolicyFiles(paths);
  if (files.length === 0) {
    throw new InputError(atFile(messages[0]!), undefined, messages);
  }
  return files;
}

/** The words of a message about a file as one line that names the file (`FILE: reason`), with its hint. */
export function atFile(message: Message): ReturnType<typeof say> {
  const { says } = message;
  const words = say('input.at-file', { ...says?.values, file: message.file, inner: says?.id ?? '', reason: message.reason }, says?.hint);
  // A message that is not from the catalogue keeps its English hint.
  return says ? words : { ...words, ...(message.hint ? { hint: message.hint } : {}) };
}

/** Top-level keys a policy file may have (today's shape and the former one). */
const POLICY_KEYS = /^(version|effectiveDate|revisions|organization|title|preamble|numbering|sections|footnotes|closing|clauses|jointUse)\s*:/m;

/**
 * A YAML file in a subfolder that has none of a policy's keys at its top
 * level, such as a CI workflow kept beside the policies (examples/ci/): it is
 * not a policy and is left out. Files given by name, and files directly in a
 * given folder, are always read as policies.
 */
async function isOtherYaml(file: string): Promise<boolean> {
  const read = await readPolicyFile(file);
  return read.text !== undefined && !looksLikePolicy(read.text);
}

/** Whether a YAML text has a policy's top-level keys (the test for a file found in a subfolder). */
export function looksLikePolicy(text: string): boolean {
  return POLICY_KEYS.test(text);
}

/**
 * Whether a file, at `relative` (with "/") under a folder that is searched,
 * is one the search finds: a YAML file under no hidden folder and no
 * node_modules. For listings that do not come from the file system (a git tree).
 */
export function isSearched(relative: string): boolean {
  const parts = relative.split('/');
  const folders = parts.slice(0, -1);
  return YAML_FILE.test(parts[parts.length - 1]!) && !parts.some((p) => p.startsWith('.')) && !folders.some((f) => SKIPPED_FOLDERS.has(f));
}

async function searchFolder(dir: string, files: string[], messages: Message[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    messages.push(unreadable(dir, say('input.folder-unopened', { code: code(error) }, permissionHint(error))));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const folders: string[] = [];
  // The folder's own files first, by name, then each subfolder's.
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // hidden: editor backups and lock files, .git
    const full = path.join(dir, entry.name);
    if (YAML_FILE.test(entry.name)) {
      // Anything named like a policy is read (or refused with a message): a pipe, a folder named b.yaml, a broken link.
      files.push(full);
    } else if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
      folders.push(full);
    }
  }
  for (const folder of folders) await searchFolder(folder, files, messages);
}

async function missing(p: string, error: NodeJS.ErrnoException): Promise<Message> {
  const link = await lstat(p).catch(() => undefined);
  return missingMessage(p, error, link?.isSymbolicLink() ?? false);
}

function missingMessage(p: string, error: NodeJS.ErrnoException, link: boolean, what = 'the policy file'): Message {
  if (link) return unreadable(p, say('input.broken-link', { what }, 'input.broken-link.hint'));
  if (error.code === 'EACCES') return unreadable(p, say('input.not-allowed', {}, permissionHint(error)));
  if (error.code === 'ENAMETOOLONG') return unreadable(p, say('input.path-too-long', {}, 'input.path-too-long.hint'));
  return unreadable(p, say('input.no-such-path', {}, 'input.no-such-path.hint'));
}

export type ReadResult = { text: string; message?: undefined } | { text?: undefined; message: Message };

/** A file's bytes, or one message saying why it cannot be used; `tooLarge` is its size when that was the reason. */
export type InputBytes = { bytes: Buffer; message?: undefined; tooLarge?: undefined; missing?: undefined } | { bytes?: undefined; message: Message; tooLarge?: number; missing?: boolean };

export interface InputOptions {
  /** What the file should be, for messages: "a policy file", "an image file" … */
  what?: string;
  /** The largest file accepted, in bytes; a larger one is refused before it is read. */
  maxBytes?: number;
}

/** No policy comes near this; a larger file is a mistake (a log, a dump) and would only fill the memory. */
export const MAX_POLICY_BYTES = 32 * 1024 * 1024;

/**
 * The one reader of every input file (policies, policy.config.yaml, the logo,
 * templates): the bytes of a regular file no larger than `maxBytes`, or one
 * message. A folder, a pipe, a device (/dev/zero), a link to nothing, a file
 * nobody may read or one too large gets its message; nothing blocks, and a
 * file is never read beyond its limit.
 */
export function readInputFile(file: string, options: InputOptions = {}): InputBytes {
  const what = options.what ?? 'a policy file';
  const maxBytes = options.maxBytes ?? MAX_POLICY_BYTES;
  let info: Stats;
  try {
    info = statSync(file);
  } catch (error) {
    const link = (() => {
      try {
        return lstatSync(file).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    const e = error as NodeJS.ErrnoException;
    return { message: missingMessage(file, e, link, what), missing: e.code === 'ENOENT' && !link };
  }
  const notFile = (opened: Stats): InputBytes => ({
    message: unreadable(file, say('input.not-a-file', { kind: kindOf(opened), what }, what === 'a policy file' ? 'input.not-a-file.policy.hint' : 'input.not-a-file.hint')),
  });
  const large = (size: number): InputBytes => ({
    message: unreadable(file, say('input.too-large', { size: sizeOf(size), what, max: sizeOf(maxBytes) }, 'input.too-large.hint')),
    tooLarge: size,
  });
  if (!info.isFile()) return notFile(info);
  if (info.size > maxBytes) return large(info.size);
  let fd: number | undefined;
  try {
    // O_NONBLOCK: if the path was swapped for a pipe since the check above, opening it does not wait.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = fstatSync(fd);
    if (!opened.isFile()) return notFile(opened);
    if (opened.size > maxBytes) return large(opened.size);
    // Read at most one byte beyond the limit: a file that grows while it is read (or says it is empty, as
    // some special file systems do) is read to its end, but never beyond the limit.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, opened.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return large(length);
        const grown = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    const why = code(error) === 'EACCES' ? say('input.not-readable', {}, permissionHint(error)) : say('input.read-failed', { code: code(error) }, permissionHint(error));
    return { message: unreadable(file, why) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The text of an input file (UTF-8), or one message: as `readInputFile`, and the encoding message of a file not saved as UTF-8. */
export function readInputText(file: string, options: InputOptions = {}): ReadResult & { missing?: boolean } {
  const read = readInputFile(file, options);
  if (read.message) return { message: read.message, ...(read.missing ? { missing: true } : {}) };
  return decodeUtf8(file, read.bytes);
}

/**
 * The text of a policy file, or one message saying why it cannot be used:
 * not a regular file (a folder, a pipe, a device), a link to nothing, not
 * readable, too large, or not UTF-8. Never blocks.
 */
export async function readPolicyFile(file: string): Promise<ReadResult> {
  const { text, message } = readInputText(file, { what: 'a policy file' });
  return message ? { message } : { text: text! };
}

function sizeOf(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String((error as Error)?.message ?? error);
}

function permissionHint(error: unknown): MessageId {
  return code(error) === 'EACCES' ? 'input.permission.hint' : 'input.path.hint';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * UTF-8 bytes → text (a byte order mark is kept, as the YAML parser expects).
 * Bytes that are not UTF-8 (Shift_JIS, UTF-16, a cut-off file) are an error at
 * the first such place.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): ReadResult {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const text = lenient.decode(bytes);
    const at = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(at, 0));
    return {
      message: {
        file,
        line: before.split('\n').length,
        column: at - before.lastIndexOf('\n'),
        severity: 'error',
        ruleId: 'encoding',
        ...(utf16 ? say('input.utf16', {}, 'input.utf16.hint') : say('input.not-utf8', {}, 'input.not-utf8.hint')),
      },
    };
  }
}
