/** The catalogue's part for the words of the live preview: its panel, its states and its help (catalogue.ts). */
import type { Part } from './types.js';

export const PREVIEW = {} as const satisfies Part;
