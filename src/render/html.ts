import { htmlEnvironment, readTemplateFile, template } from './templates.js';
import type { PolicyView } from './view.js';

/** The standalone page: lang="ja", its stylesheet inlined, no external resources. */
export function renderHtmlPage(view: PolicyView): string {
  return template(htmlEnvironment(), 'html/page.hbs')({ ...view, css: readTemplateFile('html/style.css') });
}

/** The policy's `<article>` alone, for pasting into an existing site. */
export function renderHtmlFragment(view: PolicyView): string {
  return template(htmlEnvironment(), 'html/fragment.hbs')(view);
}
