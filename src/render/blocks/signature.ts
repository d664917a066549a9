/** The policy's own signature lines, set right: the view then adds no business block of its own. */
import type { BlockView } from '../view.js';
import type { BuildContext, Obj } from './context.js';

export function signature(block: unknown, cx: BuildContext): BlockView {
  cx.signed();
  return { type: 'signature', lines: (block as Obj).signature as string[] };
}
