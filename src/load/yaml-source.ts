/**
 * A YAML file parsed into a document that remembers where every node came
 * from, so that any problem can be reported at its line and column.
 */
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
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

/** Blocks and lists inside each other deeper than this are refused: a policy needs a handful of levels. */
export const MAX_NESTING = 32;

export function parseYamlSource(file: string, text: string): { source: YamlSource; messages: Message[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const upgraded = doc.errors.length === 0 && isLegacyShape(doc);
  if (upgraded) upgradeLegacy(doc);
  const source: YamlSource = { file, text, doc, lineCounter, upgraded };
  const messages: Message[] = [];
  const lines = text.split(/\r?\n/);
  for (const [severity, list] of [['error', doc.errors], ['warning', doc.warnings]] as const) {
    for (const problem of list) {
      const pos = lineCounter.linePos(problem.pos[0]);
      // One syntax error often causes more on the same line; the first says what to fix.
      if (messages.some((m) => m.line === pos.line)) continue;
      // Reported as an error by structureProblems.
      if (problem.code === 'TAG_RESOLVE_FAILED') continue;
      // Too deep a nesting is reported once, at its first place.
      if (problem.code === 'RESOURCE_EXHAUSTION' && messages.some((m) => m.ruleId === 'too-deep')) continue;
      const hint = lineHint(lines[pos.line - 1] ?? '') ?? yamlHint(problem.code);
      messages.push({
        file,
        line: pos.line,
        column: pos.col,
        severity,
        ruleId: problem.code === 'RESOURCE_EXHAUSTION' ? 'too-deep' : 'yaml-syntax',
        reason: yamlReason(problem.code, problem.message),
        ...(hint ? { hint } : {}),
      });
    }
  }
  if (!messages.some((m) => m.severity === 'error')) messages.push(...structureProblems(source));
  return { source, messages };
}

/**
 * What the YAML parser accepts but a policy cannot hold: typed values
 * (`!!binary`, `!!set`, `!foo`) and blocks nested too deeply to be a policy.
 * Looked at without recursion, so any depth is safe.
 */
function structureProblems(source: YamlSource): Message[] {
  const messages: Message[] = [];
  const at = (node: Node, ruleId: string, reason: string, hint: string, offset = node.range?.[0] ?? 0): Message => {
    const pos = source.lineCounter.linePos(offset);
    return { file: source.file, line: pos.line, column: pos.col, severity: 'error', ruleId, reason, hint };
  };
  const stack: Array<[unknown, number]> = [[source.doc.contents, 0]];
  let tooDeep = false;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.value, depth], [node.key, depth]);
      continue;
    }
    if (!isNode(node)) continue;
    if (node.tag && !isAlias(node) && !/^tag:yaml\.org,2002:(str|map|seq)$/.test(node.tag)) {
      const written = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      messages.push(
        at(
          node,
          'yaml-tag',
          `the value is marked "${written}", a special YAML type; a policy holds only texts, lists and blocks of keys`,
          `remove "${written}" and write the text itself${written === '!!binary' ? ' (not encoded as Base64)' : ''}`,
          tagOffset(source.text, node.range?.[0] ?? 0),
        ),
      );
    }
    if (isCollection(node)) {
      if (depth >= MAX_NESTING) {
        if (!tooDeep) {
          messages.push(
            at(node, 'too-deep', `the blocks and lists are nested more than ${MAX_NESTING} levels deep`, 'a policy needs only a few levels: check the indentation and the brackets [ ] { } on this line'),
          );
        }
        tooDeep = true;
        continue;
      }
      for (const item of [...node.items].reverse()) stack.push([item, depth + 1]);
    }
  }
  return messages;
}

/** Where the tag (`!!binary`) written before a value at `valueOffset` starts. */
function tagOffset(text: string, valueOffset: number): number {
  let at = text.lastIndexOf('!', valueOffset);
  const lineStart = text.lastIndexOf('\n', valueOffset - 1);
  if (at <= lineStart) return valueOffset;
  // The tag is the word that holds this "!": go back to its start.
  while (at > lineStart + 1 && !/\s/.test(text[at - 1]!)) at--;
  return at;
}

function yamlReason(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'the same key appears twice in one block';
    case 'MULTIPLE_DOCS':
      return 'a line "---" (or "...") starts a second document in the file; a policy file holds one policy';
    case 'RESOURCE_EXHAUSTION':
      return 'the blocks and lists are nested too deeply to be read';
    case 'TAG_RESOLVE_FAILED':
      return `the value is marked with an unknown YAML type (${message.replace(/^Unresolved tag: /, '').split('\n')[0]})`;
  }
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
    case 'MULTIPLE_DOCS':
      return 'delete the "---" line and everything below it that belongs to another policy; put another policy in a file of its own';
    case 'RESOURCE_EXHAUSTION':
      return 'a policy needs only a few levels: check the indentation and the brackets [ ] { }';
    case 'TAG_RESOLVE_FAILED':
      return 'remove the word starting with "!" before the value and write the text itself';
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
