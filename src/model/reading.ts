/**
 * What each section and block of a policy is in law, read once for the
 * check and the diff: the role written on it (`role:`), the role its
 * construct gives (a purposes list, a joint-use table, a paragraph naming
 * the joint users), and the roles its own words read like (roles.ts).
 *
 *   a block's roles   = its declared role, with what qualifies it (外国 in an entrustment clause);
 *                       else its own strong inferences, where its section declares nothing;
 *                       else its section's roles, with what qualifies them
 *   a section's roles = its declared role (or an enclosing section's) and its constructs;
 *                       else the strong inferences of its heading and text
 *
 * The reading holds facts and no opinions: the check chooses severities,
 * the diff's classify.ts chooses actions.
 */
import { blockKind, stringsOf } from './walk.js';
import { inferRoles, isRole, ownRoles, type Inference, type Role } from './roles.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface PartReading {
  /** Roles written on the part (a section's `role:`, or roles on its blocks and list entries). */
  declared: Role[];
  /** Roles its constructs give: purposes (a purposes list), jointUse (a joint-use table or a paragraph naming the joint users). */
  construct: Role[];
  /** What its own words read like, with the words. */
  inferred: Inference[];
  /** The roles it is weighed by. */
  roles: Role[];
  /** Whether any of `roles` comes only from the words. */
  fromWords: boolean;
}

/** The words of a block as a reader reads them: every text in it, ids, keys and numbering left out. */
export function blockWords(block: unknown): string {
  return stringsOf(block)
    .filter(({ path }) => !['id', 'role', 'numbering', 'conjunction', 'refers', 'parties', 'notes'].includes(String(path[path.length - 1])) && !path.includes('parties'))
    .map((s) => s.text)
    .join('\n');
}

/** Roles written anywhere on a block: on it, or on its list entries and nested blocks. */
export function declaredIn(block: unknown): Role[] {
  const out = new Set<Role>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) {
      if (isRole(v.role)) out.add(v.role);
      for (const [k, x] of Object.entries(v)) if (k !== 'role') visit(x);
    }
  };
  visit(block);
  return [...out];
}

/** Roles a block's construct gives. */
function constructOf(block: unknown): Role[] {
  const kind = blockKind(block);
  if (kind === 'purposes') return ['purposes'];
  if (kind === 'jointUse') return ['jointUse'];
  if (kind === 'text' && isObj(block) && block.parties !== undefined) return ['jointUse'];
  if (kind === 'signature') return ['signature'];
  return [];
}

/**
 * A section's reading. `enclosing` is the declared roles of the sections it
 * lies in: a subsection of a section on provision is on provision too.
 */
export function readSection(section: unknown, enclosing: readonly Role[] = []): PartReading {
  // The check's rules and the diff ask for the same sections' readings: each is read once per enclosing roles.
  if (!isObj(section)) return reading(section, enclosing);
  const key = enclosing.join(',');
  const known = read.get(section) ?? new Map<string, PartReading>();
  read.set(section, known);
  let found = known.get(key);
  if (!found) known.set(key, (found = reading(section, enclosing)));
  return found;
}

/** Readings already made (the policy must not change after it is read, as for nodesOf). */
const read = new WeakMap<object, Map<string, PartReading>>();

function reading(section: unknown, enclosing: readonly Role[]): PartReading {
  const s = isObj(section) ? section : {};
  const body = list(s.body);
  const own = isRole(s.role) ? [s.role] : [];
  const declared = own.length ? own : [...enclosing];
  const construct = [...new Set(body.flatMap(constructOf))];
  const heading = typeof s.heading === 'string' ? s.heading : undefined;
  const inferred = inferRoles(heading, body.map(blockWords).join('\n'));
  const roles = ownRoles([...new Set([...declared, ...construct])], inferred);
  const fromWords = declared.length + construct.length === 0 && roles.length > 0;
  return { declared, construct, inferred, roles, fromWords };
}

/** A block's reading, inside a section read by readSection. */
export function readBlock(block: unknown, section: PartReading): PartReading {
  const declared = declaredIn(block);
  const construct = constructOf(block);
  const inferred = inferRoles(undefined, blockWords(block));
  let roles: Role[];
  if (declared.length) roles = ownRoles(declared, inferred);
  else if (section.declared.length === 0 && inferred.some((i) => i.strength === 'strong')) roles = ownRoles(construct, inferred);
  else roles = ownRoles(section.roles, inferred);
  const fromWords = declared.length === 0 && roles.some((r) => !section.declared.includes(r) && !construct.includes(r) && !section.construct.includes(r));
  return { declared, construct, inferred, roles, fromWords };
}

/** A text outside the sections (the preamble, a closing block): its own strong inferences and construct. */
export function readLoose(block: unknown): PartReading {
  const declared = declaredIn(block);
  const construct = constructOf(block);
  const inferred = inferRoles(undefined, blockWords(block));
  const roles = ownRoles([...new Set([...declared, ...construct])], inferred);
  return { declared, construct, inferred, roles, fromWords: declared.length + construct.length === 0 && roles.length > 0 };
}
