#!/usr/bin/env node
// Runs the bundled CLI (dist/policy.cjs, written by `npm run build`). V8's compiled code for it is
// kept in dist/policy.cjs.cache and reused while the bundle and Node are unchanged, which halves
// the start-up of a command; a stale or missing cache is written anew after the command.
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const bundle = path.join(__dirname, '..', 'dist', 'policy.cjs');
const cacheFile = `${bundle}.cache`;

function main() {
  if (!existsSync(bundle)) {
    process.stderr.write('policy: the CLI is not built yet; run "npm run build" (or "npm install") first\n');
    process.exitCode = 2;
    return;
  }
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const cli = { exports: {} };
  script.runInThisContext()(cli.exports, Module.createRequire(bundle), cli, bundle, path.dirname(bundle));
  // A closed pipe or a full disk: the command ends as outputFailure says, without a stack trace.
  let failed;
  const writer = (stream, name) => {
    stream.on('error', (error) => {
      if (failed) return;
      failed = cli.exports.outputFailure(error, name);
      if (!failed.quiet && name === 'stdout') process.stderr.write(failed.message);
    });
    return (text) => {
      if (!failed) stream.write(text);
    };
  };
  cli.exports
    .run(process.argv.slice(2), {
      stdout: writer(process.stdout, 'stdout'),
      stderr: writer(process.stderr, 'stderr'),
      env: process.env,
      isTTY: Boolean(process.stdout.isTTY),
      cwd: process.cwd(),
    })
    .then(async (code) => {
      // Errors of the last writes arrive on the next turn.
      await new Promise((resolve) => setImmediate(resolve));
      process.exitCode = failed && !failed.quiet ? failed.code : code;
      if (cachedData && !script.cachedDataRejected) return;
      try {
        writeFileSync(cacheFile, script.createCachedData());
      } catch {
        // A read-only installation runs without the cache.
      }
    });
}

main();
