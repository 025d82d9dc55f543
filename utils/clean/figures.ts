/**
 * Key figures in a block's text: money, percentages, dates and quantities.
 *
 * A single left-to-right scan visits only the places a figure can start (a digit, a currency
 * sign, a few Chinese characters, and words from the tables in `figure-words.ts`), reads the
 * longest figure there with small sticky regexes and bounded look-arounds, and jumps past it.
 * No pattern can backtrack over more than a few characters, so the time is linear in the text
 * and hostile input (huge numbers, endless words, a megabyte of digits) cannot stall it.
 *
 * Deliberate choices, so that a highlight means a fact of the story:
 * - Leading prepositions and determiners stay out of the span (`in 2024` → `2024`,
 *   `from January to July 2025` → `January to July 2025`); approximators stay in
 *   (`more than 20`, `about $5 million`), as they change what the number says.
 * - Quantities take the unit or counted noun that follows when it is a known one
 *   (`3,000 troops`, `six years`) and stop before anything else (`more than 20` world leaders).
 * - Numbers written as words count only with a unit, scale, currency, percent or approximator:
 *   `six years` is a figure, `three Russian sources` and `the two countries` are not, and the
 *   word `one` is nearly always a pronoun (`one of the sources`).
 */
import type { Block, Figure, FigureKind } from './types';
import type { CleanOptions } from './options';
import {
  APPROXIMATORS,
  ATTACHED_SCALES,
  BETWEEN_WORDS,
  CAPITALISED_FUNCTION_WORDS,
  COUNTED_NOUNS,
  CURRENCY_PREFIXES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DATE_MODIFIERS,
  DEFINITE_DETERMINERS,
  DOTTED_REFERENCE_WORDS,
  FIGURE_LANGS,
  FRACTION_WORDS,
  LARGE_PLURALS,
  MEASURE_UNITS,
  MONTH_CONTEXT,
  MONTHS,
  NUMBER_WORDS,
  PERCENT_WORDS,
  PERIOD_CONNECTORS,
  PERIOD_NOUNS,
  PERIOD_ORDINALS,
  REFERENCE_WORDS,
  SCALE_WORDS,
  TIME_UNITS,
  ZH_CURRENCIES,
  ZH_SCALES,
  ZH_UNITS,
  type FigureLang,
  type MonthWord,
} from './figure-words';

export interface FindFiguresOptions {
  /** The page language (`en`, `de-AT`, `zh-CN`...); tables of other languages than English are used only for it. */
  lang?: string | null;
  /** Which kinds to return; default all. Figures of other kinds are still recognised, so their digits are not reported as something else. */
  kinds?: readonly FigureKind[];
}

const ALL_KINDS: readonly FigureKind[] = ['money', 'percent', 'date', 'quantity'];

/** When two readings are equally long, the more specific kind wins. */
const KIND_PRIORITY: Readonly<Record<FigureKind, number>> = { money: 4, percent: 3, date: 2, quantity: 1 };

/** Years outside this range are read as plain numbers. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2100;

/** Languages that write `8,1` for eight point one; their regular spaces may group thousands (`3 000`). */
const DECIMAL_COMMA_LANGS: ReadonlySet<FigureLang> = new Set(['de', 'fr', 'es', 'ru']);

const D = '[0-9\\uFF10-\\uFF19]';
const NOT_LETTER = '(?![\\p{L}\\p{M}])';
const NOT_ALNUM = '(?![\\p{L}\\p{M}\\p{N}])';

/** Thousands grouped by commas, dots, no-break or thin spaces, or apostrophes, with an optional decimal part. */
const NUMBER_GROUPED = new RegExp(
  `${D}{1,3}(?:(?:,${D}{3})+|(?:\\.${D}{3})+|(?:[\\u00A0\\u202F\\u2009\\u2007']${D}{3})+)(?:[.,]${D}{1,6})?(?!${D})`,
  'y',
);
/** Thousands grouped by ordinary spaces, as French and Russian texts often do. */
const NUMBER_SPACE_GROUPED = new RegExp(`${D}{1,3}(?: ${D}{3})+(?:,${D}{1,6})?(?!${D})`, 'y');
const NUMBER_PLAIN = new RegExp(`${D}+(?:[.,]${D}+)?`, 'y');
/** A run of digits and number punctuation, skipped whole when nothing there is a figure. */
const NUMBER_RUN = new RegExp(`${D}+(?:[.,:/'\\-][0-9\\uFF10-\\uFF19]+)*`, 'y');

/** Where a figure can start: digits, currency signs, an apostrophe decade, Chinese number characters, words. */
const CANDIDATE_SOURCE = [
  `${D}`,
  `[${escapeClass(CURRENCY_SYMBOLS)}]`,
  `['’‘](?=${D}{2}s)`,
  '[百第约近逾超将大多至不〇零一二两三四五六七八九十]',
  '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{M}]+',
].join('|');
const CANDIDATE = new RegExp(CANDIDATE_SOURCE, 'gu');

