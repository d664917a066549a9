/** The catalogue's part for the messages about files that cannot be read or used as they are (YAML, config, templates, images, translations) (catalogue.ts). */
import type { Part } from './types.js';

export const INPUT = {} as const satisfies Part;
