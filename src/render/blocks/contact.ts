/** A contact block: the desk, then its lines (the fields in their usual order, or `lines:` as the page sets them), a link where a line is one number or address. */
import { isSafeLink, resolveLink } from '../../inline/link-scheme.js';
import { CONTACT_LABELS, lineHref, telHref } from '../words.js';
import type { BlockView, ContactView } from '../view.js';
import type { BuildContext, Obj } from './context.js';

export function contact(block: unknown, cx: BuildContext): BlockView {
  const b = (block as Obj).contact as Record<string, string> & { labels?: Partial<Record<keyof typeof CONTACT_LABELS, string>> };
  const lines: ContactView['lines'] = [];
  const line = (key: keyof typeof CONTACT_LABELS, href?: string) =>
    b[key] && lines.push({ label: b.labels?.[key] ?? cx.contactLabels[key], value: b[key], ...(href ? { href } : {}) });
  line('address');
  line('phone', telHref(b.phone));
  line('fax');
  line('email', b.email ? `mailto:${b.email}` : undefined);
  line('url', b.url && isSafeLink(b.url) ? resolveLink(b.url, cx.baseUrl) : undefined);
  line('hours');
  // Lines as the page sets them: its order, its labels and their separators.
  for (const l of (b as { lines?: Array<string | { label?: string; text: string }> }).lines ?? []) {
    const { label, text: value } = typeof l === 'string' ? { label: undefined, text: l } : l;
    const href = lineHref(value);
    lines.push({ ...(label ? { label } : {}), value, ...(href ? { href: resolveLink(href, cx.baseUrl) } : {}) });
  }
  // A block without a desk name starts with its first line.
  if (!b.name && lines[0]) lines[0].lead = true;
  return {
    type: 'contact',
    ...(b.id ? { id: b.id } : {}),
    ...(b.name ? { name: b.name } : {}),
    ...(b.organization ? { organization: b.organization } : {}),
    lines,
    ...(b.note ? { note: cx.text(b.note) } : {}),
  };
}
