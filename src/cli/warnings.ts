import { summary } from '../report/format-messages.js';
import type { Message } from '../report/message.js';

/** Commands that write files mention warnings in one line; `policy check` lists them. */
export function warningsLine(messages: readonly Message[]): string {
  return messages.length > 0 ? `policy: ${summary(messages)}; run "policy check" to see them\n` : '';
}
