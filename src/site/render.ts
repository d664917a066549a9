/**
 * The pages of the versioned site, rendered in memory:
 *
 *   index.html                    the policies, each with its current version and history
 *   <name>/index.html             the current version (a stable address), linking to the history
 *   <name>/<name>.txt             its plain text
 *   <name>/v<version>/index.html  each earlier version, under a banner saying it is not current
 *   <name>/v<version>/<name>.txt
 *   <name>/index.en.html, <name>/<name>.en.txt, <name>/history.en.html,
 *   <name>/v<version>/index.en.html, <name>/v<version>/<name>.en.txt
 *                                 each version in English, where its translation (the PO
 *                                 file of that version) was complete; the pages of a version
 *                                 link to each other (hreflang, the language switcher)
 *   <name>/<name>.pdf, <name>/v<version>/<name>.pdf
 *                                 the leaflets (printed by publish.ts; linked with `pdf`)
 *   <name>/history.html           改定履歴: every version, its effective date, its summary and
 *                                 the changed words; with `internal`, also the re-notice
 *                                 classification of each change and its legal basis
 *   .htaccess, _headers           hints for hosts that read them (Apache; Netlify, Cloudflare
 *                                 Pages): the text files are UTF-8. Every other host reads the
 *                                 byte order mark each text file starts with.
 *
 * Every page reuses the policy partials of the web page (html/partials) and
 * its stylesheet; templates/site/ adds the banner, the navigation and the
 * history. Links are relative, so the folder works wherever it is uploaded.
 * No timestamps: the same versions give the same bytes.
 */
import { diffPolicies, type Change, type PolicyDiff } from '../diff/index.js';
import { ACTION_JA, ACTION_MEANING_JA, comparisonRows, decisionView, inDocumentOrder, summaryRows, verdictJa } from '../diff/comparison.js';
import type { Decision } from '../diff/decision.js';
import { ACTIONS, type Action } from '../diff/types.js';
import type { OutputFile } from '../build/write-outputs.js';
import { inlineToText } from '../render/inline-text.js';
import { htmlEnvironment, readTemplateFile, template } from '../render/templates.js';
import type { BrandView } from '../render/html.js';
import { DEFAULT_TEXT_WIDTH, renderTextFile } from '../render/text.js';
import { buildView, japaneseDate, type PolicyView } from '../render/view.js';
import { englishDate } from '../render/english.js';
import type { PolicyVersion, PolicyVersions } from './versions.js';
import type { Policy } from '../model/schema.js';
import { compareVersions } from './versions.js';

/** The folder of an earlier version: `v` and the version, with anything unsafe in a URL replaced by "-". */
export function versionFolder(version: string): string {
  return `v${version.replace(/[^0-9A-Za-z._-]/g, '-')}`;
}

function css(): string {
  return `${readTemplateFile('html/style.css')}\n${readTemplateFile('site/site.css')}`;
}

/** The stylesheet of a page in English: the Japanese one, then what English sets otherwise (its fonts, its longer words). */
function englishCss(): string {
  return `${css()}\n${readTemplateFile('html/style.en.css')}\n${readTemplateFile('site/site.en.css')}`;
}

const ja = (iso: string | undefined) => (iso ? japaneseDate(iso) : undefined);

export interface SiteOptions {
  /** Width of the plain text, in display columns. */
  width?: number;
  /** Each version's leaflet is published as `<name>.pdf` beside its page: link to it. */
  pdf?: boolean;
  /**
   * The 改定履歴 for the company's own staff: each change with the action the
   * APPI requires (consent, notice …) and its legal basis. Without it (the
   * public site) the history shows the summaries and the changed words only.
   */
  internal?: boolean;
  /** The company's accent colour, logo and footer line (policy.config.yaml). */
  brand?: BrandView;
}

/** The leaflet of a version, beside its page. */
export function pdfName(name: string): string {
  return `${name}.pdf`;
}

