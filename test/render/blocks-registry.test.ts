/**
 * The block builders (src/render/blocks): one per kind of block the schema
 * knows, and every view type they give has its partial in both formats.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_KEYS } from '../../src/model/schema.js';
import { BUILDERS } from '../../src/render/blocks/index.js';
import { buildView } from '../../src/render/view.js';
import type { Policy } from '../../src/model/schema.js';
import { ROOT } from '../helpers.js';

/** One block of each kind, as small as the schema allows. */
const SAMPLES: Record<(typeof BLOCK_KEYS)[number], unknown[]> = {
  text: ['本文です。'],
  list: [{ list: ['一つ目'] }],
  purposes: [{ purposes: [{ id: 'a', text: '目的' }] }],
  table: [{ table: [['項目', '内容']] }],
  jointUse: [
    {
      jointUse: {
        id: 'j',
        parties: { label: '範囲', entries: [{ id: 'p', name: '当社' }] },
        purposes: { label: '目的', entries: [{ id: 'q', text: '目的' }] },
        items: { label: '項目', fields: [{ id: 'f', name: '氏名' }] },
        managers: { label: '管理', entries: [{ id: 'm', name: '当社' }] },
      },
    },
  ],
  contact: [{ contact: { name: '窓口', phone: '03-0000-0000' } }],
  dates: [{ dates: [{ label: '制定日', date: '2026-04-01' }] }],
  signature: [{ signature: ['株式会社テスト'] }],
  show: [{ show: 'business' }, { show: 'revisions' }],
};

describe('one view builder per kind of block', () => {
  it('has a builder for every key of the schema, and no other', () => {
    expect(Object.keys(BUILDERS).sort()).toEqual([...BLOCK_KEYS].sort());
  });

  it.each(BLOCK_KEYS)('%s: the view it gives has its partial in html and text', (key) => {
    const policy = { organization: { name: '株式会社テスト' }, title: '方針', revisions: [{ version: '1', date: '2026-04-01', summary: '制定' }], preamble: SAMPLES[key] } as unknown as Policy;
    for (const block of buildView(policy).preamble) {
      for (const format of ['html', 'text']) {
        expect(existsSync(path.join(ROOT, 'templates', format, 'partials', `block-${block.type}.hbs`)), `${format} block-${block.type}`).toBe(true);
      }
    }
  });
});
