/**
 * A day and a month in digits, without a year: `5/12`, `22/04`, `28.10.`. FIGURES.md counts a
 * day and month as a date where the page's locale reads it: month first in English and Chinese,
 * day first elsewhere. A slash pair is ambiguous with a fraction (`3/4`), so it is a date only
 * after a word that introduces a day (`on`, `am`, `le`, `el`, a weekday), inside a period
 * (`10/1-11/7`), or when the pair cannot be a fraction of the usual kind; a German dotted pair
 * (`22.04`, `28.10.`) is a date on a page that writes decimals with a comma.
 */
import { D, wordBefore } from './characters';
import type { DateRead } from './dates';
import { LANGUAGES } from './lang';
import type { FigureLanguage } from './lang';
import type { Scan } from './scan';
import type { Tables } from './tables';

const SLASH_PAIR = new RegExp(`(${D}{1,2})/(${D}{1,2})(?![${'0-9\\uFF10-\\uFF19'}]|[/.,]${D})`, 'y');

const DOT_PAIR = new RegExp(`(${D}{1,2})\\.(${D}{2})\\.?(?![${'0-9\\uFF10-\\uFF19'}]|[.,]${D})`, 'y');

const PAIR_AHEAD = new RegExp(`^${D}{1,2}/${D}{1,2}`);

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

/** Month first where the page's locale writes it so (English, Chinese); day first elsewhere. */
function monthFirst(scan: Scan): boolean {
  return scan.tables.page === null || scan.tables.page === 'en' || scan.tables.page === 'zh';
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
  // 5/12 followed by a dash and another pair is a period whatever comes before it
  const period = (t[end] === '-' || t[end] === '–') && PAIR_AHEAD.test(t.slice(end + 1, end + 6));
  return context || period ? { start: p, end, hasYear: false, monthBased: true } : null;
}
