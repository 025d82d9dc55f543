/** What may begin at a candidate position (a digit, a sign, a Chinese character, a word), and the best reading there. */
import {
  HSPACE,
  LETTER,
  NOT_LETTER,
  isDigit,
  isHan,
  isLetter,
  stickyEnd,
  stickyExec,
  toAscii,
  wordBefore,
} from './characters';
import { atHan } from './chinese';
import { CURRENCY_SYMBOLS } from './lang/signs';
import { DECADE_WORDS, decadeWordAt, modifiedDateAt, periodAfterOrdinal, periodOfYearAt } from './date-periods';
import { atApostropheDecade, dateAtDigit, eraYearAt, extendPeriod, monthAloneEnd, monthFirstAt } from './dates';
import { japaneseAtDigit } from './japanese';
import { moneyWithPrefix } from './money';
import {
  CITATION_MARK,
  LIST_MARKER,
  MODEL_SUFFIX,
  PHONE,
  SCORE,
  SECTION_NUMBER,
  SLASHED,
  TIME_OF_DAY,
  VERSION,
  ZH_MOBILE,
  inlineEnumerator,
  labelledPhoneEnd,
  namesNumber,
} from './not-figures';
import { WORD_NUMBER_STARTS, approximated, wordNumber } from './number-words';
import { referencedAfter, secondAfterJoin, startsChange, tallyEnd } from './changes';
import { slashFractionEnd } from './day-month';
import { timeOfDayEnd } from './times';
import { mayBeCompound, readCardinal } from './word-numerals';
import {
  DEGREE_UNIT,
  NUMBER_RUN,
  type NumberRead,
  RELATIVE_TIME,
  VULGAR_FRACTIONS,
  readAmount,
  readNumber,
  readTail,
  vulgarFractionAt,
} from './numbers';
import { digitRatio, dimensionEnd } from './joined-numbers';

import { type Hit, type Outcome, type Scan, best, inUrlLikeRun } from './scan';
import { everyPageAlternation, lazy } from './tables';

/** `3rd`, `2e`, `1.º`, `3-й`: an ordinal is a rank, not a count. */
const ORDINAL_SUFFIX = lazy(() => new RegExp(`(?:${everyPageAlternation('ordinalSuffixes')})${NOT_LETTER}`, 'iuy'));

/** `21st century` after an ordinal. */
const CENTURY = lazy(() => new RegExp(`[ \\u00A0-](?:${everyPageAlternation('centuryWords')})(?![\\p{L}])`, 'iuy'));

/** `19. Jahrhundert`, case kept. */
const CENTURY_AFTER_DOT = lazy(
  () => new RegExp(`\\.[ \\u00A0](?:${everyPageAlternation('centuryAfterDot')})(?![\\p{L}])`, 'uy'),
);

const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

export function matchAt(scan: Scan, p: number, token: string): Outcome {
  const ch = token[0];
  if (isDigit(ch)) return atDigit(scan, p);
  if (ch === "'" || ch === '’' || ch === '‘') return atApostropheDecade(scan, p);
  if (CURRENCY_SYMBOLS.includes(ch)) return moneyWithPrefix(scan, p);
  if (VULGAR_FRACTIONS[ch] !== undefined) return vulgarFractionAt(scan, p);
  if (isHan(ch)) return atHan(scan, p);
  return atWord(scan, p, token);
}

