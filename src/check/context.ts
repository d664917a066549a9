import type { Policy } from '../model/schema.js';
import type { Message, Severity } from '../report/message.js';
import type { Said } from '../i18n/catalogue.js';
import { formatPath, locate, type PathSegment, type YamlSource } from '../load/yaml-source.js';

export interface Report {
  /** The English words (from `say`, with `says`). */
  reason: string;
  hint?: string;
  /** The catalogue's ids and values: write a report as `say('check.…', values, 'check.….hint')`. */
  says?: Said;
  severity?: Severity;
  /** Point at the key rather than its value. */
  on?: 'key' | 'value';
}

/** What a rule sees: the policy as parsed (possibly not schema-valid) and a way to report. */
export interface RuleContext {
  policy: Policy;
  source: YamlSource;
  report(ruleId: string, path: readonly PathSegment[], report: Report): void;
  /** Report at a place in the file's text (an offset in `source.text`), for rules that read the text itself. */
  reportAt(ruleId: string, offset: number, report: Report & { path?: readonly PathSegment[] }): void;
  /** Line of the node at `path`, for messages that refer to another place. */
  lineOf(path: readonly PathSegment[]): number;
}

export interface Rule {
  id: string;
  /** One sentence: what the rule checks. */
  description: string;
  check(context: RuleContext): void;
}

export function createContext(source: YamlSource, policy: Policy, messages: Message[]): RuleContext {
  return {
    policy,
    source,
    report(ruleId, path, { reason, hint, says, severity = 'error', on = 'value' }) {
      const { line, column } = locate(source, path, on);
      messages.push({ file: source.file, line, column, severity, ruleId, reason, path: formatPath(path), ...(hint ? { hint } : {}), ...(says ? { says } : {}) });
    },
    reportAt(ruleId, offset, { reason, hint, says, severity = 'error', path }) {
      const { line, col } = source.lineCounter.linePos(offset);
      messages.push({ file: source.file, line, column: col, severity, ruleId, reason, ...(path ? { path: formatPath(path) } : {}), ...(hint ? { hint } : {}), ...(says ? { says } : {}) });
    },
    lineOf: (path) => locate(source, path).line,
  };
}

/** Arrays in a policy that failed the schema may be anything: iterate only real arrays. */
export function list<T>(value: T[] | undefined | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
