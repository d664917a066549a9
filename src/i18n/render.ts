/** The catalogue's part for the messages of rendering (the browser, fonts, the PDF) (catalogue.ts). */
import type { Part } from './types.js';

export const RENDER = {} as const satisfies Part;
