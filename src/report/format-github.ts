/**
 * Pure reporter for GitHub Actions: one workflow command per problem,
 * `::error file=…,line=…,col=…,title=…::message`, warnings as `::warning`,
 * so that the problems appear on the changed YAML lines of a pull request.
 * Escaped as the runner expects: in the message `%`, CR and LF; in the
 * properties also `:` and `,`. The messages come said in the reader's
 * language (`localise`); the word before the hint is said here.
 */
import type { Message } from './message.js';
import { t, type Locale } from '../i18n/catalogue.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(messages: readonly Message[], locale: Locale = 'en'): string {
  return messages
    .map((m) => {
      const props = [`file=${escapeProperty(m.file)}`];
      if (m.line > 0) props.push(`line=${m.line}`, `col=${m.column}`);
      props.push(`title=${escapeProperty(`policy check (${m.ruleId})`)}`);
      const text = `${m.path ? `${m.path}: ` : ''}${m.reason}${m.hint ? `\n${t('hint', locale)} ${m.hint}` : ''}`;
      return `::${m.severity} ${props.join(',')}::${escapeData(text)}\n`;
    })
    .join('');
}