const ISO_DATE = new RegExp(`(${D}{4})[-/.](${D}{1,2})[-/.](${D}{1,2})(?!${D})`, 'y');
const NUMERIC_DATE = new RegExp(
  `(${D}{1,2})([./-])(${D}{1,2})\\2(${D}{4}|${D}{2})(?![${'0-9\\uFF10-\\uFF19'}]|[.,]${D})`,
  'y',
);
const ZH_DATE = new RegExp(
  `${D}{4}年代|${D}{4}[-—–~至到]${D}{4}年|${D}{4}年(?:第[一二三四1-4](?:季度|财季)|[上下]半年|${D}{1,2}(?:[-—–~至到]${D}{1,2})?月(?:${D}{1,2}[日号](?:[-—–~至到]${D}{1,2}[日号])?)?)?|${D}{1,2}(?:[-—–~至到]${D}{1,2})?月(?:[-—–~至到]${D}{1,2}月)?(?:${D}{1,2}[日号](?:[-—–~至到]${D}{1,2}[日号])?)?|${D}{1,2}[日号](?![元人])`,
  'y',
);
const ZH_QUARTER = /第[一二三四](?:季度|财季)|[上下]半年/y;
const TIME_OF_DAY = new RegExp(
  `${D}{1,2}:${D}{2}(?::${D}{2})?|${D}{1,2}(?:[.:]${D}{2})?\\s?(?:[ap]\\.\\s?m\\.|[ap]m${NOT_LETTER}|o['’]clock|Uhr${NOT_LETTER}|h${D}{2}|h${NOT_LETTER})|${D}{1,2}[点時时]`,
  'uy',
);
const PHONE = new RegExp(
  `\\+${D}{1,3}(?:[ .\\-]?\\(?${D}{1,4}\\)?){2,5}|\\(${D}{2,5}\\)\\s?${D}{3,4}[ .\\-]?${D}{3,4}|${D}{3}[.\\-]${D}{3}[.\\-]${D}{4}(?!${D})|0${D}{1,4}[ /\\-]${D}{3,4}[ \\-]?${D}{3,4}(?!${D})`,
  'y',
);
const VERSION = new RegExp(`${D}+\\.${D}+\\.${D}+(?:\\.${D}+)*`, 'y');
const SCORE = new RegExp(`(${D}{1,3})[-–:](${D}{1,3})(?!${D}|[.,]${D})`, 'y');
const PERCENT_RANGE_END = new RegExp(`\\s?[-–]\\s?${D}+(?:[.,]${D}+)?\\s?[%％]`, 'y');
const FRACTION_OF_POINT = /(?:quarter|half)[- \u00A0](?:percentage[ \u00A0])?point(?![\p{L}])/iuy;
const HALF_A_POINT = /[ \u00A0]a[ \u00A0](?:percentage[ \u00A0])?point(?![\p{L}])/iuy;
const DAY_NUMBER = new RegExp(`${D}{1,2}(?!${D}|[.,]${D})`, 'y');
const FOUR_DIGITS = new RegExp(`${D}{4}(?!${D}|[.,]${D}|[\\u00A0\\u202F\\u2009']${D}{3})`, 'y');
const TWO_DIGITS = new RegExp(`${D}{2}(?!${D})`, 'y');
const YEAR_OF_PERIOD = new RegExp(`(?:[ \\u00A0](?:of|de|del|des|von))?[ \\u00A0](${D}{4})(?!${D})`, 'y');
const DECADE_NUMBER = new RegExp(`(?:1[0-9]|20)?[0-9]0(?!${D})`, 'y');
const PER_HOUR_OR_SQUARE = /\/h(?![\p{L}])|²|³/uy;
const DASH = /\s?[-–—]\s?/y;
const OF_AFTER_MODIFIER = /(?:of|de)[ \u00A0]/y;
const DECADA_DE = /década[ \u00A0]de[ \u00A0]/iy;
const RATIO_WORDS = /[ \u00A0](?:in|out of)[ \u00A0]/y;
const CELSIUS_ATTACHED = /[CF](?![\p{L}\p{N}])/uy;
const CITATION_MARK = new RegExp(`${D}{1,4}\\]`, 'y');
const SECTION_NUMBER = new RegExp(`${D}{1,2}(?:\\.${D}{1,2}){1,3}\\.?[ \\u00A0]+\\p{Lu}`, 'uy');
const O_CLOCK = /[ \u00A0]o['’]clock/iy;
const MODEL_SUFFIX = new RegExp(`[ \\u00A0]\\p{Lu}[\\p{Ll}\\p{Lu}]{1,12}[ \\u00A0]${D}{1,4}(?![\\p{N}])`, 'uy');
const CENTURY = /[ \u00A0-](?:century|centuries|siècle|siècles|века|веке|век)(?![\p{L}])/iuy;
const JAHRHUNDERT = /\.[ \u00A0]Jahrhundert(?:s)?(?![\p{L}])/uy;
const DE_BEFORE_NOUN = /[ \u00A0](?:de|d['’])[ \u00A0]?/iy;
const ZH_MORE_THAN = /[多余]/y;
const ZH_CLASSIFIER = /个/y;
const SLASHED = new RegExp(`${D}+/${D}+`, 'y');
const ORDINAL_SUFFIX = new RegExp(
  `(?:st|nd|rd|th|er|re|e|ème|eme|º|ª|\\.º|\\.ª|-?(?:й|я|е|го|му|м|х|ым|ой))${NOT_LETTER}`,
  'iuy',
);
const LIST_MARKER = new RegExp(`${D}{1,3}[.)]\\s`, 'y');
const DECADE_SUFFIX = new RegExp(
  `(?:s|['’]s)${NOT_LETTER}|er${NOT_LETTER}(?:[ \\u00A0](?:Jahren|Jahre|Jahrzehnt))?|-[хе]${NOT_LETTER}(?:[ \\u00A0](?:годов|годах|годы|гг\\.))?|年代`,
  'uy',
);
const YEAR_SUFFIX = /[ \u00A0](?:года|году|год|гг\.|г\.)(?![\p{L}])|年/uy;
const FISCAL_SUFFIX = new RegExp(`[/\\-–](${D}{2})(?!${D})`, 'y');
const DAY_SUFFIX = /(?:st|nd|rd|th|er|º|\.)(?![\p{L}\p{N}])/iuy;
const DAY_RANGE = new RegExp(
  `(?:\\s?[-–]\\s?|[ \\u00A0](?:to|bis|au|al|и|-)[ \\u00A0])(${D}{1,2})(?:st|nd|rd|th|er|\\.)?(?![\\p{N}])`,
  'uy',
);
const OF_OR_DE = /[ \u00A0](?:of|de|del)(?=[ \u00A0])/y;
const YEAR_AFTER_MONTH = new RegExp(`(?:,?[ \\u00A0]|[ \\u00A0](?:de|del)[ \\u00A0])(${D}{4})(?!${D}|[.,]${D})`, 'y');
const DAY_AFTER_MONTH = new RegExp(`[ \\u00A0](${D}{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:]${D}|\\s?%)`, 'uy');
const QUARTER_CODE = new RegExp(`([QH])([1-4])(?:[ \\u00A0](${D}{4})|[ \\u00A0]?['’](${D}{2}))?${NOT_ALNUM}`, 'uy');
const FISCAL_YEAR = new RegExp(
  `(?:fiscal(?:[ \\u00A0]year)?[ \\u00A0]|FY[ \\u00A0]?)(${D}{4}|${D}{2})(?:[/\\-–]${D}{2,4})?${NOT_ALNUM}`,
  'iuy',
);
const RELATIVE_AGO = /[ \u00A0](?:ago|earlier|before that)(?![\p{L}])/uy;
const RATE_TAIL =
  /[ \u00A0](?:a|per|pro|par|al|в)[ \u00A0](?:day|year|month|week|hour|tag|jahr|jour|an|día|año|сутки|день|год)(?![\p{L}])/iuy;
const AGE_TAIL = /-(?:old|long|high|wide)(?![\p{L}])/iuy;
const DEGREE_UNIT = /\s?°\s?[CF]?(?![\p{L}])/uy;
const ZH_NUMERALS = /[零〇一二两三四五六七八九十百千万亿]{1,12}/y;
const ZH_PERCENT = new RegExp(`百分之(?:[零〇一二两三四五六七八九十百点]{1,8}|${D}+(?:\\.${D}+)?)`, 'y');
const ZH_POINTS = /个百分点/y;
const ZH_SCALE = new RegExp(`(?:${ZH_SCALES.join('|')})`, 'y');
const ZH_CURRENCY = new RegExp(`(?:${ZH_CURRENCIES.join('|')})`, 'y');
const ZH_UNIT = new RegExp(`(?:${[...ZH_UNITS].sort((a, b) => b.length - a.length).join('|')})`, 'y');
const ZH_TIME_UNITS: ReadonlySet<string> = new Set(['年', '个月', '周', '天', '小时', '分钟']);
const CURRENCY_PREFIX = new RegExp(
  `(?:${[...CURRENCY_PREFIXES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')}|[${escapeClass(CURRENCY_SYMBOLS)}])(?=\\s?${D}|\\s?[.,]${D})`,
  'y',
);
const POSTFIX_CURRENCY_SIGNS = /[ \u00A0\u202F]?[€$£¥₽₴₺₩¢](?![\p{L}\p{N}])/uy;
const ATTACHED_SCALE = new RegExp(`(?:${ATTACHED_SCALES.join('|')})${NOT_LETTER}`, 'iuy');
const HSPACE = /[ \t\u00A0\u2009\u202F\u2007]/;
const LETTER = /[\p{L}\p{M}]/u;
const HAN = /[\p{Script=Han}\u3040-\u30ff]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORD_AT = /(?:(?![\p{Script=Han}])[\p{L}\p{M}]){1,40}/uy;
const URL_HINT =
  /:\/\/|www\.|@|doi:|bibcode:|[a-z]\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|cn|es|info|html?)(?:\/|$)/i;

/** Per-language regexes and sets, built once per language. */
interface Tables {
  langs: readonly FigureLang[];
  page: FigureLang | null;
  months: ReadonlyMap<string, MonthWord & { lang: FigureLang }>;
  monthContext: ReadonlySet<string>;
  approximators: RegExp;
  approximatorStarts: ReadonlySet<string>;
  percent: RegExp;
  scale: RegExp;
  currencyAfter: RegExp;
  timeUnit: RegExp;
  measureUnit: RegExp;
  countedNoun: RegExp;
  numberWords: ReadonlyMap<string, number>;
  largePlurals: ReadonlySet<string>;
  modifiers: RegExp;
  modifierStarts: ReadonlySet<string>;
  periodOrdinals: ReadonlySet<string>;
  connectors: RegExp;
  /** Every lower-case word that can start a figure; all other words are skipped at once. */
  triggers: ReadonlySet<string>;
  spaceGrouping: boolean;
  decimalComma: boolean;
}

interface Ctx {
  t: string;
  tab: Tables;
  /** Headline capitalisation: a capitalised word before a number says nothing about names. */
  titleCase: boolean;
  /** The last whitespace-free run checked for looking like a URL, so a long run is read once. */
  run: { start: number; end: number; url: boolean };
}

interface Hit {
  start: number;
  end: number;
  kind: FigureKind;
}

interface Skip {
  skip: number;
}

type Outcome = Hit | Skip | null;

const tablesCache = new Map<string, Tables>();

/** All figures in `text`, non-overlapping, sorted by start; `text.slice(start, end) === figure.text`. */
export function findFigures(text: string, options: FindFiguresOptions = {}): Figure[] {
  const wanted = new Set(options.kinds ?? ALL_KINDS);
  const ctx: Ctx = {
    t: text,
    tab: tablesFor(options.lang ?? null),
    titleCase: isTitleCase(text),
    run: { start: 0, end: 0, url: false },
  };
  const found: Figure[] = [];
  const scan = CANDIDATE; // never re-entered: matchers only use sticky regexes
  scan.lastIndex = 0;
  let lastEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = scan.exec(text)) !== null) {
    const p = m.index;
    const outcome = matchAt(ctx, p, m[0]);
    if (outcome === null) {
      if (isDigit(text[p])) scan.lastIndex = Math.max(scan.lastIndex, stickyEnd(NUMBER_RUN, text, p));
      continue;
    }
    if ('skip' in outcome) {
      scan.lastIndex = Math.max(scan.lastIndex, outcome.skip);
      continue;
    }
    const start = Math.max(outcome.start, lastEnd);
    const end = trimEnd(text, start, outcome.end);
    if (end > start && wanted.has(outcome.kind)) {
      found.push({ start, end, kind: outcome.kind, text: text.slice(start, end) });
    }
    lastEnd = Math.max(lastEnd, end);
    scan.lastIndex = Math.max(scan.lastIndex, outcome.end);
  }
  return found;
}

