// Where the start-up of a command goes: the command is run N times under V8's sampling profiler
// (--cpu-prof) and the samples are summed by what they ran: the bundle's compile (vm.Script with its
// code cache), Node's own start, the garbage collector, and each bundled module by its package or
// its folder of src/ (esbuild marks each module of dist/policy.cjs with a "// path" line).
// Used by scripts/bench.mjs; alone: node scripts/startup-profile.mjs [runs] -- <policy args…>
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The module of each line of the bundle, as [first line, name] in order. */
function modulesOf(bundle) {
  const marks = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (m) marks.push([i, m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1').replace(/^src\/([^/]+)\/.*/, 'src/$1/')]);
    });
  return (line) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found = 'the bundle, outside any module';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= line) (found = marks[mid][1]), (lo = mid + 1);
      else hi = mid - 1;
    }
    return found;
  };
}

/** Milliseconds per run by what ran, largest first, and the sampled total. */
export function startupProfile(args, runs = 5) {
  const bundle = path.join(ROOT, 'dist', 'policy.cjs');
  const moduleAt = modulesOf(bundle);
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-startup-'));
  try {
    for (let i = 0; i < runs; i++) {
      try {
        execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '100', path.join(ROOT, 'bin', 'policy.cjs'), ...args], { stdio: 'ignore' });
      } catch {
        // A command that reports findings exits 1: its profile is written all the same.
      }
    }
    const sums = new Map();
    let total = 0;
    const files = readdirSync(dir);
    for (const file of files) {
      const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
      profile.samples.forEach((id, i) => {
        const frame = byId.get(id);
        const us = profile.timeDeltas[i] ?? 0;
        total += us;
        const what = frame.url === bundle || frame.url.endsWith('/dist/policy.cjs')
          ? moduleAt(frame.lineNumber)
          : frame.functionName === 'Script'
            ? 'compile of the bundle (code cache)'
            : frame.functionName.startsWith('(')
              ? frame.functionName.replace(/[()]/g, '')
              : frame.url.includes('node_modules/')
                ? frame.url.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
                : "Node's own start and modules";
        sums.set(what, (sums.get(what) ?? 0) + us);
      });
    }
    const perRun = (us) => us / files.length / 1000;
    return { total: perRun(total), parts: [...sums].map(([what, us]) => ({ what, ms: perRun(us) })).sort((a, b) => b.ms - a.ms) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--');
  const runs = Number(process.argv[2]) || 5;
  const args = at >= 0 ? process.argv.slice(at + 1) : ['check', path.join(ROOT, 'policy', 'shimin-denryoku.yaml')];
  const { total, parts } = startupProfile(args, runs);
  console.log(`sampled: ${total.toFixed(1)} ms a run`);
  for (const { what, ms } of parts.slice(0, 20)) console.log(`${ms.toFixed(1).padStart(7)} ms  ${(ms / total * 100).toFixed(0).padStart(3)} %  ${what}`);
}
