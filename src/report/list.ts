/**
 * A list inside a message, capped: `a, b, c, … and 9,990 more`. A message
 * about ten thousand entries names the first few and counts the rest.
 */
export const MAX_LISTED = 10;

export function capList(items: readonly string[], max = MAX_LISTED): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')}, … and ${(items.length - max).toLocaleString('en-US')} more`;
}
