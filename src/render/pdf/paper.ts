/** Paper sizes of the printed documents. B5 is the Japanese (JIS) B5, 182 × 257 mm, not ISO B5. */
export const PAPERS = ['A4', 'A5', 'B5'] as const;
export type Paper = (typeof PAPERS)[number];

export interface PaperSpec {
  /** Portrait width and height in millimetres. */
  width: number;
  height: number;
  /** Page margins in millimetres; the running footer sits inside the bottom margin. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Base font size of the leaflet, in points. */
  fontSize: number;
}

export const PAPER_SPECS: Readonly<Record<Paper, PaperSpec>> = {
  A4: { width: 210, height: 297, margin: { top: 15, right: 18, bottom: 17, left: 18 }, fontSize: 10.5 },
  B5: { width: 182, height: 257, margin: { top: 15, right: 15, bottom: 18, left: 15 }, fontSize: 10 },
  A5: { width: 148, height: 210, margin: { top: 12, right: 12, bottom: 15, left: 12 }, fontSize: 9 },
};

export function isPaper(value: unknown): value is Paper {
  return typeof value === 'string' && (PAPERS as readonly string[]).includes(value);
}

/** Width and height of the sheet as laid out (landscape swaps them), in millimetres. */
export function sheetSize(paper: Paper, landscape = false): { width: number; height: number } {
  const { width, height } = PAPER_SPECS[paper];
  return landscape ? { width: height, height: width } : { width, height };
}
