/**
 * Text for Markdown that GitHub renders (a pull-request comment, a job summary):
 * the one escape of every value a person reads there.
 */

/** Text safe inside Markdown (and the HTML GitHub allows in it): one line, no markup, no table breaks, no mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    // One line: a lone carriage return, a form feed or a Unicode line separator breaks a line on GitHub too,
    // and a line of its own could start a fake heading or verdict.
    .replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ');
}

