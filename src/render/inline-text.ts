import type { ViewInline } from './view.js';

/** Inline nodes as plain text: marks as ※1, a link's address after its words unless they are the address. */
export function inlineToText(nodes: readonly ViewInline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'emphasis':
        case 'strong':
          return inlineToText(n.children);
        case 'link': {
          const words = inlineToText(n.children);
          const address = n.url.replace(/^mailto:/, '');
          return words === address || words === n.url ? words : `${words}（${address}）`;
        }
        case 'noteRef':
          return n.mark;
      }
    })
    .join('');
}
