/**
 * The PDF leaflet, printed by the real Chromium of the machine (no mocks):
 * its text, fonts, metadata and footer as poppler reads them, reproducible
 * bytes, and no Chromium and no change in the output folder after a failure.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { EnvironmentError, wordsOf } from '../../src/errors.js';
import { t } from '../../src/i18n/catalogue.js';
import { loadPolicies, loadPolicyText } from '../../src/file/policy-file.js';
import {
  DEFAULT_BROWSERS,
  PAPER_SPECS,
  PdfSession,
  PdfTimeoutError,
  USER_DATA_PREFIX,
  findBrowser,
  pdfDate,
  pdfDateOf,
  renderPolicyPdf,
  withBrowser,
} from '../../src/render/pdf/index.js';
import { pdfTextString } from '../../src/render/pdf/info.js';
import { ROOT, SEED_POLICY, cli, seedUnits, snapshot, squash, tempDir } from '../helpers.js';

// A temporary folder of this file's own (os.tmpdir() follows TMPDIR): the browsers it starts keep
// their profiles there, so the checks below see them and not those of other test files.
const PRIVATE_TMP = mkdtempSync(path.join(tmpdir(), 'policy-test-pdf-'));
process.env.TMPDIR = PRIVATE_TMP;

const LONG = 60_000;
const ORGANISATION = '一般社団法人グリーン・市民電力';
const MM = 72 / 25.4;

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
const pdftotext = (file: string, ...args: string[]) => run('pdftotext', [...args, file, '-']);

/**
 * The text of the pages in the order it was drawn (-raw: a table's row heading before its cell),
 * without the footer (the bottom margin is cut off), so a footer never splits a sentence.
 */
function bodyText(file: string, paper: keyof typeof PAPER_SPECS = 'A4'): string {
  const { width, height, margin } = PAPER_SPECS[paper];
  return pdftotext(file, '-raw', '-x', '0', '-y', '0', '-W', String(Math.ceil(width * MM)), '-H', String(Math.floor((height - margin.bottom) * MM)));
}

function bodyPage(file: string, page: number): string {
  const { width, height, margin } = PAPER_SPECS.A4;
  return pdftotext(file, '-raw', '-f', String(page), '-l', String(page), '-x', '0', '-y', '0', '-W', String(Math.ceil(width * MM)), '-H', String(Math.floor((height - margin.bottom) * MM)));
}

function footerText(file: string, page: number, paper: keyof typeof PAPER_SPECS = 'A4'): string {
  const { width, height, margin } = PAPER_SPECS[paper];
  const top = Math.floor((height - margin.bottom) * MM);
  const args = ['-raw', '-f', String(page), '-l', String(page), '-x', '0', '-y', String(top), '-W', String(Math.ceil(width * MM)), '-H', String(Math.ceil(margin.bottom * MM))];
  return pdftotext(file, ...args);
}

function fonts(file: string): Array<{ name: string; type: string; emb: string; sub: string }> {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(l);
      if (!m) throw new Error(`unexpected pdffonts line: ${l}`);
      return { name: m[1]!, type: m[2]!, emb: m[4]!, sub: m[5]! };
    });
}

