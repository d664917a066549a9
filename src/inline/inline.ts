/**
 * Inline text: the small subset of Markdown allowed in a policy text field,
 * parsed once with unified + remark-parse into a tree the renderers share.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { isSafeLink, unsafeLinkProblem } from './link-scheme.js';
import type { PhrasingContent, RootContent } from 'mdast';
import { say, type Said } from '../i18n/catalogue.js';

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis' | 'strong'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'noteRef'; id: string }
  | { type: 'slot' };

export interface InlineProblem {
  ruleId: 'raw-html' | 'block-markdown' | 'unsafe-link' | 'unsupported-markdown';
  reason: string;
  hint?: string;
  /** The catalogue's ids and values of the reason and hint: a report says it in the reader's language. */
  says: Said;
}

export interface ParsedInline {
  nodes: Inline[];
  problems: InlineProblem[];
}

/** Footnote mark `[^id]` and list slot `{list}`, found inside plain text. */
const MARKS = /\[\^([^\]\s]*)\]|\{list\}/g;

const processor = unified().use(remarkParse);
const cache = new Map<string, ParsedInline>();

/** Characters and line starts that mean something in Markdown; a text without them is plain. */
const MARKDOWN_SYNTAX = /[\\`*_\[\]<>&!#|~\n\r\t]|^\s|\s$|^([-+=]|\d+[.)])/;

export function parseInline(source: string): ParsedInline {
  let parsed = cache.get(source);
  if (!parsed) {
    // Most legal text is plain: skip the Markdown parser when it could not change anything.
    const plain = !MARKDOWN_SYNTAX.test(source.replace(MARKS, ''));
    parsed = plain ? { nodes: splitMarks(source), problems: [] } : parseMarkdown(source);
    cache.set(source, parsed);
  }
  return parsed;
}

/** The Markdown parser's reading of a text (what `parseInline` gives for any text). */
export function parseMarkdown(source: string): ParsedInline {
  const problems: InlineProblem[] = [];
  const root = processor.parse(source);
  const nodes: Inline[] = [];
  root.children.forEach((block, i) => {
    if (block.type === 'paragraph') {
      if (i > 0) nodes.push({ type: 'text', value: '\n' });
      nodes.push(...phrasing(block.children, problems, source));
    } else {
      problems.push(blockProblem(block));
      nodes.push({ type: 'text', value: sliceOf(source, block) });
    }
  });
  return { nodes, problems };
}

function phrasing(children: PhrasingContent[], problems: InlineProblem[], source: string): Inline[] {
  const out: Inline[] = [];
  for (const node of children) {
    switch (node.type) {
      case 'text':
        out.push(...splitMarks(node.value));
        break;
      case 'emphasis':
      case 'strong':
        out.push({ type: node.type, children: phrasing(node.children, problems, source) });
        break;
      case 'link':
        if (!isSafeLink(node.url)) {
          problems.push(unsafeLinkProblem(node.url));
          out.push(...phrasing(node.children, problems, source));
        } else {
          out.push({ type: 'link', url: node.url, children: phrasing(node.children, problems, source) });
        }
        break;
      case 'inlineCode':
        out.push({ type: 'text', value: node.value });
        break;
      case 'break':
        out.push({ type: 'text', value: '\n' });
        break;
      case 'html':
        problems.push({ ruleId: 'raw-html', ...say('input.raw-html', { html: node.value }, 'input.raw-html.hint') });
        break;
      default: {
        // Images and every other construct the pages cannot show: an error, and the source text kept, never dropped.
        problems.push(unsupported(node));
        out.push({ type: 'text', value: sliceOf(source, node) });
      }
    }
  }
  return mergeText(out);
}

function splitMarks(value: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of value.matchAll(MARKS)) {
    if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
    out.push(m[0] === '{list}' ? { type: 'slot' } : { type: 'noteRef', id: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    if (node.type === 'text' && prev?.type === 'text') prev.value += node.value;
    else out.push(node.type === 'text' ? { ...node } : node);
  }
  return out;
}

/** What the pages cannot show (a picture, struck-through text …), named by the catalogue from its node type. */
function unsupported(node: PhrasingContent): InlineProblem {
  const picture = node.type === 'image' || node.type === 'imageReference';
  return { ruleId: 'unsupported-markdown', ...say('input.unsupported-markdown', { construct: node.type }, picture ? 'input.unsupported-markdown.image.hint' : 'input.unsupported-markdown.hint') };
}

function blockProblem(block: RootContent): InlineProblem {
  if (block.type === 'html') return { ruleId: 'raw-html', ...say('input.raw-html', { html: block.value.split('\n')[0]! }, 'input.raw-html.hint') };
  return { ruleId: 'block-markdown', ...say('input.block-markdown', { block: block.type }, 'input.block-markdown.hint') };
}

function sliceOf(source: string, node: RootContent | PhrasingContent): string {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? source.length;
  return source.slice(start, end);
}

/** Every footnote mark used in the nodes, in order. */
export function noteRefsOf(nodes: readonly Inline[]): string[] {
  const ids: string[] = [];
  const walk = (list: readonly Inline[]) => {
    for (const n of list) {
      if (n.type === 'noteRef') ids.push(n.id);
      else if ('children' in n) walk(n.children);
    }
  };
  walk(nodes);
  return ids;
}

export function hasSlot(nodes: readonly Inline[]): boolean {
  return nodes.some((n) => n.type === 'slot' || ('children' in n && hasSlot(n.children)));
}
