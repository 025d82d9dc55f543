/** Dates read at a digit or a month name (`29 November 2026`, `2024/25`, `the 1990s`), and the periods they join into. */
import {
  D,
  DASH,
  NOT_LETTER,
  isDigit,
  UPPER,
  isHan,
  isLetter,
  skipSpace,
  stickyEnd,
  stickyExec,
  toAscii,
  wordAt,
  wordBefore,
} from './characters';
import { ZH_DATE } from './chinese';
import { modifiedDateAt } from './date-periods';
import { bareDayAt, numericDayMonthAt } from './day-month';
import type { Hit, Outcome, Scan } from './scan';
import { everyPageAlternation, lazy } from './tables';

/** Years outside this range are read as plain numbers. */
const MIN_YEAR = 1000;

export const MAX_YEAR = 2100;

const ISO_DATE = new RegExp(`(${D}{4})[-/.](${D}{1,2})[-/.](${D}{1,2})(?!${D})`, 'y');

const NUMERIC_DATE = new RegExp(
  `(${D}{1,2})([./-])(${D}{1,2})\\2(${D}{4}|${D}{2})(?![${'0-9\\uFF10-\\uFF19'}]|[.,]${D})`,
  'y',
);

const DAY_NUMBER = new RegExp(`${D}{1,2}(?!${D}|[.,]${D})`, 'y');

const FOUR_DIGITS = new RegExp(`${D}{4}(?!${D}|[.,]${D}|[\\u00A0\\u202F\\u2009']${D}{3})`, 'y');

const TWO_DIGITS = new RegExp(`${D}{2}(?!${D})`, 'y');

const DECADE_SUFFIX = new RegExp(
  `(?:s|['’]s)${NOT_LETTER}|er${NOT_LETTER}(?:[ \\u00A0](?:Jahren|Jahre|Jahrzehnt))?|-[хе]${NOT_LETTER}(?:[ \\u00A0](?:годов|годах|годы|гг\\.))?|年代`,
  'uy',
);

/** `2025 года`, `2025年`. */
export const YEAR_SUFFIX = lazy(
  () => new RegExp(`[ \\u00A0](?:${everyPageAlternation('yearWords')})(?![\\p{L}])|年|-(?:м|го|й)(?![\\p{L}])`, 'uy'),
);

const YEAR_MONTH = new RegExp(`-(0?[1-9]|1[0-2])(?![\\p{N}月]|[.,:/\\-]${D})`, 'uy');

const FISCAL_SUFFIX = new RegExp(`[/\\-–](${D}{2})(?!${D})`, 'y');

const DAY_SUFFIX = /(?:st|nd|rd|th|er|º|\.)(?![\p{L}\p{N}])/iuy;

/** `1-3 March`, `1 to 3 March`: the second day of a range. */
const DAY_RANGE = lazy(
  () =>
    new RegExp(
      `(?:\\s?[-–]\\s?|[ \\u00A0](?:${everyPageAlternation('dayRangeJoins')})[ \\u00A0])(${D}{1,2})(?:st|nd|rd|th|er|\\.)?(?![\\p{N}])`,
      'uy',
    ),
);

/** `3rd of March`, `3 de marzo`. */
const DAY_MONTH_JOIN = lazy(
  () => new RegExp(`[ \\u00A0](?:${everyPageAlternation('dayMonthJoins')})(?=[ \\u00A0])`, 'y'),
);

/** `March 2025`, `March, 2025`, `marzo de 2025`: the year after a month. */
const YEAR_AFTER_MONTH = lazy(
  () =>
    new RegExp(
      `(?:,?[ \\u00A0]|[ \\u00A0](?:${everyPageAlternation('monthYearJoins')})[ \\u00A0])(${D}{4})(?!${D}|[.,]${D})`,
      'y',
    ),
);

const DAY_AFTER_MONTH = new RegExp(`[ \\u00A0](${D}{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:]${D}|\\s?%)`, 'uy');

const LOWERCASE_VERBS: ReadonlySet<string> = new Set(['march', 'may', 'mar', 'sept']);

export interface DateRead {
  start: number;
  end: number;
  hasYear: boolean;
  monthBased: boolean;
  /** A month written in Chinese with no year and no day (`3月`, `5月-10月`): a date only as the start of a period with its year. */
  monthOnly?: boolean;
}

