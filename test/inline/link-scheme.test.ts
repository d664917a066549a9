/** One rule for every link: https:, http: (with a warning), mailto: and tel: make links; nothing else does, wherever it is written. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyText } from '../../src/file/policy-file.js';
import { isSafeLink, linkScheme } from '../../src/inline/link-scheme.js';
import { renderHtmlFragment } from '../../src/render/html.js';
import { buildView } from '../../src/render/view.js';
import { ROOT } from '../helpers.js';

const example = readFileSync(path.join(ROOT, 'examples', 'acme-denki.yaml'), 'utf8');
const URL_LINE = 'url: https://www.acme-denki.example.jp/privacy/contact/';

function withContactUrl(url: string): string {
  expect(example).toContain(URL_LINE);
  return example.replace(URL_LINE, `url: "${url}"`);
}

describe('the link-scheme rule', () => {
  it.each(['https://www.example.jp/', 'HTTP://www.example.jp/', 'mailto:privacy@example.jp', 'tel:0120-000-000'])('lets %s make a link', (url) => {
    expect(isSafeLink(url)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'vbscript:x', '//evil.example/'])('refuses %j', (url) => {
    expect(linkScheme(url)).toBeUndefined();
  });
});

describe("a contact block's url follows the same rule as a link in a text", () => {
  it.each(['javascript:alert(document.cookie)', 'file:///etc/passwd'])('refuses %s at its line, and the page makes no link of it', (url) => {
    const text = withContactUrl(url);
    const { messages } = loadPolicyText('policy/acme.yaml', text);
    const line = text.split('\n').findIndex((l) => l.includes(url)) + 1;
    expect(messages.filter((m) => m.severity === 'error')).toMatchObject([{ line, ruleId: 'unsafe-link', path: expect.stringContaining('.url'), reason: expect.stringContaining('not an https:, http:, mailto: or tel: address') }]);
  });

  it('an http: address is a link, with the warning of every http: link; mailto: and tel: are links', () => {
    for (const [url, warning] of [['http://www.example.jp/', true], ['mailto:privacy@example.jp', false], ['tel:0120-000-000', false]] as const) {
      const { policy, messages } = loadPolicyText('policy/acme.yaml', withContactUrl(url));
      expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
      expect(messages.some((m) => m.ruleId === 'https-link'), url).toBe(warning);
      expect(renderHtmlFragment(buildView(policy!.policy))).toContain(`href="${url}"`);
    }
  });

  it('words without a scheme are published as words, without a link', () => {
    const { policy, messages } = loadPolicyText('policy/acme.yaml', withContactUrl('当社ウェブサイトのお問い合わせフォーム'));
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
    const html = renderHtmlFragment(buildView(policy!.policy));
    expect(html).toContain('当社ウェブサイトのお問い合わせフォーム');
    expect(html).not.toContain('href="当社');
  });

  it('a refused address is never a link in the page, even where the check is not run', () => {
    const { policy } = loadPolicyText('policy/acme.yaml', example);
    const contact = JSON.parse(JSON.stringify(policy!.policy).replace('https://www.acme-denki.example.jp/privacy/contact/', 'javascript:alert(1)'));
    expect(renderHtmlFragment(buildView(contact))).not.toContain('href="javascript:');
  });
});
