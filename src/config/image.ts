/** What kind of image a file holds, from its bytes (not its name), and what an SVG must not hold. */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/svg+xml';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

export function sniffImage(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  // SVG is text: an <svg> root element, after an optional BOM, XML declaration, comments and doctype.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const rest = head.replace(/^\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i, '');
  if (/^<svg[\s>]/i.test(rest)) return 'image/svg+xml';
  return undefined;
}

/**
 * What an SVG logo holds that could run or load something: scripts, event
 * handlers, javascript: links, embedded HTML, references to other files,
 * entity declarations. Undefined when it holds none of them.
 */
export function svgProblem(svg: string): string | undefined {
  // Element and attribute names may carry any namespace prefix (<svg:script>, <a x:href="…"> with
  // xmlns:x="http://www.w3.org/1999/xlink"): the prefix is a name the file chooses, so every one is looked at.
  const P = '(?:[\\w.-]+:)?';
  const checks: Array<[RegExp, string]> = [
    [new RegExp(`<${P}script[\\s>/]`, 'i'), 'a script (<script>)'],
    [/\s(?:[\w.-]+:)?on[a-z]+\s*=/i, 'an event handler (an on… attribute)'],
    [/javascript\s*:/i, 'a javascript: link'],
    [new RegExp(`<${P}foreignObject[\\s>/]`, 'i'), 'embedded HTML (<foreignObject>)'],
    [/<!ENTITY/i, 'an entity declaration (<!ENTITY>)'],
    [/\s(?:[\w.-]+:)?href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|webp|gif);)/i, 'a link to another file or address (href)'],
    [new RegExp(`<${P}(?:iframe|embed|object)[\\s>/]`, 'i'), 'embedded content (<iframe>, <embed> or <object>)'],
    [/@import|url\(\s*["']?\s*(?!#|data:)/i, 'a style that loads another file (@import or url())'],
  ];
  return checks.find(([pattern]) => pattern.test(svg))?.[1];
}
