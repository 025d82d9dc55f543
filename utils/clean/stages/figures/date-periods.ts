/**
 * Dates named by a period of a year rather than a day or month: `early 2024`, `Q3 2025`,
 * `fiscal 2024`, `the late 1990s`, `années 1990`. They build on the year and month readers of dates.ts.
 */
import {
  D,
  NOT_ALNUM,
  isDigit,
  isLetter,
  skipSpace,
  stickyEnd,
  stickyExec,
  toAscii,
  wordAt,
  wordBefore,
} from './characters';
import { extendPeriod, monthFirstAt, validYear, YEAR_SUFFIX, yearAt, type DateRead } from './dates';
import type { Hit, Outcome, Scan } from './scan';
import { everyPageAlternation, lazy } from './tables';

/** `principios de 2025`: the join after a date modifier. */
const MODIFIER_JOIN = lazy(() => new RegExp(`(?:${everyPageAlternation('modifierJoins')})[ \\u00A0]`, 'y'));

const SEASON = lazy(() => new RegExp(`^(?:${everyPageAlternation('seasons')})`));

/** `early 2024`, `mid-2025`, `late March`, `Ende 2024`, `summer 2024`, `principios de 2025`, `the late 1990s`. */
export function modifiedDateAt(scan: Scan, p: number): Outcome {
  const t = scan.text;
  const mEnd = stickyEnd(scan.tables.modifiers, t, p);
  if (mEnd < 0) return null;
  let q = mEnd;
  if (t[q] === '-' || t[q] === '‑') q += 1;
  else {
    const s = skipSpace(t, q, 1);
    if (s === q) return null;
    q = s;
    const of = stickyEnd(MODIFIER_JOIN(), t, q);
    if (of >= 0) q = of;
  }
  const word = t.slice(p, mEnd).toLowerCase();
  const season = SEASON().test(word);
  let atom: DateRead | null = null;
  if (isDigit(t[q])) atom = yearAt(scan, q);
  else if (!season && isLetter(t[q])) atom = monthFirstAt(scan, q, 'free');
  if (atom === null) return null;
  const hit = extendPeriod(scan, atom);
  return { start: p, end: hit.end, kind: 'date' };
}

const QUARTER_CODE = new RegExp(`([QHqh])([1-4])(?:[ \\u00A0](${D}{4})|[ \\u00A0]?['’](${D}{2}))?${NOT_ALNUM}`, 'uy');

const FISCAL_YEAR = new RegExp(
  `(?:fiscal(?:[ \\u00A0]year)?[ \\u00A0]|FY[ \\u00A0]?)(${D}{4}|${D}{2})(?:[/\\-–]${D}{2,4})?${NOT_ALNUM}`,
  'iuy',
);

/** `third quarter of 2025`, `zweites Quartal 2025`: the year after a period. */
const YEAR_OF_PERIOD = lazy(
  () => new RegExp(`(?:[ \\u00A0](?:${everyPageAlternation('periodYearJoins')}))?[ \\u00A0](${D}{4})(?!${D})`, 'y'),
);

/** `Q3 2025`, `H1 2025`, `third quarter of 2025`, `im dritten Quartal`, `fiscal 2024`, `FY2024/25`. */
export function periodOfYearAt(scan: Scan, p: number, lower: string): Outcome {
  const t = scan.text;
  if (lower === 'q' || lower === 'h') {
    const m = stickyExec(QUARTER_CODE, t, p);
    if (!m) return null;
    if ((m[1] === 'q' || m[1] === 'h') && !m[3]) return null; // q3 2019 with its year; a lone q3 is anything
    if (m[1].toUpperCase() === 'H' && (m[2] === '3' || m[2] === '4' || (!m[3] && !m[4]))) return null;
    return { start: p, end: p + m[0].length, kind: 'date' };
  }
  if (lower === 'fiscal' || lower === 'fy') {
    const m = stickyExec(FISCAL_YEAR, t, p);
    if (!m) return null;
    const y = m[1].length === 4 ? +toAscii(m[1]) : 2000 + +toAscii(m[1]);
    return validYear(y) ? { start: p, end: p + m[0].length, kind: 'date' } : null;
  }
  if (scan.tables.periodOrdinals.has(lower)) return periodAfterOrdinal(scan, p, wordAt(t, p)!.end);
  return null;
}

