import type { ViewInline } from './view.js';

/**
 * Inline nodes as plain text: marks as ※1, a link's address after its words
 * unless they are the address (in full-width brackets, or in half-width ones
 * after a space in a translation written with spaces: `words: true`).
 */
export function inlineToText(nodes: readonly ViewInline[], words = false): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'emphasis':
        case 'strong':
          return inlineToText(n.children, words);
        case 'link': {
          const text = inlineToText(n.children, words);
          const address = n.url.replace(/^mailto:/, '');
          return text === address || text === n.url ? text : words ? `${text} (${address})` : `${text}（${address}）`;
        }
        case 'noteRef':
          return n.mark;
      }
    })
    .join('');
}
