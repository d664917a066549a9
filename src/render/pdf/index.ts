/**
 * PDF output. Importing this module does not load puppeteer-core: it is
 * imported when a browser is started (PdfSession.open / withBrowser).
 */
export {
  DEFAULT_BROWSERS,
  DEFAULT_PDF_TIMEOUT_MS,
  INSTALL_HINT,
  USER_DATA_PREFIX,
  PdfSession,
  PdfTimeoutError,
  findBrowser,
  withBrowser,
  type PdfOptions,
  type PdfSessionOptions,
} from './session.js';
export { FOOTER_FONT, footerTemplate, type PdfFooter } from './footer.js';
export { DEFAULT_CREATOR, pdfDate, setPdfMetadata, type PdfMetadata } from './info.js';
export { PAPERS, PAPER_SPECS, isPaper, type Paper } from './paper.js';
export {
  DEFAULT_SUBJECT,
  LEAFLET_FONTS,
  leafletFooter,
  leafletMetadata,
  pdfDateOf,
  renderLeafletHtml,
  renderPolicyPdf,
  type LeafletFont,
  type LeafletOptions,
} from './leaflet.js';
