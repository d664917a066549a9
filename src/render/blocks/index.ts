/**
 * One view builder per kind of block, each in its own file beside the
 * partials that print it (templates/{html,text}/partials/block-<type>.hbs).
 * A new kind of block is one key of the schema (BLOCK_KEYS), one builder
 * here, and its two partials: a kind without a builder does not compile.
 */
import type { BlockKey } from '../../model/schema.js';
import type { BlockView } from '../view.js';
import type { BuildContext } from './context.js';
import { contact } from './contact.js';
import { dates } from './dates.js';
import { jointUse } from './joint-use.js';
import { list, purposes } from './list.js';
import { paragraph } from './paragraph.js';
import { show } from './show.js';
import { signature } from './signature.js';
import { table } from './table.js';

export const BUILDERS: Readonly<Record<BlockKey, (block: unknown, cx: BuildContext) => BlockView>> = {
  text: paragraph,
  list,
  purposes,
  table,
  jointUse,
  contact,
  dates,
  signature,
  show,
};