export function renderSite(policies: readonly PolicyVersions[], options: SiteOptions = {}): OutputFile[] {
  const files: OutputFile[] = [];
  for (const p of policies) files.push(...renderPolicySite(p, options));
  files.push({ name: 'index.html', content: renderIndex(policies, options) });
  files.push(...hostHints(files.map((f) => f.name).filter((name) => name.endsWith('.txt'))));
  return files;
}

/** Files a host reads for its headers, saying that the text files are UTF-8; hosts that do not read them ignore them. */
export function hostHints(textFiles: readonly string[]): OutputFile[] {
  const apache = [
    '# Apache (mod_mime): the plain-text versions are UTF-8. Hosts that do not read this file',
    '# still show them rightly: each starts with a UTF-8 byte order mark.',
    'AddCharset utf-8 .txt',
    '',
  ];
  const headers = [
    '# Netlify and Cloudflare Pages: the plain-text versions are UTF-8 (paths from the site\'s root).',
    ...[...textFiles].sort().flatMap((name) => [`/${name.split('/').map(encodeURIComponent).join('/')}`, '  Content-Type: text/plain; charset=utf-8']),
    '',
  ];
  return [
    { name: '.htaccess', content: apache.join('\n') },
    { name: '_headers', content: headers.join('\n') },
  ];
}

export function renderPolicySite(p: PolicyVersions, options: SiteOptions = {}): OutputFile[] {
  const width = options.width ?? DEFAULT_TEXT_WIDTH;
  const folders = new Map<string, string>();
  for (const v of p.earlier) {
    const folder = versionFolder(v.version);
    const other = [...folders].find(([, f]) => f === folder);
    if (other) throw new Error(`${p.name}: versions ${other[0]} and ${v.version} would share the folder ${folder}`);
    folders.set(v.version, folder);
  }
  const files: OutputFile[] = [];
  const currentView = buildView(p.current.loaded.policy);
  const txt = `${p.name}.txt`;
  const english = p.current.english;
  const earlierCount = p.earlier.length + revisionOnly(p.current.loaded.policy, p).length;
  files.push({
    name: `${p.name}/index.html`,
    content: page(p.current, options, {
      nav: {
        current: true,
        historyUrl: 'history.html',
        textUrl: txt,
        earlierCount,
        ...(options.pdf ? { pdfUrl: pdfName(p.name) } : {}),
        ...(english ? { languages: [{ lang: 'en', href: 'index.en.html', label: 'English' }] } : {}),
      },
    }),
  });
  files.push({ name: `${p.name}/${txt}`, content: renderTextFile(currentView, width) });
  if (english) {
    // The current version in English, for reference, beside the Japanese (which prevails).
    const view: PolicyView = { ...buildView(english.policy, { lang: 'en' }), translationNotice: english.notice };
    files.push({
      name: `${p.name}/index.en.html`,
      content: template(htmlEnvironment(), 'site/page.hbs')({
        ...view,
        css: englishCss(),
        brand: options.brand,
        nav: {
          current: true,
          historyUrl: 'history.en.html',
          textUrl: `${p.name}.en.txt`,
          earlierCount,
          ...(options.pdf ? { pdfUrl: `${p.name}.en.pdf` } : {}),
          languages: [{ lang: 'ja', href: 'index.html', label: '日本語' }],
        },
      }),
    });
    files.push({ name: `${p.name}/${p.name}.en.txt`, content: renderTextFile(view, width) });
    files.push({ name: `${p.name}/history.en.html`, content: renderEnglishHistory(p, folders, view, english.notice, options) });
  }
  const all = [...p.earlier, p.current];
  p.earlier.forEach((v, i) => {
    const next = all[i + 1]!;
    const folder = folders.get(v.version)!;
    files.push({
      name: `${p.name}/${folder}/index.html`,
      content: page(v, options, {
        archive: {
          currentUrl: '../index.html',
          currentVersion: p.current.version,
          currentDate: ja(p.current.effectiveDate),
          nextVersion: next.version,
          supersededOn: ja(next.effectiveDate),
        },
        nav: {
          current: false,
          historyUrl: `../history.html#${folder}`,
          textUrl: txt,
          earlierCount: 0,
          ...(options.pdf ? { pdfUrl: pdfName(p.name) } : {}),
          ...(v.english ? { languages: [{ lang: 'en', href: 'index.en.html', label: 'English' }] } : {}),
        },
      }),
    });
    files.push({ name: `${p.name}/${folder}/${txt}`, content: renderTextFile(buildView(v.loaded.policy), width) });
    if (v.english) files.push(...earlierInEnglish(p, v, next, folder, options, width));
  });
  files.push({ name: `${p.name}/history.html`, content: renderHistory(p, folders, options) });
  return files;
}

