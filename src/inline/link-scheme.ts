/**
 * The one rule for the address of a link, wherever it is written: a Markdown
 * link in a text, an autolink, a contact block's `url`. Only `https:`,
 * `http:` (with a warning of its own), `mailto:` and `tel:` make a link;
 * `javascript:`, `file:`, `data:` and every other scheme are refused, and so
 * is an address that only becomes one of them once a browser has dropped its
 * spaces or control characters ("java\tscript:").
 */
import { say, type Said } from '../i18n/catalogue.js';

export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;
export type LinkScheme = (typeof LINK_SCHEMES)[number];

/** The scheme of `url` when it is one that may make a link, else undefined. */
export function linkScheme(url: string): LinkScheme | undefined {
  const m = /^([a-z][a-z0-9+.-]*:)/i.exec(url);
  const scheme = m?.[1]!.toLowerCase();
  return (LINK_SCHEMES as readonly string[]).includes(scheme ?? '') ? (scheme as LinkScheme) : undefined;
}

/** Whether `url` starts with a scheme (`name:`), allowed or not: it is meant as an address, not as words. */
export function hasScheme(url: string): boolean {
  return /^\s*[a-z][a-z0-9+.-]*:/i.test(url) && !/^[a-z]:[\\/]/i.test(url.trim());
}

/**
 * A path on the company's own site (「/images/pdf/invoice.pdf」, 「/ir/inquiry」): no scheme, no host
 * (「//host」 would be another site). Kept relative in the published site; in a standalone page, the
 * leaflet and the text, resolved against `baseUrl` of policy.config.yaml when it is given.
 */
export function isSitePath(url: string): boolean {
  return /^\/(?!\/)[^\s\\]*$/u.test(url);
}

/** Whether `url` may be published as a link. */
export function isSafeLink(url: string): boolean {
  return linkScheme(url) !== undefined || isSitePath(url);
}

/** A site path resolved against the company's web address, when there is one; any other address as it is. */
export function resolveLink(url: string, baseUrl: string | undefined): string {
  return baseUrl && isSitePath(url) ? new URL(url, baseUrl).href : url;
}

/** The message of an address that may not be a link. */
export function unsafeLinkProblem(url: string): { ruleId: 'unsafe-link'; reason: string; hint?: string; says: Said } {
  return { ruleId: 'unsafe-link', ...say('input.unsafe-link', { url }, 'input.unsafe-link.hint') };
}
