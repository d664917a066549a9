/** A table: its caption and header row, each cell a text or blocks; the first cell of a row its heading with rowHeaders. */
import type { BlockView } from '../view.js';
import type { BuildContext, Obj } from './context.js';

export function table(block: unknown, cx: BuildContext): BlockView {
  const b = block as Obj;
  const rowHeaders = b.rowHeaders === true;
  return {
    type: 'table',
    ...(b.id ? { id: b.id as string } : {}),
    ...(b.caption ? { caption: b.caption as string } : {}),
    ...(b.header ? { header: b.header as string[] } : {}),
    rows: (b.table as unknown[][]).map((row) =>
      row.map((cell, c) => ({
        header: rowHeaders && c === 0,
        ...(typeof cell === 'string' ? { text: cx.text(cell) } : { blocks: cx.blocks(cell as unknown[]) }),
      })),
    ),
  };
}
