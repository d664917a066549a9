import { htmlEnvironment, readTemplateFile, template } from './templates.js';
import type { PolicyView } from './view.js';

/** The company's own look (policy.config.yaml): accent colour, logo, footer line. */
export interface BrandView {
  accent?: string;
  logo?: { dataUri: string };
  footer?: string;
  baseUrl?: string;
}

/** A version of the page in another language: `<link rel="alternate" hreflang>` and a visible link. */
export interface AlternateView {
  lang: string;
  href: string;
  /** The language's name in that language (日本語, English). */
  label: string;
  /** This page itself (listed among the alternates, not linked). */
  current?: true;
}

/**
 * The standalone page: lang="ja" (or the translation's language), its
 * stylesheet inlined, no external resources (a logo is embedded as a data
 * URI); with `alternates`, the page links to its other languages.
 */
export function renderHtmlPage(view: PolicyView, brand?: BrandView, alternates?: readonly AlternateView[]): string {
  const langCss = [view.lang ? readTemplateFile(`html/style.${view.lang}.css`) : '', alternates?.length ? readTemplateFile('html/language.css') : ''].filter(Boolean).join('');
  return template(htmlEnvironment(), 'html/page.hbs')({
    ...view,
    css: readTemplateFile('html/style.css'),
    brand,
    ...(langCss ? { langCss: langCss.trimEnd() } : {}),
    ...(alternates?.length ? { alternates } : {}),
  });
}

/** The policy's `<article>` alone, for pasting into an existing site. */
export function renderHtmlFragment(view: PolicyView): string {
  return template(htmlEnvironment(), 'html/fragment.hbs')(view);
}
