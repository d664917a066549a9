import { describe, expect, it } from 'vitest';
import { addressKey, sameAddress } from '../../src/model/address.js';

describe('addresses compared as the same place', () => {
  it.each([
    ['東京都千代田区丸の内一丁目1番1号', '千代田区丸の内1-1-1'],
    ['〒100-0005 東京都千代田区丸の内1丁目1番1号', '東京都千代田区丸の内１－１－１'],
    ['福岡県福岡市東区松島四丁目16番10号', '福岡市東区松島4-16-10'],
    ['大阪府大阪市北区梅田三丁目1番3号', '大阪市北区梅田3-1-3'],
  ])('%s = %s', (a, b) => expect(sameAddress(a, b)).toBe(true));

  it.each([
    ['東京都千代田区丸の内一丁目1番1号', '東京都千代田区丸の内一丁目1番2号'],
    ['福岡市東区松島4-16-10', '福岡市中央区松島4-16-10'],
  ])('%s ≠ %s', (a, b) => expect(sameAddress(a, b)).toBe(false));

  it('keeps a place name with a numeral in it (京都府 is no kanji number)', () => {
    expect(addressKey('京都府京都市下京区四条通')).toBe('京都市下京区四条通');
  });
});
