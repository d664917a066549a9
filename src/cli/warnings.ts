import { summary } from '../report/format-messages.js';
import type { Message } from '../report/message.js';
import { t, type Locale } from '../i18n/catalogue.js';

/** Commands that write files mention warnings in one line; `policy check` lists them. */
export function warningsLine(messages: readonly Message[], locale: Locale = 'en'): string {
  return messages.length > 0 ? `${t('warnings.line', locale, { summary: summary(messages, locale) })}\n` : '';
}
