import { describe, expect, it } from 'vitest';
import { formatMessages, summary } from '../../src/report/format-messages.js';
import type { Message } from '../../src/report/message.js';

const messages: Message[] = [
  {
    file: 'policy/a.yaml',
    line: 12,
    column: 5,
    severity: 'error',
    ruleId: 'unknown-key',
    reason: 'unknown key "intr"',
    path: 'jointUse.parties.intr',
    hint: 'did you mean "intro"?',
  },
  { file: 'policy/a.yaml', line: 0, column: 0, severity: 'warning', ruleId: 'effective-date', reason: 'the policy has no effective date (施行日)' },
];

describe('the reporter', () => {
  it('prints one line per problem, the hint below, and a count', () => {
    expect(formatMessages(messages)).toBe(
      'policy/a.yaml:12:5  error  jointUse.parties.intr: unknown key "intr"  (unknown-key)\n' +
        '    hint: did you mean "intro"?\n' +
        'policy/a.yaml  warning  the policy has no effective date (施行日)  (effective-date)\n' +
        '1 error, 1 warning\n',
    );
  });

  it('colours severities and places only when asked', () => {
    const coloured = formatMessages(messages, { color: true });
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(formatMessages(messages, { color: false })).not.toContain('\u001b[');
  });

  it('says when there is nothing to report', () => {
    expect(formatMessages([])).toBe('No problems found.\n');
    expect(summary([messages[0]!, messages[0]!])).toBe('2 errors, 0 warnings');
  });
});
