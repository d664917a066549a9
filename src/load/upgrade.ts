/**
 * Files written before policies had sections (numbered `clauses` and one
 * `jointUse` table at the top level) are read by rewriting their YAML tree
 * into today's shape. The original nodes are moved, not copied, so every
 * problem is still reported at its line and column in the old file, and a
 * policy compared across the change of shape shows no difference.
 *
 *   preamble                 → preamble (unchanged: paragraphs are blocks)
 *   clauses[i]               → sections[i]: { id, body: [text, { heading, numbering: half-paren, purposes }] }
 *                              (a clause naming the joint users keeps text, parties and conjunction as a paragraph)
 *   jointUse                 → a last, unnumbered section headed by jointUse.title, holding the table
 *                              { jointUse: { id, header: [columns.item, columns.provision], parties, purposes, items, managers } }
 */
import { isMap, isScalar, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';

/** The id given to the joint-use table (and, with `-table`, its section) of an old file. */
export const LEGACY_JOINT_USE_ID = 'joint-use';
export const LEGACY_JOINT_USE_SECTION = 'joint-use-table';
/** Numbering of the purposes listed under a clause of an old file: 1), 2) … */
export const LEGACY_PURPOSE_NUMBERING = 'half-paren';

/** An old file: clauses or a joint-use table at the top level, and no sections. */
export function isLegacyShape(doc: Document.Parsed): boolean {
  const root = doc.contents;
  return isMap(root) && !root.has('sections') && (root.has('clauses') || root.has('jointUse'));
}

/** Rewrites an old file's tree in place into today's shape. */
export function upgradeLegacy(doc: Document.Parsed): void {
  const root = doc.contents as YAMLMap;
  const out = new YAMLMap();
  out.range = root.range;
  const sections = new YAMLSeq();
  let sectionsPlaced = false;
  const placeSections = (at: Node | null | undefined) => {
    if (sectionsPlaced) return;
    sectionsPlaced = true;
    sections.range = at?.range ?? root.range;
    out.items.push(new Pair(key('sections', at), sections));
  };

  for (const pair of root.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (name === 'clauses') {
      placeSections(pair.key as Node);
      const clauses = pair.value;
      if (clauses instanceof YAMLSeq) for (const clause of clauses.items) sections.items.push(clauseSection(clause as Node));
      else sections.items.push(pair.value);
    } else if (name === 'jointUse') {
      placeSections(pair.key as Node);
      sections.items.push(jointUseSection(pair.value as Node));
    } else {
      out.items.push(pair);
    }
  }
  doc.contents = out as unknown as typeof doc.contents;
}

function key(name: string, at: Node | null | undefined): Scalar {
  const scalar = new Scalar(name);
  if (at?.range) scalar.range = at.range;
  return scalar;
}

function map(at: Node | null | undefined, pairs: Array<Pair | undefined>): YAMLMap {
  const m = new YAMLMap();
  if (at?.range) m.range = at.range;
  for (const p of pairs) if (p) m.items.push(p);
  return m;
}

function seq(at: Node | null | undefined, items: unknown[]): YAMLSeq {
  const s = new YAMLSeq();
  if (at?.range) s.range = at.range;
  s.items.push(...items);
  return s;
}

function pairOf(m: YAMLMap, name: string): Pair | undefined {
  return m.items.find((p) => isScalar(p.key) && p.key.value === name) as Pair | undefined;
}

function clauseSection(clause: Node): Node {
  if (!isMap(clause)) return clause;
  const text = pairOf(clause, 'text');
  const parties = pairOf(clause, 'parties');
  const conjunction = pairOf(clause, 'conjunction');
  const purposes = pairOf(clause, 'purposes');
  const body: unknown[] = [];
  if (parties || conjunction) body.push(map(text?.value as Node, [text, parties, conjunction]));
  else if (text) body.push(text.value);
  if (purposes) {
    const p = purposes.value as Node;
    if (isMap(p)) {
      const entries = pairOf(p, 'entries');
      const rest = p.items.filter((x) => x !== entries && !(isScalar(x.key) && x.key.value === 'heading'));
      body.push(
        map(p, [
          pairOf(p, 'heading'),
          new Pair(key('numbering', p), new Scalar(LEGACY_PURPOSE_NUMBERING)),
          entries ? new Pair(key('purposes', entries.key as Node), entries.value) : undefined,
          ...(rest as Pair[]),
        ]),
      );
    } else {
      body.push(map(p, [new Pair(key('purposes', p), p)]));
    }
  }
  const known = new Set(['text', 'parties', 'conjunction', 'purposes']);
  const others = clause.items.filter((p) => !(isScalar(p.key) && known.has(String(p.key.value)))) as Pair[];
  return map(clause, [...others, new Pair(key('body', clause), seq(clause, body))]);
}

function jointUseSection(jointUse: Node): Node {
  if (!isMap(jointUse)) return map(jointUse, [new Pair(key('id', jointUse), new Scalar(LEGACY_JOINT_USE_SECTION))]);
  const title = pairOf(jointUse, 'title');
  const columns = pairOf(jointUse, 'columns');
  const rows = jointUse.items.filter((p) => p !== title && p !== columns) as Pair[];
  let header: Pair | undefined;
  if (columns && isMap(columns.value)) {
    const c = columns.value;
    header = new Pair(key('header', columns.key as Node), seq(c, [pairOf(c, 'item')?.value, pairOf(c, 'provision')?.value].filter(Boolean)));
  }
  const table = map(jointUse, [new Pair(key('id', jointUse), new Scalar(LEGACY_JOINT_USE_ID)), header, ...rows]);
  return map(jointUse, [
    new Pair(key('id', jointUse), new Scalar(LEGACY_JOINT_USE_SECTION)),
    title ? new Pair(key('heading', title.key as Node), title.value) : undefined,
    new Pair(key('numbered', jointUse), new Scalar(false)),
    new Pair(key('body', jointUse), seq(jointUse, [map(jointUse, [new Pair(key('jointUse', jointUse), table)])])),
  ]);
}

/**
 * An old file's text rewritten in today's shape, comments kept, or undefined
 * when the text is not an old file (or cannot be parsed).
 */
export function upgradeText(text: string): string | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0 || !isLegacyShape(doc)) return undefined;
  upgradeLegacy(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
