/**
 * A YAML file parsed into a document that remembers where every node came
 * from, so that any problem can be reported at its line and column.
 */
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Message } from '../report/message.js';
import { isLegacyShape, upgradeLegacy } from './upgrade.js';
import { say, type MessageId } from '../i18n/catalogue.js';

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
        ...yamlReason(problem.code, problem.message, hint),
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
  const at = (node: Node, ruleId: string, words: ReturnType<typeof say>, offset = node.range?.[0] ?? 0): Message => {
    const pos = source.lineCounter.linePos(offset);
    return { file: source.file, line: pos.line, column: pos.col, severity: 'error', ruleId, ...words };
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
      messages.push(at(node, 'yaml-tag', say('input.yaml-tag', { tag: written }, 'input.yaml-tag.hint'), tagOffset(source.text, node.range?.[0] ?? 0)));
    }
    if (isCollection(node)) {
      if (depth >= MAX_NESTING) {
        if (!tooDeep) {
          messages.push(at(node, 'too-deep', say('input.too-deep', { max: MAX_NESTING }, 'input.too-deep.hint')));
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

/** What the parser found, in words: the parser's own message (said in Japanese by its code) where the tool has none of its own. */
function yamlReason(code: string, message: string, hint: MessageId | undefined): ReturnType<typeof say> {
  switch (code) {
    case 'DUPLICATE_KEY':
      return say('input.yaml.duplicate-key', {}, hint);
    case 'MULTIPLE_DOCS':
      return say('input.yaml.multiple-docs', {}, hint);
    case 'RESOURCE_EXHAUSTION':
      return say('input.yaml.nesting', {}, hint);
    case 'TAG_RESOLVE_FAILED':
      return say('input.yaml.unknown-tag', { tag: message.replace(/^Unresolved tag: /, '').split('\n')[0]! }, hint);
  }
  // The library's message ends with a code excerpt; the reporter shows the place instead.
  return say('input.yaml-syntax', { code, message: message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }, hint);
}

/** Mistakes a Japanese keyboard makes easy, recognised on the line itself. */
function lineHint(line: string): MessageId | undefined {
  if (/^\s*\t/.test(line)) return 'input.yaml.tab.hint';
  if (/^[ \t]*\u3000/.test(line)) return 'input.yaml.full-width-space.hint';
  if (/^\s*(- )?[A-Za-z][A-Za-z0-9]*\s*：/.test(line)) return 'input.yaml.full-width-colon.hint';
  return undefined;
}

function yamlHint(code: string): MessageId | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'input.yaml.duplicate-key.hint';
    case 'MULTIPLE_DOCS':
      return 'input.yaml.multiple-docs.hint';
    case 'RESOURCE_EXHAUSTION':
      return 'input.yaml.nesting.hint';
    case 'TAG_RESOLVE_FAILED':
      return 'input.yaml.unknown-tag.hint';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'input.yaml.indent.hint';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'input.yaml.implicit-key.hint';
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