/** Everything that can start at a digit. */
export function atDigit(scan: Scan, p: number): Outcome {
  const t = scan.text;
  const runEnd = () => ({ skip: Math.max(p + 1, stickyEnd(NUMBER_RUN, t, p)) });
  const before = t[p - 1];
  // glued to a name on the left: G20, MH17, #5, §3, COVID-19, F-16
  if (before !== undefined) {
    if ((isLetter(before) && !isHan(before)) || '_#§№^'.includes(before) || isDigit(before)) return runEnd();
    if ((before === '-' || before === '‑') && isLetter(t[p - 2]) && !isHan(t[p - 2])) {
      const w = wordBefore(t, p - 1, 0);
      if (!(w && scan.tables.hyphenPrefixes.has(w.word.toLowerCase()))) return runEnd();
    }
    if ((before === '.' || before === ',' || before === '/' || before === ':' || before === '-') && isDigit(t[p - 2]))
      return runEnd();
    if (before === '[' && stickyEnd(CITATION_MARK, t, p) >= 0) return { skip: stickyEnd(CITATION_MARK, t, p) }; // [23]
  }
  if (inUrlLikeRun(scan, p)) return { skip: scan.urlRun.end };
  if (p === 0 || t[p - 1] === '\n') {
    // "3. Rang" numbers a list; "28. Dezember 2012 wurde …" opens a sentence with a date
    const marker = stickyEnd(LIST_MARKER, t, p);
    if (marker >= 0 && (dateAtDigit(scan, p)?.end ?? 0) <= marker) return runEnd();
    if (stickyEnd(SECTION_NUMBER, t, p) >= 0) return runEnd(); // "6.1 Ethnicity" in a table of contents
  }
  const labelled = labelledPhoneEnd(scan, p);
  if (labelled >= 0) return { skip: labelled };
  const phoneStart = before === '+' || before === '(' ? p - 1 : p;
  const phone = stickyEnd(PHONE, t, phoneStart);
  if (phone >= 0) return { skip: phone };
  if (scan.tables.page === 'zh' && stickyEnd(ZH_MOBILE, t, p) >= 0) return { skip: stickyEnd(ZH_MOBILE, t, p) };

  const era = eraYearAt(scan, p);
  if (era) return era; // 500 BC, AD 79, 37 Hijriyah
  const date = dateAtDigit(scan, p);
  if (date === null && scan.tables.page !== 'ja') {
    const month = monthAloneEnd(scan, p);
    if (month >= 0) return { skip: month };
  }
  const time = stickyEnd(TIME_OF_DAY, t, p);
  if (time >= 0 && (date === null || date.end < time)) return { skip: time };

  const amount = readAmount(scan, p);
  if (amount === null) return date;
  const japanese = scan.tables.page === 'ja' ? japaneseAtDigit(scan, p, amount.end, date) : null;
  if (japanese) return japanese; // 2位, 9条, 4月 alone; 15世紀, 2024年度
  if (t[amount.end] === '^') return runEnd(); // 10^5 is arithmetic, not a count
  if (amount.plain && amount.digits <= 2 && inlineEnumerator(t, p, amount.end)) return runEnd();
  const score = stickyExec(SCORE, t, p);
  // FIGURES.md: a match score or a vote tally is one quantity (2-1, 52-48, 8:5)
  if (date === null && score && +toAscii(score[2]) <= +toAscii(score[1]))
    return { start: p, end: p + score[0].length, kind: 'quantity' };
  const after = t[amount.end];
  if (date === null) {
    const version = stickyEnd(VERSION, t, p);
    // 1.234.567 groups thousands where a comma marks decimals; 2.10.3 and 192.168.1.2 stay versions
    const dotGrouped = scan.tables.decimalComma && version <= amount.end && DOT_GROUPED.test(t.slice(p, amount.end));
    if (version >= 0 && !dotGrouped) return { skip: version };
    const fraction = slashFractionEnd(scan, p);
    if (fraction >= 0) {
      const pct = stickyEnd(scan.tables.percent, t, fraction); // 3/4%
      const start = '-−'.includes(before ?? 'x') ? p - 1 : p;
      if (pct >= 0) return { start, end: pct, kind: 'percent' };
      const unit = readTail(scan, fraction); // 1/2 cup, 1/4 mile; 3/4 of voters stops at the number
      return { start, end: unit.unit === 'measure' ? unit.end : fraction, kind: 'quantity' };
    }
    if (stickyEnd(SLASHED, t, p) >= 0) return { skip: stickyEnd(SLASHED, t, p) };
    // `30º C` is a temperature, `30º` alone an ordinal
    const ordinal =
      amount.plain && stickyEnd(DEGREE_UNIT, t, amount.end) < 0 ? stickyEnd(ORDINAL_SUFFIX(), t, amount.end) : -1;
    if (ordinal >= 0) {
      const century = stickyEnd(CENTURY(), t, ordinal);
      if (century >= 0) return { start: p, end: century, kind: 'date' }; // 21st century, not 3rd place
      return amount.value <= 53 ? (periodAfterOrdinal(scan, p, ordinal) ?? { skip: ordinal }) : { skip: ordinal }; // 3rd week of 2018
    }
    const jahrhundert = amount.plain ? stickyEnd(CENTURY_AFTER_DOT(), t, amount.end) : -1;
    if (jahrhundert >= 0) return { start: p, end: jahrhundert, kind: 'date' };
    if (
      scan.tables.ordinalDot &&
      amount.plain &&
      amount.digits <= 3 &&
      after === '.' &&
      HSPACE.test(t[amount.end + 1] ?? '') &&
      LETTER.test(t[amount.end + 2] ?? '')
    ) {
      return { skip: amount.end + 1 }; // "der 3. Platz"
    }
  }
  if (date === null && amount.plain && amount.value < 1000) {
    const mixed = mixedFractionEnd(scan, amount.end);
    if (mixed >= 0) {
      const tail = readTail(scan, mixed);
      return { start: signBefore(t, p) ? p - 1 : p, end: tail.end, kind: tail.kind }; // 10 1/2 miles, 2 1/4
    }
  }
  const ratio = digitRatio(scan, amount);
  if (ratio) return namesNumber(scan, p, amount) ? { skip: ratio.end } : ratio;
  const tail = readTail(scan, amount.end);
  if (date === null && tail.kind === 'quantity' && (tail.unit === null || tail.unit === 'measure') && !tail.compound) {
    const size = dimensionEnd(scan, tail.end);
    if (size >= 0) return { start: p, end: size, kind: 'quantity' }; // 107.5 x 85mm
  }
  if (
    date === null &&
    amount.value <= 59 && // minutes too: 25 past 6
    amount.digits <= 2 &&
    (tail.kind === 'quantity' || tail.end === amount.end)
  ) {
    const time = timeOfDayEnd(scan, p, amount.end, tail.end === amount.end);
    if (time >= 0) return { skip: time }; // a las 5, à 23 heures, 7 in the morning
  }
  if (tail.compound) return date ?? runEnd(); // 3-way, 24-carat: adjectives, not counts
  if (tail.end === amount.end && date === null) {
    const joined = joinedNumbers(scan, p, amount);
    if (joined) return joined;
  }
  if (tail.unit === 'time' && stickyEnd(RELATIVE_TIME(), t, tail.end) >= 0) return { skip: tail.end }; // 20 years ago
  // 5G, 4K, 737MAX: letters glued on that are no unit make a name
  const glued = tail.end === amount.end && isLetter(after) && !isHan(after);
  const numeric: Hit | null = glued ? null : { start: p, end: tail.end, kind: tail.kind };
  let chosen = best(date, numeric);
  if (chosen === null) return runEnd();
  if ('skip' in chosen) return chosen;
  const bareYear = chosen.kind === 'date' && chosen.end - p === 4;
  if (chosen.kind === 'quantity' || bareYear) {
    if (namesNumber(scan, p, amount)) return { skip: Math.max(chosen.end, amount.end) };
    // "737 Max 9": a number, a capitalised word, a number is a model name
    const modelNames = scan.tables.modelNames;
    const model =
      chosen.kind === 'quantity' && chosen.end === amount.end && modelNames && !scan.titleCase
        ? stickyEnd(MODEL_SUFFIX, t, amount.end)
        : -1;
    if (model >= 0) return { skip: model };
  }
  if ((chosen.kind === 'percent' || chosen.kind === 'quantity') && leadingPoint(t, p))
    chosen = { ...chosen, start: p - 1 }; // .5%, .45
  if ((chosen.kind === 'percent' || chosen.kind === 'quantity') && signBefore(t, chosen.start))
    chosen = { ...chosen, start: chosen.start - 1 };
  return chosen;
}

