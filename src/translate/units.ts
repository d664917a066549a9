/**
 * The texts of a policy a translation covers, each with a stable key: the
 * YAML path written with ids where the entries have them
 * (`sections/joint-use/body/0`, `jointUse/joint-use/parties/retailers/name`),
 * so that a key survives the entries being reordered. Indexes are used only
 * where the entries have no ids (the paragraphs of a body, the cells of a
 * table); a revision is keyed by its version.
 *
 * Every published string is a text to translate, except the values that are
 * not words: ids, roles, numbering styles, dates, references to ids, and
 * strings without a single character beyond ASCII (a phone number, an
 * address of a web page), which read the same in any language.
 */
import type { PathSegment } from '../load/yaml-source.js';
import { stringsOf } from '../model/walk.js';

export interface TranslationUnit {
  /** The stable key (the PO entry's msgctxt). */
  key: string;
  /** Where the text is in the policy. */
  path: PathSegment[];
  /** The Japanese as written. */
  text: string;
}

/** Keys whose values are not words of the policy. */
const NOT_WORDS = new Set(['id', 'role', 'numbering', 'date', 'effectiveDate', 'lang', 'layout', 'show', 'section', 'formerName', 'padded', 'numbered', 'rowHeaders']);
/** Lists of ids: the parties a paragraph names, a manager's groups, a party's footnotes, a row's sections. */
const ID_LISTS = new Set(['parties', 'groups', 'notes', 'refers']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether the string at `path` is words to translate. */
function isWords(path: readonly PathSegment[], text: string): boolean {
  if (!/[^\x00-\x7f]/.test(text)) return false;
  const last = path[path.length - 1];
  if (typeof last === 'string' && NOT_WORDS.has(last)) return false;
  const parent = path[path.length - 2];
  if (typeof last === 'number' && typeof parent === 'string' && ID_LISTS.has(parent)) return false;
  return !path.some((seg) => seg === 'formerName' || seg === 'formerNames');
}

/** A segment of a key: ids and words as they are; `/` and `\` escaped so that a key splits back into its segments. */
const segment = (s: PathSegment): string => String(s).replace(/[\\/]/g, (c) => `\\${c}`);

/** The stable key of the text at `path` in `policy`. */
export function keyOf(policy: unknown, path: readonly PathSegment[]): string {
  let key: string[] = [];
  let node: unknown = policy;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const parent = i > 0 ? path[i - 1] : undefined;
    const value = Array.isArray(node) ? node[seg as number] : isObj(node) ? node[seg as string] : undefined;
    if (typeof seg === 'number') {
      const id = isObj(value) && typeof value.id === 'string' ? value.id : undefined;
      if (parent === 'sections' && id !== undefined) key = ['sections', id];
      else if (parent === 'revisions' && isObj(value) && typeof value.version === 'string') key.push(value.version);
      else key.push(id ?? String(seg));
    } else if (seg === 'jointUse' && isObj(value) && typeof value.id === 'string') {
      key = ['jointUse', value.id];
    } else if (seg === 'entries' && key[0] === 'jointUse') {
      // jointUse/<table>/parties/<id>: the entries of a row are named by the row.
    } else {
      key.push(seg);
    }
    node = value;
  }
  return key.map(segment).join('/');
}

/** Every text of the policy to translate, in the order of the file, each with its key. */
export function translationUnits(policy: unknown): TranslationUnit[] {
  const out: TranslationUnit[] = [];
  const seen = new Set<string>();
  for (const { path, text } of stringsOf(policy)) {
    if (!isWords(path, text)) continue;
    let key = keyOf(policy, path);
    // Two entries with the same id (an error the check reports) still get a key each.
    for (let n = 2; seen.has(key); n++) key = `${keyOf(policy, path)}#${n}`;
    seen.add(key);
    out.push({ key, path, text });
  }
  return out;
}
