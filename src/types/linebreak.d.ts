/** Minimal types for `linebreak` (UAX #14 line breaking), which ships none. */
declare module 'linebreak' {
  export interface Break {
    /** UTF-16 index at which a new line may start. */
    position: number;
    /** True for a mandatory break (e.g. after `\n`). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
