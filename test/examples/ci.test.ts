/**
 * The example workflow (examples/ci/policy.yml), its steps run one by one
 * in a scratch repository as the runner would run them: a pull request that
 * adds a joint user to the policy of the base branch.
 * Left out: what needs GitHub (checkout, setup-node, uploads, the comment)
 * and installing (npm ci, apt-get); the tool is this checkout, bundled (dist/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
}
interface Job {
  env?: Record<string, string>;
  steps: Step[];
}

const WORKFLOW = parse(readFileSync(path.join(ROOT, 'examples', 'ci', 'policy.yml'), 'utf8')) as { jobs: Record<string, Job> };
const SKIPPED = ['Install', 'Install the Japanese fonts', 'Comment on the pull request'];
const fixture = (name: string) => path.join(ROOT, 'test', 'diff', 'fixtures', `${name}.yaml`);

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.invalid', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.invalid' } });
}

/** A repository as the runner checks it out for a pull request from `feature` into `main`. */
function pullRequestRepo(): string {
  const repo = tempDir('policy-ci-');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'commit.gpgsign', 'false');
  mkdirSync(path.join(repo, 'policy'));
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'our-privacy-policy', private: true, devDependencies: { 'privacy-policy-as-code': '*' } }));
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\nreview/\npolicy.sarif\n');
  // What npm ci would install: the tool's command.
  mkdirSync(path.join(repo, 'node_modules', '.bin'), { recursive: true });
  const bin = path.join(repo, 'node_modules', '.bin', 'policy');
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'policy.cjs')}" "$@"\n`);
  chmodSync(bin, 0o755);
  copyFileSync(fixture('base'), path.join(repo, 'policy', 'shimin-denryoku.yaml'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'Policy 1.0');
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(repo, 'checkout', '-qb', 'feature');
  copyFileSync(fixture('v1-1'), path.join(repo, 'policy', 'shimin-denryoku.yaml'));
  git(repo, 'commit', '-qam', 'Policy 1.1: gas retailers as joint users');
  return repo;
}

/** Runs a step's script as the runner does (bash -e), with the job's env and the pull request's context. */
function runStep(repo: string, job: Job, step: Step) {
  const context: Record<string, string> = { 'github.base_ref': 'main', 'github.event.pull_request.number': '7', 'github.token': 'none' };
  const expand = (value: string) => value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => context[expr] ?? '');
  const env = Object.fromEntries(Object.entries(job.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
  // This machine's Chromium stands in for the runner's Chrome.
  if (env.PUPPETEER_EXECUTABLE_PATH) env.PUPPETEER_EXECUTABLE_PATH = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
  return spawnSync('bash', ['-e', '-c', expand(step.run!)], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 });
}

const steps = (job: string) => WORKFLOW.jobs[job]!.steps.filter((s) => s.run && !SKIPPED.includes(s.name ?? ''));

describe('examples/ci/policy.yml, run step by step', () => {
  let repo: string;
  beforeAll(() => {
    expect(existsSync(path.join(ROOT, 'dist', 'policy.cjs')), 'npm run build first').toBe(true);
    repo = pullRequestRepo();
  });

  it('has the jobs and steps described', () => {
    expect(Object.keys(WORKFLOW.jobs)).toEqual(['check', 'review']);
    expect(steps('check').map((s) => s.name)).toEqual(['Check (annotations on the changed lines)', 'Check (SARIF for code scanning)']);
    expect(steps('review').map((s) => s.name)).toEqual(['Write the comment and the 新旧対照表', 'Fail when customers must be told again']);
    expect(WORKFLOW.jobs.review!.steps.some((s) => s.uses?.startsWith('actions/upload-artifact') )).toBe(true);
  });

  it('check: annotations on the YAML lines, and a SARIF file', () => {
    const [annotations, sarif] = steps('check');
    const a = runStep(repo, WORKFLOW.jobs.check!, annotations!);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/^::warning file=policy\/shimin-denryoku\.yaml,line=\d+,col=\d+,title=policy check \(appi-manager-identity\)::/m);
    const s = runStep(repo, WORKFLOW.jobs.check!, sarif!);
    expect(s.status, s.stderr).toBe(0);
    const log = JSON.parse(readFileSync(path.join(repo, 'policy.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('policy/shimin-denryoku.yaml');
  });

  it('check: an error fails the step, with its annotation', () => {
    const broken = tempDir('policy-ci-broken-');
    execFileSync('cp', ['-r', `${repo}/.`, broken]);
    writeFileSync(path.join(broken, 'policy', 'shimin-denryoku.yaml'), readFileSync(fixture('v1-1'), 'utf8').replace('\norganization:', '\norganisation: x\norganization:'));
    const a = runStep(broken, WORKFLOW.jobs.check!, steps('check')[0]!);
    expect(a.status).toBe(1);
    expect(a.stdout).toMatch(/^::error file=policy\/shimin-denryoku\.yaml,line=\d+,col=1,title=policy check \(unknown-key\)::organisation: unknown key "organisation"/m);
  });

  it('review: the comment, the 新旧対照表 as PDF and Word, and a failing job because customers must be told again', () => {
    const [write, fail] = steps('review');
    const w = runStep(repo, WORKFLOW.jobs.review!, write!);
    expect(w.status, w.stderr).toBe(0);
    const comment = readFileSync(path.join(repo, 'review', 'comment.md'), 'utf8');
    expect(comment).toContain('| 4 | 共同利用者の範囲 | 共同利用する者の範囲 | 追加 | **同意取得** |');
    expect(comment).toContain('<details><summary>変更された文言');
    expect(readFileSync(path.join(repo, 'review', 'shinkyu-taishohyo.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(path.join(repo, 'review', 'shinkyu-taishohyo.docx')).subarray(0, 2).toString()).toBe('PK');
    const f = runStep(repo, WORKFLOW.jobs.review!, fail!);
    expect(f.status).toBe(1);
    expect(f.stdout + f.stderr).toBe('');
  }, 120_000);
});
