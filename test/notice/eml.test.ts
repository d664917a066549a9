/**
 * `policy notice --format eml`: one RFC 5322 message, read back with a
 * standard mail parser: the plain-text letter as its body, the 新旧対照表 of
 * `policy diff --format pdf` as its attachment. Printed by the machine's
 * Chromium, as the PDF tests are.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers.js';
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
});
