/** The catalogue's part for the words of `policy notice` and the published site: the letters' tool messages, the command's help, the site's own words (catalogue.ts). */
import type { Part } from './types.js';

export const NOTICE = {} as const satisfies Part;
