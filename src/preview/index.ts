/**
 * The live preview: `startPreview(options) → { url, close() }`. Pure core:
 * no console and no process.exit; the CLI prints and handles Ctrl-C.
 */
export { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startPreview, type Preview, type PreviewOptions } from './server.js';
export type { PolicyState, Workspace } from './workspace.js';
