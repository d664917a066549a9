import { template, textEnvironment } from './templates.js';
import type { PolicyView } from './view.js';

export const DEFAULT_TEXT_WIDTH = 80;

/** Plain text for e-mail and notice boards, wrapped at `width` display columns. */
export function renderText(view: PolicyView, width = DEFAULT_TEXT_WIDTH): string {
  const text = template(textEnvironment(), 'text/policy.hbs', { noEscape: true })({ ...view, width });
  // Templates may leave runs of blank lines where optional parts are absent.
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * A byte order mark: the one sign of UTF-8 that every browser honours in a
 * text file served without a charset (python -m http.server, S3 and nginx
 * defaults send text/plain alone, and the Japanese would show as mojibake).
 */
export const UTF8_BOM = '\uFEFF';

/** The plain text as a published file (out/<name>.txt, the site's .txt): led by the byte order mark. */
export function renderTextFile(view: PolicyView, width = DEFAULT_TEXT_WIDTH): string {
  return UTF8_BOM + renderText(view, width);
}
