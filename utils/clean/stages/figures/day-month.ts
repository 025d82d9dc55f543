/**
 * A day and a month in digits, without a year: `5/12`, `22/04`, `28.10.`. FIGURES.md counts a
 * day and month as a date where the page's locale reads it: month first in English, Chinese and
 * Japanese, day first elsewhere. A slash pair is ambiguous with a fraction (`3/4`), so it is a
 * date only after a word that introduces a day (`on`, `am`, `le`, `el`, a weekday), inside a
 * period (`10/1-11/7`), or when only a day can come first (`29/2`: no fraction or tally has the
 * larger number on top); a German dotted pair (`22.04`, `28.10.`) is a date on a page that
 * writes decimals with a comma.
 */
import { D, wordBefore } from './characters';
import type { DateRead } from './dates';
import { LANGUAGES } from './lang';
import type { FigureLanguage } from './lang';
import type { Scan } from './scan';
import type { Tables } from './tables';

const SLASH_PAIR = new RegExp(`(${D}{1,2})/(${D}{1,2})(?![${'0-9\\uFF10-\\uFF19'}]|[/.,]${D})`, 'y');

const DOT_PAIR = new RegExp(`(${D}{1,2})\\.(${D}{2})\\.?(?![${'0-9\\uFF10-\\uFF19'}]|[.,]${D})`, 'y');

const PERIOD_AHEAD = new RegExp(`^(?:\\s?[-–]\\s?|[ \\u00A0]\\p{L}{1,5}[ \\u00A0])${D}{1,2}/${D}{1,2}`, 'u');

/** The usual denominators of a fraction written with a slash: `3/4`, `2/3`, `7/10` (never `9/11`, `24/7`). */
const FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 8, 10, 16, 100]);

/** Where a fraction written with a slash (`3/4`, `-1/2`) ends, or -1. */
export function slashFractionEnd(scan: Scan, p: number): number {
  SLASH_PAIR.lastIndex = p;
  const m = SLASH_PAIR.exec(scan.text);
  if (!m) return -1;
  const a = toNumber(m[1]);
  const b = toNumber(m[2]);
  return a > 0 && a < b && FRACTION_DENOMINATORS.has(b) ? p + m[0].length : -1;
}

const cache = new WeakMap<Tables, ReadonlySet<string>>();

/** Words right before a bare day and month that make it a date: `on 5/12`, `am 22.04.`, `le 3/5`. */
function dayContext(tables: Tables): ReadonlySet<string> {
  let words = cache.get(tables);
  if (!words) {
    const pick = (l: FigureLanguage): readonly string[] => l.dayContext ?? [];
    words = new Set(tables.langs.flatMap((l) => pick(LANGUAGES[l])));
    cache.set(tables, words);
  }
  return words;
}

function toNumber(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

/** Month first where the page's locale writes it so (English, Chinese, Japanese); day first elsewhere. */
function monthFirst(scan: Scan): boolean {
  const page = scan.tables.page;
  return page === null || page === 'en' || page === 'zh' || page === 'ja';
}

/**
 * A pair only a date can be: a day past the twelfth before its month (`29/2`, `25/11`). A fraction
 * or a tally of made and attempted (`7/12` from the field) never has the larger number first;
 * `24/7` is the round-the-clock adjective, no date (FIGURES.md).
 */
function onlyDayFirst(a: number, b: number): boolean {
  return a > 12 && a <= 31 && b >= 1 && b <= 12 && !(a === 24 && b === 7);
}

/** Articles that introduce a day (`le 18`, `el día 18`): the day must end the phrase, as `le 4 x 4` is no date. */
const DAY_ARTICLES: ReadonlySet<string> = new Set(['le', 'día', 'dia']);

const DAY_AND = /^ (?:et|y|and|und) (?:le |el )?\d/u;

const bareDay = new WeakMap<Tables, ReadonlySet<string>>();

const DAY_ALONE = new RegExp(`${D}{1,2}(?:st|nd|rd|th|er|º|\\.º)?(?![\\p{L}\\p{N}]|[.,:/-]${D}|\\s?%)`, 'uy');

/** A day of the month alone after a weekday or a day article (`Monday 21`, `le 18`, `el día 18`), or null. */
export function bareDayAt(scan: Scan, p: number): DateRead | null {
  const t = scan.text;
  DAY_ALONE.lastIndex = p;
  const m = DAY_ALONE.exec(t);
  if (!m || toNumber(m[0].replace(/\D+$/u, '')) < 1 || toNumber(m[0].replace(/\D+$/u, '')) > 31) return null;
  let words = bareDay.get(scan.tables);
  if (!words) {
    words = new Set(scan.tables.langs.flatMap((l) => LANGUAGES[l].bareDayBefore ?? []));
    bareDay.set(scan.tables, words);
  }
  const prev = wordBefore(t, p, 2);
  if (!prev || !words.has(prev.word.toLowerCase())) return null;
  const end = p + m[0].length;
  // a day article needs the sentence or the phrase to end there: `le 18.`, not `le 18 avril` (read elsewhere) or `le 93`
  const next = t[end];
  const weekday = !DAY_ARTICLES.has(prev.word.toLowerCase());
  if (
    next !== undefined &&
    !(weekday ? /[\s.,;:!?)]/u : /[.,;:!?)]/u).test(next) &&
    !DAY_AND.test(t.slice(end, end + 8))
  )
    return null;
  return { start: p, end, hasYear: false, monthBased: true };
}

/** A day and month at `p`, or null; `inPeriod` when it is the second end of a period (`10/1-11/7`). */
export function numericDayMonthAt(scan: Scan, p: number, inPeriod: boolean): DateRead | null {
  const t = scan.text;
  SLASH_PAIR.lastIndex = p;
  let m = SLASH_PAIR.exec(t);
  let dotted = false;
  if (!m && scan.tables.ordinalDot && scan.tables.decimalComma) {
    DOT_PAIR.lastIndex = p;
    m = DOT_PAIR.exec(t);
    dotted = m !== null;
  }
  if (!m) return null;
  const a = toNumber(m[1]);
  const b = toNumber(m[2]);
  // the page's order first; the other only where the page's cannot be a date (22/04 on an English page)
  const [month, day] = monthFirst(scan) && !dotted && a <= 12 ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const end = p + m[0].length;
  if (dotted || inPeriod) return { start: p, end, hasYear: false, monthBased: true };
  const prev = wordBefore(t, p, 2);
  const context = prev !== null && dayContext(scan.tables).has(prev.word.toLowerCase());
  // 5/12 followed by a dash or a joining word and another pair is a period whatever comes before it
  const period = PERIOD_AHEAD.test(t.slice(end, end + 12));
  return context || period || onlyDayFirst(a, b) ? { start: p, end, hasYear: false, monthBased: true } : null;
}
