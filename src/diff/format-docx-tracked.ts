/**
 * The 見え消し for 稟議 (`policy diff OLD NEW --format docx --tracked`): the
 * new version of the policy as a Word document whose differences from the
 * old one are Word's own tracked changes — inserted words as w:ins, deleted
 * words as w:del, each by the organisation on the new version's effective
 * date — so that a reviewer accepts, rejects and comments on them in Word.
 *
 * The two versions are compared line by line (units.ts documentLines: the
 * headings, paragraphs, list entries and joint-use entries as printed); a
 * changed line is compared word by word (word-diff.ts). Headings have the
 * styles Heading1 and Heading2 (the navigation pane), the fonts a fallback
 * chain (render/docx/common.ts), and Word keeps tracking further edits.
 */
import { diffArrays } from 'diff';
import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Policy } from '../model/schema.js';
import { packDocx, para, type DocxFont } from '../render/docx/common.js';
import { DIFF_PAGE } from './format-html.js';
import type { PolicyPair } from './sides.js';
import { plainText } from './comparison.js';
import { documentLines, type DocumentLine } from './units.js';
import { wordDiff } from './word-diff.js';

export interface TrackedOptions {
  /** The author of the changes; by default the organisation (or 「policy」). */
  author?: string;
  font?: DocxFont;
}

interface Revision {
  author: string;
  /** ISO 8601 date and time. */
  date: string;
  next: () => number;
}

const STYLE: Readonly<Record<DocumentLine['style'], string | undefined>> = { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', body: undefined };

/** The lines of a policy as its readers see them: Markdown as plain text, footnote marks as ※n. */
function lines(policy: Policy | undefined): DocumentLine[] {
  if (!policy) return [];
  return documentLines(policy)
    // Runs of white space as one (a YAML line fold), but the full-width space after 第3条 kept.
    .map((l) => ({ ...l, text: plainText(l.text, policy).replace(/[ \t\r\n]+/g, ' ').trim() }))
    .filter((l) => l.text !== '');
}

function paragraph(line: DocumentLine, children: ParagraphChild[], mark?: 'insertion' | 'deletion', rev?: Revision): Paragraph {
  const style = STYLE[line.style];
  return new Paragraph({
    children,
    ...(style ? { style } : {}),
    ...(line.style === 'title' ? { alignment: 'center' as const } : {}),
    spacing: { after: 80 },
    // The paragraph mark itself inserted or deleted: accepting the change joins or splits the paragraphs as they should be.
    ...(mark && rev ? { run: { [mark]: { id: rev.next(), author: rev.author, date: rev.date } } } : {}),
  });
}

const inserted = (text: string, rev: Revision) => new InsertedTextRun({ text, id: rev.next(), author: rev.author, date: rev.date });
const deleted = (text: string, rev: Revision) => new DeletedTextRun({ text, id: rev.next(), author: rev.author, date: rev.date });

/** The paragraphs of the new version with the changes from the old one tracked. */
export function trackedParagraphs(oldPolicy: Policy | undefined, newPolicy: Policy | undefined, rev: Revision): Paragraph[] {
  const before = lines(oldPolicy);
  const after = lines(newPolicy);
  const key = (l: DocumentLine) => `${l.style}\u0000${l.text}`;
  const out: Paragraph[] = [];
  let removed: DocumentLine[] = [];
  const flushRemoved = (added: DocumentLine[]) => {
    // A removed line followed by an added one is one line changed: its words are compared.
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) {
      const children: ParagraphChild[] = wordDiff(removed[i]!.text, added[i]!.text).map((part) =>
        part.added ? inserted(part.value, rev) : part.removed ? deleted(part.value, rev) : new TextRun(part.value),
      );
      out.push(paragraph(added[i]!, children));
    }
    for (const line of removed.slice(paired)) out.push(paragraph(line, [deleted(line.text, rev)], 'deletion', rev));
    for (const line of added.slice(paired)) out.push(paragraph(line, [inserted(line.text, rev)], 'insertion', rev));
    removed = [];
  };
  let b = 0;
  let a = 0;
  for (const part of diffArrays(before.map(key), after.map(key))) {
    const count = part.value.length;
    if (part.removed) {
      removed.push(...before.slice(b, b + count));
      b += count;
    } else if (part.added) {
      flushRemoved(after.slice(a, a + count));
      a += count;
    } else {
      flushRemoved([]);
      for (const line of after.slice(a, a + count)) out.push(paragraph(line, [new TextRun(line.text)]));
      a += count;
      b += count;
    }
  }
  flushRemoved([]);
  return out;
}

/** The 見え消し of every pair, one policy after another, as the bytes of a .docx file. */
export async function renderTrackedDocx(pairs: readonly PolicyPair[], options: TrackedOptions = {}): Promise<Uint8Array> {
  const first = pairs.find((p) => p.new ?? p.old);
  const policy = (first?.new ?? first?.old)?.policy;
  const organization = policy?.organization?.name ?? '';
  const date = policy?.effectiveDate ?? '2000-01-01';
  let id = 0;
  const rev: Revision = { author: options.author ?? (organization || 'policy'), date: `${date}T00:00:00Z`, next: () => ++id };
  const children = pairs.flatMap((p, i) => {
    const body = trackedParagraphs(p.old?.policy, p.new?.policy, rev);
    return i === 0 ? body : [para('', { pageBreakBefore: true, after: 0 }), ...body];
  });
  const title = policy ? plainText(policy.title, policy, false) : '';
  return packDocx({
    title: `${title}（見え消し）`,
    subject: '見え消し',
    creator: organization,
    keywords: ['見え消し', '個人情報保護方針', organization].filter(Boolean).join(', '),
    date,
    font: options.font ?? 'mincho',
    landscape: false,
    margin: DIFF_PAGE.margin,
    footer: { left: organization, center: '見え消し' },
    children,
    trackRevisions: true,
  });
}