/** `of` between a period and its month: `the first week of March 2025`. */
const MONTH_OF_PERIOD = lazy(
  () => new RegExp(`[ \\u00A0](?:(?:${everyPageAlternation('periodYearJoins')})[ \\u00A0])?`, 'y'),
);

/**
 * After an ordinal (`third`, `3rd`, `1º`, `3e`), a period noun and its year make a date: `third
 * quarter of 2025`, `the 3rd week of 2018`, `1º trimestre de 2013`, `the first week of March 2025`.
 */
export function periodAfterOrdinal(scan: Scan, p: number, ordinalEnd: number): Hit | null {
  const t = scan.text;
  const s = skipSpace(t, ordinalEnd, 1);
  const noun = wordAt(t, s);
  if (!noun || s === ordinalEnd || !scan.tables.periodNouns.has(noun.lower)) return null;
  let end = noun.end;
  const y = stickyExec(YEAR_OF_PERIOD(), t, end);
  if (y && validYear(+toAscii(y[1]))) {
    end += y[0].length;
    end = Math.max(end, stickyEnd(YEAR_SUFFIX(), t, end));
    return { start: p, end, kind: 'date' };
  }
  const m = stickyEnd(MONTH_OF_PERIOD(), t, end);
  const month = m >= 0 && isLetter(t[m]) ? monthFirstAt(scan, m, 'free') : null;
  if (month?.hasYear) return { start: p, end: month.end, kind: 'date' };
  return null; // FIGURES.md: a quarter or half without a year is no date (third-quarter results, the second half)
}

const DECADA_DE = /década[ \u00A0]de[ \u00A0]/iy;

const DECADE_NUMBER = new RegExp(`(?:1[0-9]|20)?[0-9]0(?!${D})`, 'y');

/**
 * Words for "years" that a decade follows, with the words one of them needs before it
 * (`los años 90`, `negli anni 90`, `nos anos 90`; an apostrophe will do too: `anni '90`).
 * `années 1990` needs nothing, `década` needs its `de`.
 */
const DECADE_LEADS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['années', null],
  ['década', null],
  ['años', new Set(['los'])],
  ['anni', new Set(['gli', 'negli', 'degli', 'agli', 'dagli', 'sugli', 'tra', 'fra'])],
  ['anos', new Set(['os', 'nos', 'dos', 'aos', 'pelos'])],
]);

/** The words `decadeWordAt` starts at. */
export const DECADE_WORDS: ReadonlySet<string> = new Set(DECADE_LEADS.keys());

/** `années 1990`, `década de 1990`, `los años 90`, `negli anni '90`, `nos anos 2000`. */
export function decadeWordAt(scan: Scan, p: number, lower: string): Outcome {
  const t = scan.text;
  if (!DECADE_LEADS.has(lower)) return null;
  let q = lower === 'década' ? stickyEnd(DECADA_DE, t, p) : skipSpace(t, p + lower.length, 1);
  if (q < 0) return null;
  const apostrophe = lower !== 'década' && "'’‘".includes(t[q] ?? 'x') && isDigit(t[q + 1]);
  if (apostrophe) q += 1;
  const leads = DECADE_LEADS.get(lower);
  if (leads && !apostrophe && !leads.has(wordBefore(t, p, 2)?.word.toLowerCase() ?? '')) return null;
  if (!isDigit(t[q])) return null;
  const m = stickyExec(DECADE_NUMBER, t, q);
  if (!m || (apostrophe && m[0].length !== 2)) return null;
  return { start: p, end: q + m[0].length, kind: 'date' };
}
