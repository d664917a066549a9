import { noteRefsOf, parseInline, type Inline } from '../../inline/inline.js';
import type { Rule } from '../context.js';
import { list } from '../context.js';
import { nodesOf, textsOf } from '../../model/walk.js';
import { PLACEHOLDER } from './placeholder.js';
import { hasScheme, isSafeLink, linkScheme, unsafeLinkProblem } from '../../inline/link-scheme.js';
import type { PathSegment } from '../../load/yaml-source.js';
import { say, t } from '../../i18n/catalogue.js';

/** Every footnote is referenced by a mark or a `notes` entry. */
export const footnoteUsed: Rule = {
  id: 'footnote-unused',
  description: t('rule.footnote-unused'),
  check({ policy, report }) {
    const used = new Set([
      ...textsOf(policy).flatMap(({ text }) => noteRefsOf(parseInline(text).nodes)),
      ...nodesOf(policy)
        .filter((n) => n.kind === 'party')
        .flatMap((n) => list<string>((n.value as { notes?: unknown } | undefined)?.notes)),
    ]);
    list<{ id?: unknown }>(policy.footnotes).forEach((note, i) => {
      if (typeof note?.id === 'string' && !used.has(note.id)) {
        report('footnote-unused', ['footnotes', i, 'id'], {
          severity: 'warning',
          ...say('check.footnote-unused', { id: note.id }, 'check.footnote-unused.hint'),
        });
      }
    });
  },
};

/** External links use https: where the site offers it. */
export const httpsLinks: Rule = {
  id: 'https-link',
  description: t('rule.https-link'),
  check({ policy, report }) {
    const links = [
      ...textsOf(policy).flatMap(({ path, text }) => linksOf(parseInline(text).nodes).map((url) => ({ path, url }))),
      ...contactUrls(policy),
    ];
    for (const { path, url } of links) {
      if (linkScheme(url) !== 'http:') continue;
      report('https-link', path, {
        severity: 'warning',
        ...say('check.https-link', { url, secure: url.replace(/^http:/i, 'https:') }, 'check.https-link.hint'),
      });
    }
  },
};

/** A contact block names its desk, or gives its lines as the page sets them. */
export const contactName: Rule = {
  id: 'missing-key',
  description: t('rule.missing-key'),
  check({ policy, report }) {
    for (const node of nodesOf(policy)) {
      if (node.kind !== 'contact') continue;
      const c = node.value as { name?: unknown; lines?: unknown } | undefined;
      if (c && typeof c === 'object' && c.name === undefined && c.lines === undefined) {
        report('missing-key', node.path, say('check.missing-key', { key: 'name' }, 'check.contact-name.hint'));
      }
    }
  },
};

/** A contact block's e-mail is an address: it is published as a mailto: link, and a form's name there would be a broken one. */
export const contactEmail: Rule = {
  id: 'contact-email',
  description: t('rule.contact-email'),
  check({ policy, report }) {
    for (const node of nodesOf(policy)) {
      if (node.kind !== 'contact') continue;
      const email = (node.value as { email?: unknown } | undefined)?.email;
      // A placeholder left by `policy init` is reported once, by its own rule.
      if (typeof email !== 'string' || email.includes(PLACEHOLDER) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.normalize('NFKC'))) continue;
      report('contact-email', [...node.path, 'email'], say('check.contact-email', { email }, 'check.contact-email.hint'));
    }
  },
};

/** A contact block's url is published as a link: it follows the one link-scheme rule of every link. */
export const contactUrl: Rule = {
  id: 'unsafe-link',
  description: t('rule.unsafe-link'),
  check({ policy, report }) {
    for (const { path, url } of contactUrls(policy)) {
      // Words without a scheme are published as words (no link); an address with another scheme is refused.
      if (url.includes(PLACEHOLDER) || isSafeLink(url) || !hasScheme(url)) continue;
      const { ruleId, ...words } = unsafeLinkProblem(url);
      report(ruleId, path, words);
    }
  },
};

function contactUrls(policy: Parameters<typeof nodesOf>[0]): Array<{ path: PathSegment[]; url: string }> {
  return nodesOf(policy).flatMap((node) => {
    const url = node.kind === 'contact' ? (node.value as { url?: unknown } | undefined)?.url : undefined;
    return typeof url === 'string' ? [{ path: [...node.path, 'url'], url }] : [];
  });
}

/** The newest revision is the version being published. */
export const revisionCurrent: Rule = {
  id: 'revision-history',
  description: t('rule.revision-history'),
  check({ policy, report }) {
    const revisions = list<{ version?: unknown; date?: unknown }>(policy.revisions);
    const last = revisions[revisions.length - 1];
    if (!last || typeof policy.version !== 'string') return;
    if (last.version !== policy.version || (policy.effectiveDate !== undefined && last.date !== policy.effectiveDate)) {
      report('revision-history', ['revisions', revisions.length - 1], {
        severity: 'warning',
        ...say(
          'check.revision-history',
          { last: String(last.version), lastDate: String(last.date), version: policy.version, date: policy.effectiveDate ?? '' },
          'check.revision-history.hint',
        ),
      });
    }
  },
};

function linksOf(nodes: readonly Inline[]): string[] {
  return nodes.flatMap((n) => (n.type === 'link' ? [n.url, ...linksOf(n.children)] : 'children' in n ? linksOf(n.children) : []));
}
