/**
 * A team's repository, tried as a new user would: the packed package
 * (`npm pack`) installed with `npm install --save-dev`, `npx policy init`,
 * the editor's schema found from the new policy; then the example workflow
 * (examples/ci/policy.yml) and the action (action.yml), their steps run one
 * by one as the runner would run them, on a pull request that adds a joint
 * user to the policy of the base branch.
 * Left out: what needs GitHub (checkout, setup-node, uploads) and apt-get;
 * the comment is posted through a stand-in for `gh` that records its calls.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { ROOT, tempDir } from '../helpers.js';

interface Step {
  name?: string;
  id?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Job {
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  steps: Step[];
}

const WORKFLOW_TEXT = readFileSync(path.join(ROOT, 'examples', 'ci', 'policy.yml'), 'utf8');
const WORKFLOW = parse(WORKFLOW_TEXT) as { on: Record<string, { branches?: string[]; paths?: string[]; types?: string[] }>; concurrency?: unknown; jobs: Record<string, Job> };
const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};
const SKIPPED = ['Install', 'Install the Japanese fonts'];
const fixture = (name: string) => path.join(ROOT, 'test', 'diff', 'fixtures', `${name}.yaml`);
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; private?: boolean; bin: Record<string, string>; files: string[] };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.invalid', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.invalid' } });
}

/** `npm pack` of this checkout (built by `npm test`), as it would be published. */
function pack(): string {
  const dest = tempDir('policy-pack-');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ filename: string }>;
  return path.join(dest, packed!.filename);
}

/** A team's repository with the tool installed from the tarball, as a new user would install it. */
function teamRepo(tarball: string): { repo: string; install: string } {
  const repo = tempDir('policy-ci-');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'commit.gpgsign', 'false');
  writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ name: 'our-privacy-policy', private: true }, null, 2)}\n`);
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\nreview/\npolicy.sarif\n');
  const npm = spawnSync('npm', ['install', '--save-dev', tarball, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: repo, encoding: 'utf8', timeout: 170_000 });
  expect(npm.status, npm.stderr).toBe(0);
  return { repo, install: npm.stdout + npm.stderr };
}

/** The pull request from `feature` into `main`, as the runner checks it out. */
function pullRequest(repo: string): void {
  mkdirSync(path.join(repo, 'policy'), { recursive: true });
  copyFileSync(fixture('base'), path.join(repo, 'policy', 'shimin-denryoku.yaml'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'Policy 1.0');
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(repo, 'checkout', '-qb', 'feature');
  copyFileSync(fixture('v1-1'), path.join(repo, 'policy', 'shimin-denryoku.yaml'));
  git(repo, 'commit', '-qam', 'Policy 1.1: gas retailers as joint users');
}

/** A stand-in for the GitHub CLI: records its arguments; lists the comment ids in $GH_COMMENTS. */
function fakeGh(): { bin: string; log: string; comments: string } {
  const bin = tempDir('policy-gh-');
  const log = path.join(bin, 'calls.log');
  const comments = path.join(bin, 'comments');
  writeFileSync(path.join(bin, 'gh'), `#!/bin/sh\necho "$*" >> "${log}"\ncase "$*" in *--paginate*) cat "${comments}" 2>/dev/null;; esac\nexit 0\n`);
  chmodSync(path.join(bin, 'gh'), 0o755);
  return { bin, log, comments };
}

/**
 * What the editor shows for a YAML file: the diagnostics of the YAML extension's language server
 * (yaml-language-server), which finds the schema from the file's first line, relative to the file.
 */
let editorVersion = 0;
async function editorDiagnostics(file: string): Promise<Array<{ line: number; message: string }>> {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFile(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, hover: true, completion: true });
  // The language server keeps each file's parse by its version: every call is a new version.
  const document = TextDocument.create(pathToFileURL(file).href, 'yaml', ++editorVersion, readFileSync(file, 'utf8'));
  return (await service.doValidation(document, false)).map((d) => ({ line: d.range.start.line + 1, message: d.message }));
}

type Context = Record<string, string>;