/** A whole number's fraction after one or two spaces: the `1/2` of `10 1/2 miles`; where it ends, or -1. */
function mixedFractionEnd(scan: Scan, end: number): number {
  const t = scan.text;
  let q = end;
  while (q < end + 2 && HSPACE.test(t[q] ?? '')) q++;
  if (q === end || !isDigit(t[q])) return -1;
  return slashFractionEnd(scan, q);
}

/** A decimal written without its zero (`.5%`, `a .45 average`): the point opens the number after a space, a bracket or a sign. */
function leadingPoint(t: string, p: number): boolean {
  if (t[p - 1] !== '.') return false;
  const b2 = t[p - 2];
  return b2 === undefined || HSPACE.test(b2) || b2 === '(' || b2 === '\n' || '+-−±'.includes(b2);
}

/**
 * A sign right before a number belongs to it (FIGURES.md: `−0.75%`, `−12C`) when nothing glues it
 * to a word before: a space, an opening bracket, the text's start, or a Chinese or Japanese
 * character (no spaces there: `答えは-5です`); 负 is the Chinese minus (`负10000`). `2019-2021`
 * and `A-5` keep their hyphen out.
 */
function signBefore(t: string, p: number): boolean {
  const before = t[p - 1];
  if (before === '负' || before === '負') return true;
  if (before === undefined || !'+-−±－'.includes(before)) return false;
  const b2 = t[p - 2];
  return b2 === undefined || HSPACE.test(b2) || b2 === '(' || b2 === '\n' || (isHan(b2) && !isDigit(b2));
}

