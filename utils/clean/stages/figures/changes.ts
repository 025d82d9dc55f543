/**
 * Two numbers joined by a word: a change (`from 38 to 45 rubles`, `с 52 до 60 рублей`) is two
 * figures, and the currency written once after the second belongs to the first as well
 * (FIGURES.md); a tally (`412 zu 201 Stimmen`, `voted 52 to 48`) is one. The words come from
 * the page language's record (`changeStarts`, `tallyJoins`), built once per page language.
 */
import { D, isDigit, skipSpace, stickyEnd, wordAt, wordBefore } from './characters';
import type { FigureLanguage } from './lang';
import { LANGUAGES } from './lang';
import type { Scan } from './scan';
import type { Tables } from './tables';

interface ChangeWords {
  starts: ReadonlySet<string>;
  tallies: ReadonlySet<string>;
  referenceAfter: ReadonlySet<string>;
}

const cache = new WeakMap<Tables, ChangeWords>();

function words(tables: Tables): ChangeWords {
  let w = cache.get(tables);
  if (!w) {
    const pick = (field: (l: FigureLanguage) => readonly string[] | undefined): Set<string> =>
      new Set(tables.langs.flatMap((l) => field(LANGUAGES[l]) ?? []));
    w = {
      starts: pick((l) => l.changeStarts),
      tallies: pick((l) => l.tallyJoins),
      referenceAfter: pick((l) => l.referenceAfter),
    };
    cache.set(tables, w);
  }
  return w;
}

/** The number at `p` is the first end of a change (`from 38 to 45`): it must not swallow the second. */
export function startsChange(scan: Scan, p: number): boolean {
  const prev = wordBefore(scan.text, p, 2);
  return prev !== null && words(scan.tables).starts.has(prev.word.toLowerCase());
}

const NUMBER_AHEAD = new RegExp(`${D}`, 'y');

/** Where the second number after a join word starts (`45` in `38 to 45`), or -1. */
export function secondAfterJoin(scan: Scan, end: number): number {
  const t = scan.text;
  const s = skipSpace(t, end, 1);
  const w = s > end ? wordAt(t, s) : null;
  if (w === null) return -1;
  const r = skipSpace(t, w.end, 1);
  return r > w.end && stickyEnd(NUMBER_AHEAD, t, r) >= 0 ? r : -1;
}

/** `412 zu 201`, `52 to 48`: where the tally that starts with the number ending at `end` ends, or -1. */
export function tallyEnd(
  scan: Scan,
  end: number,
  first: number,
  read: (scan: Scan, r: number) => { end: number; value: number } | null,
): number {
  const t = scan.text;
  const s = skipSpace(t, end, 1);
  const w = s > end ? wordAt(t, s) : null;
  if (w === null || !words(scan.tables).tallies.has(w.lower)) return -1;
  const r = skipSpace(t, w.end, 1);
  if (r === w.end || !isDigit(t[r])) return -1;
  const second = read(scan, r);
  return second !== null && second.value <= first && second.value > 0 ? second.end : -1;
}

/** A noun after the number that makes it an address (`на 4 этаже`): no figure. */
export function referencedAfter(scan: Scan, end: number): boolean {
  const t = scan.text;
  const s = skipSpace(t, end, 1);
  const w = s > end ? wordAt(t, s) : null;
  return w !== null && words(scan.tables).referenceAfter.has(w.lower);
}
