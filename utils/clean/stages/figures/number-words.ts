/** Numbers written in words (`six years`, `tens of thousands`) and approximators (`more than 20`, `rund 300`). */
import { isDigit, isHan, isLetter, skipSpace, stickyEnd, stickyExec, wordAt, wordBefore } from './characters';
import { zhNumber } from './chinese';
import { moneyWithPrefix } from './money';
import { RATIO_JOIN, RELATIVE_TIME, andHalfEnd, readNumber, readTail } from './numbers';
import { ratioHit } from './joined-numbers';
import { hourInWordsEnd, timePhraseEnd } from './times';
import { mayBeCompound, readCardinal } from './word-numerals';
import type { Hit, Outcome, Scan } from './scan';
import { atDigit } from './starts';
import { CURRENCY_SYMBOLS } from './lang/signs';
import { LANGUAGES } from './lang';

const needingNoun = new WeakMap<Scan['tables'], ReadonlySet<string>>();

/** The page language's number words that count only before a unit or a counted noun. */
function needsNoun(scan: Scan): ReadonlySet<string> {
  let set = needingNoun.get(scan.tables);
  if (!set) {
    set = new Set(scan.tables.langs.flatMap((l) => LANGUAGES[l].numberWordsNeedingNoun ?? []));
    needingNoun.set(scan.tables, set);
  }
  return set;
}

const ordinals = new WeakMap<Scan['tables'], { words: ReadonlySet<string>; endings: readonly string[] }>();

/** A singular ordinal word of the page language (`fifth`, `centième`, `milésimo`): after a cardinal, one ordinal. */
function isOrdinalWord(scan: Scan, lower: string): boolean {
  let o = ordinals.get(scan.tables);
  if (!o) {
    const langs = scan.tables.langs.map((l) => LANGUAGES[l]);
    o = {
      words: new Set(langs.flatMap((l) => l.ordinalWords ?? [])),
      endings: langs.flatMap((l) => l.ordinalEndings ?? []),
    };
    ordinals.set(scan.tables, o);
  }
  if (o.words.has(lower)) return true;
  return o.endings.some((e) => lower.length > e.length + 2 && lower.endsWith(e));
}

/** An ordinal the language lists as a whole word: English writes a fraction in the plural (`three fifths`). */
function ordinalListed(scan: Scan, lower: string): boolean {
  isOrdinalWord(scan, lower);
  return ordinals.get(scan.tables)?.words.has(lower) ?? false;
}

/** "Half" before a scale or a dozen (`mezzo milione`, `meia dúzia`, `medio millón`, `eine halbe Million`), and in Italian and Portuguese after a number (`uno e mezzo`). */
const HALVES: readonly string[] = ['mezzo', 'mezza', 'meio', 'meia', 'medio', 'media', 'halbe', 'halben'];

const AND_HALF = /e[ \u00A0](?:mezz[oa]|mei[oa])(?![\p{L}])/iuy;

export const WORD_NUMBER_STARTS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'half',
  'tens',
  'hundreds',
  'dozens',
  'des',
  ...HALVES,
]);

/** Scales a half or a quarter may multiply with no `a` between: `half million`, `a quarter billion`. */
const HALF_SCALES: ReadonlySet<string> = new Set(['million', 'billion', 'trillion']);

const FRACTION_OF_POINT = /(?:quarter|half)[- \u00A0](?:percentage[ \u00A0])?point(?![\p{L}])/iuy;

const HALF_A_POINT = /[ \u00A0]a[ \u00A0](?:percentage[ \u00A0])?point(?![\p{L}])/iuy;

/** `one and a half`, `two and a quarter`: after the joiner. */
const AND_A_HALF = /an?[ \u00A0](?:half|quarter|third)(?![\p{L}])/iuy;