/** The pipeline stage: new blocks with `figures` filled, code blocks left without figures. */
export function figures(blocks: Block[], options: CleanOptions, lang: string | null): Block[] {
  const kinds = options.figureKinds;
  return blocks.map((block) => ({
    ...block,
    figures:
      !options.figures || block.kind === 'code' || kinds.length === 0 ? [] : findFigures(block.text, { lang, kinds }),
  }));
}

// ---------------------------------------------------------------------------------------------
// Dispatch

function matchAt(c: Ctx, p: number, token: string): Outcome {
  const ch = token[0];
  if (isDigit(ch)) return atDigit(c, p);
  if (ch === "'" || ch === '’' || ch === '‘') return atApostropheDecade(c, p);
  if (CURRENCY_SYMBOLS.includes(ch)) return moneyWithPrefix(c, p);
  if (isHan(ch)) return atHan(c, p);
  return atWord(c, p, token);
}

function best(...outcomes: Outcome[]): Outcome {
  let top: Hit | null = null;
  let skip: Skip | null = null;
  for (const o of outcomes) {
    if (o === null) continue;
    if ('skip' in o) {
      skip ??= o;
      continue;
    }
    if (
      top === null ||
      o.end - o.start > top.end - top.start ||
      (o.end - o.start === top.end - top.start && KIND_PRIORITY[o.kind] > KIND_PRIORITY[top.kind])
    ) {
      top = o;
    }
  }
  return top ?? skip;
}

// ---------------------------------------------------------------------------------------------
// Numbers written in digits

interface NumberRead {
  start: number;
  end: number;
  value: number;
  /** Digits only, no separators or decimals: the only shape a year can have. */
  plain: boolean;
  digits: number;
}

