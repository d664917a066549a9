/**
 * A YAML file parsed into a document that remembers where every node came
 * from, so that any problem can be reported at its line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Message } from '../report/message.js';
import { isLegacyShape, upgradeLegacy } from './upgrade.js';

export type PathSegment = string | number;

export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The file has the shape of policies written before sections, and was read by upgrading it (upgrade.ts). */
  upgraded: boolean;
}

export interface Position {
  line: number;
  column: number;
}

export function parseYamlSource(file: string, text: string): { source: YamlSource; messages: Message[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const upgraded = doc.errors.length === 0 && isLegacyShape(doc);
  if (upgraded) upgradeLegacy(doc);
  const source: YamlSource = { file, text, doc, lineCounter, upgraded };
  const messages: Message[] = [];
  for (const [severity, list] of [['error', doc.errors], ['warning', doc.warnings]] as const) {
    for (const problem of list) {
      const pos = lineCounter.linePos(problem.pos[0]);
      // One syntax error often causes more on the same line; the first says what to fix.
      if (messages.some((m) => m.line === pos.line)) continue;
      messages.push({
        file,
        line: pos.line,
        column: pos.col,
        severity,
        ruleId: 'yaml-syntax',
        reason: yamlReason(problem.code, problem.message),
        hint: lineHint(text.split(/\r?\n/)[pos.line - 1] ?? '') ?? yamlHint(problem.code),
      });
    }
  }
  return { source, messages };
}

function yamlReason(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'the same key appears twice in one block';
  // The library's message ends with a code excerpt; the reporter shows the place instead.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Mistakes a Japanese keyboard makes easy, recognised on the line itself. */
function lineHint(line: string): string | undefined {
  if (/^\s*\t/.test(line)) return 'indent with spaces, not tabs';
  if (/^[ \t]*\u3000/.test(line)) return 'the line is indented with a full-width space (　): use half-width spaces';
  if (/^\s*(- )?[A-Za-z][A-Za-z0-9]*\s*：/.test(line)) return 'write a half-width colon and a space ": " after the key, not the full-width "："';
  return undefined;
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'keep one of the two lines and delete the other';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation: items of one list start with "- " at the same column, and a key is followed by ": "';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'check the indentation of this line and the one above it (keys of one block start at the same column); a text that contains ": " must be put in quotes';
    default:
      return undefined;
  }
}

/** `['jointUse', 'parties', 3, 'name']` → `jointUse.parties[3].name` */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** `/jointUse/parties/3/name` (JSON Pointer) → path segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Position of the node at `path`. With `on: 'key'` the position of the map
 * key itself (for unknown keys). When the path does not exist (a missing
 * key), the position of the deepest node that does.
 */
export function locate(source: YamlSource, path: readonly PathSegment[], on: 'key' | 'value' = 'value'): Position {
  let node: unknown = source.doc.contents;
  let found: unknown = node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg)) as Pair | undefined;
      if (!pair) break;
      if (last && on === 'key') {
        found = pair.key;
        break;
      }
      node = pair.value;
      // `key:` with nothing after it: point at the key.
      const empty = node == null || (isScalar(node) && node.value === null && !node.source);
      found = empty ? pair.key : node;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) break;
      found = node;
    } else {
      break;
    }
  }
  const range = (found as Node | null)?.range;
  const offset = range ? range[0] : 0;
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
