import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidPolicyError } from '../../src/errors.js';
import { compareVersions, publish, versionFolder } from '../../src/site/index.js';
import { SEED_POLICY, cli, htmlText, snapshot, tempDir } from '../helpers.js';
import { V1_1, V1_2, git, versionedRepo } from './repo.js';

const NAME = 'shimin-denryoku';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name === '.published.json') continue; // the list of published files, not a page
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every local link of every page: [page, href, problem]; [] when all resolve (file and anchor). */
function brokenLinks(dir: string): Array<[string, string, string]> {
  const broken: Array<[string, string, string]> = [];
  const ids = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
  for (const page of files(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(dir, page), 'utf8');
    for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = decode(raw!);
      if (/^(https?:|mailto:)/i.test(href)) continue;
      const [target = '', anchor] = href.split('#');
      const file = target === '' ? path.join(dir, page) : path.resolve(path.dirname(path.join(dir, page)), decodeURIComponent(target));
      if (path.relative(dir, file).startsWith('..')) broken.push([page, href, 'leaves the site folder']);
      else if (!existsSync(file) || statSync(file).isDirectory()) broken.push([page, href, 'no such file']);
      else if (anchor !== undefined && anchor !== '' && !ids(file).has(decodeURIComponent(anchor))) broken.push([page, href, `no id "${anchor}"`]);
    }
  }
  return broken;
}