function readNumber(c: Ctx, p: number): NumberRead | null {
  const t = c.t;
  let end = stickyEnd(NUMBER_GROUPED, t, p);
  if (end < 0 && c.tab.spaceGrouping) end = stickyEnd(NUMBER_SPACE_GROUPED, t, p);
  if (end < 0) end = stickyEnd(NUMBER_PLAIN, t, p);
  if (end < 0) return null;
  const raw = t.slice(p, end);
  const ascii = toAscii(raw);
  let plain = true;
  for (let i = 0; i < ascii.length && plain; i++) plain = ascii.charCodeAt(i) >= 48 && ascii.charCodeAt(i) <= 57;
  if (plain) return { start: p, end, value: Number(ascii), plain, digits: ascii.length };
  return { start: p, end, value: numberValue(ascii, c.tab.decimalComma), plain, digits: 0 };
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
function readAmount(c: Ctx, p: number, allowSecondSign = false): NumberRead | null {
  const first = readNumber(c, p);
  if (first === null) return null;
  const t = c.t;
  const q = first.end;
  let sep = stickyEnd(DASH, t, q);
  const dashed = sep >= 0;
  let between = false;
  if (sep < 0) {
    const s = skipSpace(t, q, 1);
    const w = s > q ? wordAt(t, s) : null;
    if (w && (w.lower === 'to' || PERIOD_CONNECTORS_ALL.has(w.lower))) sep = skipSpace(t, w.end, 1);
    else if (w && betweenJoins(t, p, w.lower)) {
      sep = skipSpace(t, w.end, 1);
      between = true;
    }
    if (sep === w?.end) sep = -1;
  }
  if (sep < 0) return first;
  let r = sep;
  if (allowSecondSign && CURRENCY_SYMBOLS.includes(t[r] ?? '')) r += 1;
  if (!isDigit(t[r])) return first;
  const second = readNumber(c, r);
  if (second === null || !(second.value > first.value)) return first;
  // "10 to 15 people" is a range; "rose by 12,000 to 231,000" is a change between two figures
  if (!dashed && !between && readTail(c, second.end).end === second.end) return first;
  // "in 2024 to 3,000 troops": a year, then a count
  if (!dashed && first.plain && first.digits === 4 && !(second.plain && second.digits === 4)) return first;
  return { ...first, end: second.end, plain: false };
}

/** "between 15 and 19": the `and` after a number that follows `between`. */
function betweenJoins(t: string, numberStart: number, word: string): boolean {
  const before = wordBefore(t, numberStart, 2);
  const join = before ? BETWEEN_WORDS[before.word.toLowerCase()] : undefined;
  return !!join?.split('|').includes(word);
}

const PERIOD_CONNECTORS_ALL: ReadonlySet<string> = new Set(['to', 'bis', 'à', 'a', 'al', 'hasta', 'до']);

interface Tail {
  end: number;
  kind: 'money' | 'percent' | 'quantity';
  unit: 'time' | 'measure' | 'counted' | null;
  scaled: boolean;
  /** Followed by a hyphen and a word that is no unit: part of a compound (`three-way`). */
  compound: boolean;
}

/** What follows an amount: a scale, then a percent sign, a currency or a unit. */
function readTail(c: Ctx, e: number, scaledAlready = false): Tail {
  const t = c.t;
  const tab = c.tab;
  let end = e;
  let scaled = scaledAlready;
  if (!scaled) {
    const zh = stickyEnd(ZH_SCALE, t, end);
    const attached = zh >= 0 ? zh : stickyEnd(ATTACHED_SCALE, t, end);
    if (attached >= 0) {
      end = attached;
      scaled = true;
    } else {
      const s = skipSpace(t, end, 1);
      const spaced = stickyEnd(tab.scale, t, s);
      if (spaced >= 0) {
        end = spaced;
        scaled = true;
        // "mil millones", "tens of thousands": a second scale word
        const again = stickyEnd(tab.scale, t, skipSpace(t, end, 1));
        if (again >= 0) end = again;
      }
    }
  }
  const s = skipSpace(t, end, 1);
  if (!mayStartTail(t, end) && !mayStartTail(t, s))
    return { end, kind: 'quantity', unit: null, scaled, compound: false };
  const pct = stickyEnd(tab.percent, t, s);
  if (pct >= 0) {
    const upper = stickyEnd(PERCENT_RANGE_END, t, pct);
    return { end: upper >= 0 ? upper : pct, kind: 'percent', unit: null, scaled, compound: false };
  }
  const zhPoints = stickyEnd(ZH_POINTS, t, end);
  if (zhPoints >= 0) return { end: zhPoints, kind: 'percent', unit: null, scaled, compound: false };
  const zhMoney = stickyEnd(ZH_CURRENCY, t, end);
  if (zhMoney >= 0) return { end: zhMoney, kind: 'money', unit: null, scaled, compound: false };
  const sign = stickyEnd(POSTFIX_CURRENCY_SIGNS, t, end);
  if (sign >= 0) return { end: sign, kind: 'money', unit: null, scaled, compound: false };
  const money = stickyEnd(tab.currencyAfter, t, s);
  if (money >= 0 && (s > end || scaled)) return { end: money, kind: 'money', unit: null, scaled, compound: false };
  // 3000多家, 20余人: "more than" written after the number, then any measure word
  const more = stickyEnd(ZH_MORE_THAN, t, end);
  if (more >= 0) {
    const unit = Math.max(stickyEnd(ZH_UNIT, t, more), stickyEnd(ZH_CLASSIFIER, t, more));
    if (unit >= 0) return { end: unit, kind: 'quantity', unit: 'counted', scaled, compound: false };
  }
  const zhUnit = stickyEnd(ZH_UNIT, t, end);
  if (zhUnit >= 0)
    return {
      end: zhUnit,
      kind: 'quantity',
      unit: ZH_TIME_UNITS.has(t.slice(end, zhUnit)) ? 'time' : 'counted',
      scaled,
      compound: false,
    };
  const degree = Math.max(stickyEnd(DEGREE_UNIT, t, end), stickyEnd(CELSIUS_ATTACHED, t, end));
  if (degree >= 0) return { end: degree, kind: 'quantity', unit: 'measure', scaled, compound: false };
  // a unit touching the number (40km), after one space (40 km), or in a compound (10-year, 30-year-old)
  for (const [at, hyphen] of [
    [end, false],
    [s, false],
    [t[end] === '-' ? end + 1 : -1, true],
  ] as const) {
    if (at < 0 || (at === end && !hyphen && !isLetter(t[end]))) continue;
    const unit = unitAt(c, at);
    if (unit === null) continue;
    if (unit.kind === 'counted' && hyphen) continue;
    let u = unit.end;
    if (hyphen || unit.kind === 'time') u = Math.max(u, stickyEnd(AGE_TAIL, t, u)); // 10-year-old, 93 year-old
    if (!hyphen && unit.kind !== 'time') u = Math.max(u, stickyEnd(RATE_TAIL, t, u));
    return { end: u, kind: 'quantity', unit: unit.kind, scaled, compound: false };
  }
  if (scaled) {
    // "6,3 millions de visiteurs", "12 millones de personas"
    const de = stickyEnd(DE_BEFORE_NOUN, t, end);
    const unit = de >= 0 ? unitAt(c, de) : null;
    if (unit) return { end: unit.end, kind: 'quantity', unit: unit.kind, scaled, compound: false };
  }
  const compound = t[end] === '-' && isLetter(t[end + 1]);
  return { end, kind: 'quantity', unit: null, scaled, compound };
}

/** Cheap gate: only a letter, a sign, a hyphen or a Chinese character can start a tail. */
function mayStartTail(t: string, p: number): boolean {
  const code = t.charCodeAt(p);
  if (Number.isNaN(code)) return false;
  if (code < 128)
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 37 || code === 36 || code === 45;
  return true;
}

function unitAt(c: Ctx, p: number): { end: number; kind: 'time' | 'measure' | 'counted' } | null {
  const t = c.t;
  let e = stickyEnd(c.tab.timeUnit, t, p);
  if (e >= 0) return { end: e, kind: 'time' };
  e = stickyEnd(c.tab.measureUnit, t, p);
  if (e >= 0) {
    // km/h, km², sq km
    const per = stickyEnd(PER_HOUR_OR_SQUARE, t, e);
    return { end: per >= 0 ? per : e, kind: 'measure' };
  }
  e = stickyEnd(c.tab.countedNoun, t, p);
  if (e >= 0) return { end: e, kind: 'counted' };
  return null;
}

/** Everything that can start at a digit. */
function atDigit(c: Ctx, p: number): Outcome {
  const t = c.t;
  const runEnd = () => ({ skip: Math.max(p + 1, stickyEnd(NUMBER_RUN, t, p)) });
  const before = t[p - 1];
  // glued to a name on the left: G20, MH17, #5, §3, COVID-19, F-16
  if (before !== undefined) {
    if ((isLetter(before) && !isHan(before)) || '_#§№^'.includes(before) || isDigit(before)) return runEnd();
    if ((before === '-' || before === '‑') && isLetter(t[p - 2]) && !isHan(t[p - 2])) {
      const w = wordBefore(t, p - 1, 0);
      if (!(w && /^(?:pre|post|mid|mi)$/i.test(w.word))) return runEnd();
    }
    if ((before === '.' || before === ',' || before === '/' || before === ':' || before === '-') && isDigit(t[p - 2]))
      return runEnd();
    if (before === '[' && stickyEnd(CITATION_MARK, t, p) >= 0) return { skip: stickyEnd(CITATION_MARK, t, p) }; // [23]
  }
  if (inUrlLikeRun(c, p)) return { skip: c.run.end };
  if (p === 0 || t[p - 1] === '\n') {
    if (stickyEnd(LIST_MARKER, t, p) >= 0) return runEnd();
    if (stickyEnd(SECTION_NUMBER, t, p) >= 0) return runEnd(); // "6.1 Ethnicity" in a table of contents
  }
  const phoneStart = before === '+' || before === '(' ? p - 1 : p;
  const phone = stickyEnd(PHONE, t, phoneStart);
  if (phone >= 0) return { skip: phone };

  const date = dateAtDigit(c, p);
  const time = stickyEnd(TIME_OF_DAY, t, p);
  if (time >= 0 && (date === null || date.end < time)) return { skip: time };

  const amount = readAmount(c, p);
  if (amount === null) return date;
  if (t[amount.end] === '^') return runEnd(); // 10^5 is arithmetic, not a count
  const score = stickyExec(SCORE, t, p);
  if (date === null && score && +toAscii(score[2]) <= +toAscii(score[1])) return { skip: p + score[0].length }; // 52-48, 3-1
  const after = t[amount.end];
  if (date === null) {
    if (stickyEnd(VERSION, t, p) >= 0) return { skip: stickyEnd(VERSION, t, p) };
    if (stickyEnd(SLASHED, t, p) >= 0) return { skip: stickyEnd(SLASHED, t, p) };
    const ordinal = amount.plain ? stickyEnd(ORDINAL_SUFFIX, t, amount.end) : -1;
    if (ordinal >= 0) {
      const century = stickyEnd(CENTURY, t, ordinal);
      return century >= 0 ? { start: p, end: century, kind: 'date' } : { skip: ordinal }; // 21st century, not 3rd place
    }
    const jahrhundert = amount.plain ? stickyEnd(JAHRHUNDERT, t, amount.end) : -1;
    if (jahrhundert >= 0) return { start: p, end: jahrhundert, kind: 'date' };
    if (
      c.tab.page === 'de' &&
      amount.plain &&
      amount.digits <= 3 &&
      after === '.' &&
      HSPACE.test(t[amount.end + 1] ?? '') &&
      LETTER.test(t[amount.end + 2] ?? '')
    ) {
      return { skip: amount.end + 1 }; // "der 3. Platz"
    }
  }
  const ratio = digitRatio(c, amount);
  if (ratio) return namesNumber(c, p, amount) ? { skip: ratio.end } : ratio;
  const tail = readTail(c, amount.end);
  if (tail.compound) return date ?? runEnd(); // 3-way, 24-carat: adjectives, not counts
  if (tail.unit === 'time' && stickyEnd(RELATIVE_AGO, t, tail.end) >= 0) return { skip: tail.end }; // 20 years ago
  // 5G, 4K, 737MAX: letters glued on that are no unit make a name
  const glued = tail.end === amount.end && isLetter(after) && !isHan(after);
  const numeric: Hit | null = glued ? null : { start: p, end: tail.end, kind: tail.kind };
  let chosen = best(date, numeric);
  if (chosen === null) return runEnd();
  if ('skip' in chosen) return chosen;
  const bareYear = chosen.kind === 'date' && chosen.end - p === 4;
  if (chosen.kind === 'quantity' || bareYear) {
    if (namesNumber(c, p, amount)) return { skip: Math.max(chosen.end, amount.end) };
    // "737 Max 9": a number, a capitalised word, a number is a model name
    const english = c.tab.page === null || c.tab.page === 'en';
    const model =
      chosen.kind === 'quantity' && chosen.end === amount.end && english && !c.titleCase
        ? stickyEnd(MODEL_SUFFIX, t, amount.end)
        : -1;
    if (model >= 0) return { skip: model };
  }
  if ((chosen.kind === 'percent' || chosen.kind === 'quantity') && '+-−±'.includes(before ?? 'x')) {
    const b2 = t[p - 2];
    if (b2 === undefined || HSPACE.test(b2) || b2 === '(' || b2 === '\n') chosen = { ...chosen, start: p - 1 };
  }
  return chosen;
}

/** Most longer words capitalised, as in `Russia Fires 120 Missiles At Ukraine's Grid`. */
function isTitleCase(text: string): boolean {
  const words = text.slice(0, 400).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => UPPER.test(w[0])).length;
  return capitalised / words.length >= 0.8;
}

/** `1 in 4`, `9 out of 10`: a proportion told as counts. */
function digitRatio(c: Ctx, amount: NumberRead): Hit | null {
  const t = c.t;
  if (!amount.plain || amount.value > 100) return null;
  const r = stickyEnd(RATIO_WORDS, t, amount.end);
  if (r < 0 || !isDigit(t[r])) return null;
  const second = readNumber(c, r);
  if (!second?.plain || second.value < amount.value || second.value > 1000 || isLetter(t[second.end])) return null;
  return { start: amount.start, end: second.end, kind: 'quantity' };
}