const PULL_REQUEST: Context = {
  'github.base_ref': 'main',
  'github.event.pull_request.number': '7',
  'github.token': 'none',
  'github.repository': 'acme/privacy-policy',
  'github.server_url': 'https://github.com',
  'github.run_id': '42',
  'github.event_name': 'pull_request',
  'github.event.action': 'labeled',
  "contains(github.event.pull_request.labels.*.name, 'policy-approved')": 'false',
};

/** Runs a step's script as the runner does (bash -e), with the job's and the step's env and the pull request's context. */
function runStep(repo: string, job: Pick<Job, 'env'>, step: Step, context: Context = PULL_REQUEST, extraEnv: Record<string, string> = {}) {
  const expand = (value: string) =>
    value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      if (expr in context) return context[expr]!;
      throw new Error(`the test has no value for \${{ ${expr} }}`);
    });
  const env = Object.fromEntries(Object.entries({ ...job.env, ...step.env }).map(([k, v]) => [k, expand(String(v))]));
  // This machine's Chromium stands in for the runner's Chrome.
  if (env.PUPPETEER_EXECUTABLE_PATH) env.PUPPETEER_EXECUTABLE_PATH = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
  return spawnSync('bash', ['-e', '-c', expand(step.run!)], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env, ...extraEnv }, timeout: 120_000 });
}

const steps = (job: string) => WORKFLOW.jobs[job]!.steps.filter((s) => s.run && !SKIPPED.includes(s.name ?? ''));
const step = (job: string, name: string) => WORKFLOW.jobs[job]!.steps.find((s) => s.name === name)!;

describe('the package as published', () => {
  it('has a name of its own, is public, and holds only what runs', () => {
    expect(PACKAGE.name).toBe('@shimin-policy/policy');
    expect(PACKAGE.private).toBeUndefined();
    expect(PACKAGE.bin).toEqual({ policy: 'bin/policy.cjs' });
    expect(PACKAGE.files).toEqual(['bin/policy.cjs', 'dist/policy.cjs', 'templates', 'schema']);
  });
});