export function dateAtDigit(scan: Scan, p: number): Hit | null {
  const first = dateAtomAtDigit(scan, p);
  if (first === null) return null;
  const hit = extendPeriod(scan, first);
  // FIGURES.md: a month alone is no date (3月, 5月-10月); 11月至2017年2月 is a period with its year
  // (Japanese pages read their months in japanese.ts, with the month's own rules)
  return first.monthOnly && hit.end === first.end && scan.tables.page !== 'ja' ? null : hit;
}

/** Where a Chinese month alone that starts at `p` ends (`3月`, `5月-10月`), or -1: no date and no count. */
export function monthAloneEnd(scan: Scan, p: number): number {
  const first = dateAtomAtDigit(scan, p);
  return first?.monthOnly ? first.end : -1;
}

export function dateAtomAtDigit(scan: Scan, p: number, inPeriod = false): DateRead | null {
  const t = scan.text;
  // 2026-11-29
  let m = stickyExec(ISO_DATE, t, p);
  if (m && validDate(+toAscii(m[1]), +toAscii(m[2]), +toAscii(m[3])))
    return { start: p, end: p + m[0].length, hasYear: true, monthBased: true };
  // 29.11.2026, 11/29/2026
  m = stickyExec(NUMERIC_DATE, t, p);
  if (m) {
    const a = +toAscii(m[1]);
    const b = +toAscii(m[3]);
    const y = m[4].length === 2 ? 2000 + +toAscii(m[4]) : +toAscii(m[4]);
    if (y >= MIN_YEAR && y <= MAX_YEAR && (validDate(y, b, a) || validDate(y, a, b))) {
      return { start: p, end: p + m[0].length, hasYear: true, monthBased: true };
    }
  }
  // 5/12, 22.04.: a day and month in the page's order
  const dayMonth = numericDayMonthAt(scan, p, inPeriod);
  if (dayMonth) return dayMonth;
  // 2025年3月3日, 1-7月
  m = stickyExec(ZH_DATE, t, p);
  if (m) {
    const hasYear = m[0].includes('年');
    const monthBased = m[0].includes('月');
    const monthOnly = monthBased && !hasYear && !/[日号]/.test(m[0]);
    return { start: p, end: p + m[0].length, hasYear, monthBased, monthOnly };
  }
  const dayFirst = dayMonthAt(scan, p);
  if (dayFirst) return dayFirst;
  return yearAt(scan, p) ?? bareDayAt(scan, p);
}

/** The conjunctions that list days rather than join the ends of a range. */
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y', 'e', 'и']);

/** Whether the join after the day at `p` lists it with the next (`18 and 19 June`), with no `between` before. */
function listOfDays(scan: Scan, p: number, join: string): boolean {
  const word = join.trim().split(/\s/)[0].toLowerCase();
  if (!LIST_WORDS.has(word)) return false;
  const between = betweenWordBefore(scan.text, p);
  return !scan.tables.betweenJoins.get(between?.toLowerCase() ?? '')?.has(word);
}

/** `29 November 2026`, `3. März 2025`, `3 de marzo de 2025`, `1–3 March`, `3 марта 2025 года`. */
function dayMonthAt(scan: Scan, p: number): DateRead | null {
  const t = scan.text;
  const dm = stickyExec(DAY_NUMBER, t, p);
  if (!dm) return null;
  const day = +toAscii(dm[0]);
  if (day < 1 || day > 31) return null;
  let q = p + dm[0].length;
  q = Math.max(q, stickyEnd(DAY_SUFFIX, t, q));
  const range = stickyExec(DAY_RANGE(), t, q);
  if (range && +toAscii(range[1]) > day && +toAscii(range[1]) <= 31) {
    // `18 and 19 June` names two days, `between 18 and 19 June` one interval: the first day is a
    // date of its own, sharing the month written after the second (FIGURES.md: a range is one span)
    if (listOfDays(scan, p, range[0])) return { start: p, end: q, hasYear: false, monthBased: true };
    q += range[0].length;
  }
  const of = stickyEnd(DAY_MONTH_JOIN(), t, q);
  if (of >= 0) q = of;
  const dashed = (t[q] === '-' || t[q] === '/') && isLetter(t[q + 1]); // 31-dic-1994, 02/oct
  const dotted = scan.tables.ordinalDot && t[q] === '.' && isLetter(t[q + 1]) && monthAt(scan, q + 1, true) !== null; // 28.Oktober
  const s = dashed || dotted ? q + 1 : skipSpace(t, q, 1);
  if (s === q) return null;
  const month = monthAt(scan, s, true);
  if (month === null) return null;
  let end = month.end;
  let hasYear = false;
  const y = dashed && t[end] === t[q] ? stickyExec(FOUR_DIGITS, t, end + 1) : stickyExec(YEAR_AFTER_MONTH(), t, end);
  if (dashed && y && validYear(+toAscii(y[0]))) {
    end += 1 + y[0].length;
    hasYear = true;
  } else if (!dashed && y && validYear(+toAscii(y[1]))) {
    end += y[0].length;
    hasYear = true;
    end = Math.max(end, stickyEnd(YEAR_SUFFIX(), t, end));
  }
  return { start: p, end, hasYear, monthBased: true };
}

