/** The languages of the tool's own words. */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** The values a message is filled in with: names, keys, numbers, lists already joined. */
export type Values = Record<string, string | number>;

/** A message: a fixed text, or one written from its values. */
export type Text = string | ((values: Values) => string);

/** A part of the catalogue: each message id in every language. */
export type Part = Record<string, Record<Locale, Text>>;
