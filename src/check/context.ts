import type { Policy } from '../model/schema.js';
import type { Message, Severity } from '../report/message.js';
import { formatPath, locate, type PathSegment, type YamlSource } from '../load/yaml-source.js';

export interface Report {
  reason: string;
  hint?: string;
  severity?: Severity;
  /** Point at the key rather than its value. */
  on?: 'key' | 'value';
}

/** What a rule sees: the policy as parsed (possibly not schema-valid) and a way to report. */
export interface RuleContext {
  policy: Policy;
  source: YamlSource;
  report(ruleId: string, path: readonly PathSegment[], report: Report): void;
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
    report(ruleId, path, { reason, hint, severity = 'error', on = 'value' }) {
      const { line, column } = locate(source, path, on);
      messages.push({ file: source.file, line, column, severity, ruleId, reason, path: formatPath(path), ...(hint ? { hint } : {}) });
    },
    lineOf: (path) => locate(source, path).line,
  };
}

/** Arrays in a policy that failed the schema may be anything: iterate only real arrays. */
export function list<T>(value: T[] | undefined | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
