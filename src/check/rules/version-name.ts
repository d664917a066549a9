/**
 * The version is written into file and folder names (the notice letter,
 * the site's v<version>/ folder): it must be short enough for a file name,
 * and two versions must not become the same folder name.
 */
import type { Rule } from '../context.js';
import { say, t } from '../../i18n/catalogue.js';

/** Longest version accepted: file systems allow 255 bytes per name, and a version is part of a name. */
export const MAX_VERSION_LENGTH = 40;
const SAFE = /^[0-9A-Za-z._-]+$/;

export const versionName: Rule = {
  id: 'version-name',
  description: t('rule.version-name'),
  check(context) {
    const version: unknown = (context.policy as { version?: unknown }).version;
    if (typeof version !== 'string' || version === '') return;
    if (version.length > MAX_VERSION_LENGTH) {
      context.report('version-name', ['version'], say('check.version-name.length', { length: version.length, max: MAX_VERSION_LENGTH }, 'check.version-name.length.hint'));
    } else if (!SAFE.test(version)) {
      context.report('version-name', ['version'], {
        severity: 'warning',
        ...say('check.version-name.characters', { version }, 'check.version-name.characters.hint'),
      });
    }
  },
};
