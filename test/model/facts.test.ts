import { describe, expect, it } from 'vitest';
import { compareFacts, factsOf, nameKey } from '../../src/model/facts.js';

const keys = (text: string) => factsOf(text).map((f) => `${f.kind}:${f.key}`);

describe('the facts of a legal part', () => {
  it('names a company by its name, its corporate form folded', () => {
    expect(nameKey('株式会社サンプル')).toBe(nameKey('サンプル株式会社'));
    expect(nameKey('（株）サンプル')).toBe(nameKey('株式会社サンプル'));
    expect(nameKey('Acme Cloud, Inc.')).toBe(nameKey('Acme Cloud Inc.'));
  });

  it('names a company whose name begins in hiragana after its corporate form, a particle ending the name', () => {
    const names = (text: string) => factsOf(text).filter((f) => f.kind === 'recipient' && f.key !== '子会社').map((f) => f.key);
    expect(names('当社の子会社（株式会社みらい物流、株式会社みらいペイ）')).toEqual(['みらい物流', 'みらいペイ']);
    expect(names('株式会社ぐるなび、株式会社みずほ銀行に提供します')).toEqual(['ぐるなび', 'みずほ銀行']);
    expect(names('株式会社みらい物流に委託します')).toEqual(['みらい物流']);
    expect(names('株式会社東京物流及び株式会社大阪物流に提供します')).toEqual(['東京物流', '大阪物流']);
  });
  it('reads recipients, countries, items, acts and the words that open or narrow a set', () => {
    expect(keys('当社は、米国にあるAcme Cloud Inc.に氏名を提供します。')).toEqual(['country:米国', 'recipient:acmecloud', 'item:氏名', 'method:提供']);
    expect(keys('提携先その他の第三者')).toEqual(expect.arrayContaining(['recipient:提携先', 'opener:その他']));
    expect(keys('氏名のみを提供します')).toEqual(expect.arrayContaining(['limiter:のみ']));
  });

  it("does not take a company's name for a country (中国電力 is not 中国)", () => {
    expect(keys('中国電力株式会社に提供します')).not.toContain('country:中国');
    expect(keys('中華人民共和国に所在する事業者')).toContain('country:中国');
  });

  it('a country written another way is the same fact', () => {
    expect(compareFacts(factsOf('米国の事業者'), factsOf('アメリカ合衆国の事業者'))).toMatchObject({ added: [], removed: [] });
  });

  it('reads the categories of 要配慮個人情報 (Art. 2(3), Cabinet Order Art. 2)', () => {
    for (const word of ['病歴', '犯罪の経歴', '信条', '健康診断', '身体障害']) expect(keys(`${word}に応じたご案内`).some((k) => k.startsWith("sensitive:")), word).toBe(true);
  });

  it('a misspelt name corrected is paired, not added and removed', () => {
    const change = compareFacts(factsOf('Acme Clowd Inc.に提供'), factsOf('Acme Cloud Inc.に提供'));
    expect(change).toMatchObject({ added: [], removed: [] });
    expect(change.corrected).toHaveLength(1);
  });

  it('a name in kanji or kana one character apart is another name, not a typo', () => {
    const change = compareFacts(factsOf('株式会社サンプル商事に提供'), factsOf('株式会社サンプル商会に提供'));
    expect(change.corrected ?? []).toEqual([]);
    expect(change.added).toHaveLength(1);
  });

  it('two different short names are not a typo', () => {
    const change = compareFacts(factsOf('株式会社ABCに提供'), factsOf('株式会社ABDに提供'));
    expect(change.added).toHaveLength(1);
    expect(change.removed).toHaveLength(1);
  });

  it('a sentence that only restates the law has no facts of its own', () => {
    expect(keys('なお、法令に基づく場合の提供は、この限りではありません。')).toEqual([]);
    expect(keys('法令に基づく場合及び提携先に提供する場合を除きます。')).toContain('recipient:提携先');
  });
});
