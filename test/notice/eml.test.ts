/**
 * `policy notice --format eml`: one RFC 5322 message, read back with a
 * standard mail parser: the plain-text letter as its body, the 新旧対照表 of
 * `policy diff --format pdf` as its attachment. Printed by the machine's
 * Chromium, as the PDF tests are.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempDir } from '../helpers.js';
import { LETTERS } from './letter-cases.js';

const LONG = 90_000;
const env = { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH };

describe('the letter as an e-mail message', () => {
  it(
    'parses as one message: the letter as plain text, the 新旧対照表 PDF attached, the same bytes as policy diff --format pdf',
    async () => {
      const dir = tempDir('policy-eml-');
      for (const [folder, text] of [['old', LETTERS.consent!.old], ['new', LETTERS.consent!.new]] as const) {
        mkdirSync(path.join(dir, folder));
        writeFileSync(path.join(dir, folder, 'acme.yaml'), text);
      }
      const result = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--format', 'eml,txt', '--out', 'letters'], dir, env);
      expect(result.code).toBe(0);
      expect(readdirSync(path.join(dir, 'letters')).sort()).toEqual(['notice-acme-2.1.eml', 'notice-acme-2.1.txt']);
      const raw = readFileSync(path.join(dir, 'letters', 'notice-acme-2.1.eml'));
      expect(raw.toString('latin1')).toMatch(/^From: /);
      expect(raw.toString('latin1').split('\r\n').every((line) => line.length <= 998)).toBe(true);

      const mail = await simpleParser(raw);
      expect(mail.subject).toBe('個人情報の利用目的及び共同利用に関する変更についての同意のお願い');
      expect(mail.from?.value[0]).toEqual({ name: '株式会社アクメ電気', address: 'privacy@acme-denki.example.jp' });
      expect(mail.date?.toISOString()).toBe('2027-05-01T00:00:00.000Z');
      expect(mail.text?.replace(/\r\n/g, '\n')).toBe(readFileSync(path.join(dir, 'letters', 'notice-acme-2.1.txt'), 'utf8'));
      expect(mail.attachments).toHaveLength(1);
      const [pdf] = mail.attachments;
      expect(pdf!.contentType).toBe('application/pdf');
      expect(pdf!.filename).toBe('新旧対照表_acme_2.1.pdf');

      const diff = await cli(['diff', 'old', 'new', '--format', 'pdf', '--out', 'taisho.pdf'], dir, env);
      expect(diff.code).toBe(1);
      expect(Buffer.compare(pdf!.content, readFileSync(path.join(dir, 'taisho.pdf')))).toBe(0);
    },
    LONG,
  );

  it(
    'with --lang ja,en, a message per language: the English letter as the body of its own message, the English comparison attached; its PDF in embedded Latin fonts',
    async () => {
      const dir = tempDir('policy-eml-en-');
      const po = (v: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'notice-en', `${v}.en.po`), 'utf8');
      for (const [folder, text, translation] of [['old', LETTERS.consent!.old, po('v2-0')], ['new', LETTERS.consent!.new, po('v2-1')]] as const) {
        mkdirSync(path.join(dir, folder));
        writeFileSync(path.join(dir, folder, 'acme.yaml'), text);
        writeFileSync(path.join(dir, folder, 'acme.en.po'), translation);
      }
      const result = await cli(['notice', '--date', '2027-05-01', 'old', 'new', '--lang', 'ja,en', '--format', 'eml,txt,pdf', '--out', 'letters'], dir, env);
      expect(result.code).toBe(0);
      const out = path.join(dir, 'letters');
      expect(readdirSync(out).sort()).toEqual([
        'notice-acme-2.1.eml',
        'notice-acme-2.1.en.eml',
        'notice-acme-2.1.en.pdf',
        'notice-acme-2.1.en.txt',
        'notice-acme-2.1.pdf',
        'notice-acme-2.1.txt',
      ]);
      const ja = await simpleParser(readFileSync(path.join(out, 'notice-acme-2.1.eml')));
      const en = await simpleParser(readFileSync(path.join(out, 'notice-acme-2.1.en.eml')));
      expect(ja.subject).toBe('個人情報の利用目的及び共同利用に関する変更についての同意のお願い');
      expect(ja.headers.get('content-language')).toBeUndefined();
      expect(en.subject).toBe('Request for Your Consent: Changes to the Purposes of Use of Personal Information and to the Joint Use of Personal Data');
      expect(en.headers.get('content-language')).toBe('en');
      expect(en.from?.value[0]).toEqual({ name: 'Acme Denki Co., Ltd.', address: 'privacy@acme-denki.example.jp' });
      expect(en.date?.toISOString()).toBe('2027-05-01T00:00:00.000Z');
      expect(en.messageId).not.toBe(ja.messageId);
      expect(en.text?.replace(/\r\n/g, '\n')).toBe(readFileSync(path.join(out, 'notice-acme-2.1.en.txt'), 'utf8'));
      expect(en.attachments).toHaveLength(1);
      expect(en.attachments[0]!.contentType).toBe('application/pdf');
      expect(en.attachments[0]!.filename).toBe('comparison_acme_2.1.pdf');

      // Every font embedded (no missing glyphs shown as boxes), the Latin text in DejaVu.
      const attachment = path.join(dir, 'comparison.pdf');
      writeFileSync(attachment, en.attachments[0]!.content);
      for (const pdf of [path.join(out, 'notice-acme-2.1.en.pdf'), attachment]) {
        const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
        expect(fonts.length, pdf).toBeGreaterThan(0);
        for (const line of fonts) expect(line.trim().split(/\s+/).slice(-5, -4)[0], line).toBe('yes');
        expect(fonts.some((l) => l.includes('DejaVu')), pdf).toBe(true);
      }
      const text = execFileSync('pdftotext', [path.join(out, 'notice-acme-2.1.en.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Request for Your Consent');
      expect(text).toContain('Article 7(2) (Joint Use with Group Companies), Scope of joint users');
      expect(execFileSync('pdftotext', [attachment, '-'], { encoding: 'utf8' })).toContain('Comparison of the Old and New Texts');
    },
    LONG,
  );
});
