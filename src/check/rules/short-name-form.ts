/**
 * `shortNameForm` is the wording that defines a joint user's short name
 * after its name, in the paragraph that names the joint users (the scope of
 * joint users, APPI Art. 27(5)(iii)). A change of this wording is reported
 * as editorial, so the form may hold a definition and nothing else: words
 * that widened or narrowed who the joint users are would otherwise pass
 * unnoticed.
 */
import type { Rule } from '../context.js';
import { say, t } from '../../i18n/catalogue.js';

/**
 * The forms of a definition: （以下「X」という。）, (以下「X」という), （以下「X」といいます。）,
 * （以下、「X」という。）, （以下総称して「X」といいます。）, （以下「X」と称します。） and their
 * full-width and half-width variants.
 */
export const SHORT_NAME_FORM = /^[（(]以下[、，,]?(?:総称して)?[「『]\{name\}[」』]と(?:いう|いいます|称する|称します|総称する|総称します)[。．.]?[)）]$/u;

export const shortNameForm: Rule = {
  id: 'short-name-form',
  description: t('rule.short-name-form'),
  check({ policy, report }) {
    const form: unknown = (policy as { shortNameForm?: unknown }).shortNameForm;
    if (typeof form !== 'string' || form === '') return;
    if (SHORT_NAME_FORM.test(form)) return;
    report('short-name-form', ['shortNameForm'], say(form.includes('{name}') ? 'check.short-name-form' : 'check.short-name-form.name', { form }, 'check.short-name-form.hint'));
  },
};
