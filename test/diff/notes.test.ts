/**
 * The words of a comparison come from the catalogue: every rule's note
 * (`diff.note.<reason>`), every problem, every name of an action, category,
 * kind and English status, in both languages; the English kept on a change
 * and a problem for the JSON is what the catalogue says in English.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES, t, type MessageId } from '../../src/i18n/catalogue.js';
import { REASONS } from '../../src/diff/classify.js';
import { ACTION_JA, CATEGORY_JA, KIND_JA, TRANSLATION_JA } from '../../src/diff/comparison.js';
import { diffPolicies } from '../../src/diff/index.js';
import { problemIn, sayNotes } from '../../src/diff/notes.js';
import { ACTIONS, CATEGORIES, CHANGE_KINDS, PROBLEM_RULES, TRANSLATION_CHANGES } from '../../src/diff/types.js';
import { FIXTURE_NAMES, loadFixture } from './load-fixture.js';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const has = (id: string) => Object.keys(MESSAGES).includes(id);

describe('the catalogue of policy diff', () => {
  it('has a note for every Reason, in English and Japanese', () => {
    expect(REASONS.length).toBeGreaterThan(40);
    for (const reason of REASONS) {
      const id = `diff.note.${reason}`;
      expect(has(id), id).toBe(true);
      const values = { from: 'sections[4].body[0].jointUse.parties.entries[5]', to: 'x', why: 'order', direction: 'to', other: 'annex' };
      expect(t(id as MessageId, 'en', values)).toMatch(/^([A-Z]|formerName )[^]*\.$/);
      expect(t(id as MessageId, 'ja', values)).toMatch(JAPANESE);
      expect(t(id as MessageId, 'ja', values)).toMatch(/。$/);
    }
  });

  it('has a message and a hint for every problem of a revision', () => {
    for (const rule of PROBLEM_RULES) {
      expect(has(`diff.problem.${rule}`), rule).toBe(true);
      expect(has(`diff.problem.${rule}.hint`), rule).toBe(true);
    }
  });

  it('names every action, category, kind of change and English status once, and the 新旧対照表 reads the same table', () => {
    for (const a of ACTIONS) expect(ACTION_JA[a]).toBe(t(`diff.action.${a}`, 'ja'));
    for (const a of ACTIONS) expect(t(`diff.action.${a}`, 'en')).toBe(a);
    for (const c of CATEGORIES) expect(CATEGORY_JA[c]).toBe(t(`diff.category.${c}`, 'ja'));
    for (const k of CHANGE_KINDS) expect(KIND_JA[k]).toBe(t(`diff.kind.${k}`, 'ja'));
    for (const s of TRANSLATION_CHANGES) expect(TRANSLATION_JA[s]).toBe(t(`diff.translation.${s}`, 'ja'));
    // The names the 新旧対照表, the letters and the site have always used.
    expect(ACTION_JA).toEqual({ review: '要確認（法務判断）', consent: '同意取得', 'prior-notice': '事前通知等', 'notice-without-delay': '遅滞なく通知等', notice: '通知又は公表', none: '不要' });
  });

  it('keeps on each change the English of its notes, and says them in Japanese with no English left', () => {
    const base = loadFixture('base');
    let seen = 0;
    for (const name of FIXTURE_NAMES.filter((n) => n !== 'base')) {
      const diff = diffPolicies(base, loadFixture(name));
      for (const change of diff.changes) {
        if (change.note === undefined) continue;
        seen++;
        expect(change.notes?.length, `${name}: ${change.id}`).toBeGreaterThan(0);
        expect(change.note).toBe(sayNotes(change.notes, 'en'));
        const ja = sayNotes(change.notes, 'ja')!;
        expect(ja, `${name}: ${change.id}`).toMatch(JAPANESE);
        expect(ja).not.toMatch(/undefined|\b(the|needs|must|principal)\b/);
        expect(REASONS).toContain(change.reason);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('says a note joined to others (a row that refers to a text, a formerName that differs) as one Japanese text', () => {
    const notes = [{ id: 'diff.note.referred' as const }, { id: 'diff.note.partyReplaced' as const }, { id: 'diff.note.formerNameDiffers' as const }];
    expect(sayNotes(notes, 'en')).toBe([t('diff.note.referred'), t('diff.note.partyReplaced'), t('diff.note.formerNameDiffers')].join(' '));
    expect(sayNotes(notes, 'ja')).toBe(t('diff.note.referred', 'ja') + t('diff.note.partyReplaced', 'ja') + t('diff.note.formerNameDiffers', 'ja'));
    expect(sayNotes([{ id: 'diff.note.moved', values: { from: 'sections[1]', why: 'field' } }], 'ja')).toBe(
      'sections[1] から移動しました。この項目は同じ管理責任者の下で共同して利用される項目のままであるため、通知等は不要です。',
    );
  });

  it('says a problem in the reader\'s language, its English unchanged', () => {
    const base = loadFixture('base');
    const after = loadFixture('party-added');
    const diff = diffPolicies(base, { ...after, version: base.version, effectiveDate: base.effectiveDate });
    const problem = diff.problems!.find((p) => p.rule === 'version-not-bumped')!;
    expect(problem.message).toBe('changes that need action, but the version (1.0) and the effective date (2026-12-01) are those of the earlier version');
    expect(problemIn(problem, 'en')).toEqual({ message: problem.message, hint: problem.hint });
    expect(problemIn(problem, 'ja')).toEqual({
      message: '対応を要する変更がありますが、版（1.0）と施行日（2026-12-01）が改正前と同じです',
      hint: '版を上げて新しい施行日を書き、revisions: に新しい版の行を加えてください',
    });
  });

  it('says why a recorded decision falls short from the keys it was given, not from English', () => {
    const base = { version: '1.1', category: 'party', id: 'gas', required: 'consent' };
    expect(t('diff.problem.decision-disagrees', 'en', { ...base, why: 'consent', taken: 'notified\npublished' })).toBe(
      'the decision recorded for 1.1 disagrees with the classification of the party changes (gas …): it needs consent, and the record has only notified, published',
    );
    expect(t('diff.problem.decision-disagrees', 'ja', { ...base, why: 'consent', taken: 'notified\npublished' })).toBe(
      '1.1 の改定履歴に記録された判断（decision）が、共同利用者の範囲（party）の変更（gas …）の分類と一致しません：本人の同意が必要ですが、記録は notified、published のみです',
    );
    const late = { ...base, why: 'late', date: '2027-04-01', toldTaken: 'notified\npublished', toldOn: '2027-04-01\n2027-04-02' };
    expect(t('diff.problem.decision-disagrees', 'en', late)).toMatch(/before the effective date 2027-04-01, and the record says notified on 2027-04-01, published on 2027-04-02$/);
    expect(t('diff.problem.decision-disagrees', 'ja', late)).toMatch(/施行日 2027-04-01 より前の通知等が必要ですが、記録は notified（2027-04-01）、published（2027-04-02） です$/);
    expect(t('diff.problem.decision-disagrees', 'ja', { ...base, why: 'unrecorded' })).toMatch(/この変更についての対応の記録がありません$/);
  });

  it('names the roles of --explain with their Japanese names, and the facts of a change quoted', () => {
    const explain = { roles: 'purposes\njointUse.parties', inferred: 'yes', rule: 'usePurposeText' };
    expect(t('diff.explain', 'en', explain)).toBe('purposes, jointUse.parties (found from the words: declare with role:); rule usePurposeText');
    expect(t('diff.explain', 'ja', explain)).toBe('purposes（利用目的）、jointUse.parties（共同利用する者の範囲）（本文から推定しました。role: で宣言してください）；規則 usePurposeText');
    const facts = { added: '中華人民共和国\n位置情報', removed: '米国', corrected: '' };
    expect(t('diff.facts', 'en', facts)).toBe('adds 中華人民共和国, 位置情報; drops 米国');
    expect(t('diff.facts', 'ja', facts)).toBe('追加「中華人民共和国」「位置情報」、削除「米国」');
  });
});