describe('policy publish: versions from git tags', () => {
  let repo: string;
  let out: string;
  let result: Awaited<ReturnType<typeof publish>>;

  beforeAll(async () => {
    repo = versionedRepo();
    out = path.join(tempDir('policy-site-out-'), 'site');
    result = await publish({ paths: ['policy'], cwd: repo, outDir: out, internal: true });
  });

  it('writes the current version at a stable address, each earlier version in its folder, and the history', () => {
    expect(files(out)).toEqual([
      '.htaccess',
      '_headers',
      'index.html',
      `${NAME}/history.html`,
      `${NAME}/index.html`,
      `${NAME}/${NAME}.txt`,
      `${NAME}/v1.0/index.html`,
      `${NAME}/v1.0/${NAME}.txt`,
      `${NAME}/v1.1/index.html`,
      `${NAME}/v1.1/${NAME}.txt`,
    ]);
    const [p] = result.policies;
    expect(p!.current.version).toBe('1.2');
    expect(p!.earlier.map((v) => [v.version, v.source.kind === 'tag' ? v.source.tag : ''])).toEqual([
      ['1.0', 'v1.0'],
      ['1.1', 'v1.1'],
    ]);
    expect(result.notes).toEqual([]);
  });

  it('renders each version from its own text', () => {
    const read = (f: string) => htmlText(readFileSync(path.join(out, NAME, f), 'utf8'));
    expect(read('index.html')).toContain('電気料金の精算、請求及び収納の業務遂行のため');
    expect(read('v1.1/index.html')).toContain('ガス小売事業者');
    expect(read('v1.1/index.html')).toContain('電気料金の精算、請求、収納業務遂行のため');
    expect(read('v1.0/index.html')).not.toContain('ガス小売事業者');
    expect(readFileSync(path.join(out, NAME, 'v1.0', `${NAME}.txt`), 'utf8')).toContain('アンケート調査、モニター募集および催し物等の案内のため');
    expect(readFileSync(path.join(out, NAME, `${NAME}.txt`), 'utf8')).toContain('催し物・講座等の案内のため');
  });

  it('marks every earlier version as not current, with its dates, linking to the current one', () => {
    const v10 = readFileSync(path.join(out, NAME, 'v1.0', 'index.html'), 'utf8');
    const banner = htmlText(/<aside class="site-banner"[\s\S]*?<\/aside>/.exec(v10)![0]);
    expect(banner).toContain('これは過去の版です。現在は適用されていません。');
    expect(banner).toContain('第1.0版（2026年12月1日施行）は、2027年4月1日に第1.1版へ改定されました。');
    expect(banner).toContain('現在の版は第1.2版（2027年10月1日施行）です。');
    expect(v10).toContain('<a class="site-button" href="../index.html">現在の版を読む</a>');
    expect(v10).toContain('<meta name="robots" content="noindex">');
    expect(v10).toContain('<title>【過去の版】第1.0版 グリーン・市民電力の個人情報の取り扱いについて</title>');
    expect(v10.indexOf('site-banner')).toBeLessThan(v10.indexOf('<main>'));

    const current = readFileSync(path.join(out, NAME, 'index.html'), 'utf8');
    expect(current).not.toContain('<aside class="site-banner"');
    expect(current).not.toContain('noindex');
    expect(current).toContain('<a href="history.html">改定履歴</a>');
    expect(current).toContain(`<a href="${NAME}.txt">テキスト版</a>`);
  });

  it('lists every version in the history, newest first, with what changed and (--internal) the re-notice classification', () => {
    const history = readFileSync(path.join(out, NAME, 'history.html'), 'utf8');
    const rows = [...history.matchAll(/<li class="site-version[^"]*" id="([^"]+)">[\s\S]*?<h2>([^<]+)<\/h2>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['current', '第1.2版'],
      ['v1.1', '第1.1版'],
      ['v1.0', '第1.0版'],
    ]);
    const section = /<li class="site-version[^"]*" id="[^"]+">[\s\S]*?(?=<li class="site-version|<\/ol>)/g;
    const parts = [...history.matchAll(section)].map((m) => m[0]);
    const [v12, v11, v10] = parts as [string, string, string];
    expect(htmlText(v12)).toContain('2027年10月1日施行');
    expect(htmlText(v12)).toContain('共同利用の目的の表現を改めました。');
    expect(v12).toContain('site-verdict site-action-prior-notice');
    expect(htmlText(v12)).toContain('事前の通知等を要する変更を含みます');
    expect(v12).toContain('<ins>及び</ins>');
    expect(htmlText(v12)).toContain('個人情報保護法第27条第6項');

    expect(v11).toContain('site-verdict site-action-consent');
    expect(htmlText(v11)).toContain('本人の同意を要する変更を含みます');
    expect(v11).toContain('<ins>ガス小売事業者</ins>');
    expect(htmlText(v11)).toContain('（2027年10月1日に改定）');
    expect(v11).toContain('href="v1.1/index.html"');

    expect(htmlText(v10)).toContain('2026年12月1日施行');
    expect(htmlText(v10)).toContain('本ポリシーを制定しました。');
    expect(v10).not.toContain('site-diff');
    // The bookkeeping of every release (version, date, revision line) is not listed as a change.
    expect(history).not.toMatch(/class="site-place">(版|施行日|改定履歴)</);
  });

  it('links only to files and anchors that exist', () => {
    expect(brokenLinks(out)).toEqual([]);
    // and it did look at links: the pages link to each other and to footnotes
    const all = files(out).filter((f) => f.endsWith('.html')).map((f) => readFileSync(path.join(out, f), 'utf8')).join('\n');
    for (const href of ['../index.html', '../history.html#v1.0', 'v1.0/index.html', 'history.html', `${NAME}/index.html`, '#fn-scope']) {
      expect(all).toContain(`href="${href}"`);
    }
  });

  it('has no scripts and no external resources', () => {
    for (const f of files(out).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(path.join(out, f), 'utf8');
      expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    }
  });

  it('gives byte-identical files when rebuilt, and leaves the repository as it was', async () => {
    const status = git(repo, 'status', '--porcelain', '--ignored');
    const head = git(repo, 'rev-parse', 'HEAD');
    const first = snapshot(out);
    await publish({ paths: ['policy'], cwd: repo, outDir: out, internal: true });
    expect(snapshot(out)).toEqual(first);
    const elsewhere = path.join(tempDir('policy-site-again-'), 'site');
    await publish({ paths: ['policy'], cwd: repo, outDir: elsewhere, internal: true });
    expect(snapshot(elsewhere)).toEqual(first);
    expect(git(repo, 'status', '--porcelain', '--ignored')).toBe(status);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('publishes with the CLI, saying which versions came from which tags', async () => {
    const target = path.join(tempDir('policy-site-cli-'), 'public');
    const { code, stdout } = await cli(['publish', '--internal', '--no-pdf', '--out', target], repo);
    expect(code).toBe(0);
    expect(stdout).toContain(`${NAME}: current version 1.2; earlier: 1.0 (v1.0) in ${NAME}/v1.0/, 1.1 (v1.1) in ${NAME}/v1.1/`);
    expect(stdout).toContain(`wrote ${path.relative(repo, path.join(target, NAME, 'history.html'))}`);
    expect(snapshot(target)).toEqual(snapshot(out));
  });
});

describe('policy publish: fewer versions', () => {
  it('publishes only the current version outside a git repository, and says so', async () => {
    const dir = tempDir('policy-site-nogit-');
    copyFileSync(SEED_POLICY, path.join(dir, `${NAME}.yaml`));
    const out = path.join(dir, 'site');
    const result = await publish({ paths: [`${NAME}.yaml`], cwd: dir, outDir: out });
    expect(files(out)).toEqual(['.htaccess', '_headers', 'index.html', `${NAME}/history.html`, `${NAME}/index.html`, `${NAME}/${NAME}.txt`]);
    expect(result.notes).toEqual([`${NAME}.yaml: . is not in a git repository, so only the current version is published (earlier versions come from git tags matching "v*")`]);
    const history = htmlText(readFileSync(path.join(out, NAME, 'history.html'), 'utf8'));
    expect(history).toContain('第1.0版');
    expect(history).toContain('本ポリシーを制定しました。');
    expect(brokenLinks(out)).toEqual([]);
  });

  it('publishes only the current version when no tag matches, and lists untagged revisions without a page', async () => {
    const repo = versionedRepo();
    const out = path.join(tempDir('policy-site-notags-'), 'site');
    const { code, stderr } = await cli(['publish', '--tags', 'policy-v*', '--no-pdf', '--out', out], repo);
    expect(code).toBe(0);
    expect(stderr).toContain('note: policy/shimin-denryoku.yaml: no git tags match "policy-v*", so only the current version is published');
    expect(files(out)).toEqual(['.htaccess', '_headers', 'index.html', `${NAME}/history.html`, `${NAME}/index.html`, `${NAME}/${NAME}.txt`]);
    const history = readFileSync(path.join(out, NAME, 'history.html'), 'utf8');
    // 1.0 and 1.1 are named in the revision history of 1.2 but have no page.
    expect(htmlText(history)).toContain('共同利用する者にガス小売事業者を加えました。');
    expect(history.match(/本文は掲載していません/g)).toHaveLength(2);
    // The index counts the earlier versions the 改定履歴 lists.
    expect(htmlText(readFileSync(path.join(out, 'index.html'), 'utf8'))).toContain('改定履歴（過去の版 2件）');
    expect(brokenLinks(out)).toEqual([]);
  });

  it('warns when a tag and the working tree hold the same version with different texts', async () => {
    const repo = versionedRepo();
    git(repo, 'tag', 'v1.2');
    writeFileSync(path.join(repo, 'policy', `${NAME}.yaml`), V1_2.replace('及び収納の', '及び収納に係る'));
    const out = path.join(tempDir('policy-site-same-'), 'site');
    const result = await publish({ paths: ['policy'], cwd: repo, outDir: out });
    expect(result.notes).toEqual([
      'policy/shimin-denryoku.yaml: the working tree differs from tag v1.2 but keeps version 1.2; the working tree is published as 1.2 (raise "version" if it is a new version)',
    ]);
    expect(result.policies[0]!.earlier.map((v) => v.version)).toEqual(['1.0', '1.1']);
  });

  it('leaves out a tagged version that no longer passes the checks, and says why', async () => {
    const repo = versionedRepo();
    git(repo, 'checkout', '-q', 'v1.1');
    writeFileSync(path.join(repo, 'policy', `${NAME}.yaml`), V1_1.replace('version: "1.1"\neffectiveDate', 'version: "1.1b"\nefective-date: x\neffectiveDate'));
    git(repo, 'commit', '-qam', 'broken');
    git(repo, 'tag', 'v1.1b');
    git(repo, 'checkout', '-q', 'main');
    const result = await publish({ paths: ['policy'], cwd: repo, outDir: path.join(tempDir(), 'site') });
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/^v1\.1b:policy\/shimin-denryoku\.yaml is not published: it has errors under the current checks \(first: line \d+: unknown key "efective-date"\)$/);
    expect(result.policies[0]!.earlier.map((v) => v.version)).toEqual(['1.0', '1.1']);
  });

  it('refuses a current policy with errors and writes nothing', async () => {
    const repo = versionedRepo();
    writeFileSync(path.join(repo, 'policy', `${NAME}.yaml`), V1_2.replace('- id: phone', '- id: address'));
    const parent = tempDir('policy-site-refused-');
    const out = path.join(parent, 'site');
    await expect(publish({ paths: ['policy'], cwd: repo, outDir: out })).rejects.toBeInstanceOf(InvalidPolicyError);
    expect(existsSync(out)).toBe(false);
    const { code, stderr } = await cli(['publish', '--out', out], repo);
    expect(code).toBe(1);
    expect(stderr).toContain('duplicate-id');
    expect(existsSync(out)).toBe(false);
  });
});

describe('policy publish: details', () => {
  it('the link check finds a missing file and a missing anchor', () => {
    const dir = tempDir('policy-site-links-');
    writeFileSync(path.join(dir, 'a.html'), '<p id="here"><a href="#here">ok</a> <a href="b.html">no file</a> <a href="a.html#gone">no anchor</a> <a href="https://example.org/x">outside</a></p>');
    expect(brokenLinks(dir)).toEqual([
      ['a.html', 'b.html', 'no such file'],
      ['a.html', 'a.html#gone', 'no id "gone"'],
    ]);
  });

  it('orders versions as numbers and names their folders safely', () => {
    expect(['1.10', '1.2', '2.0', '1.2.1', '1.0'].sort(compareVersions)).toEqual(['1.0', '1.2', '1.2.1', '1.10', '2.0']);
    expect(versionFolder('1.1')).toBe('v1.1');
    expect(versionFolder('2024/4 改定')).toBe('v2024-4---');
  });

  it('has help with examples', async () => {
    const { code, stdout } = await cli(['publish', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: policy publish [paths…] [options]');
    expect(stdout).toContain('--tags PATTERN');
    expect(stdout).toContain('Examples:');
    expect((await cli(['--help'])).stdout).toMatch(/publish\s+write a site/);
  });

  it('refuses unknown options', async () => {
    const { code, stderr } = await cli(['publish', '--site']);
    expect(code).toBe(2);
    expect(stderr).toContain('Run "policy publish --help" for the options.');
  });
});

describe('policy publish: the site is what is published now, nothing else', () => {
  it("removes a withdrawn policy's pages and a deleted tag's version, and keeps files it did not write", async () => {
    const repo = versionedRepo();
    copyFileSync(path.join(repo, 'policy', `${NAME}.yaml`), path.join(repo, 'policy', 'other.yaml'));
    const out = path.join(tempDir('policy-site-withdrawn-'), 'site');
    expect((await cli(['publish', '--no-pdf', '--out', out], repo)).code).toBe(0);
    expect(files(out)).toContain('other/index.html');
    expect(files(out)).toContain(`${NAME}/v1.0/index.html`);
    writeFileSync(path.join(out, 'robots.txt'), 'User-agent: *\n');
    // The policy "other" is withdrawn, the tag v1.0 deleted.
    rmSync(path.join(repo, 'policy', 'other.yaml'));
    git(repo, 'tag', '-d', 'v1.0');
    const again = await cli(['publish', '--no-pdf', '--out', out], repo);
    expect(again.code).toBe(0);
    expect(files(out)).toEqual([
      '.htaccess',
      '_headers',
      'index.html',
      'robots.txt',
      `${NAME}/history.html`,
      `${NAME}/index.html`,
      `${NAME}/${NAME}.txt`,
      `${NAME}/v1.1/index.html`,
      `${NAME}/v1.1/${NAME}.txt`,
    ]);
    expect(existsSync(path.join(out, 'other'))).toBe(false);
    expect(existsSync(path.join(out, NAME, 'v1.0'))).toBe(false);
    expect(brokenLinks(out)).toEqual([]);
  });
});

describe('policy publish: files that survive any host', () => {
  let out: string;
  beforeAll(async () => {
    const repo = versionedRepo();
    writeFileSync(path.join(repo, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10" fill="#0b5cab"/></svg>\n');
    writeFileSync(path.join(repo, 'policy.config.yaml'), 'logo: logo.svg\n');
    out = path.join(tempDir('policy-site-hosts-'), 'site');
    const { code, stderr } = await cli(['publish', '--no-pdf', '--out', out], repo);
    expect(code, stderr).toBe(0);
  });

  it('every text version starts with the UTF-8 byte order mark', () => {
    const texts = files(out).filter((f) => f.endsWith('.txt'));
    expect(texts).toHaveLength(3);
    for (const f of texts) expect([...readFileSync(path.join(out, f)).subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ships .htaccess and _headers hints that the text files are UTF-8, naming each of them', () => {
    expect(readFileSync(path.join(out, '.htaccess'), 'utf8')).toMatch(/^AddCharset utf-8 \.txt$/m);
    const headers = readFileSync(path.join(out, '_headers'), 'utf8');
    for (const f of files(out).filter((f) => f.endsWith('.txt'))) {
      expect(headers).toContain(`/${f}\n  Content-Type: text/plain; charset=utf-8\n`);
    }
  });

  it('puts the logo in the header of every page, above the navigation and the banner of an earlier version', () => {
    const pages = files(out).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(['index.html', `${NAME}/history.html`, `${NAME}/index.html`, `${NAME}/v1.0/index.html`, `${NAME}/v1.1/index.html`]);
    for (const page of pages) {
      const html = readFileSync(path.join(out, page), 'utf8');
      expect(html, page).toMatch(/<body class="site">\n<header class="pp-brand site-brand"><img class="pp-logo" src="data:image\/svg\+xml;base64,[^"]+" alt="[^"]+"><\/header>\n/);
      expect(html.match(/class="pp-logo"/g), page).toHaveLength(1);
    }
  });

  it('the index counts as many earlier versions as the 改定履歴 lists', () => {
    const index = htmlText(readFileSync(path.join(out, 'index.html'), 'utf8'));
    expect(index).toContain('改定履歴（過去の版 2件）');
  });
});
