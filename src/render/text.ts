import { template, textEnvironment } from './templates.js';
import type { PolicyView } from './view.js';

export const DEFAULT_TEXT_WIDTH = 80;

/** Plain text for e-mail and notice boards, wrapped at `width` display columns. */
export function renderText(view: PolicyView, width = DEFAULT_TEXT_WIDTH): string {
  const text = template(textEnvironment(), 'text/policy.hbs', { noEscape: true })({ ...view, width });
  // Templates may leave runs of blank lines where optional parts are absent.
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
