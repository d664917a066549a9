/**
 * The formats read by programs and CI in the reader's language: with
 * `policy --lang ja` (or LANG=ja_JP.UTF-8), `--format github` annotations, the
 * job summary, SARIF and JSON say the problems and their hints in Japanese;
 * SARIF stays valid; JSON keeps the catalogue's ids.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { formatStepSummary, splitAnnotations } from '../../src/report/github-summary.js';
import { localise, type Message } from '../../src/report/message.js';
import { say } from '../../src/i18n/catalogue.js';
import { ROOT, cli, tempDir } from '../helpers.js';

const SCHEMA = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const BROKEN = 'test/fixtures/invalid/yaml-syntax.yaml';
const REASON = '一つの行の中で「キー: 値」が入れ子になっています（値の中の「: 」がキーの区切りとして読まれています）';
const HINT = 'この行と一つ上の行の字下げを確かめてください（一つのブロックのキーは同じ桁から始めます）。「: 」を含む文章は引用符で囲んでください';

/** `count` policy files, each with a YAML error on its third line (one error each). */
function broken(count: number): string {
  const dir = tempDir('policy-ja-report-');
  for (let i = 1; i <= count; i++) writeFileSync(path.join(dir, `p${String(i).padStart(2, '0')}.yaml`), 'version: "1"\ntitle: a\ntitle: b\n');
  return dir;
}

describe('--format github in Japanese', () => {
  it('annotates the line with the Japanese reason and hint', async () => {
    const { code, stdout } = await cli(['--lang', 'ja', 'check', BROKEN, '--format', 'github']);
    expect(code).toBe(1);
    expect(stdout).toBe(`::error file=${BROKEN},line=16,col=14,title=policy check (yaml-syntax)::${REASON}%0Aヒント: ${HINT}\n`);
  });

  it('more problems than GitHub shows: the count line and the rest in Japanese, in the log or in the job summary', async () => {
    const dir = broken(12);
    const log = await cli(['check', '.', '--format', 'github'], dir, { LANG: 'ja_JP.UTF-8' });
    expect(log.code).toBe(1);
    const lines = log.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 10).every((l) => /^::error file=p\d\d\.yaml,line=3,col=1,title=policy check \(yaml-syntax\)::一つのブロックに同じキーが二度あります%0Aヒント: /.test(l))).toBe(true);
    expect(lines[10]).toBe('policy check: GitHub が注釈として表示できる数（1 ステップにつきエラー 10 件、警告 10 件）を超える問題が 2 件あります。以下に示します');
    expect(lines[11]).toBe('p11.yaml:3:1  エラー  一つのブロックに同じキーが二度あります  (yaml-syntax)');
    expect(lines[12]).toBe('    ヒント: 二つの行のどちらかを残し、もう一方を削除してください');

    const summaryFile = path.join(dir, 'summary.md');
    const ci = await cli(['check', '.', '--format', 'github'], dir, { LANG: 'ja_JP.UTF-8', GITHUB_STEP_SUMMARY: summaryFile });
    expect(ci.stdout).toContain('を超える問題が 2 件あります。ジョブの要約に示します\n');
    const summary = readFileSync(summaryFile, 'utf8').trimEnd().split('\n');
    expect(summary).toEqual([
      '### policy check',
      '',
      'エラー 12 件、警告 0 件。うちエラー 10 件と警告 0 件はそれぞれの行に注釈として示し、残りの 2 件をここに示します。',
      '',
      '| 場所 | 重大度 | 問題 | ルール |',
      '|---|---|---|---|',
      '| p11.yaml:3:1 | エラー | 一つのブロックに同じキーが二度あります (ヒント: 二つの行のどちらかを残し、もう一方を削除してください) | yaml-syntax |',
      '| p12.yaml:3:1 | エラー | 一つのブロックに同じキーが二度あります (ヒント: 二つの行のどちらかを残し、もう一方を削除してください) | yaml-syntax |',
    ]);
  });

  it('a job summary that cannot be written is said in Japanese', async () => {
    const dir = broken(11);
    const { stderr, stdout } = await cli(['check', '.', '--format', 'github'], dir, { LANG: 'ja_JP.UTF-8', GITHUB_STEP_SUMMARY: dir });
    expect(stderr).toMatch(/^policy: ジョブの要約 .+ に書き込めませんでした（.+）。残りの問題は、このあとのログに示します\n$/);
    expect(stdout).toContain('p11.yaml:3:1  エラー  一つのブロックに同じキーが二度あります  (yaml-syntax)\n');
  });

  it('a summary too long for GitHub counts the rows left out in Japanese', () => {
    const messages: Message[] = Array.from({ length: 40 }, (_, i) =>
      localise({ file: 'p.yaml', line: i + 1, column: 1, severity: 'warning', ruleId: 'yaml-syntax', ...say('input.yaml.duplicate-key', {}, 'input.yaml.duplicate-key.hint') }, 'ja'),
    );
    const summary = formatStepSummary(messages, splitAnnotations(messages), 1200, 'ja');
    expect(summary).toContain('エラー 0 件、警告 40 件。うちエラー 0 件と警告 10 件は');
    expect(summary).toMatch(/\n… ほか \d+ 件（すべての問題は policy check で確認できます）。\n\n$/);
  });
});

describe('--format sarif in Japanese', () => {
  it('is valid SARIF 2.1.0, and its results are in Japanese', async () => {
    const { code, stdout } = await cli(['--lang', 'ja', 'check', BROKEN, '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    const validation = new Validator(SCHEMA, '4', false).validate(log);
    expect(validation.errors, JSON.stringify(validation.errors.slice(0, 3), null, 2)).toEqual([]);
    const run = log.runs[0];
    expect(run.results).toHaveLength(1);
    expect(run.results[0]).toMatchObject({
      ruleId: 'yaml-syntax',
      level: 'error',
      message: { text: `${REASON}\nヒント: ${HINT}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: BROKEN }, region: { startLine: 16, startColumn: 14 } } }],
    });
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'yaml-syntax');
    expect(rule.help.markdown).toContain('[policy check のすべてのルール](https://github.com/shimin-policy/policy#rules)');
  });

  it('in English its words are as before', async () => {
    const { stdout } = await cli(['check', BROKEN, '--format', 'sarif']);
    const run = JSON.parse(stdout).runs[0];
    expect(run.results[0].message.text).toBe(
      'Nested mappings are not allowed in compact mappings\nhint: check the indentation of this line and the one above it (keys of one block start at the same column); a text that contains ": " must be put in quotes',
    );
  });
});

describe('--format json in Japanese', () => {
  it('says each problem in Japanese and keeps the catalogue ids and values for programs', async () => {
    const { code, stdout } = await cli(['check', BROKEN, '--format', 'json'], ROOT, { LANG: 'ja_JP.UTF-8' });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: BROKEN,
        line: 16,
        column: 14,
        severity: 'error',
        ruleId: 'yaml-syntax',
        reason: REASON,
        hint: HINT,
        says: {
          id: 'input.yaml-syntax',
          hint: 'input.yaml.implicit-key.hint',
          values: { code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings' },
        },
      },
    ]);
  });
});
