/** The rules of a translation's drift, for the rule catalogue (kept apart from the PO reader, which loads gettext-parser). */
export const DRIFT_RULES = {
  'translation-stale': 'Each translated text was translated from the Japanese as it is now written (the PO entry\'s msgid is the text, and it is not fuzzy).',
  'translation-missing': 'Each text of a policy with a translation file has its translation.',
  'translation-obsolete': 'Each translation in the translation file belongs to a text the policy still has.',
  'translation-markup': 'Each translation keeps the footnote marks ([^id]) and the {list} of its Japanese, and holds only the inline Markdown the pages show.',
} as const;

