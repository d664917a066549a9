/**
 * `policy publish`: the versioned site, rendered in memory and written at
 * once (writeOutputs): nothing in the output folder changes unless every
 * page rendered.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { writeOutputs } from '../build/write-outputs.js';
import { readInputText } from '../load/read-files.js';
import type { Message } from '../report/message.js';
import { pdfName, renderSite, versionFolder } from './render.js';
import { collectVersions, type PolicyVersion, type PolicyVersions } from './versions.js';
import type { OutputFile } from '../build/write-outputs.js';
import { PdfSession } from '../render/pdf/session.js';
import { renderPolicyPdf } from '../render/pdf/leaflet.js';
import type { BrandView } from '../render/html.js';
import type { LeafletFont, LeafletTranslation } from '../render/pdf/leaflet.js';
import { DEFAULT_TRANSLATION_NOTICE } from '../build/build.js';
import { hasTranslationFile } from '../translate/files.js';
import type { Paper } from '../render/pdf/paper.js';
import { t, type Said } from '../i18n/catalogue.js';

export const DEFAULT_SITE_DIR = 'out/site';

/** The list of the files of the site, written with it: what the next publish may remove. */
export const MANIFEST = '.published.json';

/** The files the last publish into `outDir` wrote (none when it has no manifest, or one that is not a list of names). */
function publishedBefore(outDir: string): string[] {
  const read = readInputText(path.join(outDir, MANIFEST), { what: 'the list of published files', maxBytes: 16 * 1024 * 1024 });
  if (read.message) return [];
  try {
    const names: unknown = JSON.parse(read.text!);
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && n !== MANIFEST) : [];
  } catch {
    return [];
  }
}

export interface PublishOptions {
  /** Policy files or folders, relative to `cwd`. */
  paths: readonly string[];
  /** Default out/site. */
  outDir?: string;
  cwd?: string;
  /** Glob of the git tags that mark published versions (default `v*`). */
  tagPattern?: string;
  /** Width of the plain text, in display columns. */
  width?: number;
  /** Print each version's leaflet (needs Chromium). */
  pdf?: boolean;
  /** The 改定履歴 with the re-notice classification (for internal use). */
  internal?: boolean;
  /** Environment to find Chromium in. */
  env?: NodeJS.ProcessEnv;
  /** The company's look (policy.config.yaml) on the pages and leaflets, and the leaflets' paper and font. */
  brand?: BrandView;
  paper?: Paper;
  font?: LeafletFont;
  /** The notice at the top of a translation (policy.config.yaml `translationNotice`). */
  translationNotice?: { en?: string };
}

export interface PublishResult {
  written: string[];
  policies: Array<{ name: string; current: PolicyVersions['current']; earlier: PolicyVersions['earlier'] }>;
  /** Warnings of the current versions. */
  messages: Message[];
  /** Where the versions came from, and what was left out. */
  notes: string[];
  /** The same notes as the catalogue's ids and values, to be said in the reader's language. */
  noteSays: Said[];
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  // Chromium starts first, while the versions are read and checked: its start-up is much of a small publish.
  // A missing Chromium is reported after the policies' errors.
  const starting = options.pdf ? PdfSession.open(options.env ? { env: options.env } : {}) : undefined;
  starting?.catch(() => {});
  try {
    const { policies, messages, notes, noteSays } = await collectVersions({
      paths: options.paths,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.tagPattern ? { tagPattern: options.tagPattern } : {}),
    });
    // Each version of a policy with a complete English translation is published in English too.
    await addEnglish(policies, options, messages);
    for (const said of await addEarlierEnglish(policies, options)) {
      notes.push(t(said.id, 'en', said.values));
      noteSays.push(said);
    }
    const files = renderSite(policies, {
      ...(options.width !== undefined ? { width: options.width } : {}),
      pdf: options.pdf === true,
      internal: options.internal === true,
      ...(options.brand ? { brand: options.brand } : {}),
    });
    if (starting) files.push(...(await printVersions(await starting, policies, options)));
    const outDir = path.resolve(options.cwd ?? process.cwd(), options.outDir ?? DEFAULT_SITE_DIR);
    // The site is what is published now: the pages of a withdrawn policy or of a deleted tag, and leaflets
    // no longer printed, go in the same step as the new files are written. Only files an earlier publish
    // wrote (listed in its manifest) are ever removed, whatever else the folder holds.
    files.push({ name: MANIFEST, content: `${JSON.stringify(files.map((f) => f.name).sort(), null, 1)}\n` });
    const written = await writeOutputs(outDir, files, { remove: publishedBefore(outDir) });
    return { written: written.filter((f) => path.basename(f) !== MANIFEST), policies, messages, notes, noteSays };
  } finally {
    await starting?.then((session) => session.close(), () => {});
  }
}

