/**
 * Structured diff of two policy versions, classified for re-notice under the
 * APPI, and its JSON and text formats. Pure: no console, no process.exit.
 */
export type { Action, Category, Change, ChangeKind, PolicyDiff } from './types.js';
export { ACTIONS, CATEGORIES } from './types.js';
export { diffPolicies } from './diff-policies.js';
export { formatDiffJson } from './format-json.js';
export { formatDiffText, type TextOptions } from './format-text.js';
export { wordDiff, type WordPart } from './word-diff.js';