/** Two numbers joined by a word, read from the first: a tally (`412 zu 201 Stimmen`), or the first end of a change that shares the second's currency (`38` in `from 38 to 45 rubles`); or a reference (`на 4 этаже`). */
function joinedNumbers(scan: Scan, p: number, amount: NumberRead): Outcome {
  if (referencedAfter(scan, amount.end)) return { skip: amount.end };
  if (amount.plain) {
    const tally = tallyEnd(scan, amount.end, amount.value, readNumber);
    if (tally >= 0) {
      const counted = readTail(scan, tally);
      return { start: p, end: counted.unit === 'counted' ? counted.end : tally, kind: 'quantity' };
    }
  }
  if (!startsChange(scan, p)) return null;
  const r = secondAfterJoin(scan, amount.end);
  const second = r >= 0 ? readAmount(scan, r) : null;
  const shared = second ? readTail(scan, second.end).kind : 'quantity';
  return shared === 'money' || shared === 'percent' ? { start: p, end: amount.end, kind: shared } : null;
}

function atWord(scan: Scan, p: number, word: string): Outcome {
  const lower = word.toLowerCase();
  const tables = scan.tables;
  const compound = !tables.triggers.has(lower) && mayBeCompound(scan, lower) && readCardinal(scan, p) !== null;
  if (!tables.triggers.has(lower) && !compound) return null;
  const outcomes: Outcome[] = [];
  if (scan.tables.currencyPrefixStarts.has(word)) outcomes.push(moneyWithPrefix(scan, p));
  if (tables.approximatorStarts.has(lower)) outcomes.push(approximated(scan, p));
  if (tables.months.has(lower)) {
    const d = monthFirstAt(scan, p, 'needs-context');
    if (d) outcomes.push(extendPeriod(scan, d));
  }
  if (tables.modifierStarts.has(lower)) outcomes.push(modifiedDateAt(scan, p));
  if (lower === 'q' || lower === 'h' || lower === 'fiscal' || lower === 'fy' || tables.periodOrdinals.has(lower)) {
    outcomes.push(periodOfYearAt(scan, p, lower));
  }
  if (DECADE_WORDS.has(lower)) outcomes.push(decadeWordAt(scan, p, lower));
  if (
    WORD_NUMBER_STARTS.has(lower) ||
    tables.numberWords.has(lower) ||
    tables.largePlurals.has(lower) ||
    tables.collectiveNumerals.has(lower) ||
    compound
  ) {
    outcomes.push(wordNumber(scan, p, false));
  }
  return best(...outcomes);
}