/** A year (`2024`), a decade (`1990s`, `1990er Jahre`, `1990-х годов`), or a split year (`2024/25`, `2019-21`). */
export function yearAt(scan: Scan, p: number): DateRead | null {
  const t = scan.text;
  const four = stickyExec(FOUR_DIGITS, t, p);
  if (four) {
    const year = +toAscii(four[0]);
    if (!validYear(year)) return null;
    let end = p + 4;
    const decade = stickyEnd(DECADE_SUFFIX, t, end);
    if (decade >= 0 && year % 10 === 0) return { start: p, end: decade, hasYear: true, monthBased: false };
    if (decade >= 0 && !/^['’]s$/.test(t.slice(end, decade))) return null; // 1984's film is a year's; 1985s is nothing
    if (isLetter(t[end]) && !isHan(t[end])) return null; // 1080p, 2024Q3
    const split = stickyExec(FISCAL_SUFFIX, t, end);
    if (split && +toAscii(split[1]) === (year + 1) % 100) end += split[0].length;
    else if (split && +toAscii(split[1]) > year % 100 && t[end] !== '/') end += split[0].length;
    else {
      // 2015-12, 2015-3: a month after its year, where no later year can be meant (2015-16 is a season)
      const month = stickyExec(YEAR_MONTH, t, end);
      if (month && +toAscii(month[1]) < year % 100)
        return { start: p, end: end + month[0].length, hasYear: true, monthBased: true };
    }
    end = Math.max(end, stickyEnd(YEAR_SUFFIX(), t, end), stickyEnd(QUARTER_AFTER_YEAR, t, end));
    return { start: p, end, hasYear: true, monthBased: false };
  }
  // the '80s, mid-90s, 90er Jahre, 90-х
  const two = stickyExec(TWO_DIGITS, t, p);
  if (two && +toAscii(two[0]) % 10 === 0) {
    const decade = stickyEnd(DECADE_SUFFIX, t, p + 2);
    if (decade < 0) return null;
    const prev = wordBefore(t, p, 2);
    const apostrophe = t[p - 1] === "'" || t[p - 1] === '’' || t[p - 1] === '‘';
    const suffix = t.slice(p + 2, decade);
    const english = suffix === 's' || suffix === "'s" || suffix === '’s';
    if (!english || apostrophe || (prev && scan.tables.decadeLeadWords.has(prev.word.toLowerCase()))) {
      return { start: p, end: decade, hasYear: true, monthBased: false };
    }
  }
  return null;
}

export function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function validDate(y: number, m: number, d: number): boolean {
  return validYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A month name at `p`, allowed in this language and this case. */
function monthAt(scan: Scan, p: number, withNumber: boolean): { end: number; abbr: boolean; word: string } | null {
  const w = wordAt(scan.text, p);
  if (w === null) return null;
  const info = scan.tables.months.get(w.lower);
  if (!info) return null;
  // English months are proper nouns, but lower-cased text writes them small too (`14 nov`,
  // `from 2 july`); "march", "may" and "mar" in lower case stay verbs and words
  if (info.lang === 'en' && !UPPER.test(w.word[0]) && LOWERCASE_VERBS.has(w.lower)) return null;
  if (info.lang !== 'en' && info.lang !== scan.tables.page && !withNumber) return null;
  let end = w.end;
  if (info.abbr) {
    if (scan.text[end] === '.') end += 1;
  }
  return { end, abbr: info.abbr, word: w.lower };
}

/** Dates that start with a month name: `February 2022`, `Nov. 29, 2026`, `in March`, `марте 2025 года`. */
export function monthFirstAt(scan: Scan, p: number, alone: 'needs-context' | 'free'): DateRead | null {
  const t = scan.text;
  const month = monthAt(scan, p, true);
  if (month === null) return null;
  let end = month.end;
  let hasYear = false;
  const day = stickyExec(DAY_AFTER_MONTH, t, end);
  const year = stickyExec(YEAR_AFTER_MONTH(), t, end);
  if (year && validYear(+toAscii(year[1]))) {
    end += year[0].length;
    hasYear = true;
    end = Math.max(end, stickyEnd(YEAR_SUFFIX(), t, end));
  } else if (day && +toAscii(day[1]) >= 1 && +toAscii(day[1]) <= 31) {
    end += day[0].length;
    const range = stickyExec(DAY_RANGE(), t, end);
    if (range && +toAscii(range[1]) > +toAscii(day[1]) && +toAscii(range[1]) <= 31) end += range[0].length;
    const y2 = stickyExec(YEAR_AFTER_MONTH(), t, end);
    if (y2 && validYear(+toAscii(y2[1]))) {
      end += y2[0].length;
      hasYear = true;
    }
  } else {
    // an abbreviation alone needs a number, or a period it opens (`Jan-Feb 2017`)
    if (month.abbr && stickyEnd(DASH, t, end) < 0) return null;
    // FIGURES.md: a month name alone is no date (`in May`, `fin août`, `в мае`); it is one only as
    // the start of a period that ends in a year: "January to July 2025"
    const info = scan.tables.months.get(month.word);
    if (alone === 'needs-context' && info && info.lang !== 'en' && info.lang !== scan.tables.page) return null;
    const period = extendPeriod(scan, { start: p, end, hasYear: false, monthBased: true });
    return period.end > end ? { start: p, end: period.end, hasYear: true, monthBased: true } : null;
  }
  return { start: p, end, hasYear, monthBased: true };
}

// ---------------------------------------------------------------------------------------------
// Periods: two dates joined, a modified date, a quarter, a fiscal year, a decade in words

/** `2014~2018`, `2014〜2018`: a tilde joins the ends of a period as a dash does. */
const TILDE = /\s?[~〜～]\s?/y;

/** Joins a date with the one after a connector into one period: `January to July 2025`, `2019-2021`. */
export function extendPeriod(scan: Scan, first: DateRead): Hit {
  const t = scan.text;
  const plain: Hit = { start: first.start, end: first.end, kind: 'date' };
  let q = Math.max(stickyEnd(DASH, t, first.end), stickyEnd(TILDE, t, first.end));
  const han = q < 0 && (t[first.end] === '至' || t[first.end] === '到');
  if (han) q = first.end + 1; // 11月至2017年2月, 2019年到2021年
  if (q < 0) {
    const s = skipSpace(t, first.end, 1);
    if (s === first.end) return plain;
    const cEnd = stickyEnd(scan.tables.connectors, t, s);
    if (cEnd >= 0) q = cEnd;
    else {
      const between = betweenWordBefore(t, first.start);
      const joins = between ? scan.tables.betweenJoins.get(between.toLowerCase()) : undefined;
      if (!joins) return plain;
      const w = wordAt(t, s);
      if (!w || !joins.has(w.lower)) return plain;
      q = w.end;
    }
    const s2 = skipSpace(t, q, 1);
    if (s2 === q) return plain;
    q = skipArticle(t, s2);
  }
  let second: DateRead | null = null;
  if (isDigit(t[q])) second = dateAtomAtDigit(scan, q, first.monthBased && !first.hasYear);
  else if (isLetter(t[q])) second = monthFirstAt(scan, q, 'free');
  if (second === null && first.hasYear && isLetter(t[q])) {
    // 2007 to the end of 2008, de 2007 à la fin de 2008: a year, then a part of a later one
    const part = modifiedDateAt(scan, skipArticle(t, q, true));
    return part && 'kind' in part ? { start: first.start, end: part.end, kind: 'date' } : plain;
  }
  if (second === null) return plain;
  // 2025年1月至7月, 2019年6月1日-6月30日: the second month or day shares the first's year
  const cjk = han || /[月日号]$/.test(t.slice(first.start, first.end));
  if (first.hasYear && !second.hasYear && !(cjk && first.monthBased && second.monthBased)) return plain;
  if (!first.hasYear && !second.hasYear && !(first.monthBased && second.monthBased)) return plain;
  // 2014 to May 2018: both ends name their year, whatever their shape
  if (first.monthBased !== second.monthBased && !(second.hasYear && (first.monthBased || first.hasYear))) return plain;
  return { start: first.start, end: second.end, kind: 'date' };
}

/**
 * The article a range may put before each end (`entre el 1 de diciembre y el 4 de febrero`,
 * `zwischen dem 3. Mai und dem 9. Juni`, `between the 3rd and the 9th`): read past, not part of either.
 */
const RANGE_ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'le', 'la', 'dem', 'den', 'der', 'zum']);

/** The word before a date that may say `between`, past one article. */
function betweenWordBefore(t: string, p: number): string | null {
  const w = wordBefore(t, p, 2);
  if (!w || !RANGE_ARTICLES.has(w.word.toLowerCase())) return w?.word ?? null;
  return wordBefore(t, w.start, 2)?.word ?? null;
}

/** Past an article and its space at `p` (before a number, or before a word when `beforeWord`), or `p`. */
function skipArticle(t: string, p: number, beforeWord = false): number {
  const w = wordAt(t, p);
  if (!w || !RANGE_ARTICLES.has(w.lower)) return p;
  const s = skipSpace(t, w.end, 1);
  return s > w.end && (isDigit(t[s]) || (beforeWord && isLetter(t[s]))) ? s : p;
}

/**
 * A year of a named era is a date whatever its size (`500 BC`, `622 CE`, `AD 79`, `37 Hijriyah`,
 * `44 v. Chr.`, `52 av. J.-C.`, `200 a.C.`, `988 н. э.`): the era word says it is no count. Case
 * is kept, so `ad` and `ce` in running text stay words.
 */
const ERA_AFTER = new RegExp(
  `${D}{1,4}[ \\u00A0](?:B\\.?C\\.?(?:E\\.?)?|A\\.?D\\.?|C\\.?E\\.?|A\\.?H\\.?|Hijri(?:yah|ah)?|[vn]\\. ?Chr\\.|av\\. J\\.-C\\.|apr\\. J\\.-C\\.|[ad]\\. ?C\\.|(?:до )?н\\. ?э\\.)(?![\\p{L}\\p{N}])`,
  'uy',
);
const ERA_BEFORE = /(?:^|[^\p{L}.])(A\.D\.|AD)[ \u00A0]$/u;
const ERA_YEAR = new RegExp(`${D}{1,4}(?![\\p{N}]|[.,]${D})`, 'uy');

/** The letters an era word after a year can open with: a cheap gate before the regexes. */
const ERA_FIRST = new Set(['B', 'A', 'C', 'H', 'v', 'n', 'a', 'd', 'д', 'н']);

export function eraYearAt(scan: Scan, p: number): Hit | null {
  const t = scan.text;
  let q = p;
  while (q < p + 5 && isDigit(t[q])) q++;
  const afterOk = (t[q] === ' ' || t[q] === '\u00A0') && ERA_FIRST.has(t[q + 1]);
  const beforeOk = t[p - 1] === ' ' && (t[p - 2] === 'D' || t[p - 2] === '.');
  if (!afterOk && !beforeOk) return null;
  const after = afterOk ? stickyEnd(ERA_AFTER, t, p) : -1;
  if (after >= 0) return { start: p, end: after, kind: 'date' };
  const before = ERA_BEFORE.exec(t.slice(Math.max(0, p - 6), p));
  const end = before ? stickyEnd(ERA_YEAR, t, p) : -1;
  return end >= 0 && before ? { start: p - before[1].length - 1, end, kind: 'date' } : null;
}

export function atApostropheDecade(scan: Scan, p: number): Outcome {
  const d = yearAt(scan, p + 1);
  return d ? { start: p, end: d.end, kind: 'date' } : null;
}

/** `2024 Q3`, `2019-H2`: the quarter or half written after its year, the same period as `Q3 2024`. */
export const QUARTER_AFTER_YEAR = /[ \u00A0-](?:Q[1-4]|H[12])(?![\p{L}\p{N}])/uy;