/**
 * Each current version's English, when its translation is complete: a
 * translation out of date is reported (warnings) and the English left out.
 */
async function addEnglish(policies: readonly PolicyVersions[], options: PublishOptions, messages: Message[]): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const fileOf = (p: PolicyVersions) => (p.current.source.kind === 'working-tree' ? path.resolve(cwd, p.current.source.file) : undefined);
  const translated = policies.filter((p) => fileOf(p) !== undefined && hasTranslationFile(fileOf(p)!, 'en'));
  if (translated.length === 0) return;
  const { readTranslation, driftOf, translatedPolicy } = await import('../translate/translation.js');
  for (const p of translated) {
    const loaded = p.current.loaded;
    const read = await readTranslation(fileOf(p)!, 'en');
    if (read?.message) messages.push({ ...read.message, severity: 'warning', ruleId: 'translation-syntax' });
    if (!read?.translation) continue;
    const drift = driftOf(loaded.source, loaded.policy, read.translation, loaded.name, 'warning');
    messages.push(...drift.messages);
    if (drift.stale.length > 0 || drift.missing.length > 0 || drift.invalid.length > 0) continue;
    p.current.english = { policy: translatedPolicy(loaded.policy, read.translation), notice: options.translationNotice?.en ?? DEFAULT_TRANSLATION_NOTICE.en };
  }
}

/**
 * Each earlier version's English, when the translation tagged with it was
 * complete for it; one with a translation that was not is published in
 * Japanese only, with a note (its warnings are history: not repeated).
 */
async function addEarlierEnglish(policies: readonly PolicyVersions[], options: PublishOptions): Promise<Said[]> {
  const translated = policies.flatMap((p) => p.earlier.filter((v) => v.translation !== undefined).map((v) => ({ p, v })));
  if (translated.length === 0) return [];
  const { driftOf, translatedPolicy } = await import('../translate/translation.js');
  const { loadPoLibrary, parsePo, translationFileOf } = await import('../translate/po.js');
  await loadPoLibrary();
  const notes: Said[] = [];
  for (const { p, v } of translated) {
    const loaded = v.loaded;
    let catalogue;
    try {
      catalogue = parsePo(v.translation!);
    } catch {
      notes.push({ id: 'publish.note.english-incomplete', values: { name: p.name, version: v.version, count: 1 } });
      continue;
    }
    const translation = { lang: 'en' as const, file: translationFileOf(loaded.file, 'en'), text: v.translation!, catalogue };
    const drift = driftOf(loaded.source, loaded.policy, translation, p.name, 'warning');
    const gaps = drift.stale.length + drift.missing.length + drift.invalid.length;
    if (gaps > 0) {
      notes.push({ id: 'publish.note.english-incomplete', values: { name: p.name, version: v.version, count: gaps } });
      continue;
    }
    v.english = { policy: translatedPolicy(loaded.policy, translation), notice: options.translationNotice?.en ?? DEFAULT_TRANSLATION_NOTICE.en };
  }
  return notes;
}

/** Leaflets printed at the same time, each on its own page (renderer) of the one browser: one per processor, two to four. */
const PDF_CONCURRENCY = Math.max(2, Math.min(4, availableParallelism()));

/** Every version's leaflet, printed concurrently in one browser: `<name>/<name>.pdf`, `<name>/v<version>/<name>.pdf`. */
async function printVersions(session: PdfSession, policies: readonly PolicyVersions[], options: PublishOptions): Promise<OutputFile[]> {
  const leaflet = {
    ...(options.brand ? { brand: options.brand } : {}),
    ...(options.paper ? { paper: options.paper } : {}),
    ...(options.font ? { font: options.font } : {}),
  };
  const jobs: Array<{ name: string; version: PolicyVersion; translation?: LeafletTranslation }> = [];
  for (const p of policies) {
    jobs.push({ name: `${p.name}/${pdfName(p.name)}`, version: p.current });
    const en = p.current.english;
    if (en) jobs.push({ name: `${p.name}/${p.name}.en.pdf`, version: { ...p.current, loaded: { ...p.current.loaded, policy: en.policy } }, translation: { lang: 'en', notice: en.notice } });
    for (const v of p.earlier) {
      jobs.push({ name: `${p.name}/${versionFolder(v.version)}/${pdfName(p.name)}`, version: v });
      if (v.english) {
        jobs.push({ name: `${p.name}/${versionFolder(v.version)}/${p.name}.en.pdf`, version: { ...v, loaded: { ...v.loaded, policy: v.english.policy } }, translation: { lang: 'en', notice: v.english.notice } });
      }
    }
  }
  const out: OutputFile[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i]!;
      out[i] = { name: job.name, content: await renderPolicyPdf(session, job.version.loaded, { ...leaflet, ...(job.translation ? { translation: job.translation } : {}) }) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PDF_CONCURRENCY, jobs.length) }, worker));
  return out;
}
