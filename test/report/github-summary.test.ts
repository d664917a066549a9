/** GitHub's limits on annotations: the first of each severity annotated, the others in the job summary with a count. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_STEP, formatStepSummary, splitAnnotations } from '../../src/report/github-summary.js';
import type { Message } from '../../src/report/message.js';
import { cli, SEED_POLICY, tempDir } from '../helpers.js';

const message = (severity: Message['severity'], line: number): Message => ({
  file: 'policy/a.yaml',
  line,
  column: 3,
  severity,
  ruleId: severity === 'error' ? 'unknown-key' : 'https-link',
  reason: `problem on line ${line} | with a pipe and <b>markup</b> @team`,
});

describe('annotations within GitHub\'s limits', () => {
  it('annotates the first 10 errors and the first 10 warnings, errors first; the others are the rest', () => {
    const messages = [...Array.from({ length: 14 }, (_, i) => message('warning', i + 1)), ...Array.from({ length: 12 }, (_, i) => message('error', 100 + i))];
    const { annotated, rest } = splitAnnotations(messages);
    expect(ANNOTATIONS_PER_STEP).toBe(10);
    expect(annotated.map((m) => `${m.severity}${m.line}`)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `error${100 + i}`),
      ...Array.from({ length: 10 }, (_, i) => `warning${i + 1}`),
    ]);
    expect(rest.map((m) => `${m.severity}${m.line}`)).toEqual(['error110', 'error111', 'warning11', 'warning12', 'warning13', 'warning14']);
    // Never more than GitHub's 50 per job.
    expect(annotated.length).toBeLessThanOrEqual(50);
  });

  it('the job summary counts them and lists the rest as a table, its cells escaped', () => {
    const messages = [...Array.from({ length: 12 }, (_, i) => message('error', i + 1)), message('warning', 50)];
    const summary = formatStepSummary(messages, splitAnnotations(messages));
    const lines = summary.trimEnd().split('\n');
    expect(lines[0]).toBe('### policy check');
    expect(lines[2]).toBe('12 errors, 1 warning: 10 errors and 1 warning are annotations on their lines, the other 2 are listed here.');
    expect(lines.slice(4)).toEqual([
      '| place | severity | problem | rule |',
      '|---|---|---|---|',
      '| policy/a.yaml:11:3 | error | problem on line 11 \\| with a pipe and &lt;b&gt;markup&lt;/b&gt; @\u200bteam | unknown-key |',
      '| policy/a.yaml:12:3 | error | problem on line 12 \\| with a pipe and &lt;b&gt;markup&lt;/b&gt; @\u200bteam | unknown-key |',
    ]);
    expect(formatStepSummary(messages.slice(0, 3), splitAnnotations(messages.slice(0, 3)))).toBe('');
  });

  it('stays under GitHub\'s 1 MiB of summary per step, counting the rows left out', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => message('warning', i + 1));
    const summary = formatStepSummary(many, splitAnnotations(many));
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    const rows = summary.split('\n').filter((l) => l.startsWith('| policy/')).length;
    expect(rows).toBeGreaterThan(1000);
    expect(summary).toContain(`… and ${(19_990 - rows).toLocaleString('en-US')} more (run policy check to see every problem).`);
  });
});

describe('policy check --format github with more problems than GitHub shows', () => {
  /** The seed (7 warnings) with 15 misspelt keys (15 errors). */
  function project(): string {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'policy'));
    copyFileSync(SEED_POLICY, path.join(dir, 'policy', 'seed.yaml'));
    const extra = Array.from({ length: 15 }, (_, i) => `titel${i}: x`).join('\n');
    writeFileSync(path.join(dir, 'policy', 'seed.yaml'), `${readFileSync(SEED_POLICY, 'utf8')}\n${extra}\n`);
    return dir;
  }

  it('prints 10 error and the warning annotations, a line pointing to the summary, and the 5 other errors in the summary', async () => {
    const dir = project();
    const summaryFile = path.join(dir, 'step-summary.md');
    writeFileSync(summaryFile, '## earlier step\n');
    const result = await cli(['check', '--format', 'github'], dir, { GITHUB_STEP_SUMMARY: summaryFile });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error '));
    const warnings = lines.filter((l) => l.startsWith('::warning '));
    expect(errors).toHaveLength(10);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(lines.at(-1)).toBe('policy check: 5 more problems than GitHub shows as annotations (10 errors and 10 warnings per step), listed in the job summary');
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('## earlier step\n### policy check\n')).toBe(true);
    expect(summary).toContain(`15 errors, ${warnings.length} warnings: 10 errors and ${warnings.length} warnings are annotations on their lines, the other 5 are listed here.`);
    expect(summary.split('\n').filter((l) => /^\| policy\/seed\.yaml:\d+:1 \| error \| titel1[0-4]: unknown key/.test(l))).toHaveLength(5);
  });

  it('without a job summary, the others follow in the log', async () => {
    const result = await cli(['check', '--format', 'github'], project());
    expect(result.stdout).toContain('listed below\n');
    expect(result.stdout.trimEnd().split('\n').filter((l) => /^policy\/seed\.yaml:\d+:1  error  titel1[0-4]: unknown key/.test(l))).toHaveLength(5);
  });

  it('within the limits, nothing but the annotations', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'policy'));
    copyFileSync(SEED_POLICY, path.join(dir, 'policy', 'seed.yaml'));
    const summaryFile = path.join(dir, 'step-summary.md');
    const result = await cli(['check', '--format', 'github'], dir, { GITHUB_STEP_SUMMARY: summaryFile });
    expect(result.stdout.trimEnd().split('\n').every((l) => l.startsWith('::warning '))).toBe(true);
    expect(() => readFileSync(summaryFile)).toThrow();
  });
});
