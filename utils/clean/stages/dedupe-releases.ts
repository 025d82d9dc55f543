/**
 * Repeats that dedupe finds but keeps: the families a template prints (a recipe's step, a
 * gallery's credit) and the entries a schedule repeats from one day to the next.
 */
import { flatText } from '../text/block-texts';
import type { Block, Evidence } from '../types';
import type { Match } from './dedupe';
import { matchRelatedLabel } from './related';

/** Templates are short lines; paragraphs of prose printed three times are still repeats. */
const TEMPLATE_MAX_CHARS = 200;
/**
 * Text that recurs this many times is a template (a recipe's step, a schedule's slot, a gallery's
 * credit), not a page printed twice by accident, which gives two copies.
 */
const TEMPLATE_OCCURRENCES = 3;
/** Blocks in a family of three or more copies stay, all of them, and match nothing. */
export function releaseTemplates(
  blocks: readonly Block[],
  _profiles: readonly unknown[],
  matchOf: (Match | null)[],
  removal: Map<number, Evidence>,
): void {
  const copies = new Map<number, number>();
  for (const match of matchOf) if (match) copies.set(match.of, (copies.get(match.of) ?? 1) + 1);
  matchOf.forEach((match, j) => {
    if (
      !match ||
      (copies.get(match.of) ?? 0) < TEMPLATE_OCCURRENCES ||
      blocks[match.of].text.length > TEMPLATE_MAX_CHARS
    )
      return;
    matchOf[j] = null;
    removal.delete(j);
  });
}

/** A list this long with its own entries is a schedule's day or a plan's week, not a copy. */
const MIN_SCHEDULE_ITEMS = 3;

/**
 * An entry of a list that repeats an entry of an earlier list stays when its own list is mostly
 * new entries: a meal plan's "Snack: an apple" on Monday and Thursday, a training plan's "Rest
 * day". A list printed twice (most entries repeats) still goes.
 */
export function releaseScheduleEntries(
  blocks: readonly Block[],
  matchOf: (Match | null)[],
  removal: Map<number, Evidence>,
): void {
  const size = new Map<number, number>();
  const repeats = new Map<number, number>();
  blocks.forEach((b, j) => {
    if (!b.list) return;
    size.set(b.list.id, (size.get(b.list.id) ?? 0) + 1);
    if (matchOf[j] && removal.has(j)) repeats.set(b.list.id, (repeats.get(b.list.id) ?? 0) + 1);
  });
  matchOf.forEach((match, j) => {
    const list = blocks[j].list;
    const of = match ? blocks[match.of].list : undefined;
    if (!match || !list || !of || of.id === list.id || !removal.has(j)) return;
    const items = size.get(list.id) ?? 0;
    if (items < MIN_SCHEDULE_ITEMS || (size.get(of.id) ?? 0) < MIN_SCHEDULE_ITEMS) return;
    if ((repeats.get(list.id) ?? 0) * 2 > items) return;
    matchOf[j] = null;
    removal.delete(j);
  });
}

/** A section's entries are short lines: a meal, a session, a step; paragraphs of prose still repeat. */
const SECTION_ENTRY_MAX_CHARS = 400;

const headingKey = (block: Block) => flatText(block.text).toLowerCase();

/**
 * A plan printed as sections of the same shape under new parents ("Plan A › Meal 1", "Plan B ›
 * Meal 1") repeats entries on purpose. An entry that repeats one of an earlier same-named section
 * stays when a new parent heading (one the page has not used before, of a higher level) stands
 * between the two: the page moved on to another plan, it did not print the first one twice.
 */
export function releaseSectionEntries(
  blocks: readonly Block[],
  matchOf: (Match | null)[],
  removal: Map<number, Evidence>,
): void {
  // under[k]: the heading block k sits under; fresh[L][k]: new-named headings of level L or
  // higher up to k (a label naming other stories is no parent: the list under it is not a plan).
  const under: number[] = [];
  const fresh = Array.from({ length: 7 }, () => new Array<number>(blocks.length).fill(0));
  const seen = new Set<string>();
  let current = -1;
  blocks.forEach((b, k) => {
    let level = 7;
    if (b.kind === 'heading') {
      const key = headingKey(b);
      if (!seen.has(key) && !matchRelatedLabel(b.text)) level = b.level ?? 6;
      seen.add(key);
      current = k;
    }
    for (let l = 1; l <= 6; l++) fresh[l][k] = (k > 0 ? fresh[l][k - 1] : 0) + (level <= l ? 1 : 0);
    under.push(current);
  });
  matchOf.forEach((match, j) => {
    if (!match || !removal.has(j) || blocks[j].kind === 'heading') return;
    const hi = under[match.of];
    const hj = under[j];
    if (hi < 0 || hj < 0 || hi === hj || blocks[j].text.length > SECTION_ENTRY_MAX_CHARS) return;
    const level = blocks[hj].level ?? 6;
    if (headingKey(blocks[hi]) !== headingKey(blocks[hj]) || blocks[hi].level !== level || level <= 1) return;
    if (fresh[level - 1][hj] === fresh[level - 1][hi]) return;
    matchOf[j] = null;
    removal.delete(j);
  });
}

/** A reference's shared sentence recurs in at least this many entries (a pull quote repeats once). */
const MIN_REFERENCE_ENTRIES = 3;

/**
 * Reference documentation gives each entry (an option, a parameter, a method) a section of its
 * own, and entries share sentences on purpose: "X is a directive of the lifecycle block …", "For
 * more information, see …". A family of repeats that sits in three or more sections, each under
 * its own heading of one level and no two under the same one, stays whole: each copy is read where
 * its entry is. A page printed twice repeats its headings too, and a pull quote repeats once.
 */
export function releaseReferenceEntries(
  blocks: readonly Block[],
  matchOf: (Match | null)[],
  removal: Map<number, Evidence>,
): void {
  const under: number[] = [];
  const uses = new Map<string, number>();
  let current = -1;
  blocks.forEach((b, k) => {
    if (b.kind === 'heading') {
      current = k;
      uses.set(headingKey(b), (uses.get(headingKey(b)) ?? 0) + 1);
    }
    under.push(current);
  });
  // Families: each repeat joined to the block it repeats, followed to the first copy.
  const root = (j: number): number => {
    let r = j;
    for (let m = matchOf[r]; m; m = matchOf[r]) r = m.of;
    return r;
  };
  const families = new Map<number, number[]>();
  matchOf.forEach((match, j) => {
    if (!match || !removal.has(j)) return;
    const r = root(j);
    const family = families.get(r) ?? [r];
    family.push(j);
    families.set(r, family);
  });
  for (const family of families.values()) {
    if (family.length < MIN_REFERENCE_ENTRIES) continue;
    const headings = family.map((k) => under[k]);
    if (headings.some((h) => h < 0) || new Set(headings).size !== family.length) continue;
    const level = blocks[headings[0]].level;
    if (headings.some((h) => blocks[h].level !== level || (uses.get(headingKey(blocks[h])) ?? 0) > 1)) continue;
    if (family.some((k) => blocks[k].kind === 'heading' || blocks[k].text.length > SECTION_ENTRY_MAX_CHARS)) continue;
    for (const j of family) {
      matchOf[j] = null;
      removal.delete(j);
    }
  }
}
