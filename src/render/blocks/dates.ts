/** Date lines as printed: a label before the date, words after it, or the date alone; zero-padded where the policy pads. */
import type { BlockView } from '../view.js';
import type { BuildContext, Obj } from './context.js';

export function dates(block: unknown, cx: BuildContext): BlockView {
  return {
    type: 'dates',
    lines: ((block as Obj).dates as Array<{ label?: string; date: string; after?: string; padded?: boolean }>).map((d) => ({
      ...(d.label ? { label: d.label } : {}),
      ...(d.after ? { after: d.after } : {}),
      iso: d.date,
      ja: cx.date(d.date, d.padded),
    })),
  };
}
