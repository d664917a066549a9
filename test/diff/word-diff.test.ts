import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/diff/index.js';
import { segmentWords } from '../../src/diff/word-diff.js';

const marked = (before: string, after: string) =>
  wordDiff(before, after)
    .map((p) => (p.removed ? `[-${p.value}-]` : p.added ? `{+${p.value}+}` : p.value))
    .join('');

describe('wordDiff', () => {
  it('segments Japanese into words, not characters or whole sentences', () => {
    expect(segmentWords('供給（受電）地点に関する情報の確認のため')).toEqual([
      '供給', '（', '受電', '）', '地点', 'に関する', '情報', 'の', '確認', 'の', 'ため',
    ]);
  });

  it('highlights only the changed word of a Japanese sentence', () => {
    const before = '個人情報を適切に取扱うことが、市民電力にとって社会的責務であると考えます。';
    const after = '個人情報を適切に取り扱うことが、市民電力にとって社会的責務であると考えます。';
    expect(wordDiff(before, after)).toEqual([
      { value: '個人情報を適切に' },
      { value: '取扱う', removed: true },
      { value: '取り扱う', added: true },
      { value: 'ことが、市民電力にとって社会的責務であると考えます。' },
    ]);
  });

  it('highlights each changed word of a reworded purpose, merging the unchanged runs', () => {
    expect(marked('電気料金の精算、請求、収納業務遂行のため', '電気料金の精算、請求及び収納の業務遂行のため')).toBe(
      '電気料金の精算、請求[-、-]{+及び+}収納{+の+}業務遂行のため',
    );
  });

  it('keeps footnote marks whole', () => {
    expect(marked('廃止取次[^switching]のため', '廃止取次[^switch]のため')).toBe('廃止取次[^[-switching-]{+switch+}]のため');
  });

  it('returns the whole text as added or removed when one side is empty', () => {
    expect(wordDiff('', '力率')).toEqual([{ value: '力率', added: true }]);
    expect(wordDiff('力率', '')).toEqual([{ value: '力率', removed: true }]);
    expect(wordDiff('力率', '力率')).toEqual([{ value: '力率' }]);
  });

  it('splits Latin text on words', () => {
    expect(marked('APPI Art. 27(6)', 'APPI Art. 27(5)')).toBe('APPI Art. 27([-6-]{+5+})');
  });
});

describe('semantic clean-up', () => {
  it('one insertion is not split around the words it repeats', () => {
    expect(marked('広告配信のため', '広告配信及び市場調査のための分析のため')).toBe('広告配信{+及び市場調査のための分析+}のため');
  });
  it('a particle between two edits of one rewording joins them', () => {
    expect(marked('当社の商品を発送', '当社が商品の全てを直接発送')).not.toMatch(/\+\}の\{\+|-\]の\[-/);
  });
  it('keeps numbers apart: a date\'s year and month are two changes', () => {
    expect(marked('2026年12月1日', '2027年4月1日')).toBe('[-2026-]{+2027+}年[-12-]{+4+}月1日');
  });
  it('keeps a run longer than the edits around it', () => {
    expect(marked('電気料金の精算、請求、収納業務遂行のため', '電気料金の精算、請求及び収納の業務遂行のため')).toBe('電気料金の精算、請求[-、-]{+及び+}収納{+の+}業務遂行のため');
  });
});
