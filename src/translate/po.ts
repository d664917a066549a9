/**
 * A translation file: gettext PO (`policy/NAME.en.po`), read and written
 * with gettext-parser, so that Poedit, Weblate, Crowdin or a vendor's tools
 * open it. Each entry: msgctxt = the text's key, msgid = the Japanese as
 * written, msgstr = the translation; `#, fuzzy` and `#| msgid` for a text
 * whose Japanese changed since it was translated; `#~` for a translation
 * whose text is gone.
 */
import type { PoData, PoEntry } from 'gettext-parser';

/**
 * gettext-parser, loaded from node_modules when a translation is first read
 * or written (`loadPoLibrary`): a command on policies without translations
 * never loads it.
 */
let library: typeof import('gettext-parser') | undefined;

export async function loadPoLibrary(): Promise<void> {
  library ??= await import('gettext-parser');
}

function po(): (typeof import('gettext-parser'))['po'] {
  if (!library) throw new Error('the PO library is not loaded: call loadPoLibrary() first');
  return library.po;
}

export interface CatalogueEntry {
  key: string;
  /** The Japanese the translation was made from (msgid). */
  source: string;
  /** The translation (msgstr); empty when not yet translated. */
  translation: string;
  /** Marked fuzzy: the Japanese changed since, or the translator left it unreviewed. */
  fuzzy: boolean;
  /** The Japanese before it changed (`#| msgid`). */
  previous?: string;
  /** Translator's comments, kept as they are. */
  comment?: string;
  /** Where the text is in the policy (`#: file:line`). */
  reference?: string;
  /** Other flags than fuzzy, kept as they are. */
  flags?: string[];
}

export interface Catalogue {
  headers: Record<string, string>;
  entries: CatalogueEntry[];
  /** Translations whose text no longer exists (`#~`). */
  obsolete: CatalogueEntry[];
}

export function parsePo(text: string): Catalogue {
  const data = po().parse(text, { defaultCharset: 'utf-8' });
  const read = (section: PoData['translations'] | undefined): CatalogueEntry[] =>
    Object.values(section ?? {})
      .flatMap((byId) => Object.values(byId))
      .filter((e) => e.msgid !== '' || (e.msgctxt ?? '') !== '')
      .map(fromPo);
  return { headers: data.headers ?? {}, entries: read(data.translations), obsolete: read(data.obsolete) };
}

function fromPo(e: PoEntry): CatalogueEntry {
  const flags = (e.comments?.flag ?? '')
    .split(/[,\n]/)
    .map((f) => f.trim())
    .filter(Boolean);
  const previous = /^msgid\s+"([\s\S]*)"\s*$/.exec((e.comments?.previous ?? '').split('\n').filter((l) => !l.startsWith('msgctxt')).join('\n'));
  const others = flags.filter((f) => f !== 'fuzzy');
  return {
    key: e.msgctxt ?? '',
    source: e.msgid,
    translation: e.msgstr[0] ?? '',
    fuzzy: flags.includes('fuzzy'),
    ...(previous ? { previous: unquote(previous[1]!) } : {}),
    ...(e.comments?.translator ? { comment: e.comments.translator } : {}),
    ...(e.comments?.reference ? { reference: e.comments.reference } : {}),
    ...(others.length ? { flags: others } : {}),
  };
}

/** A PO string's lines ("…"\n"…") joined and unescaped. */
function unquote(s: string): string {
  const joined = s.replace(/"\s*\n\s*"/g, '');
  return joined.replace(/\\(["\\ntr])/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

/** A PO string (for `#| msgid`), escaped as gettext writes it. */
function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

function toPo(e: CatalogueEntry): PoEntry {
  const flags = [...(e.fuzzy ? ['fuzzy'] : []), ...(e.flags ?? [])];
  const comments = {
    ...(e.comment ? { translator: e.comment } : {}),
    ...(e.reference ? { reference: e.reference } : {}),
    ...(flags.length ? { flag: flags.join(', ') } : {}),
    ...(e.previous !== undefined ? { previous: `msgid ${quote(e.previous)}` } : {}),
  };
  return { msgctxt: e.key, msgid: e.source, msgstr: [e.translation], ...(Object.keys(comments).length ? { comments } : {}) };
}

/** The catalogue as PO text, its entries in their order. */
export function compilePo(catalogue: Catalogue): string {
  const section = (entries: readonly CatalogueEntry[]) => {
    const out: Record<string, Record<string, PoEntry>> = {};
    for (const e of entries) (out[e.key] ??= {})[e.source] = toPo(e);
    return out;
  };
  const data: PoData = {
    charset: 'utf-8',
    headers: catalogue.headers,
    translations: { '': { '': { msgid: '', msgstr: [''] } }, ...section(catalogue.entries) },
    ...(catalogue.obsolete.length ? { obsolete: section(catalogue.obsolete) } : {}),
  };
  // Lines are not folded: a translator's tool folds them as it likes, and a diff of the file reads better.
  const text = po().compile(data, { foldLength: 0 }).toString('utf8');
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The headers of a new translation file. */
export function newHeaders(lang: string, project: string): Record<string, string> {
  return {
    'Project-Id-Version': project,
    Language: lang,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
  };
}

export { translationFileOf } from './files.js';
