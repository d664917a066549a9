/** A paragraph; one naming the joint users gets their names (and short names) from the table: 「…(以下「グリーンコープ連合」という)」. */
import { partyInProse } from '../words.js';
import { ENGLISH_SHORT_NAME_FORM } from '../english.js';
import type { BlockView } from '../view.js';
import type { BuildContext, Obj } from './context.js';

export function paragraph(block: unknown, cx: BuildContext): BlockView {
  if (typeof block === 'string') return { type: 'paragraph', text: cx.text(block) };
  const b = block as Obj;
  const named = b.parties as string[] | undefined;
  const parties = named ? cx.partiesFor(named) : new Map();
  const slot = named
    ? cx.joinItems(
        named.map((id) => {
          const party = parties.get(id)!;
          return [...cx.text(party.name), cx.plain(partyInProse(party.shortName, cx.policy.shortNameForm ?? (cx.en ? ENGLISH_SHORT_NAME_FORM : undefined)))];
        }),
        b.conjunction as string | undefined,
        cx.plain,
      )
    : undefined;
  return { type: 'paragraph', ...(b.id ? { id: b.id as string } : {}), text: cx.text(b.text as string, slot) };
}
