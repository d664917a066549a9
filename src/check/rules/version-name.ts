/**
 * The version is written into file and folder names (the notice letter,
 * the site's v<version>/ folder): it must be short enough for a file name,
 * and two versions must not become the same folder name.
 */
import type { Rule } from '../context.js';

/** Longest version accepted: file systems allow 255 bytes per name, and a version is part of a name. */
export const MAX_VERSION_LENGTH = 40;
const SAFE = /^[0-9A-Za-z._-]+$/;

export const versionName: Rule = {
  id: 'version-name',
  description: 'The version is short and written with letters, digits, dots and hyphens, as it names files and folders.',
  check(context) {
    const version: unknown = (context.policy as { version?: unknown }).version;
    if (typeof version !== 'string' || version === '') return;
    if (version.length > MAX_VERSION_LENGTH) {
      context.report('version-name', ['version'], {
        reason: `the version is ${version.length} characters long; it names the files and folders of this version, and cannot be longer than ${MAX_VERSION_LENGTH}`,
        hint: 'write a short version such as "1.2"; put the description of the change in the revision summary',
      });
    } else if (!SAFE.test(version)) {
      context.report('version-name', ['version'], {
        severity: 'warning',
        reason: `the version "${version}" holds characters other than letters, digits, dots and hyphens; in folder names they become "-", so two versions could share a folder`,
        hint: 'write the version with digits and dots, e.g. "1.2"',
      });
    }
  },
};
