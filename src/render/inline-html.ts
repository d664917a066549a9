import type { ViewInline } from './view.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Inline nodes as HTML. Every text is escaped; links were checked by the one link-scheme rule (src/inline/link-scheme.ts) when parsed. */
export function inlineToHtml(nodes: readonly ViewInline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.value).replace(/\n/g, '<br>');
        case 'emphasis':
          return `<em>${inlineToHtml(n.children)}</em>`;
        case 'strong':
          return `<strong>${inlineToHtml(n.children)}</strong>`;
        case 'link':
          return `<a href="${escapeHtml(n.url)}">${inlineToHtml(n.children)}</a>`;
        case 'noteRef':
          return `<sup class="pp-note-ref"><a href="#${n.anchor}" id="${n.refAnchor}" aria-describedby="${n.anchor}">${n.mark}</a></sup>`;
      }
    })
    .join('');
}