const O_CLOCK = /[ \u00A0]o['’]clock/iy;

/** `more than 20`, `about $5 million`, `nearly two-thirds`, `rund 300 Menschen`, `约3000人`. */
export function approximated(scan: Scan, p: number): Outcome {
  const t = scan.text;
  const aEnd = stickyEnd(scan.tables.approximators, t, p);
  if (aEnd < 0) return null;
  const q = isHan(t[p]) ? aEnd : skipSpace(t, aEnd, 1);
  if (q === aEnd && !isHan(t[p])) return null;
  const inner = numberish(scan, q);
  if (inner === null || 'skip' in inner || inner.kind === 'date') return null;
  if (scan.tables.acrossApproximators.has(t.slice(p, aEnd).toLowerCase()) && endsInTimeUnit(scan, inner)) {
    // "invest $2bn over five years": across a span, not more than it (but "for over five years" is)
    const prev = wordBefore(t, p, 2);
    if (!prev || !scan.tables.moreThanLeadWords.has(prev.word.toLowerCase())) return inner;
  }
  return { start: p, end: inner.end, kind: inner.kind };
}

function endsInTimeUnit(scan: Scan, hit: Hit): boolean {
  const words = scan.text.slice(hit.start, hit.end).split(/[\s\u00A0-]+/);
  const last = words[words.length - 1] ?? '';
  return stickyEnd(scan.tables.timeUnit, last, 0) === last.length && last.length > 0;
}

function numberish(scan: Scan, q: number): Outcome {
  const t = scan.text;
  const ch = t[q];
  if (ch === undefined) return null;
  if (isDigit(ch)) return atDigit(scan, q);
  if (CURRENCY_SYMBOLS.includes(ch)) return moneyWithPrefix(scan, q);
  if (isHan(ch)) return zhNumber(scan, q);
  const w = wordAt(t, q);
  if (w === null) return null;
  if (scan.tables.currencyPrefixStarts.has(w.word)) {
    const money = moneyWithPrefix(scan, q);
    if (money) return money;
  }
  return wordNumber(scan, q, true);
}

/**
 * Numbers in words: `six years`, `two-thirds`, `a dozen`, `tens of thousands`, `one in five`,
 * `two billion dollars`. Bare cardinals (`three sources`) are not figures on their own.
 */
export function wordNumber(scan: Scan, p: number, approximate: boolean): Outcome {
  const t = scan.text;
  const tables = scan.tables;
  const first = wordAt(t, p);
  if (first === null) return null;
  const lower = first.lower;
  let end = first.end;
  let value = 0;
  let shape: 'cardinal' | 'compound' | 'big' | 'fraction' | 'large' = 'cardinal';
  /** `one and a half`, `un et demi`: a number however small, never the article `un`. */
  let halved = false;

  const nextWord = (from: number, spaces = 1) => {
    const s = skipSpace(t, from, spaces);
    return s > from ? wordAt(t, s) : null;
  };

  if (lower === 'a' || lower === 'an') {
    const w = nextWord(end);
    if (!w) return null;
    const timeUnit = approximate ? stickyEnd(tables.timeUnit, t, skipSpace(t, end, 1)) : -1;
    if (timeUnit >= 0) return { start: p, end: timeUnit, kind: 'quantity' }; // "more than a decade"
    const point = stickyEnd(FRACTION_OF_POINT, t, skipSpace(t, end, 1));
    if (point >= 0) return { start: p, end: point, kind: 'percent' }; // "a quarter point"
    const scale = HALF_SCALES.has(w.lower) || w.lower === 'quarter' ? nextWord(w.end) : null;
    if (tables.scalesAfterA.has(w.lower)) {
      shape = 'big';
      end = w.end;
    } else if (scale && HALF_SCALES.has(scale.lower)) {
      shape = 'big'; // a quarter million, a half billion
      end = scale.end;
    } else if (scan.tables.fractionWords.has(w.lower) && w.lower !== 'half') {
      // "a third of", "fell by a third"; not "a third term"
      const of = nextWord(w.end);
      const by = wordBefore(t, p, 2);
      const ok =
        (of && of.lower === 'of') ||
        approximate ||
        (by && /^(?:by|than)$/i.test(by.word)) ||
        !isLetter(t[skipSpace(t, w.end, 1)]);
      return ok ? { start: p, end: w.end, kind: 'quantity' } : null;
    } else return null;
  } else if (lower === 'half') {
    const point = stickyEnd(HALF_A_POINT, t, end);
    if (point >= 0) return { start: p, end: point, kind: 'percent' };
    const a = nextWord(end);
    const big = a && a.lower === 'a' ? nextWord(a.end) : a && HALF_SCALES.has(a.lower) ? a : null; // half a million, half million
    if ((!big || !tables.scalesAfterA.has(big.lower)) && approximate) return { start: p, end, kind: 'quantity' }; // "nearly half"
    if (!big || !tables.scalesAfterA.has(big.lower)) return null;
    shape = 'big';
    end = big.end;
  } else if (HALVES.includes(lower)) {
    const big = nextWord(end);
    const value = big ? tables.numberWords.get(big.lower) : undefined;
    if (!big || !((value !== undefined && value >= 1e6) || tables.collectiveNumerals.has(big.lower))) return null;
    shape = 'big';
    end = big.end;
  } else if (lower === 'tens' || lower === 'hundreds' || lower === 'dozens' || lower === 'des') {
    const of = nextWord(end);
    const big = of && (of.lower === 'of' || of.lower === 'de') ? nextWord(of.end) : null;
    if (big && tables.largePlurals.has(big.lower) && lower !== 'des') {
      shape = 'large';
      end = big.end;
    } else if (lower === 'des' && of && tables.largePlurals.has(of.lower)) {
      return wordNumber(scan, skipSpace(t, end, 1), approximate); // "des milliers": the figure is "milliers"
    } else if (tables.largePlurals.has(lower)) {
      shape = 'large';
    } else return null;
  } else if (tables.largePlurals.has(lower)) {
    shape = 'large'; // "millions of dollars" too: no numeral, no figure
  } else if (tables.collectiveNumerals.has(lower)) {
    // "une vingtaine de personnes": a figure with its article; alone it may be something else (quarantaine)
    const det = wordBefore(t, p, 1);
    const of = nextWord(end);
    if (!det || !/^(?:une?|una?|uma?|la|ein[e]?)$/i.test(det.word)) return null;
    if (lower === 'quarantaine' && !(of && /^(?:de|d)$/.test(of.lower))) return null; // une quarantaine: isolation
    return { start: approximate ? p : det.start, end, kind: 'quantity' };
  } else if (tables.numberWords.has(lower) || mayBeCompound(scan, lower)) {
    // the `cento` of `por cento` / `per cento` is a percent sign, whatever came before it
    const prev = wordBefore(t, p, 1);
    if (prev && stickyEnd(tables.percent, t, prev.start) >= 0) return { skip: end };
    const cardinal = readCardinal(scan, p);
    if (cardinal === null) return null;
    value = cardinal.value;
    end = cardinal.end;
    // a bare "million" or "hundred" needs a count before it: "two million", "several million"
    if (cardinal.words === 1 && (value >= 1e6 || tables.scalesAfterA.has(lower)) && !approximate) return null;
    // `one hundred twenty fifth`, `deux centième`, `quinientos trece milésimo`: one ordinal, no count
    // (a small count before a denominator is a fraction: `one fifth`, `trois cinquième`)
    const hyphen = t[end] === '-' && isLetter(t[end + 1]);
    const after = hyphen ? wordAt(t, end + 1) : nextWord(end);
    const ordinal =
      after &&
      value > 1 &&
      t[after.end] !== '-' && // two third-quarter results
      (after.lower !== 'first' || value >= 20) &&
      !/^(?:one|a|an|un|une|uno|una|um|uma)$/i.test(wordBefore(t, after.end - after.word.length, 1)?.word ?? '') && // three and one fourth
      // trois cinquième: a fraction; dix-septième, three thousandth (English lists its ordinals) an ordinal
      (hyphen || !(value < 100 && tables.fractionWords.has(after.lower) && !ordinalListed(scan, after.lower))) &&
      isOrdinalWord(scan, after.lower);
    if (ordinal) return { skip: after.end };
    // two-thirds, zwei Drittel, deux tiers; "one and a half"
    if (t[end] === '-' && isLetter(t[end + 1])) {
      const w = wordAt(t, end + 1);
      if (w && scan.tables.fractionWords.has(w.lower) && value < 20) {
        shape = 'fraction';
        end = w.end;
      }
    } else {
      const w = nextWord(end);
      // a plural denominator takes any count (`one hundred thirty fifths`); a singular one a small count
      const plural = w && /[si]$/.test(w.lower) && w.lower !== 'tiers';
      if (
        w &&
        scan.tables.fractionWords.has(w.lower) &&
        (value < 100 || plural) &&
        !/^(?:half|halves)$/.test(w.lower)
      ) {
        shape = 'fraction'; // "two thirds", "three quarters", "deux tiers", "zwei Drittel"
        end = w.end;
      } else if (w && w.lower === 'e' && stickyEnd(AND_HALF, t, skipSpace(t, end, 1)) >= 0) {
        end = stickyEnd(AND_HALF, t, skipSpace(t, end, 1)); // uno e mezzo, um milhão e meio
        halved = true;
      } else if (w && scan.tables.numberJoins.has(w.lower)) {
        const half = stickyEnd(AND_A_HALF, t, skipSpace(t, w.end, 1));
        if (half >= 0) {
          end = half; // one and a half
          halved = true;
        }
      }
      if (!halved && shape === 'cardinal' && andHalfEnd(scan, end) >= 0) {
        end = andHalfEnd(scan, end); // un et demi, dos y medio
        halved = true;
      }
    }
    if (shape === 'cardinal') {
      // one in five, nine out of ten
      const ratio = stickyExec(RATIO_JOIN(), t, end);
      if (ratio && value <= 20) {
        const r = end + ratio[0].length;
        const w = wordAt(t, r);
        const n = isDigit(t[r]) ? readNumber(scan, r) : null;
        if (n) return ratioHit(scan, p, n.end);
        if (w && tables.numberWords.has(w.lower)) return ratioHit(scan, p, w.end);
      }
    }
    if (cardinal.words > 1 && value !== 1) shape = shape === 'fraction' ? shape : 'compound';
  } else return null;

  if (shape === 'fraction') {
    const pct = stickyEnd(tables.percent, t, skipSpace(t, end, 1)); // tres quintos por cento
    return pct >= 0 ? { start: p, end: pct, kind: 'percent' } : { start: p, end, kind: 'quantity' };
  }
  // FIGURES.md: vague amounts with no numeral are no figures (`dozens`, `tens of thousands`, `des milliers`)
  if (shape === 'large') return { skip: end };
  if (stickyEnd(O_CLOCK, t, end) >= 0) return { skip: stickyEnd(O_CLOCK, t, end) }; // about twelve o'clock
  if (shape === 'cardinal' || shape === 'compound') {
    const time = timePhraseEnd(scan, end);
    if (time >= 0) return { skip: time }; // seven in the morning
    const hour = value <= 24 ? hourInWordsEnd(scan, p, end) : -1;
    if (hour >= 0) return { skip: hour }; // à cinq heures, vers sept heures
  }
  const tail = readTail(scan, end, shape !== 'cardinal' || value >= 100);
  if (tail.unit === 'time' && stickyEnd(RELATIVE_TIME(), t, tail.end) >= 0) return { skip: tail.end };
  if (tail.compound) return { skip: end };
  const hit: Hit = { start: p, end: tail.end, kind: tail.kind };
  if (shape !== 'cardinal') return hit;
  if (tail.kind !== 'quantity' || tail.scaled) return hit;
  if (value >= 100) return hit;
  // un an, ein Jahr, au moins un des trains: an article or a pronoun, not a count
  if (value === 1 && lower !== 'one' && !halved) return null;
  if (value === 1 && !approximate && !halved) {
    const unitWord = t.slice(skipSpace(t, end, 1), tail.end).toLowerCase();
    const ok = (tail.unit === 'time' && !/^(?:day|time)/.test(unitWord)) || tail.unit === 'measure';
    return ok ? hit : null;
  }
  if (tail.unit !== null && tail.unit !== 'counted') return hit;
  if (approximate) return hit;
  // "sei stato" (you have been) is no count; "sei mesi" is, and took its unit above
  if (first.end === end && tail.unit === null && needsNoun(scan).has(lower)) return null;
  // FIGURES.md: a count in words is a figure (`three Russian sources`, `vier Stationen`), but
  // `the two countries` refers back to things just named
  const det = wordBefore(t, p, 2);
  if (det && scan.tables.definiteDeterminers.has(det.word.toLowerCase())) return null;
  return hit;
}
