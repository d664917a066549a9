/**
 * The Word 見え消し: the new policy with Word's tracked changes against the
 * old. Read back from word/document.xml: accepting every change gives the
 * new version's text, rejecting every change the old one's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderTrackedDocx } from '../../src/diff/format-docx-tracked.js';
import { plainText } from '../../src/diff/comparison.js';
import type { LoadedSidePolicy, PolicyPair } from '../../src/diff/sides.js';
import { documentLines } from '../../src/diff/units.js';
import { loadPolicyText } from '../../src/file/policy-file.js';
import type { Policy } from '../../src/model/schema.js';
import { ROOT, cli, squash, tempDir } from '../helpers.js';
import { fixturePath } from './load-fixture.js';

const rel = (name: string) => path.relative(ROOT, fixturePath(`${name}.yaml`));

function side(name: string): LoadedSidePolicy {
  const { policy, messages } = loadPolicyText(rel(name), readFileSync(fixturePath(`${name}.yaml`), 'utf8'));
  if (!policy) throw new Error(JSON.stringify(messages));
  return { ...policy, label: rel(name) };
}

const pair = (): PolicyPair => ({ name: 'acme', old: side('legal/v2-0'), new: side('legal/v2-1') });

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs' texts with every change accepted (w:del dropped) or rejected (w:ins dropped, w:delText read as text). */
function paragraphs(xml: string, how: 'accept' | 'reject'): string[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((p) => !(how === 'accept' ? /<w:rPr><w:del /.test(p.slice(0, p.indexOf('</w:pPr>') + 1)) : /<w:rPr><w:ins /.test(p.slice(0, p.indexOf('</w:pPr>') + 1))))
    .map((p) => {
      const kept = how === 'accept' ? p.replace(/<w:del [^>]*>[\s\S]*?<\/w:del>/g, '') : p.replace(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g, '');
      return [...kept.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => decode(t[1]!)).join('');
    })
    .filter((t) => t !== '');
}

const expected = (policy: Policy) => documentLines(policy).map((l) => plainText(l.text, policy).replace(/[ \t\r\n]+/g, ' ').trim()).filter(Boolean);

describe('the Word 見え消し', () => {
  it('marks insertions and deletions as tracked changes by the organisation on the effective date', async () => {
    const files = unzipSync(await renderTrackedDocx([pair()]));
    const xml = strFromU8(files['word/document.xml']!);
    const ins = [...xml.matchAll(/<w:ins w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">([\s\S]*?)<\/w:ins>/g)];
    const del = [...xml.matchAll(/<w:del w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">([\s\S]*?)<\/w:del>/g)];
    expect(ins.map((m) => m[4]).join('')).toContain('アクメ保険サービス株式会社');
    expect(ins.map((m) => m[4]).join('')).toContain('並びに応対品質');
    expect(del.map((m) => m[4]).join('')).toContain('<w:delText xml:space="preserve">及び</w:delText>');
    for (const m of [...ins, ...del]) {
      expect(m[2]).toBe('株式会社アクメ電気');
      expect(m[3]).toBe('2027-07-01T00:00:00Z');
    }
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // The added party is a paragraph of its own, its paragraph mark inserted too.
    expect(xml).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">アクメ保険サービス株式会社<\/w:t>/);
    // Word goes on tracking the reviewer's edits.
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:trackRevisions/>');
  });

  it('accepting every change gives the new version, rejecting every change the old one', async () => {
    const p = pair();
    const xml = strFromU8(unzipSync(await renderTrackedDocx([p]))['word/document.xml']!);
    expect(paragraphs(xml, 'accept')).toEqual(expected(p.new!.policy));
    expect(paragraphs(xml, 'reject')).toEqual(expected(p.old!.policy));
  });

  it('sets headings in the heading styles, the title first, with 第7条 and its subsections', async () => {
    const files = unzipSync(await renderTrackedDocx([pair()]));
    const xml = strFromU8(files['word/document.xml']!);
    const styled = (style: string) =>
      [...xml.matchAll(new RegExp(`<w:pStyle w:val="${style}"/>[\\s\\S]*?<w:t(?: [^>]*)?>([^<]*)</w:t>`, 'g'))].map((m) => m[1]);
    expect(styled('Title')).toEqual(['個人情報保護方針']);
    expect(styled('Heading1')).toContain('第7条　個人データの共同利用');
    expect(styled('Heading2')).toContain('(2) グループ会社との共同利用');
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/w:styleId="Heading2"[^>]*><w:name w:val="heading 2"\/>/);
    expect(strFromU8(files['word/fontTable.xml']!)).toContain('<w:font w:name="游明朝"><w:altName w:val="ＭＳ 明朝"/>');
  });

  it('gives the same bytes on every run', async () => {
    const a = await renderTrackedDocx([pair()]);
    const b = await renderTrackedDocx([pair()]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('is written by policy diff --format docx --tracked --out; --tracked needs --format docx', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'mikeshi.docx');
    const result = await cli(['diff', rel('legal/v2-0'), rel('legal/v2-1'), '--format', 'docx', '--tracked', '--out', out]);
    expect(result.code).toBe(1); // customers must be told: as for every format
    expect(strFromU8(unzipSync(readFileSync(out))['word/document.xml']!)).toContain('<w:ins ');
    const wrong = await cli(['diff', rel('legal/v2-0'), rel('legal/v2-1'), '--tracked']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--tracked goes with --format docx');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!soffice)('the 見え消し opened by LibreOffice', () => {
  it(
    'shows the tracked changes: the PDF holds both the inserted and the deleted words',
    async () => {
      const dir = tempDir();
      const out = path.join(dir, 'mikeshi.docx');
      await cli(['diff', rel('legal/v2-0'), rel('legal/v2-1'), '--format', 'docx', '--tracked', '--out', out]);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 120_000 });
      const text = squash(execFileSync('pdftotext', [path.join(dir, 'mikeshi.pdf'), '-'], { encoding: 'utf8' }));
      // Changes shown, not accepted: the deleted 「及び」 before アクメ通信 stays beside the inserted 「、」.
      expect(text).toContain('アクメガス株式会社及び、アクメ通信株式会社及びアクメ保険サービス株式会社');
      expect(text).toContain('第7条');
    },
    180_000,
  );
});
