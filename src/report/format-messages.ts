import type { Message } from './message.js';

export interface FormatOptions {
  /** Wrap severities and positions in ANSI colours. */
  color?: boolean;
}

const ansi = {
  red: (s: string) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s: string) => `\u001b[33m${s}\u001b[39m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[22m`,
  bold: (s: string) => `\u001b[1m${s}\u001b[22m`,
};
const plain = { red: id, yellow: id, dim: id, bold: id };
function id(s: string): string {
  return s;
}

/**
 * Pure reporter: messages in, text out. One line per problem,
 * `file:line:column  severity  message  (rule)`, the hint on the line below,
 * and a closing count.
 */
export function formatMessages(messages: readonly Message[], options: FormatOptions = {}): string {
  const c = options.color ? ansi : plain;
  const lines: string[] = [];
  for (const m of messages) {
    const place = m.line > 0 ? `${m.file}:${m.line}:${m.column}` : m.file;
    const severity = m.severity === 'error' ? c.red('error') : c.yellow('warning');
    const reason = m.path ? `${m.path}: ${m.reason}` : m.reason;
    lines.push(`${c.bold(place)}  ${severity}  ${reason}  ${c.dim(`(${m.ruleId})`)}`);
    if (m.hint) lines.push(`    ${c.dim('hint:')} ${m.hint}`);
  }
  lines.push(summary(messages));
  return lines.join('\n') + '\n';
}

export function summary(messages: readonly Message[]): string {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  if (messages.length === 0) return 'No problems found.';
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
