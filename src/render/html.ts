import { htmlEnvironment, readTemplateFile, template } from './templates.js';
import type { PolicyView } from './view.js';

/** The company's own look (policy.config.yaml): accent colour, logo, footer line. */
export interface BrandView {
  accent?: string;
  logo?: { dataUri: string };
  footer?: string;
  baseUrl?: string;
}

/** The standalone page: lang="ja", its stylesheet inlined, no external resources (a logo is embedded as a data URI). */
export function renderHtmlPage(view: PolicyView, brand?: BrandView): string {
  return template(htmlEnvironment(), 'html/page.hbs')({ ...view, css: readTemplateFile('html/style.css'), brand });
}

/** The policy's `<article>` alone, for pasting into an existing site. */
export function renderHtmlFragment(view: PolicyView): string {
  return template(htmlEnvironment(), 'html/fragment.hbs')(view);
}
