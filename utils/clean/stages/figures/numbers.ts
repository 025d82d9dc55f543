/** Numbers written in digits, their ranges, and what follows them: a scale, a percent sign, a currency or a unit. */
import {
  D,
  DASH,
  NOT_LETTER,
  isDigit,
  isLetter,
  skipSpace,
  stickyEnd,
  toAscii,
  wordAt,
  wordBefore,
} from './characters';
import { startsChange } from './changes';
import { chineseTail, gluedScaleEnd, postposed } from './chinese';
import { LANGUAGES } from './lang';
import { type Tables, everyPageAlternation, lazy } from './tables';
import { ATTACHED_SCALES, CURRENCY_SYMBOLS } from './lang/signs';
import type { Hit, Scan } from './scan';

/** Thousands grouped by commas, dots, no-break or thin spaces, or apostrophes, with an optional decimal part. */
const NUMBER_GROUPED = new RegExp(
  `${D}{1,3}(?:(?:[,，]${D}{3})+|(?:\\.${D}{3})+|(?:[\\u00A0\\u202F\\u2009\\u2007']${D}{3})+)(?:[.,]${D}{1,6})?(?!${D})`,
  'y',
);

/** Thousands grouped by ordinary spaces, as French and Russian texts often do. */
const NUMBER_SPACE_GROUPED = new RegExp(`${D}{1,3}(?: ${D}{3})+(?:,${D}{1,6})?(?!${D})`, 'y');

/** Plain digits with a decimal part; CJK text may write the point full-width too (２．４, 6．5). */
const NUMBER_PLAIN = new RegExp(`${D}+(?:[.,]${D}+|．${D}+)?`, 'y');

/** A power of ten after the digits: `1.3e6`, `-12e-1`, `21.2E0` (scientific notation). */
const EXPONENT = new RegExp(`[eE][-+−]?${D}{1,3}(?!${D}|[.,]${D})${NOT_LETTER}`, 'uy');

/** Fractions printed as one character, alone (`½ teaspoon`) or after a whole number (`2½ hours`). */
// biome-ignore format: a table packed many to a line
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '¼': 1 / 4, '½': 1 / 2, '¾': 3 / 4, '⅐': 1 / 7, '⅑': 1 / 9, '⅒': 1 / 10, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 1 / 5,
  '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

/** A run of digits and number punctuation, skipped whole when nothing there is a figure. */
export const NUMBER_RUN = new RegExp(`${D}+(?:[.,:/'\\-][0-9\\uFF10-\\uFF19]+)*`, 'y');

const PERCENT_RANGE_END = new RegExp(`\\s?[-–]\\s?${D}+(?:[.,]${D}+)?\\s?[%％]`, 'y');

/** A speed or a flow written with a slash (`km/h`, `11 km/s`, `50 km/ms`, `m3/min`), a square or a cube. */
const PER_HOUR_OR_SQUARE = /\/(?:h|ч|с|hr|Std|s|sec|ms|min|hour|second|millisecond|minute)(?![\p{L}])|²|³/uy;

const CELSIUS_ATTACHED = /[CF](?![\p{L}\p{N}])/uy;

/**
 * Symbols printed on devices and food labels, read on every page with their case kept: volts and
 * watts touching the number (`18V`, `60W`; `5 W` may be a bearing, so one letter needs no space),
 * prefixed ones and kilocalories after a space too (`230 kV`, `1694 kcal`, `1694 Ккал`). A
 * number with a unit is no year, and a range that shares one (`9 to 18V`) is one figure.
 */
const SYMBOL_GLUED = /(?:[mkMG]?[VW]|[mkMG]?Wh|[kK]cal|[кК]кал)(?![\p{L}\p{N}])/uy;
const SYMBOL_SPACED = /[ \u00A0](?:[mkMG][VW]|[mkMG]?Wh|[kK]cal|[кК]кал)(?![\p{L}\p{N}])/uy;

/** `6,3 millions de visiteurs`: the join between a scale and its noun. */
const SCALE_NOUN_JOIN = lazy(
  () => new RegExp(`[ \\u00A0](?:${everyPageAlternation('scaleNounJoins')})[ \\u00A0]?`, 'iy'),
);

