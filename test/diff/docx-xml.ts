/** Reading a .docx back for the tests: its runs, their underlining, its files. */
import { strFromU8, unzipSync } from 'fflate';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export interface Run {
  text: string;
  underlined: boolean;
}

/** The text runs of word/document.xml, each with whether it is underlined. */
export function documentRuns(docx: Uint8Array): { xml: string; runs: Run[]; files: Record<string, Uint8Array> } {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const body = m[1]!;
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join('');
    return { text, underlined: /<w:u w:val="single"\/>/.test(body) };
  });
  return { xml, runs, files };
}
