/**
 * The preview's picture of the policies: every YAML file of the given paths
 * read, checked and rendered in memory (nothing is written), each with a
 * hash of what its pages show, so that a browser page knows when to reload.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { InputError } from '../errors.js';
import { policyName } from '../load/load-policies.js';
import { loadPolicyText, type LoadedPolicy } from '../file/policy-file.js';
import { discoverPolicyFiles, readPolicyFile } from '../load/read-files.js';
import { hasErrors, type Message } from '../report/message.js';
import { say, t, type Locale, type Said } from '../i18n/catalogue.js';
import { inlineToText } from '../render/inline-text.js';
import { buildView } from '../render/view.js';
import { clearTemplateCache } from '../render/templates.js';
import { renderHtmlPage, type BrandView } from '../render/html.js';
import { renderText } from '../render/text.js';

export interface PolicyState {
  /** Unique in the workspace: the file name without extension (as `policy build` names its output). */
  name: string;
  /** The file as shown to people: relative to the working folder. */
  file: string;
  /** The YAML text; undefined when the file could not be read. */
  text?: string;
  messages: Message[];
  loaded?: LoadedPolicy;
  title?: string;
  version?: string;
  /** YYYY-MM-DD */
  effectiveDate?: string;
  /** The page and the text as `policy build` writes them. */
  html?: string;
  txt?: string;
  /** A template that failed to render (its message), e.g. while it is being edited. */
  renderError?: string;
  hash: string;
}

export interface Workspace {
  policies: PolicyState[];
  /** The paths themselves could not be read (a folder removed, no YAML left). */
  problem?: WorkspaceProblem;
  /** Hash of the index page's content. */
  hash: string;
}

/** Why no policy could be read: in English, with the catalogue's ids to say it in the reader's language. */
export interface WorkspaceProblem {
  message: string;
  hint?: string;
  /** The path it is about, written before the words of `says`. */
  file?: string;
  says?: Said;
}

/** The problem's message and hint in `locale` (the English ones where it has no catalogue ids). */
export function problemWords(problem: WorkspaceProblem, locale: Locale): { message: string; hint?: string } {
  const { says } = problem;
  if (!says || locale === 'en') return { message: problem.message, ...(problem.hint ? { hint: problem.hint } : {}) };
  const hint = says.hint ? t(says.hint, locale, says.values) : problem.hint;
  return { message: (problem.file ? `${problem.file}: ` : '') + t(says.id, locale, says.values), ...(hint ? { hint } : {}) };
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** Read, check and render every policy of `paths` (absolute, or relative to `cwd`). */
export async function loadWorkspace(paths: readonly string[], cwd: string, brand?: BrandView): Promise<Workspace> {
  let files: string[];
  let problem: Workspace['problem'];
  try {
    const found = await discoverPolicyFiles(paths.map((p) => path.resolve(cwd, p)));
    files = found.files;
    const first = found.messages[0];
    if (files.length === 0 && first) {
      problem = { message: `${first.file}: ${first.reason}`, ...(first.hint ? { hint: first.hint } : {}), file: first.file, ...(first.says ? { says: first.says } : {}) };
    }
    // Beside other policies, a path that cannot be searched is shown like a policy that cannot be read.
    else files.push(...found.messages.map((m) => m.file));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    files = [];
    problem = { message: error.message, ...(error.hint ? { hint: error.hint } : {}), ...(error.says ? { says: error.says } : {}) };
  }
  // Templates may have been edited since the last render.
  clearTemplateCache();
  const taken = new Set<string>();
  const policies: PolicyState[] = [];
  for (const absolute of files) {
    const relative = path.relative(cwd, absolute);
    const file = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
    const base = policyName(file);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
    taken.add(name);
    policies.push(await loadOne(name, file, absolute, brand));
  }
  const hash = digest([problem, policies.map((p) => [p.name, p.hash])]);
  return { policies, ...(problem ? { problem } : {}), hash };
}

async function loadOne(name: string, file: string, absolute: string, brand?: BrandView): Promise<PolicyState> {
  const read = await readPolicyFile(absolute);
  if (read.text === undefined) {
    const messages: Message[] = [{ ...read.message, file }];
    return { name, file, messages, hash: digest(messages) };
  }
  const text = read.text;
  let loaded: LoadedPolicy | undefined;
  let messages: Message[];
  try {
    ({ policy: loaded, messages } = loadPolicyText(file, text));
  } catch (error) {
    // The preview goes on showing the other policies, whatever this one holds.
    const words = say('preview.unreadable-file', { error: (error as Error)?.message ?? String(error) });
    messages = [{ file, line: 0, column: 0, severity: 'error', ruleId: 'unreadable-file', ...words }];
  }
  const state: PolicyState = { name, file, text, messages, hash: '' };
  if (loaded && !hasErrors(messages)) {
    state.loaded = loaded;
    try {
      const view = buildView(loaded.policy);
      state.title = inlineToText(view.title);
      state.version = view.version;
      if (view.effectiveDate) state.effectiveDate = view.effectiveDate.iso;
      state.html = renderHtmlPage(view, brand);
      state.txt = renderText(view);
    } catch (error) {
      state.renderError = (error as Error).message;
    }
  }
  state.hash = digest([file, state.html, state.txt, state.renderError, messages, state.html ? null : text]);
  return state;
}