/** `10-year-old`, `3-metre-high`. */
const AGE_TAIL = lazy(() => new RegExp(`-(?:${everyPageAlternation('ageTails')})(?![\\p{L}])`, 'iuy'));

/** `5 km a day`, `300 Euro pro Tag`. */
const RATE_TAIL = lazy(
  () =>
    new RegExp(
      `[ \\u00A0](?:${everyPageAlternation('ratePer')})[ \\u00A0](?:${everyPageAlternation('ratePeriods')})(?![\\p{L}])`,
      'iuy',
    ),
);

/**
 * `44,6 °C`, `100 °f`, `90°`; the ordinal sign often stands for the degree sign before C or F
 * (`20 ºC`, `37ºC`, `30º C`), on Portuguese and Spanish pages most of all. The sign may spell its
 * scale out (`40 °Celsius`), or be one character (`20℃`); Chinese and Japanese text goes straight
 * on after it (`39°C那么高`).
 */
export const DEGREE_UNIT =
  /\s?°\s?(?:Celsius|Fahrenheit|[CFcfСс])?(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])|\s?º\s?[CcFf](?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])|[℃℉]/uy;

export const ATTACHED_SCALE = new RegExp(`(?:${ATTACHED_SCALES.join('|')})${NOT_LETTER}`, 'iuy');

/** `1 in 4`, `9 out of 10`. */
export const RATIO_JOIN = lazy(() => new RegExp(`[ \\u00A0](?:${everyPageAlternation('ratioJoins')})[ \\u00A0]`, 'y'));

/** `20 years ago`: a point in the past, not a figure. */
export const RELATIVE_TIME = lazy(
  () => new RegExp(`[ \\u00A0](?:${everyPageAlternation('relativeTime')})(?![\\p{L}])`, 'uy'),
);

const GLUED_CODE = /^[A-Z]{3}$/;

const SCALED_POUNDS = /pounds?(?![\p{L}])/iuy;

const POSTFIX_CURRENCY_SIGNS = /[ \u00A0\u202F]?[€$£¥₽₴₺₩¢₡₾₭₿₮₲₵₸₼](?![\p{L}\p{N}])/uy;