/**
 * An earlier version in English: its page under the banner saying it is not
 * current (linking to the current version in English, or in Japanese where
 * that has no English), and its text.
 */
function earlierInEnglish(p: PolicyVersions, v: PolicyVersion, next: PolicyVersion, folder: string, options: SiteOptions, width: number): OutputFile[] {
  const english = v.english!;
  const current = p.current.english !== undefined;
  const en = (iso: string | undefined) => (iso ? englishDate(iso) : undefined);
  const view: PolicyView = { ...buildView(english.policy, { lang: 'en' }), translationNotice: english.notice };
  const extras: PageExtras = {
    archive: {
      currentUrl: current ? '../index.en.html' : '../index.html',
      ...(current ? {} : { currentLang: 'ja', historyLang: 'ja' }),
      currentVersion: p.current.version,
      ...(p.current.effectiveDate ? { currentDate: en(p.current.effectiveDate)! } : {}),
      nextVersion: next.version,
      ...(next.effectiveDate ? { supersededOn: en(next.effectiveDate)! } : {}),
    },
    nav: {
      current: false,
      historyUrl: `../history${current ? '.en' : ''}.html#${folder}`,
      textUrl: `${p.name}.en.txt`,
      earlierCount: 0,
      ...(options.pdf ? { pdfUrl: `${p.name}.en.pdf` } : {}),
      languages: [{ lang: 'ja', href: 'index.html', label: '日本語' }],
    },
  };
  return [
    {
      name: `${p.name}/${folder}/index.en.html`,
      content: template(htmlEnvironment(), 'site/page.hbs')({ ...view, ...extras, css: englishCss(), brand: options.brand }),
    },
    { name: `${p.name}/${folder}/${p.name}.en.txt`, content: renderTextFile(view, width) },
  ];
}

interface PageExtras {
  /** `currentLang`, `historyLang`: the language of the current version and the history linked to, when not the page's own. */
  archive?: { currentUrl: string; currentLang?: string; historyLang?: string; currentVersion: string; currentDate?: string; nextVersion: string; supersededOn?: string };
  /** `languages`: the page in its other languages (the language switcher). */
  nav: { current: boolean; historyUrl: string; textUrl: string; earlierCount: number; pdfUrl?: string; languages?: Array<{ lang: string; href: string; label: string }> };
}

function page(v: PolicyVersion, options: SiteOptions, extras: PageExtras): string {
  const view = buildView(v.loaded.policy);
  return template(htmlEnvironment(), 'site/page.hbs')({ ...view, ...extras, css: css(), brand: options.brand });
}

/** Changes every new version has (its number, date and revision line): not worth listing. */
function bookkeeping(c: Change): boolean {
  return (c.kind === 'scalar' && (c.id === 'version' || c.id === 'effectiveDate')) || c.kind === 'revision';
}

function strongest(changes: readonly Change[]): Action {
  return ACTIONS.find((a) => changes.some((c) => c.action === a)) ?? 'none';
}

const BADGE: Record<Action, string> = {
  review: '法務担当者の判断を要する変更を含みます',
  consent: '本人の同意を要する変更を含みます',
  'prior-notice': '事前の通知等を要する変更を含みます',
  'notice-without-delay': '遅滞なく通知等を要する変更を含みます',
  notice: '通知又は公表を要する変更を含みます',
  none: '本人への通知等を要しない変更のみです',
};