/** The number is part of a name or a reference: `Boeing 737`, `Article 5`, `page 12`, `iPhone 15`. */
function namesNumber(c: Ctx, p: number, amount: NumberRead): boolean {
  const t = c.t;
  const prev = wordBefore(t, p, 3, true);
  if (prev === null) return false;
  const lower = prev.word.toLowerCase();
  if (prev.dotted) {
    // "No. 5", "p. 45", "Art. 5", but not "in 2024. 20 people" (sentence ends before the number)
    return DOTTED_REFERENCE_SET.has(lower) || (REFERENCE_SET.has(lower) && !UPPER.test(prev.word[0]));
  }
  if (prev.possessive) return false;
  if (REFERENCE_SET.has(lower)) return true;
  const mixedCase = LOWER.test(prev.word[0]) && UPPER.test(prev.word.slice(1)); // iPhone, eBay
  if (mixedCase) return true;
  // in Chinese text a capitalised Latin word before a number is a product or model name (Mate 60)
  const englishLike = (c.tab.page === null || c.tab.page === 'en' || c.tab.page === 'zh') && !c.titleCase;
  if (!UPPER.test(prev.word[0])) return false;
  if (CAPITALISED_SET.has(lower) || c.tab.months.has(lower) || c.tab.monthContext.has(lower)) return false;
  const allCaps = prev.word.length > 1 && !LOWER.test(prev.word);
  if (allCaps) {
    const year = amount.plain && amount.digits === 4 && amount.value >= 1900 && amount.value <= MAX_YEAR;
    return !year;
  }
  return englishLike;
}

const REFERENCE_SET: ReadonlySet<string> = new Set(REFERENCE_WORDS);
const DOTTED_REFERENCE_SET: ReadonlySet<string> = new Set(DOTTED_REFERENCE_WORDS);
const CAPITALISED_SET: ReadonlySet<string> = new Set(CAPITALISED_FUNCTION_WORDS);

// ---------------------------------------------------------------------------------------------
// Money written with a sign or code before the amount

function moneyWithPrefix(c: Ctx, p: number): Outcome {
  const t = c.t;
  const prefixEnd = stickyEnd(CURRENCY_PREFIX, t, p);
  if (prefixEnd < 0) return null;
  const q = skipSpace(t, prefixEnd, 1);
  if (!isDigit(t[q])) return null;
  const amount = readAmount(c, q, true);
  if (amount === null) return null;
  const tail = readTail(c, amount.end);
  // "$5 million" keeps its scale; a unit after ("$5 a day") is not part of the sum
  const end = tail.scaled ? scaleEnd(c, amount.end) : amount.end;
  return { start: p, end, kind: 'money' };
}

function scaleEnd(c: Ctx, e: number): number {
  const t = c.t;
  const zh = stickyEnd(ZH_SCALE, t, e);
  if (zh >= 0) return zh;
  const attached = stickyEnd(ATTACHED_SCALE, t, e);
  if (attached >= 0) return attached;
  const spaced = stickyEnd(c.tab.scale, t, skipSpace(t, e, 1));
  if (spaced < 0) return e;
  const again = stickyEnd(c.tab.scale, t, skipSpace(t, spaced, 1));
  return again >= 0 ? again : spaced;
}

// ---------------------------------------------------------------------------------------------
// Dates

interface DateRead {
  start: number;
  end: number;
  hasYear: boolean;
  monthBased: boolean;
}

function dateAtDigit(c: Ctx, p: number): Hit | null {
  const first = dateAtomAtDigit(c, p);
  if (first === null) return null;
  return extendPeriod(c, first);
}

function dateAtomAtDigit(c: Ctx, p: number): DateRead | null {
  const t = c.t;
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
  // 2025年3月3日, 1-7月
  m = stickyExec(ZH_DATE, t, p);
  if (m) return { start: p, end: p + m[0].length, hasYear: m[0].includes('年'), monthBased: m[0].includes('月') };
  const dayFirst = dayMonthAt(c, p);
  if (dayFirst) return dayFirst;
  return yearAt(c, p);
}

/** `29 November 2026`, `3. März 2025`, `3 de marzo de 2025`, `1–3 March`, `3 марта 2025 года`. */
function dayMonthAt(c: Ctx, p: number): DateRead | null {
  const t = c.t;
  const dm = stickyExec(DAY_NUMBER, t, p);
  if (!dm) return null;
  const day = +toAscii(dm[0]);
  if (day < 1 || day > 31) return null;
  let q = p + dm[0].length;
  q = Math.max(q, stickyEnd(DAY_SUFFIX, t, q));
  const range = stickyExec(DAY_RANGE, t, q);
  if (range && +toAscii(range[1]) > day && +toAscii(range[1]) <= 31) q += range[0].length;
  const of = stickyEnd(OF_OR_DE, t, q);
  if (of >= 0) q = of;
  const s = skipSpace(t, q, 1);
  if (s === q) return null;
  const month = monthAt(c, s, true);
  if (month === null) return null;
  let end = month.end;
  let hasYear = false;
  const y = stickyExec(YEAR_AFTER_MONTH, t, end);
  if (y && validYear(+toAscii(y[1]))) {
    end += y[0].length;
    hasYear = true;
    end = Math.max(end, stickyEnd(YEAR_SUFFIX, t, end));
  }
  return { start: p, end, hasYear, monthBased: true };
}