function info(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** Chromium processes started by these tests (their profile folders share a prefix). */
function chromiumProcesses(): string[] {
  try {
    return execFileSync('pgrep', ['-a', '-f', `user-data-dir=${path.join(tmpdir(), USER_DATA_PREFIX)}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Browser profiles, and Chromium's own temporary folders, left in the temporary folder. */
const profiles = () => readdirSync(tmpdir()).filter((n) => n.startsWith(USER_DATA_PREFIX) || n.startsWith('org.chromium.'));

function withOldOutput(): string {
  const out = tempDir();
  writeFileSync(path.join(out, 'shimin-denryoku.pdf'), 'old leaflet');
  writeFileSync(path.join(out, 'shimin-denryoku.html'), 'old page');
  writeFileSync(path.join(out, 'keep.txt'), 'not ours');
  return out;
}

async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(env);
  try {
    return await fn();
  } finally {
    set(saved);
  }
}

let profilesBefore: string[] = [];
beforeAll(() => {
  profilesBefore = profiles();
});

afterEach(() => {
  expect(chromiumProcesses()).toEqual([]);
  expect(profiles().filter((p) => !profilesBefore.includes(p))).toEqual([]);
});

afterAll(() => {
  rmSync(PRIVATE_TMP, { recursive: true, force: true });
});

describe('the PDF leaflet of the seed policy', () => {
  let out: string;
  let pdf: string;

  beforeAll(async () => {
    out = tempDir();
    await build({ paths: [SEED_POLICY], outDir: out });
    pdf = path.join(out, 'shimin-denryoku.pdf');
  }, LONG);

  it('is written with the other formats by default', () => {
    // With the English of its complete translation (policy/shimin-denryoku.en.po).
    expect(readdirSync(out).sort()).toEqual([
      'shimin-denryoku.en.fragment.html',
      'shimin-denryoku.en.html',
      'shimin-denryoku.en.pdf',
      'shimin-denryoku.en.txt',
      'shimin-denryoku.fragment.html',
      'shimin-denryoku.html',
      'shimin-denryoku.pdf',
      'shimin-denryoku.txt',
    ]);
    expect(readFileSync(pdf).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  });

  it('has every sentence and list entry of the policy, word for word', () => {
    const text = squash(bodyText(pdf));
    const units = seedUnits();
    expect(units.length).toBeGreaterThan(40);
    expect(units.filter((u) => !text.includes(u))).toEqual([]);
    // …and every line of the text rendering but its rules and its layout.
    const txt = readFileSync(path.join(out, 'shimin-denryoku.txt'), 'utf8');
    const paragraphs = txt
      .split(/\n\s*\n/)
      .map((p) => squash(p).replace(/^■/, ''))
      .filter((p) => p && !/^─+$/.test(p) && !p.startsWith('施行日'));
    expect(paragraphs.filter((p) => !text.includes(p))).toEqual([]);
  });

  it('embeds every font, as subset TrueType: no Type 3, no Noto CJK', () => {
    const list = fonts(pdf);
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((f) => f.type === 'Type 3' || f.emb !== 'yes' || f.sub !== 'yes')).toEqual([]);
    expect(list.every((f) => f.type === 'CID TrueType')).toBe(true);
    expect(list.every((f) => /\+IPAex(Gothic|Mincho)$/.test(f.name))).toBe(true);
  });

  it('has its title, author, subject and keywords, and is tagged', () => {
    const meta = info(pdf);
    expect(meta).toMatchObject({
      Title: 'グリーン・市民電力の個人情報の取り扱いについて',
      Author: ORGANISATION,
      Subject: 'グリーン・市民電力 共同利用プライバシーポリシー',
      Tagged: 'yes',
      Creator: 'privacy-policy-as-code',
      // 2026-12-01 00:00 in Japan
      CreationDate: 'Mon Nov 30 15:00:00 2026 UTC',
      ModDate: 'Mon Nov 30 15:00:00 2026 UTC',
    });
    expect(meta.Keywords).toContain('個人情報保護方針');
    expect(meta.Keywords).toContain('共同利用');
    expect(meta['Page size']).toBe('595.92 x 841.92 pts (A4)');
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes).toContain('/Lang (ja)');
    expect(bytes).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(bytes).toMatch(/\/Type \/Outlines\n\/First \d+ 0 R\n\/Last \d+ 0 R\n\/Count [1-9]/);
    expect(run('pdfinfo', ['-struct', pdf])).toMatch(/^Document\n/);
  });

  it('has the running footer on every page: organisation, version, effective date, page n / N', () => {
    const pages = Number(info(pdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= pages; n++) {
      const footer = squash(footerText(pdf, n));
      expect(footer).toContain(ORGANISATION);
      expect(footer).toContain('第1.0版');
      expect(footer).toContain('2026年12月1日施行');
      expect(footer).toContain(`${n}/${pages}`);
    }
    expect(pdftotext(pdf, '-raw', '-f', '1', '-l', '1')).toContain(`${ORGANISATION} 第1.0版 2026年12月1日施行 1 / ${pages}`);
  });

  it('hides the footnote back-links and keeps the ※ marks, ① numbers and 【】', () => {
    const text = bodyText(pdf);
    expect(text).not.toContain('↩');
    for (const mark of ['※1', '※4', '①', '⑤', '【利用目的】', '○当法人', '・']) expect(text).toContain(mark);
  });

  it('is byte-identical when built again', async () => {
    const again = tempDir();
    await build({ paths: [SEED_POLICY], outDir: again });
    expect(snapshot(again)).toEqual(snapshot(out));
  }, LONG);

  it('is at most 150 KiB', () => {
    expect(readFileSync(pdf).length).toBeLessThanOrEqual(150 * 1024);
  });
});

describe('page breaks', () => {
  it('never leave a table\'s heading, caption or header row alone at the bottom of a page', async () => {
    // The table moves down one line at a time across the end of the first page.
    const policyAt = (lines: number) =>
      [
        'organization: { name: 株式会社テスト商事 }',
        'title: 個人情報の取扱いについて',
        'sections:',
        '  - id: before',
        '    heading: 前置き',
        '    body:',
        ...Array.from({ length: 18 + lines }, (_, i) => `      - 行${i + 1}の段落です。`),
        '  - id: partners',
        '    heading: 委託先',
        '    body:',
        '      - caption: 委託先一覧',
        '        header: [委託先, 業務]',
        '        rowHeaders: true',
        '        table:',
        '          - [配送会社, 商品の配送]',
        '          - [印刷会社, 請求書の印刷]',
      ].join('\n');
    const dir = tempDir();
    const checked: number[] = [];
    await withBrowser(async (session) => {
      for (let lines = 0; lines <= 5; lines++) {
        const { policy, messages } = loadPolicyText(`p${lines}.yaml`, policyAt(lines));
        expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
        const file = path.join(dir, `p${lines}.pdf`);
        writeFileSync(file, await renderPolicyPdf(session, policy!));
        const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
        const pageOf = (text: string) => Array.from({ length: pages }, (_, i) => i + 1).filter((n) => bodyPage(file, n).includes(text));
        const [heading, caption, header, row] = ['委託先', '委託先一覧', '委託先 業務', '配送会社 商品の配送'].map(pageOf);
        expect(caption).toHaveLength(1);
        // The header row is repeated on a page the table continues on; its first page is the caption's.
        expect(header![0]).toBe(caption![0]);
        expect(row).toEqual(caption);
        expect(heading).toContain(caption![0]);
        checked.push(caption![0]!);
      }
    });
    // The table did cross from the first page to the second.
    expect(checked[0]).toBe(1);
    expect(checked[checked.length - 1]).toBe(2);
  }, LONG);
});

describe('paper and typeface', () => {
  it('prints A5 and JIS B5, in IPAex明朝 or IPAexゴシック, in one browser', async () => {
    const { policies } = await loadPolicies([SEED_POLICY]);
    const dir = tempDir();
    const sizes = await withBrowser(async (session) => {
      const out: Record<string, string> = {};
      for (const [paper, font] of [['A5', 'mincho'], ['B5', 'gothic']] as const) {
        const file = path.join(dir, `${paper}.pdf`);
        writeFileSync(file, await renderPolicyPdf(session, policies[0]!, { paper, font }));
        out[paper] = file;
      }
      return out;
    });
    expect(info(sizes.A5!)['Page size']).toBe('420 x 595.92 pts (A5)');
    expect(info(sizes.B5!)['Page size']).toBe('516 x 729.12 pts'); // 182 × 257 mm
    expect(fonts(sizes.A5!).map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['IPAexGothic', 'IPAexMincho']);
    expect(fonts(sizes.B5!).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['IPAexGothic']);
    for (const [paper, file] of Object.entries(sizes)) {
      const text = squash(bodyText(file, paper as 'A5' | 'B5'));
      expect(seedUnits().filter((u) => !text.includes(u))).toEqual([]);
      expect(fonts(file).filter((f) => f.type !== 'CID TrueType' || f.emb !== 'yes' || f.sub !== 'yes')).toEqual([]);
    }
  }, LONG);
});

describe('the document information', () => {
  it('is dated by the effective date, else the latest revision, else a fixed date', async () => {
    const { policies } = await loadPolicies([SEED_POLICY]);
    const policy = policies[0]!.policy;
    expect(pdfDateOf(policy)).toBe('2026-12-01');
    const revisions = [
      { version: '1.1', date: '2027-04-01', summary: 'x' },
      { version: '1.0', date: '2026-12-01', summary: 'y' },
    ];
    expect(pdfDateOf({ ...policy, effectiveDate: undefined, revisions })).toBe('2027-04-01');
    expect(pdfDateOf({ ...policy, effectiveDate: undefined, revisions: undefined })).toBe('2000-01-01');
    expect(pdfDate('2026-12-01')).toBe("D:20261201000000+09'00'");
  });

  it('writes ASCII as a literal string and anything else as UTF-16', () => {
    expect(pdfTextString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(pdfTextString('個人')).toBe('<FEFF500B4EBA>');
  });
});

describe('the browser', () => {
  it('is found from PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH, then the headless shell, then /usr/bin/chromium', () => {
    expect(DEFAULT_BROWSERS).toEqual(['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium']);
    expect(findBrowser({})).toBe(DEFAULT_BROWSERS.find((b) => existsSync(b)));
    expect(findBrowser({ CHROME_PATH: '/bin/sh' })).toBe('/bin/sh');
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/bin/true', CHROME_PATH: '/bin/sh' })).toBe('/bin/true');
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent' })).toThrow('Chromium was not found: /nonexistent');
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/usr' })).toThrow('Chromium is not executable: /usr');
  });

  it('names both places it looked in, in either language', () => {
    const error = (() => {
      try {
        findBrowser({ CHROME_PATH: '/nonexistent/chrome' });
      } catch (e) {
        return e as EnvironmentError;
      }
      throw new Error('no error');
    })();
    expect(error.message).toBe('Chromium was not found: /nonexistent/chrome (from CHROME_PATH); it is needed to print PDF files');
    expect(wordsOf(error, 'ja').message).toBe('Chromium が見つかりません：/nonexistent/chrome（CHROME_PATH で指定）。PDF の出力に必要です。');
    expect(t('render.browser.not-found', 'en', { path: DEFAULT_BROWSERS[0], other: DEFAULT_BROWSERS[1] })).toBe(
      `Chromium was not found: ${DEFAULT_BROWSERS.join(' or ')}; it is needed to print PDF files`,
    );
    expect(t('render.browser.not-found', 'ja', { path: DEFAULT_BROWSERS[0], other: DEFAULT_BROWSERS[1] })).toBe(
      `Chromium が見つかりません：${DEFAULT_BROWSERS.join(' または ')}。PDF の出力に必要です。`,
    );
  });

  it.runIf(DEFAULT_BROWSERS.every((b) => existsSync(b)))('prints the same bytes with the headless shell and with Chromium', async () => {
    const { policies } = await loadPolicies([SEED_POLICY]);
    const print = (executablePath: string) => withBrowser((s) => renderPolicyPdf(s, policies[0]!), { executablePath });
    const [shell, chromium] = await Promise.all(DEFAULT_BROWSERS.map(print));
    expect(Buffer.from(shell!).equals(Buffer.from(chromium!))).toBe(true);
  }, LONG);

  it('loads nothing from the network', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const html =
        `<!DOCTYPE html><html lang="ja"><head><title>t</title><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css">` +
        `<style>@import url("http://127.0.0.1:${port}/b.css"); @font-face { font-family: X; src: url("http://127.0.0.1:${port}/c.ttf"); }</style></head>` +
        `<body style="font-family: X, IPAexGothic"><p>本文</p><img src="http://127.0.0.1:${port}/d.png"><iframe src="http://127.0.0.1:${port}/e.html"></iframe></body></html>`;
      const bytes = await withBrowser((s) => s.pdf(html, { metadata: { title: 't', date: '2026-01-01' }, timeoutMs: 20_000 }));
      expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  }, LONG);

  it('fails a document that takes too long, cleanly, and goes on with the next', async () => {
    const huge = `<!DOCTYPE html><html lang="ja"><head><title>huge</title></head><body style="font-family: IPAexGothic">${'<p>個人情報の取扱いについて。</p>'.repeat(40_000)}</body></html>`;
    const small = '<!DOCTYPE html><html lang="ja"><head><title>small</title></head><body style="font-family: IPAexGothic"><p>本文</p></body></html>';
    await withBrowser(async (session) => {
      const failed = session.pdf(huge, { metadata: { title: 'huge', date: '2026-01-01' }, timeoutMs: 300 });
      await expect(failed).rejects.toBeInstanceOf(PdfTimeoutError);
      await expect(failed).rejects.toBeInstanceOf(EnvironmentError);
      await expect(failed).rejects.toThrow('huge did not print within 300 ms');
      expect(wordsOf((await failed.catch((e: unknown) => e)) as EnvironmentError, 'ja')).toEqual({
        message: '「huge」を 300 ミリ秒以内に印刷できませんでした。',
        hint: 'コンピューターが混み合っているか、文書が大きすぎる可能性があります。PDF の印刷に使える時間（policy build の --pdf-timeout）を長くしてください。',
      });
      const bytes = await session.pdf(small, { metadata: { title: 'small', date: '2026-01-01' } });
      expect(bytes.length).toBeGreaterThan(1000);
    });
  }, LONG);

  it('is closed when the work given to withBrowser throws', async () => {
    let dir = '';
    await expect(
      withBrowser(async (session) => {
        dir = session.userDataDir;
        expect(chromiumProcesses().length).toBeGreaterThan(0);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(dir)).toBe(false);
  }, LONG);

  it('refuses glyphs it could only draw as Type 3 (a synthetic bold)', async () => {
    const bold = '<!DOCTYPE html><html lang="ja"><head><title>bold</title></head><body style="font-family: IPAexGothic"><p><b>太字</b></p></body></html>';
    await withBrowser(async (session) => {
      await expect(session.pdf(bold, { metadata: { title: 'bold', date: '2026-01-01' } })).rejects.toThrow(/Type 3/);
      const allowed = await session.pdf(bold, { metadata: { title: 'bold', date: '2026-01-01' }, embeddedFontsOnly: false });
      expect(allowed.length).toBeGreaterThan(0);
    });
  }, LONG);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`is closed on ${signal}, and the signal then ends the process`, async () => {
      const script = path.join(tempDir(), 'hold.mts');
      writeFileSync(
        script,
        `import { PdfSession } from ${JSON.stringify(path.join(ROOT, 'src/render/pdf/index.ts'))};\n` +
          `const s = await PdfSession.open();\nconsole.log(s.userDataDir);\nsetInterval(() => {}, 1000);\n`,
      );
      const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      const dir = await new Promise<string>((resolve, reject) => {
        let buffer = '';
        child.stdout.on('data', (d: Buffer) => {
          buffer += d.toString();
          if (buffer.includes('\n')) resolve(buffer.trim());
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      expect(chromiumProcesses().some((p) => p.includes(dir))).toBe(true);
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, sig) => resolve(sig)));
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(chromiumProcesses()).toEqual([]);
      expect(existsSync(dir)).toBe(false);
    }, LONG);
  }
});

describe('a build that cannot print', () => {
  it('leaves the output folder exactly as it was when a leaflet times out', async () => {
    const out = withOldOutput();
    const before = snapshot(out);
    const failed = build({ paths: [SEED_POLICY], outDir: out, pdfTimeoutMs: 1 });
    await expect(failed).rejects.toBeInstanceOf(PdfTimeoutError);
    await expect(failed).rejects.toThrow(/did not print within 1 ms/);
    expect(snapshot(out)).toEqual(before);
  }, LONG);

  it('fails with the install hint when Chromium is missing, and leaves the output folder as it was', async () => {
    const out = withOldOutput();
    const before = snapshot(out);
    await withEnv({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium', CHROME_PATH: undefined }, async () => {
      const failed = build({ paths: [SEED_POLICY], outDir: out });
      await expect(failed).rejects.toBeInstanceOf(EnvironmentError);
      await expect(failed).rejects.toThrow('Chromium was not found: /nonexistent/chromium (from PUPPETEER_EXECUTABLE_PATH)');
      await expect(failed).rejects.toMatchObject({ hint: expect.stringContaining('apt-get install chromium-headless-shell fonts-ipaexfont') });
      const result = await cli(['build', SEED_POLICY, '--out', out], undefined, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('hint: install Chromium and the IPAex fonts: apt-get install chromium-headless-shell fonts-ipaexfont');
    });
    expect(snapshot(out)).toEqual(before);
  }, LONG);

  it('says a missing Chromium, and one that dies at start, in Japanese with LANG=ja_JP.UTF-8', async () => {
    const out = withOldOutput();
    const before = snapshot(out);
    const ja = (executable: string) => cli(['build', SEED_POLICY, '--out', out], undefined, { PUPPETEER_EXECUTABLE_PATH: executable, LANG: 'ja_JP.UTF-8' });
    const missing = await ja('/nonexistent/chromium');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe(
      'policy: Chromium が見つかりません：/nonexistent/chromium（PUPPETEER_EXECUTABLE_PATH で指定）。PDF の出力に必要です。\n' +
        '    ヒント: Chromium と IPAex フォントをインストールしてください：apt-get install chromium-headless-shell fonts-ipaexfont（または PUPPETEER_EXECUTABLE_PATH に Chrome か Chromium の実行ファイルを指定してください）。\n',
    );
    const dies = await ja('/bin/false');
    expect(dies.code).toBe(3);
    expect(dies.stderr).toContain('policy: Chromium を起動できませんでした（/bin/false）：起動中に終了しました（終了コード 1）。\n    ヒント: Chromium と IPAex フォントを');
    // In English, word for word as before.
    expect((await cli(['build', SEED_POLICY, '--out', out], undefined, { PUPPETEER_EXECUTABLE_PATH: '/bin/false' })).stderr).toBe(
      'policy: Chromium could not be started (/bin/false): it exited with 1\n' +
        '    hint: install Chromium and the IPAex fonts: apt-get install chromium-headless-shell fonts-ipaexfont (or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary)\n',
    );
    expect(snapshot(out)).toEqual(before);
  }, LONG);

  it('finds Chromium in the environment it is given', async () => {
    const out = withOldOutput();
    const before = snapshot(out);
    const failed = build({ paths: [SEED_POLICY], outDir: out, env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' } });
    await expect(failed).rejects.toThrow('Chromium was not found: /nonexistent/chromium (from PUPPETEER_EXECUTABLE_PATH)');
    expect(snapshot(out)).toEqual(before);
  });

  it('builds HTML and text without Chromium, and never starts it', async () => {
    const out = tempDir();
    await withEnv({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' }, () =>
      build({ paths: [SEED_POLICY], outDir: out, formats: ['html', 'txt'], langs: ['ja'] }),
    );
    expect(readdirSync(out).sort()).toEqual(['shimin-denryoku.fragment.html', 'shimin-denryoku.html', 'shimin-denryoku.txt']);
  }, LONG);

  it('reports the errors of a policy before a missing Chromium', async () => {
    const out = tempDir();
    await withEnv({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' }, async () => {
      const result = await cli(['build', path.join(ROOT, 'test/fixtures/invalid/duplicate-id.yaml'), '--out', out]);
      expect(result.code).toBe(1);
    });
  }, LONG);
});