function changesOf(before: PolicyVersion, after: PolicyVersion, decision?: Decision) {
  const full: PolicyDiff = diffPolicies(before.loaded.policy, after.loaded.policy);
  const kept = full.changes.filter((c) => !bookkeeping(c));
  const diff: PolicyDiff = { renotice: kept.some((c) => c.action !== 'none'), changes: kept };
  const ordered = inDocumentOrder(kept);
  const summary = summaryRows(ordered, decision);
  const rows = comparisonRows(ordered, before.loaded.policy, after.loaded.policy);
  const meaning = new Map(ACTION_MEANING_JA.map((m) => [m.action, m.meaning]));
  const items = summary.map((s, i) => ({ ...s, ...rows[i]!, actionMeaning: meaning.get(s.action) }));
  const action = strongest(kept);
  return {
    count: kept.length,
    verdict: kept.length === 0 ? '本文に変更はありません。' : verdictJa(diff),
    action,
    actionLabel: ACTION_JA[action],
    badge: BADGE[action],
    acting: items.filter((c) => c.action !== 'none'),
    editorial: items.filter((c) => c.action === 'none'),
    all: items,
  };
}

function renderHistory(p: PolicyVersions, folders: ReadonlyMap<string, string>, options: SiteOptions): string {
  const current = p.current.loaded.policy;
  const summaryOf = (v: PolicyVersion) =>
    (current.revisions ?? []).find((r) => r.version === v.version)?.summary ??
    (v.loaded.policy.revisions ?? []).find((r) => r.version === v.version)?.summary;
  const all = [...p.earlier, p.current];
  // The decision recorded on a revision is internal: read only for the internal history, from the current file's record (or the version's own).
  const decisionFor = (v: PolicyVersion): Decision | undefined => {
    if (!options.internal) return undefined;
    const find = (policy: Policy) => ((policy.revisions ?? []).find((r) => String(r.version) === String(v.version)) as { decision?: Decision } | undefined)?.decision;
    return find(current) ?? find(v.loaded.policy);
  };
  const rows: object[] = all.map((v, i) => {
    const previous = all[i - 1];
    const isCurrent = v === p.current;
    const folder = folders.get(v.version);
    const decision = decisionFor(v);
    return {
      anchor: isCurrent ? 'current' : folder,
      version: v.version,
      current: isCurrent,
      url: isCurrent ? 'index.html' : `${folder}/index.html`,
      ...(options.pdf ? { pdfUrl: isCurrent ? pdfName(p.name) : `${folder}/${pdfName(p.name)}` } : {}),
      effectiveDate: ja(v.effectiveDate),
      effectiveIso: v.effectiveDate,
      until: all[i + 1] ? ja(all[i + 1]!.effectiveDate) : undefined,
      summary: summaryOf(v),
      first: i === 0 && !revisionOnly(current, p).some((r) => compareVersions(r.version, v.version) < 0),
      ...(previous ? { previousVersion: previous.version, diff: changesOf(previous, v, decision) } : {}),
      ...(decision ? { decision: decisionView(decision) } : {}),
    };
  });
  // Versions named in the current revision history (改定履歴) whose text was never tagged.
  for (const r of revisionOnly(current, p)) {
    rows.push({ anchor: versionFolder(r.version), version: r.version, effectiveDate: ja(r.date), effectiveIso: r.date, summary: r.summary, untagged: true });
  }
  const order = (row: object) => (row as { version: string }).version;
  rows.sort((a, b) => compareVersions(order(b), order(a))); // newest first
  const view = buildView(current);
  return template(htmlEnvironment(), 'site/history.hbs')({
    ...(p.current.english ? { english: true } : {}),
    title: inlineToText(view.title),
    organization: view.organization,
    current: { version: p.current.version, effectiveDate: ja(p.current.effectiveDate) },
    rows,
    internal: options.internal === true,
    legend: ACTION_MEANING_JA,
    css: css(),
    brand: options.brand,
  });
}

