import type { Locale } from '../i18n/catalogue.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour, progress lines). */
  isTTY: boolean;
  cwd: string;
  /** The language of the tool's own words (default: from the locale of `env`). */
  locale?: Locale;
}

export function useColor(io: CliIO): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}
