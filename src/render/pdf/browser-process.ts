/**
 * The Chromium process of a PDF session, started by us rather than by
 * puppeteer.launch: it is spawned at once (before puppeteer-core is even
 * loaded, so the two overlap), talks DevTools over a pipe (no port, nothing
 * reachable from outside), and is ended by killing its process group, which
 * takes the renderer and utility processes with it.
 *
 * puppeteer.launch({ pipe: true }) would do the same spawn, but only after
 * loading puppeteer-core's Node build and @puppeteer/browsers (slower to load
 * than the browser build used here, and loaded before Chromium starts instead
 * of beside it): measured side by side, the browser was ready later and a
 * build of one policy with its PDF was no faster; and a Chromium that dies at
 * start would be reported without its exit status. Hence this small launcher.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';

/** Flags of every browser started here: hermetic (no network, no updates, no profile sync) and what a headless print needs. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-features=Translate,MediaRouter,OptimizationHints,AcceptCHFrame,InterestFeedContentSuggestions',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--hide-scrollbars',
  '--mute-audio',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  // Draw no frames on the screen (nobody looks at it): the compositor waits for a begin-frame that
  // never comes, and printing, which lays the pages out on its own, costs a quarter less.
  '--enable-begin-frame-control',
  '--remote-debugging-pipe',
];

export interface BrowserProcess {
  child: ChildProcess;
  transport: ConnectionTransport;
  /** Settles when the process has ended (resolves, never rejects). */
  exited: Promise<void>;
  /** The end of Chromium's stderr, for error messages. */
  stderrTail(): string;
  /** Kill the whole process group at once (synchronous; safe to repeat). */
  kill(): void;
}

export function spawnBrowser(executablePath: string, userDataDir: string): BrowserProcess {
  // Chromium's own temporary files (its singleton socket folder, org.chromium.Chromium.*) go
  // inside the profile, so removing the profile removes them even after a kill.
  const temp = path.join(userDataDir, 't');
  mkdirSync(temp, { recursive: true });
  const child = spawn(executablePath, [...BROWSER_ARGS, `--user-data-dir=${userDataDir}`, 'about:blank'], {
    // fd 3: our commands to Chromium; fd 4: its answers.
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    // Its own process group, so a kill reaches every Chromium process (and a Ctrl-C in the terminal does not: we close it).
    detached: true,
    env: { ...process.env, TMPDIR: temp },
  });
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const kill = () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      try {
        child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }
  };
  const stdio = child.stdio as unknown as [null, null, Readable, Writable, Readable];
  return { child, transport: new PipeTransport(stdio[3], stdio[4]), exited, stderrTail: () => tail, kill };
}

/** DevTools messages over Chromium's pipe: JSON texts ended by a NUL byte. */
class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly out: Writable,
    private readonly input: Readable,
  ) {
    input.on('data', (chunk: Buffer) => this.receive(chunk));
    input.on('close', () => {
      if (!this.closed) this.onclose?.();
    });
    input.on('error', () => {});
    out.on('error', () => {});
  }

  send(message: string): void {
    if (this.closed || this.out.destroyed) return;
    this.out.write(message);
    this.out.write('\0');
  }

  /**
   * Closing ends the pipes and tells puppeteer at once, so that its pending
   * calls fail now instead of waiting for their protocol timeout (a browser
   * that died at start would otherwise keep the process alive for a minute).
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.out.destroy();
    this.input.destroy();
    this.onclose?.();
  }

  private receive(chunk: Buffer): void {
    let end = chunk.indexOf(0);
    if (end < 0) {
      this.pending.push(chunk);
      return;
    }
    let start = 0;
    let buffer = chunk;
    if (this.pending.length > 0) {
      this.pending.push(chunk);
      buffer = Buffer.concat(this.pending);
      this.pending = [];
      end = buffer.indexOf(0);
    }
    while (end >= 0) {
      const message = buffer.toString('utf8', start, end);
      // Asynchronously, as puppeteer's own pipe transport does: its handlers expect it.
      setImmediate(() => this.onmessage?.(message));
      start = end + 1;
      end = buffer.indexOf(0, start);
    }
    if (start < buffer.length) this.pending.push(buffer.subarray(start));
  }
}
