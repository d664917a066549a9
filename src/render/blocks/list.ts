/** A list and a purposes list: numbered or marked entries, each a text, or a title with text, a nested list and further blocks. */
import { isOrdered } from '../../model/numbering.js';
import type { ListItemShape } from '../../model/schema.js';
import { DEFAULT_NUMBERING, OWN_MARK } from '../words.js';
import type { BlockView, ItemView, ListView } from '../view.js';
import type { BuildContext, Obj } from './context.js';

function items(entries: unknown[], numbering: string, prefix: string, cx: BuildContext): ItemView[] {
  return entries.map((entry, i) => {
    const number = cx.numberLabel(numbering, i + 1);
    if (typeof entry === 'string') return { number, text: cx.text(entry), blocks: [] };
    const e = entry as ListItemShape;
    const blocks: BlockView[] = [];
    if (e.list) blocks.push(listView({ list: e.list, ...(e.numbering ? { numbering: e.numbering } : {}) }, 'list', prefix, cx));
    if (e.body) blocks.push(...cx.blocks(e.body));
    return {
      ...(e.id ? { id: e.id, anchor: `${prefix}${e.id}` } : {}),
      number,
      ...(e.title ? { title: cx.text(e.title) } : {}),
      ...(e.text ? { text: cx.text(e.text) } : {}),
      blocks,
    };
  });
}

function listView(block: Obj, key: 'list' | 'purposes', prefix: string, cx: BuildContext): ListView {
  const numbering = (block.numbering as string | undefined) ?? DEFAULT_NUMBERING[key];
  return {
    type: 'list',
    ...(block.id ? { id: block.id as string } : {}),
    ...(block.heading ? { heading: block.heading as string } : {}),
    ...(typeof block.heading === 'string' && OWN_MARK.test(block.heading) ? { headingMarked: true as const } : {}),
    ordered: isOrdered(numbering),
    marked: cx.numberLabel(numbering, 1) !== '' || cx.numberLabel(numbering, 2) !== '',
    purposes: key === 'purposes',
    items: items(block[key] as unknown[], numbering, key === 'purposes' ? 'purpose-' : prefix, cx),
  };
}

export const list = (block: unknown, cx: BuildContext): BlockView => listView(block as Obj, 'list', 'item-', cx);
export const purposes = (block: unknown, cx: BuildContext): BlockView => listView(block as Obj, 'purposes', 'purpose-', cx);
