/** The catalogue's part for the --help of every command but check, and the messages of the commands' own options (catalogue.ts). */
import type { Part } from './types.js';

export const COMMANDS = {} as const satisfies Part;
