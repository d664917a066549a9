import { describe, expect, it } from 'vitest';
import { citationJa } from '../../src/i18n/citation.js';
import { ROLES } from '../../src/model/roles.js';

describe('a citation in Japanese form', () => {
  it.each([
    ['APPI Art. 27(5)(iii)', '個人情報保護法第27条第5項第3号'],
    ['APPI Art. 17, 21, 32(1)(ii)', '個人情報保護法第17条、第21条、第32条第1項第2号'],
    ['APPI Art. 28(1), (2)', '個人情報保護法第28条第1項、第2項'],
    ['APPI Art. 32(1)(iii), 33–38', '個人情報保護法第32条第1項第3号、第33条～第38条'],
    // Article 10 of the Cabinet Order has items only.
    ['APPI Art. 32(1)(iv), 40; Cabinet Order Art. 10(2), (3)', '個人情報保護法第32条第1項第4号、第40条、施行令第10条第2号、第3号'],
    ['Cabinet Order Art. 10(1); PPC Guidelines 10', '施行令第10条第1号、通則ガイドライン 10'],
    ['Art. 27(6)', '個人情報保護法第27条第6項'],
  ])('%s → %s', (english, japanese) => {
    expect(citationJa(english)).toBe(japanese);
  });

  it('says the article of every role without English left', () => {
    for (const { article } of Object.values(ROLES)) expect(citationJa(article)).not.toMatch(/APPI|Art\.|Cabinet|Order|Guidelines/);
  });
});
