/**
 * Text from a policy file (a key, a text, a file name, a git tag) made safe to
 * print on a terminal or in a log: every control character, direction control,
 * invisible character and half of a character is shown as an escape
 * (`\u001b`, `\u202e`), so that a YAML line cannot clear a reviewer's screen,
 * move the cursor, paint a fake "0 errors" into a CI log, or reorder what is
 * shown. Colours come only from the tool, added after this.
 *
 * Every reporter passes what it got from a file through `visible` (or
 * `visibleJson` for JSON); nothing else escapes terminal output.
 */

/** C0 and C1 controls, DEL, direction controls, invisible characters, line/paragraph separators, lone surrogates. */
const UNSAFE =
  /[\x00-\x1F\x7F-\x9F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escape(char: string): string {
  const cp = char.length === 2 ? char.codePointAt(0)! : char.charCodeAt(0);
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every unsafe character escaped. With `lines`, line breaks (\n)
 * stay, for texts the reporter itself lays out over several lines.
 */
export function visible(text: string, options: { lines?: boolean } = {}): string {
  return text.replace(UNSAFE, (char) => (options.lines && char === '\n' ? char : escape(char)));
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but leaves DEL, C1
 * controls (U+009B starts a terminal command) and direction controls as they
 * are; these become \u escapes too. The value read back is the same.
 */
export function visibleJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`.replace(UNSAFE, (char) => (char === '\n' ? char : char.length === 2 ? char.split('').map(escape).join('') : escape(char)));
}
