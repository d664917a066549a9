/**
 * A joint-use statement: its rows in the order the YAML writes them (parties,
 * purposes, items, managers and rows of the policy's own), each with the
 * policy's label, intro, numbering and entries; a table, or a numbered list
 * of rows (layout: list).
 */
import { isOrdered } from '../../model/numbering.js';
import type { JointUse, Manager } from '../../model/schema.js';
import { DEFAULT_NUMBERING } from '../words.js';
import type { BlockView, JointUseRowView } from '../view.js';
import type { BuildContext, Obj } from './context.js';

export function jointUse(block: unknown, cx: BuildContext): BlockView {
  const ju = (block as Obj).jointUse as JointUse;
  const { text, numberLabel, entryAnchor } = cx;
  const rows: JointUseRowView[] = [];
  const groupLabel = new Map((ju.items.groups ?? []).map((g, i) => [g.id, `${numberLabel(ju.items.numbering ?? DEFAULT_NUMBERING.groups, i + 1)}${cx.en ? ' ' : ''}${g.name}`]));
  for (const key of Object.keys(ju)) {
    if (key === 'parties') {
      const numbering = ju.parties.numbering ?? DEFAULT_NUMBERING.parties;
      rows.push({
        kind: 'parties',
        anchor: `${ju.id}-parties`,
        label: ju.parties.label,
        ...(ju.parties.intro ? { intro: text(ju.parties.intro) } : {}),
        ordered: isOrdered(numbering),
        entries: ju.parties.entries.map((p, i) => ({
          id: p.id,
          anchor: entryAnchor('party-', 'party', p.id, ju.id),
          number: numberLabel(numbering, i + 1),
          text: cx.withNotes(text(p.name), p.notes),
          ...(p.note ? { note: text(p.note) } : {}),
        })),
      });
    } else if (key === 'purposes') {
      const numbering = ju.purposes.numbering ?? DEFAULT_NUMBERING.jointPurposes;
      rows.push({
        kind: 'purposes',
        anchor: `${ju.id}-purposes`,
        label: ju.purposes.label,
        ...(ju.purposes.intro ? { intro: text(ju.purposes.intro) } : {}),
        ordered: isOrdered(numbering),
        entries: ju.purposes.entries.map((p, i) => ({ id: p.id, anchor: entryAnchor('joint-purpose-', 'jointPurpose', p.id, ju.id), number: numberLabel(numbering, i + 1), text: text(p.text) })),
      });
    } else if (key === 'items') {
      const numbering = ju.items.numbering ?? DEFAULT_NUMBERING.groups;
      rows.push({
        kind: 'items',
        anchor: `${ju.id}-items`,
        label: ju.items.label,
        ...(ju.items.intro ? { intro: text(ju.items.intro) } : {}),
        ...(ju.items.groups
          ? {
              groups: ju.items.groups.map((g, i) => ({
                id: g.id,
                anchor: entryAnchor('items-', 'group', g.id, ju.id),
                number: numberLabel(numbering, i + 1),
                name: text(g.name),
                text: cx.joinItems(
                  g.fields.map((f) => text(f.name)),
                  g.conjunction,
                  cx.plain,
                ),
              })),
            }
          : {}),
        ...(ju.items.fields
          ? {
              fields: cx.joinItems(
                ju.items.fields.map((f) => text(f.name)),
                ju.items.conjunction,
                cx.plain,
              ),
            }
          : {}),
        ...(ju.items.text ? { prose: text(ju.items.text) } : {}),
      });
    } else if (key === 'more') {
      for (const row of ju.more ?? []) rows.push({ kind: 'more', anchor: `${ju.id}-${row.id}`, label: row.label, prose: text(row.text) });
    } else if (key === 'managers') {
      rows.push({
        kind: 'managers',
        anchor: `${ju.id}-managers`,
        label: ju.managers.label,
        ...(ju.managers.intro ? { intro: text(ju.managers.intro) } : {}),
        managers: ju.managers.entries.map((m: Manager) => ({
          id: m.id,
          anchor: entryAnchor('manager-', 'manager', m.id, ju.id),
          ...(m.groups ? { groups: m.groups.map((g) => groupLabel.get(g)).join(cx.separator) } : {}),
          name: text(m.name),
          ...(m.exception ? { exception: text(m.exception) } : {}),
          ...(m.address ? { address: m.address } : {}),
          ...(m.representative ? { representative: m.representative } : {}),
          labels: {
            ...(m.labels?.name ? { name: m.labels.name } : {}),
            address: m.labels?.address ?? (cx.en ? 'Address: ' : '住所：'),
            representative: m.labels?.representative ?? (cx.en ? 'Representative: ' : '代表者：'),
          },
          ...(m.lines ? { lines: m.lines.map((l) => ({ label: l.label, text: l.text })) } : {}),
        })),
      });
    }
  }
  if (ju.layout === 'list') {
    rows.forEach((row, i) => (row.number = numberLabel(ju.numbering ?? DEFAULT_NUMBERING.jointUseRows, i + 1)));
    return { type: 'jointUse', id: ju.id, anchor: `joint-use-${ju.id}`, list: true, rows };
  }
  return { type: 'jointUse', id: ju.id, anchor: `joint-use-${ju.id}`, ...(ju.header ? { header: ju.header } : {}), rows };
}
