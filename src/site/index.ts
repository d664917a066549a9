/**
 * The versioned site: the current version of each policy at a stable
 * address, every earlier version (from git tags) in its own folder, and a
 * 改定履歴 page with what changed and the re-notice classification.
 */
export { DEFAULT_SITE_DIR, publish, type PublishOptions, type PublishResult } from './publish.js';
export { renderSite, versionFolder } from './render.js';
export { DEFAULT_TAG_PATTERN, collectVersions, compareVersions, type PolicyVersion, type PolicyVersions } from './versions.js';