/** A year (`2024`), a decade (`1990s`, `1990er Jahre`, `1990-х годов`), or a split year (`2024/25`, `2019-21`). */
function yearAt(c: Ctx, p: number): DateRead | null {
  const t = c.t;
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
    end = Math.max(end, stickyEnd(YEAR_SUFFIX, t, end));
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
    if (!english || apostrophe || (prev && /^(?:the|early|late|mid|den|die)$/i.test(prev.word))) {
      return { start: p, end: decade, hasYear: true, monthBased: false };
    }
  }
  return null;
}

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function validDate(y: number, m: number, d: number): boolean {
  return validYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A month name at `p`, allowed in this language and this case. */
function monthAt(c: Ctx, p: number, withNumber: boolean): { end: number; abbr: boolean; word: string } | null {
  const w = wordAt(c.t, p);
  if (w === null) return null;
  const info = c.tab.months.get(w.lower);
  if (!info) return null;
  // English months are proper nouns: "march" and "may" in lower case are verbs
  if (info.lang === 'en' && !UPPER.test(w.word[0])) return null;
  if (info.lang !== 'en' && info.lang !== c.tab.page && !withNumber) return null;
  let end = w.end;
  if (info.abbr) {
    if (c.t[end] === '.') end += 1;
  }
  return { end, abbr: info.abbr, word: w.lower };
}

/** Dates that start with a month name: `February 2022`, `Nov. 29, 2026`, `in March`, `марте 2025 года`. */
function monthFirstAt(c: Ctx, p: number, alone: 'needs-context' | 'free'): DateRead | null {
  const t = c.t;
  const month = monthAt(c, p, true);
  if (month === null) return null;
  let end = month.end;
  let hasYear = false;
  const day = stickyExec(DAY_AFTER_MONTH, t, end);
  const year = stickyExec(YEAR_AFTER_MONTH, t, end);
  if (year && validYear(+toAscii(year[1]))) {
    end += year[0].length;
    hasYear = true;
    end = Math.max(end, stickyEnd(YEAR_SUFFIX, t, end));
  } else if (day && +toAscii(day[1]) >= 1 && +toAscii(day[1]) <= 31) {
    end += day[0].length;
    const range = stickyExec(DAY_RANGE, t, end);
    if (range && +toAscii(range[1]) > +toAscii(day[1]) && +toAscii(range[1]) <= 31) end += range[0].length;
    const y2 = stickyExec(YEAR_AFTER_MONTH, t, end);
    if (y2 && validYear(+toAscii(y2[1]))) {
      end += y2[0].length;
      hasYear = true;
    }
  } else {
    if (month.abbr) return null;
    if (alone === 'needs-context') {
      const info = c.tab.months.get(month.word)!;
      if (info.lang !== 'en' && info.lang !== c.tab.page) return null;
      const prev = wordBefore(t, p, 2);
      const ok = prev !== null && c.tab.monthContext.has(prev.word.toLowerCase());
      if (!ok) {
        // a bare month is a date only as the start of a period ending in a year: "January to July 2025"
        const period = extendPeriod(c, { start: p, end, hasYear: false, monthBased: true });
        return period.end > end ? { start: p, end: period.end, hasYear: true, monthBased: true } : null;
      }
    }
  }
  return { start: p, end, hasYear, monthBased: true };
}

/** Joins a date with the one after a connector into one period: `January to July 2025`, `2019-2021`. */
function extendPeriod(c: Ctx, first: DateRead): Hit {
  const t = c.t;
  const plain: Hit = { start: first.start, end: first.end, kind: 'date' };
  let q = stickyEnd(DASH, t, first.end);
  if (q < 0) {
    const s = skipSpace(t, first.end, 1);
    if (s === first.end) return plain;
    const cEnd = stickyEnd(c.tab.connectors, t, s);
    if (cEnd >= 0) q = cEnd;
    else {
      const between = wordBefore(t, first.start, 2);
      const join = between ? BETWEEN_WORDS[between.word.toLowerCase()] : undefined;
      if (!join) return plain;
      const w = wordAt(t, s);
      if (!w || !join.split('|').includes(w.lower)) return plain;
      q = w.end;
    }
    const s2 = skipSpace(t, q, 1);
    if (s2 === q) return plain;
    q = s2;
  }
  let second: DateRead | null = null;
  if (isDigit(t[q])) second = dateAtomAtDigit(c, q);
  else if (isLetter(t[q])) second = monthFirstAt(c, q, 'free');
  if (second === null) return plain;
  if (first.hasYear && !second.hasYear) return plain;
  if (!first.hasYear && !second.hasYear && !(first.monthBased && second.monthBased)) return plain;
  if (first.monthBased !== second.monthBased && !(first.monthBased && second.hasYear)) return plain;
  return { start: first.start, end: second.end, kind: 'date' };
}

function atApostropheDecade(c: Ctx, p: number): Outcome {
  const d = yearAt(c, p + 1);
  return d ? { start: p, end: d.end, kind: 'date' } : null;
}

/** `early 2024`, `mid-2025`, `late March`, `Ende 2024`, `summer 2024`, `principios de 2025`, `the late 1990s`. */
function modifiedDateAt(c: Ctx, p: number): Outcome {
  const t = c.t;
  const mEnd = stickyEnd(c.tab.modifiers, t, p);
  if (mEnd < 0) return null;
  let q = mEnd;
  if (t[q] === '-' || t[q] === '‑') q += 1;
  else {
    const s = skipSpace(t, q, 1);
    if (s === q) return null;
    q = s;
    const of = stickyEnd(OF_AFTER_MODIFIER, t, q);
    if (of >= 0) q = of;
  }
  const word = t.slice(p, mEnd).toLowerCase();
  const season =
    /^(?:spring|summer|autumn|fall|winter|frühjahr|frühling|sommer|herbst|été|printemps|automne|hiver|primavera|verano|otoño|invierno)/.test(
      word,
    );
  let atom: DateRead | null = null;
  if (isDigit(t[q])) atom = yearAt(c, q);
  else if (!season && isLetter(t[q])) atom = monthFirstAt(c, q, 'free');
  if (atom === null) return null;
  const hit = extendPeriod(c, atom);
  return { start: p, end: hit.end, kind: 'date' };
}

/** `Q3 2025`, `H1 2025`, `third quarter of 2025`, `im dritten Quartal`, `fiscal 2024`, `FY2024/25`. */
function periodOfYearAt(c: Ctx, p: number, lower: string): Outcome {
  const t = c.t;
  if (lower === 'q' || lower === 'h') {
    const m = stickyExec(QUARTER_CODE, t, p);
    if (!m) return null;
    if (m[1] === 'H' && (m[2] === '3' || m[2] === '4' || (!m[3] && !m[4]))) return null;
    return { start: p, end: p + m[0].length, kind: 'date' };
  }
  if (lower === 'fiscal' || lower === 'fy') {
    const m = stickyExec(FISCAL_YEAR, t, p);
    if (!m) return null;
    const y = m[1].length === 4 ? +toAscii(m[1]) : 2000 + +toAscii(m[1]);
    return validYear(y) ? { start: p, end: p + m[0].length, kind: 'date' } : null;
  }
  if (c.tab.periodOrdinals.has(lower)) {
    const first = wordAt(t, p)!;
    const s = skipSpace(t, first.end, 1);
    const noun = wordAt(t, s);
    if (!noun || s === first.end || !PERIOD_NOUN_SET.has(noun.lower)) return null;
    let end = noun.end;
    const y = stickyExec(YEAR_OF_PERIOD, t, end);
    if (y && validYear(+toAscii(y[1]))) {
      end += y[0].length;
      end = Math.max(end, stickyEnd(YEAR_SUFFIX, t, end));
    } else if (noun.lower === 'half' || noun.lower === 'halbjahr' || noun.lower === 'semestre') {
      return null; // "the second half" of a match is no date
    }
    return { start: p, end, kind: 'date' };
  }
  return null;
}

const PERIOD_NOUN_SET: ReadonlySet<string> = new Set(PERIOD_NOUNS);

/** `années 1990`, `década de 1990`, `los años 90`. */
function decadeWordAt(c: Ctx, p: number, lower: string): Outcome {
  const t = c.t;
  let q: number;
  if (lower === 'années' || lower === 'années') q = skipSpace(t, p + lower.length, 1);
  else if (lower === 'década') q = stickyEnd(DECADA_DE, t, p);
  else if (lower === 'años') {
    const prev = wordBefore(t, p, 2);
    if (prev?.word.toLowerCase() !== 'los') return null;
    q = skipSpace(t, p + lower.length, 1);
  } else return null;
  if (q < 0 || !isDigit(t[q])) return null;
  const m = stickyExec(DECADE_NUMBER, t, q);
  return m ? { start: p, end: q + m[0].length, kind: 'date' } : null;
}

// ---------------------------------------------------------------------------------------------
// Words: months, approximators, number words, currency codes

function atWord(c: Ctx, p: number, word: string): Outcome {
  const lower = word.toLowerCase();
  const tab = c.tab;
  if (!tab.triggers.has(lower)) return null;
  const outcomes: Outcome[] = [];
  if (CURRENCY_PREFIX_STARTS.has(word)) outcomes.push(moneyWithPrefix(c, p));
  if (tab.approximatorStarts.has(lower)) outcomes.push(approximated(c, p));
  if (tab.months.has(lower)) {
    const d = monthFirstAt(c, p, 'needs-context');
    if (d) outcomes.push(extendPeriod(c, d));
  }
  if (tab.modifierStarts.has(lower)) outcomes.push(modifiedDateAt(c, p));
  if (lower === 'q' || lower === 'h' || lower === 'fiscal' || lower === 'fy' || tab.periodOrdinals.has(lower)) {
    outcomes.push(periodOfYearAt(c, p, lower));
  }
  if (lower === 'années' || lower === 'década' || lower === 'años') outcomes.push(decadeWordAt(c, p, lower));
  if (WORD_NUMBER_STARTS.has(lower) || tab.numberWords.has(lower) || tab.largePlurals.has(lower)) {
    outcomes.push(wordNumber(c, p, false));
  }
  return best(...outcomes);
}

const CURRENCY_PREFIX_STARTS: ReadonlySet<string> = new Set(
  CURRENCY_PREFIXES.map((s) => s.match(/^[\p{L}]+/u)?.[0] ?? '').filter(Boolean),
);
const WORD_NUMBER_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'half', 'tens', 'hundreds', 'dozens', 'des']);
const BIG_AFTER_A: ReadonlySet<string> = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion']);

/** `more than 20`, `about $5 million`, `nearly two-thirds`, `rund 300 Menschen`, `约3000人`. */
function approximated(c: Ctx, p: number): Outcome {
  const t = c.t;
  const aEnd = stickyEnd(c.tab.approximators, t, p);
  if (aEnd < 0) return null;
  const q = isHan(t[p]) ? aEnd : skipSpace(t, aEnd, 1);
  if (q === aEnd && !isHan(t[p])) return null;
  const inner = numberish(c, q);
  if (inner === null || 'skip' in inner || inner.kind === 'date') return null;
  if (OVER_AS_ACROSS.test(t.slice(p, aEnd)) && endsInTimeUnit(c, inner)) {
    // "invest $2bn over five years": across a span, not more than it (but "for over five years" is)
    const prev = wordBefore(t, p, 2);
    if (!prev || !/^(?:for|of|just|well|in|after)$/i.test(prev.word)) return inner;
  }
  return { start: p, end: inner.end, kind: inner.kind };
}

const OVER_AS_ACROSS = /^(?:over|über)$/i;

function endsInTimeUnit(c: Ctx, hit: Hit): boolean {
  const words = c.t.slice(hit.start, hit.end).split(/[\s\u00A0-]+/);
  const last = words[words.length - 1] ?? '';
  return stickyEnd(c.tab.timeUnit, last, 0) === last.length && last.length > 0;
}

function numberish(c: Ctx, q: number): Outcome {
  const t = c.t;
  const ch = t[q];
  if (ch === undefined) return null;
  if (isDigit(ch)) return atDigit(c, q);
  if (CURRENCY_SYMBOLS.includes(ch)) return moneyWithPrefix(c, q);
  if (isHan(ch)) return zhNumber(c, q);
  const w = wordAt(t, q);
  if (w === null) return null;
  if (CURRENCY_PREFIX_STARTS.has(w.word)) {
    const money = moneyWithPrefix(c, q);
    if (money) return money;
  }
  return wordNumber(c, q, true);
}