describe('a team repository with the packed package, and the example workflow run step by step', () => {
  let repo: string;
  let install: string;
  beforeAll(() => {
    expect(existsSync(path.join(ROOT, 'dist', 'policy.cjs')), 'npm run build first').toBe(true);
    ({ repo, install } = teamRepo(pack()));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'The policy tool');
  }, 180_000);

  it('installs without a warning about install scripts, with the command policy', () => {
    expect(install).not.toMatch(/install-scripts|allowScripts|deprecated/);
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(Object.keys(manifest.devDependencies)).toEqual([PACKAGE.name]);
    expect(existsSync(path.join(repo, 'node_modules', '.bin', 'policy'))).toBe(true);
  });

  it('npx policy init acme writes a policy whose editor schema resolves from the file', async () => {
    const init = spawnSync('npx', ['policy', 'init', 'acme'], { cwd: repo, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    const file = path.join(repo, 'policy', 'acme.yaml');
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    // As the YAML extension (yaml-language-server) reads it: the modeline's $schema, relative to the file.
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
    expect(schema).toBe('../node_modules/@shimin-policy/policy/schema/policy.schema.json');
    const resolved = path.resolve(path.dirname(file), schema!);
    expect(JSON.parse(readFileSync(resolved, 'utf8')).$schema).toMatch(/json-schema\.org/);

    // The editor loads it: no "Unable to load schema"; a date left as a placeholder is explained in words,
    // and a misspelt key holding a placeholder is underlined.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^(\s+)address: (【要記入：[^】]*】)/m, '$1adress: $2'));
    const shown = await editorDiagnostics(file);
    expect(shown.filter((d) => /schema/i.test(d.message))).toEqual([]);
    const dates = shown.filter((d) => d.message.startsWith('Write the date as YYYY-MM-DD'));
    expect(dates.length).toBeGreaterThan(0);
    expect(shown.some((d) => d.message.includes('String does not match the pattern'))).toBe(false);
    expect(shown).toContainEqual(expect.objectContaining({ message: 'Property adress is not allowed.' }));
    // The line this repository's own policies use would not load in a team's repository.
    writeFileSync(file, text.replace(schema!, '../schema/policy.schema.json'));
    expect((await editorDiagnostics(file)).map((d) => d.message)).toEqual([expect.stringMatching(/^Unable to load schema from '.*\/schema\/policy\.schema\.json'/)]);
    writeFileSync(file, text);

    const check = spawnSync('npx', ['policy', 'check', 'policy/acme.yaml'], { cwd: repo, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/a placeholder is still here: 【要記入：/);
    rmSync(file);
    pullRequest(repo);
  });

  it('the workflow runs on pull requests, and on pushes to main only, for the policy files', () => {
    expect(Object.keys(WORKFLOW.on).sort()).toEqual(['pull_request', 'push']);
    expect(WORKFLOW.on.push!.branches).toEqual(['main']);
    expect(WORKFLOW.on.pull_request!.paths).toContain('policy/**');
    expect(WORKFLOW.on.pull_request!.types).toEqual(expect.arrayContaining(['labeled', 'unlabeled']));
    expect(WORKFLOW.concurrency).toBeTruthy();
    expect(WORKFLOW.jobs.check!.permissions).toEqual({ contents: 'read', actions: 'read', 'security-events': 'write' });
    expect(WORKFLOW_TEXT).toMatch(/codeql-action\/upload-sarif@v4\b/);
    expect(WORKFLOW_TEXT).toMatch(/node-version: 24\b/);
    expect(WORKFLOW_TEXT).not.toContain('--edit-last');
  });

  it('has the jobs and steps described', () => {
    expect(Object.keys(WORKFLOW.jobs)).toEqual(['check', 'review']);
    expect(steps('check').map((s) => s.name)).toEqual(['Check (annotations on the changed lines)', 'Check (SARIF for code scanning)']);
    expect(steps('review').map((s) => s.name)).toEqual([
      'Write the comment, the 新旧対照表 and the letter',
      'Comment on the pull request',
      'Fail when customers must be told again, unless approved',
    ]);
    expect(WORKFLOW.jobs.review!.steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
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

  it('review: the comment, the 新旧対照表 as PDF and Word, the letter, one comment edited in place, and a red check until approved', () => {
    const job = WORKFLOW.jobs.review!;
    const w = runStep(repo, job, step('review', 'Write the comment, the 新旧対照表 and the letter'));
    expect(w.status, w.stderr).toBe(0);
    const comment = readFileSync(path.join(repo, 'review', 'comment.md'), 'utf8');
    expect(comment.split('\n')[0]).toBe('<!-- policy-diff -->');
    expect(comment).toContain('| 4 | 共同利用者の範囲 | 共同利用する者の範囲 | 追加 | **同意取得** |');
    expect(comment).toContain('<details><summary>変更された文言');
    expect(readFileSync(path.join(repo, 'review', 'shinkyu-taishohyo.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(path.join(repo, 'review', 'shinkyu-taishohyo.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(path.join(repo, 'review', 'notice', 'notice-shimin-denryoku-1.1.txt'), 'utf8')).toContain('お知らせ');

    // The comment: posted once, then the marked comment edited, never another one.
    const gh = fakeGh();
    const comment1 = runStep(repo, job, step('review', 'Comment on the pull request'), PULL_REQUEST, { PATH: `${gh.bin}:${process.env.PATH}` });
    expect(comment1.status, comment1.stderr).toBe(0);
    writeFileSync(gh.comments, '1234\n');
    const comment2 = runStep(repo, job, step('review', 'Comment on the pull request'), PULL_REQUEST, { PATH: `${gh.bin}:${process.env.PATH}` });
    expect(comment2.status, comment2.stderr).toBe(0);
    const calls = readFileSync(gh.log, 'utf8').trim().split('\n');
    expect(calls).toEqual([
      expect.stringMatching(/^api repos\/acme\/privacy-policy\/issues\/7\/comments --paginate --jq .*startswith\("<!-- policy-diff -->"\)/),
      'api --method POST repos/acme/privacy-policy/issues/7/comments -F body=@review/comment.md',
      expect.stringMatching(/^api repos\/acme\/privacy-policy\/issues\/7\/comments --paginate/),
      'api --method PATCH repos/acme/privacy-policy/issues/comments/1234 -F body=@review/comment.md',
    ]);

    const fail = step('review', 'Fail when customers must be told again, unless approved');
    const red = runStep(repo, job, fail);
    expect(red.status).toBe(1);
    expect(red.stdout + red.stderr).toBe('');
    const approved = runStep(repo, job, fail, { ...PULL_REQUEST, "contains(github.event.pull_request.labels.*.name, 'policy-approved')": 'true' });
    expect(approved.status).toBe(0);
    expect(approved.stdout).toBe('::notice title=policy diff::customers must be told again; approved with the label policy-approved\n');
    // A push after the approval: the label comes off, and the check is red until it is given again.
    const pushed = runStep(repo, job, fail, { ...PULL_REQUEST, 'github.event.action': 'synchronize', "contains(github.event.pull_request.labels.*.name, 'policy-approved')": 'true' }, { PATH: `${gh.bin}:${process.env.PATH}` });
    expect(pushed.status).toBe(1);
    expect(pushed.stdout).toBe('::notice title=policy diff::new commits since the approval: the label policy-approved was taken off\n');
    expect(readFileSync(gh.log, 'utf8').trim().split('\n').at(-1)).toBe('pr edit 7 --repo acme/privacy-policy --remove-label policy-approved');
  }, 120_000);

  it('the action (action.yml): installs, checks, compares, and gives the verdict with the approval label', () => {
    expect(ACTION.runs.using).toBe('composite');
    const inputs = Object.fromEntries(Object.entries(ACTION.inputs).map(([k, v]) => [`inputs.${k}`, v.default]));
    const outputs = tempDir('policy-action-');
    const context: Context = {
      ...PULL_REQUEST,
      ...inputs,
      'github.action_path': ROOT,
      "inputs.base || format('origin/{0}', github.base_ref)": 'origin/main',
      "contains(github.event.pull_request.labels.*.name, inputs.approval-label)": 'false',
    };
    const byName = (name: string) => ACTION.runs.steps.find((s) => s.name === name)!;
    // Every script is valid bash, and names its shell (a composite action must).
    for (const s of ACTION.runs.steps.filter((s) => s.run)) {
      expect((s as { shell?: string }).shell, s.name).toBe('bash');
      const syntax = spawnSync('bash', ['-n', '-c', s.run!], { encoding: 'utf8' });
      expect(syntax.status, `${s.name}: ${syntax.stderr}`).toBe(0);
    }
    const env = { GITHUB_OUTPUT: path.join(outputs, 'check'), PATH: `${path.join(repo, 'node_modules', '.bin')}:${process.env.PATH}`, RUNNER_TEMP: outputs };
    const check = runStep(repo, {}, byName('Check the policies'), context, env);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^::warning file=policy\/shimin-denryoku\.yaml/m);
    expect(readFileSync(env.GITHUB_OUTPUT, 'utf8')).toBe('status=0\n');
    expect(JSON.parse(readFileSync(path.join(outputs, 'policy.sarif'), 'utf8')).version).toBe('2.1.0');

    const verdict = (review: string, approved: string) =>
      runStep(repo, {}, byName('The verdict'), { ...context, 'steps.check.outputs.status': '0', "steps.review.outputs.status || '0'": review, 'contains(github.event.pull_request.labels.*.name, inputs.approval-label)': approved });
    expect(verdict('1', 'false').status).toBe(1);
    expect(verdict('1', 'false').stdout).toContain('::error title=policy diff::customers must be told again');
    expect(verdict('1', 'true').status).toBe(0);
    expect(verdict('0', 'false').status).toBe(0);
    const gh = fakeGh();
    const afterPush = runStep(
      repo,
      {},
      byName('The verdict'),
      { ...context, 'github.event.action': 'synchronize', 'steps.check.outputs.status': '0', "steps.review.outputs.status || '0'": '1', 'contains(github.event.pull_request.labels.*.name, inputs.approval-label)': 'true' },
      { PATH: `${gh.bin}:${process.env.PATH}` },
    );
    expect(afterPush.status).toBe(1);
    expect(readFileSync(gh.log, 'utf8')).toBe('pr edit 7 --repo acme/privacy-policy --remove-label policy-approved\n');
  });
});
