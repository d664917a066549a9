/** Data kept elsewhere in the file, shown here: the business (name, address, representative) or the revision history. */
import { business } from '../words.js';
import type { BlockView } from '../view.js';
import type { BuildContext, Obj } from './context.js';

export function show(block: unknown, cx: BuildContext): BlockView {
  if ((block as Obj).show === 'business') {
    cx.showsBusiness();
    return { type: 'business', ...business(cx.policy) };
  }
  return {
    type: 'revisions',
    entries: (cx.policy.revisions ?? []).map((r) => ({ version: r.version, iso: r.date, ja: cx.date(r.date), summary: cx.text(r.summary) })),
  };
}
