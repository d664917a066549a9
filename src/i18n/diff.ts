/** The catalogue's part for the words of `policy diff` and `policy notice`: their help, their summaries and the notes on what the law requires (catalogue.ts). */
import type { Part } from './types.js';

export const DIFF = {} as const satisfies Part;