/** After a dollar sign written after the amount, the code of its country (`1,34 $ CA`, `10 milliards de $ HK`, `16,4 millions de $CAD`). */
const DOLLAR_COUNTRY_AFTER =
  /[ \u00A0\u202F]?(?:CAD|CAN|CA|USD|US|HKD|HK|AUD|AU|NZD|NZ|SGD|cad|usd|hkd|hk|aud|nzd|sgd)(?![\p{L}\p{N}'’])/uy;

export interface NumberRead {
  start: number;
  end: number;
  value: number;
  /** Digits only, no separators or decimals: the only shape a year can have. */
  plain: boolean;
  digits: number;
}

export function readNumber(scan: Scan, p: number): NumberRead | null {
  const t = scan.text;
  let end = stickyEnd(NUMBER_GROUPED, t, p);
  if (end < 0 && scan.tables.spaceGrouping) end = stickyEnd(NUMBER_SPACE_GROUPED, t, p);
  let exponent = -1;
  if (end < 0) {
    end = stickyEnd(NUMBER_PLAIN, t, p);
    if (end < 0) return null;
    exponent = t[end] === 'e' || t[end] === 'E' ? stickyEnd(EXPONENT, t, end) : -1;
  }
  const digitsEnd = exponent >= 0 ? exponent : end;
  const fraction = VULGAR_FRACTIONS[t[digitsEnd]];
  const ascii = toAscii(t.slice(p, end));
  let plain = exponent < 0 && fraction === undefined;
  for (let i = 0; i < ascii.length && plain; i++) plain = ascii.charCodeAt(i) >= 48 && ascii.charCodeAt(i) <= 57;
  if (plain) return { start: p, end, value: Number(ascii), plain, digits: ascii.length };
  let value = numberValue(ascii, scan.tables.decimalComma);
  if (exponent >= 0) value *= 10 ** Number(t.slice(end + 1, exponent).replace('−', '-'));
  if (fraction !== undefined) value += fraction;
  return { start: p, end: fraction === undefined ? digitsEnd : digitsEnd + 1, value, plain, digits: 0 };
}

/** A fraction printed as one character with nothing before it: `½ teaspoon`, `⅔ of voters`. */
export function vulgarFractionAt(scan: Scan, p: number): Hit | null {
  const before = scan.text[p - 1];
  if (before !== undefined && (isLetter(before) || isDigit(before))) return null;
  const tail = readTail(scan, p + 1);
  return { start: p, end: tail.end, kind: tail.kind };
}

function numberValue(ascii: string, decimalComma: boolean): number {
  const s = ascii.replace(/[\s\u00A0\u202F\u2009\u2007']/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    normal = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const grouped = /^\d{1,3}(,\d{3})+$/.test(s) && (!decimalComma || s.split(',').length > 2);
    normal = grouped ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (lastDot >= 0) {
    const grouped = /^\d{1,3}(\.\d{3})+$/.test(s) && (decimalComma || s.split('.').length > 2);
    normal = grouped ? s.replace(/\./g, '') : s;
  } else {
    normal = s;
  }
  return Number(normal);
}

/** A number, or a range of two (`1.5-2`, `10 to 15`); a falling "range" is a score (`3-1`) and stops at the first. */
export function readAmount(scan: Scan, p: number, allowSecondSign = false): NumberRead | null {
  const first = readNumber(scan, p);
  if (first === null) return null;
  const t = scan.text;
  const q = first.end;
  let sep = stickyEnd(DASH, t, q);
  const dashed = sep >= 0;
  let between = false;
  if (sep < 0) {
    const s = skipSpace(t, q, 1);
    const w = s > q ? wordAt(t, s) : null;
    if (w && (w.lower === 'to' || scan.tables.numberRangeJoins.has(w.lower))) sep = skipSpace(t, w.end, 1);
    else if (w && betweenJoins(scan, p, w.lower)) {
      sep = skipSpace(t, w.end, 1);
      between = true;
    }
    if (sep === w?.end) sep = -1;
  }
  if (sep < 0 || (!dashed && !between && startsChange(scan, p))) return first;
  let r = sep;
  if (allowSecondSign && CURRENCY_SYMBOLS.includes(t[r] ?? '')) r += 1;
  if (!isDigit(t[r])) return first;
  const second = readNumber(scan, r);
  if (second === null || !(second.value > first.value)) return first;
  // "10 to 15 people" is a range; "rose by 12,000 to 231,000" is a change between two figures
  if (!dashed && !between && readTail(scan, second.end).end === second.end) return first;
  // "in 2024 to 3,000 troops": a year, then a count
  if (!dashed && first.plain && first.digits === 4 && !(second.plain && second.digits === 4)) return first;
  return { ...first, end: second.end, plain: false };
}

/** "between 15 and 19": the `and` after a number that follows `between`. */
function betweenJoins(scan: Scan, numberStart: number, word: string): boolean {
  const before = wordBefore(scan.text, numberStart, 2);
  const joins = before ? scan.tables.betweenJoins.get(before.word.toLowerCase()) : undefined;
  return !!joins?.has(word);
}

export interface Tail {
  end: number;
  kind: 'money' | 'percent' | 'quantity';
  unit: 'time' | 'measure' | 'counted' | null;
  scaled: boolean;
  /** Followed by a hyphen and a word that is no unit: part of a compound (`three-way`). */
  compound: boolean;
}

/** What follows an amount: a scale, then a percent sign, a currency or a unit. */
export function readTail(scan: Scan, e: number, scaledAlready = false): Tail {
  const t = scan.text;
  const tables = scan.tables;
  let end = e;
  let scaled = scaledAlready;
  if (!scaled) {
    const zh = gluedScaleEnd(scan, end);
    const attached = zh >= 0 ? zh : stickyEnd(ATTACHED_SCALE, t, end);
    if (attached >= 0) {
      end = attached;
      scaled = true;
    } else {
      const s = skipSpace(t, end, 1);
      const spaced = stickyEnd(tables.scale, t, s);
      if (spaced >= 0) {
        end = spaced;
        scaled = true;
        // "mil millones", "tens of thousands": a second scale word
        const again = stickyEnd(tables.scale, t, skipSpace(t, end, 1));
        if (again >= 0) end = again;
      }
    }
  }
  end = Math.max(end, andHalfEnd(scan, end)); // 2 and a half years, 3 millones y medio
  const s = skipSpace(t, end, 1);
  if (!mayStartTail(t, end) && !mayStartTail(t, s))
    return { end, kind: 'quantity', unit: null, scaled, compound: false };
  const pct = stickyEnd(tables.percent, t, s);
  if (pct >= 0) {
    const upper = stickyEnd(PERCENT_RANGE_END, t, pct);
    return { end: postposed(t, upper >= 0 ? upper : pct), kind: 'percent', unit: null, scaled, compound: false };
  }
  // Chinese units touch the number; nothing after them can be a sign or a spaced currency word
  const chinese = chineseTail(scan, end, scaled);
  if (chinese) return chinese;
  const sign = stickyEnd(POSTFIX_CURRENCY_SIGNS, t, end);
  if (sign >= 0) return { end: dollarCountryEnd(t, sign), kind: 'money', unit: null, scaled, compound: false };
  let money = stickyEnd(tables.currencyAfter, t, s);
  if (money >= 0) money = dollarCountryEnd(t, money);
  // a code may touch the digits (115USD); a word needs a space or a scale (5 euros, 5m euros)
  if (money >= 0 && (s > end || scaled || GLUED_CODE.test(t.slice(end, money))))
    return { end: money, kind: 'money', unit: null, scaled, compound: false };
  // "361 million pounds": after a scale, pounds are sterling, not weight
  if (scaled) {
    const pounds = stickyEnd(SCALED_POUNDS, t, s);
    if (pounds >= 0) return { end: pounds, kind: 'money', unit: null, scaled, compound: false };
  }
  const degree = Math.max(stickyEnd(DEGREE_UNIT, t, end), stickyEnd(CELSIUS_ATTACHED, t, end));
  if (degree >= 0) return { end: degree, kind: 'quantity', unit: 'measure', scaled, compound: false };
  const symbol = Math.max(stickyEnd(SYMBOL_GLUED, t, end), stickyEnd(SYMBOL_SPACED, t, end));
  if (symbol >= 0) return { end: symbol, kind: 'quantity', unit: 'measure', scaled, compound: false };
  // a unit touching the number (40km), after one space (40 km), or in a compound (10-year, 30-year-old)
  for (const [at, hyphen] of [
    [end, false],
    [s, false],
    [t[end] === '-' ? end + 1 : -1, true],
  ] as const) {
    if (at < 0 || (at === end && !hyphen && !isLetter(t[end]))) continue;
    const unit = unitAt(scan, at);
    if (unit === null) continue;
    if (unit.kind === 'counted' && hyphen) continue;
    if (unit.kind === 'compound' && !hyphen) continue;
    let u = unit.end;
    if (hyphen || unit.kind === 'time') u = Math.max(u, stickyEnd(AGE_TAIL(), t, u)); // 10-year-old, 93 year-old
    if (unit.kind === 'time' && !hyphen) u = Math.max(u, ageAfterEnd(scan, u)); // 29 years old, 5 Jahre alt
    if (!hyphen && unit.kind !== 'time') u = Math.max(u, stickyEnd(RATE_TAIL(), t, u));
    const kind = unit.kind === 'compound' ? 'measure' : unit.kind;
    if (!hyphen && (kind === 'time' || kind === 'measure')) u = Math.max(u, andHalfEnd(scan, u)); // deux heures et demie
    return { end: u, kind: 'quantity', unit: kind, scaled, compound: false };
  }
  if (scaled) {
    // "6,3 millions de visiteurs", "12 millones de personas"
    const de = stickyEnd(SCALE_NOUN_JOIN(), t, end);
    const unit = de >= 0 ? unitAt(scan, de) : null;
    if (unit && unit.kind !== 'compound')
      return { end: unit.end, kind: 'quantity', unit: unit.kind, scaled, compound: false };
  }
  const compound = t[end] === '-' && isLetter(t[end + 1]);
  return { end, kind: 'quantity', unit: null, scaled, compound };
}

/** Where a dollar amount written sign-last ends: after the country code that may follow its sign. */
function dollarCountryEnd(t: string, signEnd: number): number {
  if (t[signEnd - 1] !== '$') return signEnd;
  const country = stickyEnd(DOLLAR_COUNTRY_AFTER, t, signEnd);
  return country >= 0 ? country : signEnd;
}

/** Cheap gate: only a letter, a sign, a hyphen or a Chinese character can start a tail. */
function mayStartTail(t: string, p: number): boolean {
  const code = t.charCodeAt(p);
  if (Number.isNaN(code)) return false;
  if (code < 128)
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 37 || code === 36 || code === 45;
  return true;
}

function unitAt(scan: Scan, p: number): { end: number; kind: 'time' | 'measure' | 'counted' | 'compound' } | null {
  const t = scan.text;
  let e = stickyEnd(scan.tables.timeUnit, t, p);
  if (e >= 0) return { end: e, kind: 'time' };
  e = stickyEnd(scan.tables.measureUnit, t, p);
  if (e >= 0) {
    // km/h, km², sq km
    const per = stickyEnd(PER_HOUR_OR_SQUARE, t, e);
    return { end: per >= 0 ? per : e, kind: 'measure' };
  }
  e = stickyEnd(scan.tables.countedNoun, t, p);
  if (e >= 0) return { end: e, kind: 'counted' };
  e = compoundNounEnd(scan, p);
  if (e >= 0) return { end: e, kind: 'compound' };
  return null;
}

const andHalf = new WeakMap<Tables, RegExp | null>();

/** `and a half`, `y medio`, `et demie` after a number or its unit: where it ends, or -1. */
export function andHalfEnd(scan: Scan, p: number): number {
  let re = andHalf.get(scan.tables);
  if (re === undefined) {
    const words = scan.tables.langs.flatMap((l) => LANGUAGES[l].andHalf ?? []);
    re = words.length ? new RegExp(`[ \\u00A0](?:${words.join('|')})(?![\\p{L}])`, 'iuy') : null;
    andHalf.set(scan.tables, re);
  }
  return re ? stickyEnd(re, scan.text, p) : -1;
}

const ageAfter = new WeakMap<Tables, RegExp | null>();

/** `29 years old`, `6 weeks of age`, `5 Jahre alt`: where the age after a count of time ends, or -1. */
function ageAfterEnd(scan: Scan, p: number): number {
  let re = ageAfter.get(scan.tables);
  if (re === undefined) {
    const words = scan.tables.langs.flatMap((l) => LANGUAGES[l].ageAfter ?? []);
    re = words.length
      ? new RegExp(`[ \\u00A0](?:${words.map((w) => w.replace(/'/g, "['’]")).join('|')})(?![\\p{L}])`, 'iuy')
      : null;
    ageAfter.set(scan.tables, re);
  }
  return re ? stickyEnd(re, scan.text, p) : -1;
}

const compoundNouns = new WeakMap<Tables, RegExp | null>();

/** `300-seat`, `4-door`: a singular noun joined to the number by a hyphen, from the page language's record. */
function compoundNounEnd(scan: Scan, p: number): number {
  let re = compoundNouns.get(scan.tables);
  if (re === undefined) {
    const words = scan.tables.langs.flatMap((l) => LANGUAGES[l].compoundNouns ?? []);
    re = words.length ? new RegExp(`(?:${words.join('|')})(?![\\p{L}])`, 'iuy') : null;
    compoundNouns.set(scan.tables, re);
  }
  return re ? stickyEnd(re, scan.text, p) : -1;
}
