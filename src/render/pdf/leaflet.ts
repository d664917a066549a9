/**
 * The printed leaflet of a policy: its own HTML document (templates/pdf/
 * leaflet.hbs, with the policy partials of the web page and the print
 * stylesheet templates/pdf/print.css), a running footer, and the PDF's
 * document information.
 */
import type { LoadedPolicy } from '../../file/policy-file.js';
import type { Policy } from '../../model/schema.js';
import { inlineToText } from '../inline-text.js';
import { htmlEnvironment, readTemplateFile, template } from '../templates.js';
import { buildView, type PolicyView } from '../view.js';
import type { PdfFooter } from './footer.js';
import type { PdfMetadata } from './info.js';
import { PAPER_SPECS, type Paper } from './paper.js';
import type { PdfSession } from './session.js';
import type { BrandView } from '../html.js';

export const LEAFLET_FONTS = ['mincho', 'gothic'] as const;
/**
 * gothic: IPAexゴシック throughout (the default: clear at small sizes, and the
 * smaller file); mincho: IPAex明朝 text with IPAexゴシック headings, the
 * traditional look of a legal notice (the file is about 40% larger, because
 * two fonts are embedded and the mincho outlines are bigger).
 */
export type LeafletFont = (typeof LEAFLET_FONTS)[number];

export interface LeafletOptions {
  /** Default A4. */
  paper?: Paper;
  /** Default gothic. */
  font?: LeafletFont;
  /** Accent colour, logo and footer line of the company (policy.config.yaml). */
  brand?: BrandView;
}

/** A translation's leaflet: its language, and the notice that the Japanese version prevails. */
export interface LeafletTranslation {
  lang: 'en';
  notice: string;
}

/**
 * The fonts of an English leaflet: DejaVu (TrueType, embedded as the IPAex
 * fonts are) for the Latin text, the IPAex fonts for any Japanese left in it
 * (a name, an address).
 */
export const ENGLISH_FOOTER_FONT = '"DejaVu Sans", "IPAexGothic", "IPAexゴシック"';

export const DEFAULT_SUBJECT = '個人情報の取扱いについて';
/** Date of the PDF when the policy has neither an effective date nor a revision. */
export const FALLBACK_DATE = '2000-01-01';

/** The leaflet as a complete HTML document. Its @page rule matches the margins `renderPolicyPdf` prints with. */
export function renderLeafletHtml(view: PolicyView, options: LeafletOptions = {}): string {
  const paper = options.paper ?? 'A4';
  const spec = PAPER_SPECS[paper];
  const m = spec.margin;
  return template(htmlEnvironment(), 'pdf/leaflet.hbs')({
    ...view,
    css: readTemplateFile('pdf/print.css'),
    ...(view.lang ? { langCss: readTemplateFile(`pdf/print.${view.lang}.css`) } : {}),
    paper,
    font: options.font ?? 'gothic',
    brand: options.brand,
    page: {
      size: `${spec.width}mm ${spec.height}mm`,
      margin: `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`,
      fontSize: `${spec.fontSize}pt`,
    },
  });
}

/** The date the PDF is stamped with: the effective date, else the latest revision, else a fixed date. */
export function pdfDateOf(policy: Policy): string {
  if (policy.effectiveDate) return policy.effectiveDate;
  const dates = (policy.revisions ?? []).map((r) => r.date).sort();
  return dates[dates.length - 1] ?? FALLBACK_DATE;
}

export function leafletMetadata(policy: Policy, view: PolicyView): PdfMetadata {
  if (view.lang === 'en') {
    return {
      title: inlineToText(view.title),
      author: view.organization.name,
      subject: view.jointUseTitle ?? 'Handling of personal information',
      keywords: ['Privacy Policy', ...(view.jointUseTitle ? ['Joint use'] : []), view.organization.name, ...(view.version ? [`Version ${view.version}`] : [])],
      date: pdfDateOf(policy),
    };
  }
  return {
    title: inlineToText(view.title),
    author: view.organization.name,
    subject: view.jointUseTitle ?? DEFAULT_SUBJECT,
    keywords: [
      '個人情報保護方針',
      'プライバシーポリシー',
      DEFAULT_SUBJECT,
      ...(view.jointUseTitle ? ['共同利用'] : []),
      view.organization.name,
      ...(view.version ? [`第${view.version}版`] : []),
    ],
    date: pdfDateOf(policy),
  };
}

/** Organisation (or the company's footer line) at the left; version and effective date in the middle; `n / N` at the right. */
export function leafletFooter(view: PolicyView, brand?: BrandView): PdfFooter {
  if (view.lang === 'en') {
    return {
      left: view.organization.name,
      center: [view.version ? `Version ${view.version}` : '', view.effectiveDate ? `effective ${view.effectiveDate.ja}` : ''].filter(Boolean).join(', ').replace(/^e/, 'E'),
      right: '{page} / {pages}',
      fontFamily: ENGLISH_FOOTER_FONT,
    };
  }
  return {
    left: brand?.footer ?? view.organization.name,
    center: [view.version ? `第${view.version}版` : '', view.effectiveDate ? `${view.effectiveDate.ja}施行` : ''].filter(Boolean).join('　'),
    right: '{page} / {pages}',
  };
}

/** The policy's leaflet as PDF bytes, printed with `session`. */
export async function renderPolicyPdf(
  session: PdfSession,
  loaded: LoadedPolicy,
  options: LeafletOptions & { timeoutMs?: number; translation?: LeafletTranslation } = {},
): Promise<Uint8Array> {
  const t = options.translation;
  const base = options.brand?.baseUrl ? { baseUrl: options.brand.baseUrl } : {};
  const view: PolicyView = t ? { ...buildView(loaded.policy, { ...base, lang: t.lang }), translationNotice: t.notice } : buildView(loaded.policy, base);
  const paper = options.paper ?? 'A4';
  return session.pdf(renderLeafletHtml(view, options), {
    paper,
    metadata: leafletMetadata(loaded.policy, view),
    footer: leafletFooter(view, options.brand),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
}
