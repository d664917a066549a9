/** `policy init` refusing a name or an existing file, with LANG=ja_JP.UTF-8: in Japanese, with what to do instead. */
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers.js';

const JA = { LANG: 'ja_JP.UTF-8' };

describe('policy init in Japanese', () => {
  it('a name that cannot name a policy', async () => {
    const { code, stderr } = await cli(['init', 'Acme_Denki'], tempDir('policy-ja-init-'), JA);
    expect(code).toBe(2);
    expect(stderr).toBe('policy: 「Acme_Denki」はポリシーの名前に使えません。半角の英小文字、数字、ハイフンで書いてください（例：acme-denki。書き出すファイルの名前になります）\n');
  });

  it('a policy of that name exists: nothing is written', async () => {
    const dir = tempDir('policy-ja-init-');
    expect((await cli(['init', 'acme-denki'], dir, JA)).code).toBe(0);
    const { code, stderr } = await cli(['init', 'acme-denki'], dir, JA);
    expect(code).toBe(2);
    expect(stderr).toBe('policy: policy/acme-denki.yaml はすでにあります。何も書き出していません\n    ヒント: 別の名前にするか、今あるファイルを編集してください\n');
  });
});