/**
 * Numbers in words: `six years`, `two-thirds`, `a dozen`, `tens of thousands`, `one in five`,
 * `two billion dollars`. Bare cardinals (`three sources`) are not figures on their own.
 */
function wordNumber(c: Ctx, p: number, approximate: boolean): Outcome {
  const t = c.t;
  const tab = c.tab;
  const first = wordAt(t, p);
  if (first === null) return null;
  const lower = first.lower;
  let end = first.end;
  let value = 0;
  let shape: 'cardinal' | 'big' | 'fraction' | 'large' = 'cardinal';

  const nextWord = (from: number, spaces = 1) => {
    const s = skipSpace(t, from, spaces);
    return s > from ? wordAt(t, s) : null;
  };

  if (lower === 'a' || lower === 'an') {
    const w = nextWord(end);
    if (!w) return null;
    const timeUnit = approximate ? stickyEnd(tab.timeUnit, t, skipSpace(t, end, 1)) : -1;
    if (timeUnit >= 0) return { start: p, end: timeUnit, kind: 'quantity' }; // "more than a decade"
    const point = stickyEnd(FRACTION_OF_POINT, t, skipSpace(t, end, 1));
    if (point >= 0) return { start: p, end: point, kind: 'percent' }; // "a quarter point"
    if (BIG_AFTER_A.has(w.lower)) {
      shape = 'big';
      end = w.end;
    } else if (FRACTION_SET.has(w.lower) && w.lower !== 'half') {
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
    const big = a && a.lower === 'a' ? nextWord(a.end) : null;
    if ((!big || !BIG_AFTER_A.has(big.lower)) && approximate) return { start: p, end, kind: 'quantity' }; // "nearly half"
    if (!big || !BIG_AFTER_A.has(big.lower)) return null;
    shape = 'big';
    end = big.end;
  } else if (lower === 'tens' || lower === 'hundreds' || lower === 'dozens' || lower === 'des') {
    const of = nextWord(end);
    const big = of && (of.lower === 'of' || of.lower === 'de') ? nextWord(of.end) : null;
    if (big && tab.largePlurals.has(big.lower) && lower !== 'des') {
      shape = 'large';
      end = big.end;
    } else if (lower === 'des' && of && tab.largePlurals.has(of.lower)) {
      return wordNumber(c, skipSpace(t, end, 1), approximate); // "des milliers": the figure is "milliers"
    } else if (tab.largePlurals.has(lower)) {
      shape = 'large';
    } else return null;
  } else if (tab.largePlurals.has(lower)) {
    shape = 'large';
    // "millions of dollars"
    const of = nextWord(end);
    const cur = of && (of.lower === 'of' || of.lower === 'de') ? skipSpace(t, of.end, 1) : -1;
    if (cur > 0 && stickyEnd(tab.currencyAfter, t, cur) >= 0)
      return { start: p, end: stickyEnd(tab.currencyAfter, t, cur), kind: 'money' };
  } else if (tab.numberWords.has(lower)) {
    value = tab.numberWords.get(lower)!;
    // a bare "million" or "hundred" needs a count before it: "two million", "several million"
    if ((value >= 100 || lower === 'dozen') && !approximate) return null;
    // twenty-five, two hundred, three thousand
    for (let guard = 0; guard < 4; guard++) {
      if (t[end] === '-' && isLetter(t[end + 1])) {
        const w = wordAt(t, end + 1);
        const v = w ? tab.numberWords.get(w.lower) : undefined;
        if (w && v !== undefined && v < 10 && value >= 20 && value < 100) {
          value += v;
          end = w.end;
          continue;
        }
        if (w && FRACTION_SET.has(w.lower) && value < 20) {
          shape = 'fraction';
          end = w.end;
        }
        break;
      }
      const w = nextWord(end);
      if (w && FRACTION_SET.has(w.lower) && value < 20 && !/^(?:half|halves|quarter|quarters)$/.test(w.lower)) {
        shape = 'fraction'; // "two thirds", "deux tiers", "zwei Drittel"
        end = w.end;
        break;
      }
      const v = w ? tab.numberWords.get(w.lower) : undefined;
      if (w && v !== undefined && v >= 100 && v > value) {
        value *= v;
        end = w.end;
        continue;
      }
      break;
    }
    if (shape === 'cardinal') {
      // one in five, nine out of ten
      const ratio = stickyExec(RATIO_WORDS, t, end);
      if (ratio && value <= 20) {
        const r = end + ratio[0].length;
        const w = wordAt(t, r);
        const n = isDigit(t[r]) ? readNumber(c, r) : null;
        if (n) return { start: p, end: n.end, kind: 'quantity' };
        if (w && tab.numberWords.has(w.lower)) return { start: p, end: w.end, kind: 'quantity' };
      }
    }
  } else return null;

  if (shape === 'fraction') return { start: p, end, kind: 'quantity' };
  if (stickyEnd(O_CLOCK, t, end) >= 0) return { skip: stickyEnd(O_CLOCK, t, end) }; // about twelve o'clock
  const tail = readTail(c, end, shape !== 'cardinal' || value >= 100);
  if (tail.unit === 'time' && stickyEnd(RELATIVE_AGO, t, tail.end) >= 0) return { skip: tail.end };
  if (tail.compound) return { skip: end };
  const hit: Hit = { start: p, end: tail.end, kind: tail.kind };
  if (shape !== 'cardinal') return hit;
  if (tail.kind !== 'quantity' || tail.scaled) return hit;
  if (value >= 100) return hit;
  if (value === 1) {
    const unitWord = t.slice(skipSpace(t, end, 1), tail.end).toLowerCase();
    const ok = (tail.unit === 'time' && !/^(?:day|time)/.test(unitWord)) || tail.unit === 'measure';
    return ok ? hit : null;
  }
  if (tail.unit === 'counted') {
    const det = wordBefore(t, p, 2);
    if (det && DEFINITE_SET.has(det.word.toLowerCase())) return null;
    return hit;
  }
  if (tail.unit !== null || approximate) return hit;
  return null;
}

const FRACTION_SET: ReadonlySet<string> = new Set(FRACTION_WORDS);
const DEFINITE_SET: ReadonlySet<string> = new Set(DEFINITE_DETERMINERS);

// ---------------------------------------------------------------------------------------------
// Chinese

function atHan(c: Ctx, p: number): Outcome {
  const t = c.t;
  const pct = stickyEnd(ZH_PERCENT, t, p);
  if (pct >= 0) return { start: p, end: pct, kind: 'percent' };
  if (t[p] === '第') {
    const q = stickyEnd(ZH_QUARTER, t, p);
    if (q >= 0) return { start: p, end: q, kind: 'date' };
    const n = stickyEnd(ZH_NUMERALS, t, p + 1);
    return { skip: n >= 0 ? n : p + 1 };
  }
  if (c.tab.approximatorStarts.has(t[p]) || stickyEnd(c.tab.approximators, t, p) >= 0) {
    const a = approximated(c, p);
    if (a) return a;
  }
  return zhNumber(c, p);
}

/** Chinese numerals or digits with a unit or currency: 六年, 三千人, 2450亿美元. */
function zhNumber(c: Ctx, p: number): Outcome {
  const t = c.t;
  if (isDigit(t[p])) return atDigit(c, p);
  const pct = stickyEnd(ZH_PERCENT, t, p);
  if (pct >= 0) return { start: p, end: pct, kind: 'percent' };
  const n = stickyEnd(ZH_NUMERALS, t, p);
  if (n < 0) return null;
  const numerals = t.slice(p, n);
  const money = stickyEnd(ZH_CURRENCY, t, n);
  if (money >= 0 && numerals.length > 1) return { start: p, end: money, kind: 'money' };
  const more = stickyEnd(ZH_MORE_THAN, t, n);
  if (more >= 0) {
    const counted = Math.max(stickyEnd(ZH_UNIT, t, more), stickyEnd(ZH_CLASSIFIER, t, more));
    if (counted >= 0) return { start: p, end: counted, kind: 'quantity' }; // 二十多个
  }
  const unit = stickyEnd(ZH_UNIT, t, n);
  if (unit < 0) return null;
  const u = t.slice(n, unit);
  if (numerals === '一' && !ZH_TIME_UNITS.has(u)) return null;
  if (u === '年' && /^[〇零一二三四五六七八九]{4}$/.test(numerals)) return { start: p, end: unit, kind: 'date' };
  if (u === '年' && t[unit] === '代') return { start: p, end: unit + 1, kind: 'date' }; // 八十年代, the eighties
  return { start: p, end: unit, kind: 'quantity' };
}

// ---------------------------------------------------------------------------------------------
// Tables per language

function tablesFor(lang: string | null): Tables {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  const page = (FIGURE_LANGS as readonly string[]).includes(primary) ? (primary as FigureLang) : null;
  const key = page ?? '';
  const cached = tablesCache.get(key);
  if (cached) return cached;
  const langs: FigureLang[] = page === null || page === 'en' ? ['en'] : ['en', page];
  const pick = <T>(table: Readonly<Record<FigureLang, readonly T[]>>): T[] => langs.flatMap((l) => table[l]);
  // Without a page language, words that only ever follow a number (Mrd., Prozent, рублей) are
  // safe to read in every language; number words and approximators are not (`six`, `fast`).
  const pickAfterNumber = <T>(table: Readonly<Record<FigureLang, readonly T[]>>): T[] =>
    page === null ? FIGURE_LANGS.flatMap((l) => table[l]) : pick(table);

  const months = new Map<string, MonthWord & { lang: FigureLang }>();
  // Without a page language, other languages' full month names still count next to a number;
  // their abbreviations (es "ago", de "Mai") would collide with English words.
  const monthLangs: FigureLang[] = page === null ? ['en', 'de', 'fr', 'es', 'ru'] : langs;
  for (const l of monthLangs) {
    for (const [w, info] of MONTHS[l]) {
      if (months.has(w)) continue;
      if (page === null && l !== 'en' && (info.abbr || w === 'mars')) continue;
      months.set(w, { ...info, lang: l });
    }
  }
  // Chinese approximators touch the number (约3000人) and collide with no other language: always on
  const approximatorList = [...new Set([...pick(APPROXIMATORS), ...APPROXIMATORS.zh])];
  const spacedApproximators = approximatorList.filter((a) => !isHan(a[0]));
  const modifierList = pick(DATE_MODIFIERS);
  const tables: Tables = {
    langs,
    page,
    months,
    monthContext: new Set(pick(MONTH_CONTEXT)),
    approximators: new RegExp(
      `(?:${alternation(spacedApproximators)})(?=[ \\u00A0])|(?:${alternation(APPROXIMATORS.zh)})`,
      'iuy',
    ),
    approximatorStarts: new Set(approximatorList.map((a) => (isHan(a[0]) ? a[0] : a.split(/[ '’.]/)[0].toLowerCase()))),
    percent: new RegExp(`(?:[%％]|${alternation(pickAfterNumber(PERCENT_WORDS))}${NOT_LETTER})`, 'iuy'),
    scale: phraseRegex(
      pickAfterNumber(SCALE_WORDS).flatMap((w) => (w.length <= 4 ? [`${w}.`, w] : [w])),
      NOT_LETTER,
    ),
    currencyAfter: new RegExp(
      `(?:(?:de|d['’]|de los)[ \\u00A0]?)?(?:(?:US|U\\.S\\.)[ \\u00A0-])?(?:${alternation(pickAfterNumber(CURRENCY_WORDS))}|руб\\.)${NOT_LETTER}`,
      'iuy',
    ),
    timeUnit: phraseRegex(pick(TIME_UNITS), NOT_LETTER),
    measureUnit: phraseRegex(pick(MEASURE_UNITS), NOT_LETTER),
    countedNoun: phraseRegex(pick(COUNTED_NOUNS), NOT_LETTER),
    numberWords: new Map(langs.flatMap((l) => Object.entries(NUMBER_WORDS[l]))),
    largePlurals: new Set(pick(LARGE_PLURALS)),
    modifiers: phraseRegex(modifierList, '(?=[ \\u00A0\\-‑])'),
    modifierStarts: new Set(modifierList.map((m) => m.split(' ')[0])),
    periodOrdinals: new Set(pick(PERIOD_ORDINALS)),
    connectors: phraseRegex(pick(PERIOD_CONNECTORS), '(?=[ \\u00A0])'),
    triggers: new Set(),
    spaceGrouping: page !== null && DECIMAL_COMMA_LANGS.has(page),
    decimalComma: page !== null && DECIMAL_COMMA_LANGS.has(page),
  };
  tables.triggers = new Set(
    [
      ...CURRENCY_PREFIX_STARTS,
      ...tables.approximatorStarts,
      ...months.keys(),
      ...tables.modifierStarts,
      ...tables.periodOrdinals,
      ...WORD_NUMBER_STARTS,
      ...tables.numberWords.keys(),
      ...tables.largePlurals,
      'q',
      'h',
      'fiscal',
      'fy',
      'années',
      'década',
      'años',
    ].map((w) => w.toLowerCase()),
  );
  tablesCache.set(key, tables);
  return tables;
}

function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, '[ \\u00A0]').replace(/'/g, "['’]"))
    .join('|');
}

function phraseRegex(words: readonly string[], tail: string): RegExp {
  return new RegExp(`(?:${alternation(words)})${tail}`, 'iuy');
}

// ---------------------------------------------------------------------------------------------
// Small text helpers (all bounded: they look at most a few dozen characters)

function stickyExec(re: RegExp, t: string, p: number): RegExpExecArray | null {
  if (p < 0 || p > t.length) return null;
  re.lastIndex = p;
  return re.exec(t);
}

function stickyEnd(re: RegExp, t: string, p: number): number {
  if (p < 0 || p > t.length) return -1;
  re.lastIndex = p;
  return re.test(t) ? re.lastIndex : -1;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

/** Chinese characters and Japanese kana: figures there need no spaces around them. */
function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80 && HAN.test(ch);
}

function toAscii(s: string): string {
  let wide = false;
  for (let i = 0; i < s.length && !wide; i++) wide = s.charCodeAt(i) >= 0xff10;
  if (!wide) return s;
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function skipSpace(t: string, p: number, max: number): number {
  let q = p;
  while (q < t.length && q - p < max && HSPACE.test(t[q])) q++;
  return q;
}

function wordAt(t: string, p: number): { word: string; lower: string; end: number } | null {
  if (p < 0 || isLetter(t[p - 1])) return null;
  const m = stickyExec(WORD_AT, t, p);
  if (!m) return null;
  const end = p + m[0].length;
  if (isLetter(t[end]) && !isHan(t[end])) return null;
  return { word: m[0], lower: m[0].toLowerCase(), end };
}

interface PrevWord {
  word: string;
  start: number;
  /** Ends in a dot before the number (`No. 5`). */
  dotted: boolean;
  /** Is the `s` of a possessive (`China's 1.4 billion`). */
  possessive: boolean;
}

/** The word just before `p`, across at most `maxSpaces` spaces (and one dot if `allowDot`). */
function wordBefore(t: string, p: number, maxSpaces: number, allowDot = false): PrevWord | null {
  let q = p;
  let spaces = 0;
  while (q > 0 && spaces < maxSpaces && HSPACE.test(t[q - 1])) {
    q--;
    spaces++;
  }
  let dotted = false;
  if (allowDot && q > 0 && t[q - 1] === '.' && spaces > 0) {
    dotted = true;
    q--;
  }
  const end = q;
  while (q > 0 && end - q < 40 && isLetter(t[q - 1]) && !isHan(t[q - 1])) q--;
  if (q === end) return null;
  const word = t.slice(q, end);
  const possessive = (word === 's' || word === 'S') && (t[q - 1] === "'" || t[q - 1] === '’');
  return { word, start: q, dotted, possessive };
}

function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x2007 ||
    code === 0x3000
  );
}

/** Digits inside a URL, e-mail address or file path are not figures. */
function inUrlLikeRun(c: Ctx, p: number): boolean {
  const t = c.t;
  if (p >= c.run.start && p < c.run.end) return c.run.url;
  let s = p;
  while (s > 0 && !isSpaceCode(t.charCodeAt(s - 1))) s--;
  let e = p;
  while (e < t.length && !isSpaceCode(t.charCodeAt(e))) e++;
  // a long run is checked near its start only; it is one token either way
  c.run = { start: s, end: e, url: e - s >= 6 && URL_HINT.test(t.slice(s, Math.min(e, s + 300))) };
  return c.run.url;
}

/** A figure never ends in a space; a dot stays only where the patterns took it as an abbreviation's (`Mio.`). */
function trimEnd(t: string, start: number, end: number): number {
  let e = end;
  while (e > start && HSPACE.test(t[e - 1])) e--;
  return e;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function escapeClass(s: string): string {
  return s.replace(/[\]\\^-]/g, '\\$&');
}