/**
 * The 改定履歴 in English: the versions the Japanese one lists (every tagged
 * version, and those named only in the current revision history), each with
 * its effective date, the date it was superseded and its summary as the
 * translation of the current version gives it; each links to its English
 * page and leaflet where it has them, else to its Japanese ones. The changed
 * words are in the Japanese history only.
 */
function renderEnglishHistory(p: PolicyVersions, folders: ReadonlyMap<string, string>, view: PolicyView, notice: string, options: SiteOptions): string {
  const english = p.current.english!.policy;
  const summaryOf = (version: string) => (english.revisions ?? []).find((r) => String(r.version) === version)?.summary;
  const all = [...p.earlier, p.current];
  const en = (iso: string | undefined) => (iso ? englishDate(iso) : undefined);
  const rows: Array<{ version: string } & Record<string, unknown>> = all.map((v, i) => {
    const isCurrent = v === p.current;
    const folder = isCurrent ? undefined : folders.get(v.version)!;
    const at = (file: string) => (folder ? `${folder}/${file}` : file);
    // An earlier version without English is read in Japanese: its page and leaflet say so.
    const japanese = !isCurrent && !v.english;
    const until = all[i + 1]?.effectiveDate;
    return {
      anchor: isCurrent ? 'current' : folder,
      version: v.version,
      current: isCurrent,
      url: at(japanese ? 'index.html' : 'index.en.html'),
      ...(japanese ? { japanese: true } : {}),
      ...(options.pdf ? { pdfUrl: at(japanese ? pdfName(p.name) : `${p.name}.en.pdf`) } : {}),
      ...(v.effectiveDate ? { effectiveDate: en(v.effectiveDate), effectiveIso: v.effectiveDate } : {}),
      ...(until ? { until: en(until), untilIso: until } : {}),
      summary: summaryOf(v.version),
    };
  });
  // Versions named in the current revision history whose text was never tagged.
  for (const r of revisionOnly(p.current.loaded.policy, p)) {
    rows.push({ anchor: versionFolder(r.version), version: r.version, effectiveDate: en(r.date), effectiveIso: r.date, summary: summaryOf(r.version), untagged: true });
  }
  rows.sort((a, b) => compareVersions(b.version, a.version)); // newest first
  return template(htmlEnvironment(), 'site/history.en.hbs')({
    lang: 'en',
    title: inlineToText(view.title),
    organization: view.organization,
    current: { version: p.current.version, ...(p.current.effectiveDate ? { effectiveDate: englishDate(p.current.effectiveDate) } : {}) },
    notice,
    rows,
    css: englishCss(),
    brand: options.brand,
  });
}

function revisionOnly(current: PolicyVersion['loaded']['policy'], p: PolicyVersions) {
  const known = new Set([...p.earlier, p.current].map((v) => v.version));
  return (current.revisions ?? []).filter((r) => !known.has(r.version));
}

function renderIndex(policies: readonly PolicyVersions[], options: SiteOptions): string {
  const items = policies.map((p) => {
    const view = buildView(p.current.loaded.policy);
    return {
      name: p.name,
      title: inlineToText(view.title),
      version: p.current.version,
      effectiveDate: ja(p.current.effectiveDate),
      // As many earlier versions as the 改定履歴 lists: the tagged ones and those named only in its revisions.
      earlier: p.earlier.length + revisionOnly(p.current.loaded.policy, p).length,
      url: `${p.name}/index.html`,
      historyUrl: `${p.name}/history.html`,
      // The English of the current version, where it has one (its translation is complete).
      ...(p.current.english ? { englishUrl: `${p.name}/index.en.html` } : {}),
    };
  });
  const organization = policies[0]?.current.loaded.policy.organization;
  return template(htmlEnvironment(), 'site/index.hbs')({ policies: items, organization, css: css(), brand: options.brand });
}
