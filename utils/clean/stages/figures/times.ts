/**
 * Times of day are not figures (FIGURES.md): `a las 5`, `um 18 Uhr`, `à 23 heures`, `7 in the
 * morning`, `9-10 am`. The words come from the page language's record (`timeBefore`, `timeAfter`,
 * `hourWords`, `hourPrepositions`); the regexes are built once per page language and kept.
 */
import { D, NOT_LETTER, escapeRe, stickyEnd, toAscii, wordBefore } from './characters';
import type { FigureLanguage } from './lang';
import { LANGUAGES } from './lang';
import type { Scan } from './scan';
import type { Tables } from './tables';

interface TimeWords {
  before: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  after: RegExp | null;
  hours: RegExp | null;
  /** ` past nine`, ` min past 8`: minutes before the hour they follow. */
  past: RegExp | null;
}

/** The hour after `past`: a number to 12 in digits or in the page's words. */
function pastRegex(langs: readonly FigureLanguage[]): RegExp | null {
  const joins = langs.flatMap((l) => l.minutesPast ?? []);
  if (joins.length === 0) return null;
  const hours = langs.flatMap((l) =>
    Object.entries(l.numberWords)
      .filter(([, v]) => v >= 1 && v <= 12)
      .map(([w]) => w),
  );
  return new RegExp(
    `(?:[ \\u00A0](?:min|mins|minutes))?[ \\u00A0](?:${joins.join('|')})[ \\u00A0](?:${D}{1,2}|${hours.join('|')})(?![\\p{L}\\p{N}])`,
    'iuy',
  );
}

const cache = new WeakMap<Tables, TimeWords>();

function phrases(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternation = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, '[ \\u00A0]?').replace(/'/g, "['’]"))
    .join('|');
  return new RegExp(`[ \\u00A0]?(?:${alternation})${NOT_LETTER}`, 'iuy');
}

function timeWords(tables: Tables): TimeWords {
  const cached = cache.get(tables);
  if (cached) return cached;
  const pick = (field: (l: FigureLanguage) => readonly string[] | undefined): string[] =>
    tables.langs.flatMap((l) => field(LANGUAGES[l]) ?? []);
  const words: TimeWords = {
    before: new Set(pick((l) => l.timeBefore)),
    prepositions: new Set(pick((l) => l.hourPrepositions)),
    after: phrases(pick((l) => l.timeAfter)),
    hours: phrases(pick((l) => l.hourWords)),
    past: pastRegex(tables.langs.map((l) => LANGUAGES[l])),
  };
  cache.set(tables, words);
  return words;
}

/** Where a time-of-day phrase after a number written in words ends (`seven in the morning`), or -1. */
export function timePhraseEnd(scan: Scan, end: number): number {
  const words = timeWords(scan.tables);
  const after = words.after ? stickyEnd(words.after, scan.text, end) : -1;
  if (after >= 0) return after;
  return words.past ? stickyEnd(words.past, scan.text, end) : -1; // ten past nine
}

/** An hour, or a range of hours: `7`, `9-10`, `17 et 18`, `5 and 6`, `4:00 to 7`. */
const HOURS = new RegExp(
  `${D}{1,2}(?:[:.]${D}{2})?(?:(?:\\s?[-–]\\s?|[ \\u00A0]\\p{L}{1,3}[ \\u00A0](?:(?:las|le|as)[ \\u00A0])?)${D}{1,2}(?:[:.]${D}{2})?)?(?![\\p{N}])`,
  'uy',
);

/** Where the time of day that starts at `p` and runs to `end` (a number, maybe with a unit) ends, or -1. */
export function timeOfDayEnd(scan: Scan, p: number, end: number, bare: boolean): number {
  const t = scan.text;
  const hoursEnd = stickyEnd(HOURS, t, p);
  if (hoursEnd < 0 || hoursEnd < end) return -1;
  const values = (toAscii(t.slice(p, hoursEnd)).match(/\d+/g) ?? []).map(Number);
  const words = timeWords(scan.tables);
  const past = words.past && values.length === 1 && values[0] < 60 ? stickyEnd(words.past, t, hoursEnd) : -1;
  if (past >= 0) return past; // 10 past 9, 25 min past eight
  if (values[0] > 24 || values.some((v) => v > 59)) return -1;
  const after = words.after ? stickyEnd(words.after, t, hoursEnd) : -1;
  if (after >= 0) return after; // 7 in the morning, 5 de la tarde
  const prev = wordBefore(t, p, 2);
  const lower = prev?.word.toLowerCase() ?? '';
  if (bare && words.before.has(lower)) return hoursEnd; // a las 5, um 18
  const hours = words.hours ? stickyEnd(words.hours, t, hoursEnd) : -1;
  if (hours >= 0 && (words.before.has(lower) || words.prepositions.has(lower))) return hours; // à 23 heures
  return -1;
}

/** Where an hour written in words ends when a preposition of time comes before it (`à cinq heures`, `vers sept heures`), or -1. */
export function hourInWordsEnd(scan: Scan, p: number, end: number): number {
  const words = timeWords(scan.tables);
  const hours = words.hours ? stickyEnd(words.hours, scan.text, end) : -1;
  if (hours < 0) return -1;
  const lower = wordBefore(scan.text, p, 2)?.word.toLowerCase() ?? '';
  return words.before.has(lower) || words.prepositions.has(lower) ? hours : -1;
}
