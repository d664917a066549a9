/** A scratch git repository with tagged versions of the seed policy, for the site tests (and its translation, for the pages in English). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_POLICY, tempDir } from '../helpers.js';

const SEED = readFileSync(SEED_POLICY, 'utf8');
/** The seed as it was first committed, before policies had sections: tags of that time must still be read. */
const LEGACY_SEED = readFileSync(path.join(path.dirname(SEED_POLICY), '..', 'test', 'fixtures', 'legacy', 'shimin-denryoku.yaml'), 'utf8');

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the policy: ${from}`);
  return text.replace(from, to);
}

export function release(text: string, version: string, date: string, summary: string): string {
  let out = edit(text, /version: "[^"]+"\neffectiveDate: \S+/.exec(text)![0], `version: "${version}"\neffectiveDate: ${date}`);
  out = edit(out, '\norganization:', `  - version: "${version}"\n    date: ${date}\n    summary: ${summary}\n\norganization:`);
  return out.replace(/\n\n\n+organization:/, '\n\norganization:').replace(/(summary: [^\n]+)\n\n  - version/g, '$1\n  - version');
}

/** 1.0: the seed, in the shape it had before policies had sections. */
export const V1_0 = LEGACY_SEED;

/** 1.1 (the seed in today's shape): a joint user added (consent), a purpose of use changed (notice). */
export const V1_1 = (() => {
  let t = release(SEED, '1.1', '2027-04-01', '共同利用する者にガス小売事業者を加えました。');
  t = edit(t, '          - greencoop-union\n        conjunction', '          - greencoop-union\n          - gas-retailers\n        conjunction');
  t = edit(
    t,
    '                name: 取次業務委託契約を締結したグリーンコープ生協\n',
    '                name: 取次業務委託契約を締結したグリーンコープ生協\n              - id: gas-retailers\n                name: ガス小売事業者\n',
  );
  t = edit(t, 'アンケート調査、モニター募集および催し物等の案内のため', 'アンケート調査、モニター募集および催し物・講座等の案内のため');
  return t;
})();

/** 1.2: a joint-use purpose reworded (prior notice), a typo fixed (editorial). */
export const V1_2 = (() => {
  let t = release(V1_1, '1.2', '2027-10-01', '共同利用の目的の表現を改めました。');
  t = edit(t, '電気料金の精算、請求、収納業務遂行のため', '電気料金の精算、請求及び収納の業務遂行のため');
  t = edit(t, '個人情報を適切に取扱うことが', '個人情報を適切に取り扱うことが');
  return t;
})();

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  });
}

/**
 * policy/shimin-denryoku.yaml tagged v1.0 and v1.1; the working tree holds 1.2
 * (committed, not tagged, as before a release). Returns the repository folder.
 */
export function versionedRepo(): string {
  const dir = tempDir('policy-site-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.invalid');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'config', 'tag.gpgsign', 'false');
  mkdirSync(path.join(dir, 'policy'));
  const file = path.join(dir, 'policy', 'shimin-denryoku.yaml');
  const steps: Array<[string, string | undefined]> = [
    [V1_0, 'v1.0'],
    [V1_1, 'v1.1'],
    [V1_2, undefined],
  ];
  for (const [text, tag] of steps) {
    writeFileSync(file, text);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', tag ?? 'draft');
    if (tag) git(dir, 'tag', tag);
  }
  return dir;
}

/** A PO entry given its new Japanese and English, as a translator updates it. */
function retranslate(po: string, ja: string, newJa: string, en: string): string {
  const at = `msgid "${ja}"\nmsgstr "`;
  if (!po.includes(at)) throw new Error(`no entry for ${ja}`);
  return po.replace(new RegExp(`msgid "${ja}"\\nmsgstr ".*"`), `msgid "${newJa}"\nmsgstr "${en}"`);
}

/** The PO entry of a revision's summary. */
export const revision = (version: string, ja: string, en: string) => `\nmsgctxt "revisions/${version}/summary"\nmsgid "${ja}"\nmsgstr "${en}"\n`;

const NAME = 'shimin-denryoku';
const QUICKLY = ['利用者からの問合せに対する回答を速やかに行うため', '利用者からの問合せに対する回答を迅速に行うため', 'To respond quickly to inquiries from users'] as const;
const MAILINGS = ['市民電力からの各種資料の発送のため', '市民電力からの各種資料及びお知らせの発送のため', 'To send various materials and notices from Shimin Denryoku'] as const;

/**
 * The seed with its translation (policy/shimin-denryoku.en.po): v1.0 tagged
 * with its complete translation; v1.1 tagged without one; v1.2 tagged with
 * the translation of 1.0, out of date; the working tree 1.3 with its complete
 * translation (`currentEnglish`) or none. Returns the repository folder.
 */
export function translatedRepo(currentEnglish: boolean): string {
  const PO = readFileSync(path.join(path.dirname(SEED_POLICY), `${NAME}.en.po`), 'utf8');
  const dir = tempDir('policy-site-en-repo-');
  for (const args of [['init', '-q', '-b', 'main'], ['config', 'user.email', 'test@example.invalid'], ['config', 'user.name', 'Test'], ['config', 'commit.gpgsign', 'false'], ['config', 'tag.gpgsign', 'false']]) git(dir, ...args);
  mkdirSync(path.join(dir, 'policy'));
  const yaml = path.join(dir, 'policy', `${NAME}.yaml`);
  const po = path.join(dir, 'policy', `${NAME}.en.po`);
  const v11 = release(SEED, '1.1', '2027-04-01', '問合せへの回答の表現を改めました。').replace(QUICKLY[0], QUICKLY[1]);
  const v12 = release(v11, '1.2', '2027-10-01', '資料の発送の目的を改めました。').replace(MAILINGS[0], MAILINGS[1]);
  const v13 = release(v12, '1.3', '2028-04-01', '施行日を改めました。');
  const steps: Array<[string, string | undefined, string]> = [
    [SEED, PO, 'v1.0'],
    [v11, undefined, 'v1.1'],
    [v12, PO, 'v1.2'],
  ];
  for (const [text, translation, tag] of steps) {
    writeFileSync(yaml, text);
    if (translation === undefined) rmSync(po, { force: true });
    else writeFileSync(po, translation);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', tag);
    git(dir, 'tag', tag);
  }
  writeFileSync(yaml, v13);
  if (currentEnglish) {
    const complete =
      retranslate(retranslate(PO, ...QUICKLY), ...MAILINGS) +
      revision('1.1', '問合せへの回答の表現を改めました。', 'The wording on answers to inquiries was revised.') +
      revision('1.2', '資料の発送の目的を改めました。', 'The purpose of sending materials was revised.') +
      revision('1.3', '施行日を改めました。', 'The effective date was revised.');
    writeFileSync(po, complete);
  } else rmSync(po, { force: true });
  return dir;
}
