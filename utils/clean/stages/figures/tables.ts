/**
 * The regexes and sets the scan reads, built from the language records on first use and kept:
 * one set per page language, sharing the every-page part. Nothing here is rebuilt per block.
 */
import { CURRENCY_PREFIXES, CURRENCY_SYMBOLS } from './lang/signs';
import { D, NOT_LETTER, escapeClass, escapeRe, isHan } from './characters';
import { type EveryPageWords, FIGURE_LANGS, type FigureLang, type FigureLanguage, LANGUAGES } from './lang';
import { WORD_NUMBER_STARTS } from './number-words';
import { DECADE_WORDS } from './date-periods';

export interface MonthEntry {
  month: number;
  /** Abbreviations need a number next to them to count (`Nov. 29`, not a bare `Nov`). */
  abbr: boolean;
  lang: FigureLang;
}

/** Built from every language's `everyPage` words, once. */
export interface EveryPageTables {
  fractionWords: ReadonlySet<string>;
  periodNouns: ReadonlySet<string>;
  /** `between` → the words that join its two ends (`and`). */
  betweenJoins: ReadonlyMap<string, ReadonlySet<string>>;
  referenceWords: ReadonlySet<string>;
  dottedReferenceWords: ReadonlySet<string>;
  capitalisedFunctionWords: ReadonlySet<string>;
  definiteDeterminers: ReadonlySet<string>;
  gluedScale: RegExp;
  gluedCurrency: RegExp;
  gluedUnit: RegExp;
  gluedTimeUnits: ReadonlySet<string>;
  /** A currency sign or code right before an amount (`US$`, `EUR`, `€`). */
  currencyPrefix: RegExp;
  /** The leading letters of the currency codes (`US` of `US$`), case kept: words that may start money. */
  currencyPrefixStarts: ReadonlySet<string>;
  numberRangeJoins: ReadonlySet<string>;
  scalesAfterA: ReadonlySet<string>;
  acrossApproximators: ReadonlySet<string>;
  moreThanLeadWords: ReadonlySet<string>;
  hyphenPrefixes: ReadonlySet<string>;
  decadeLeadWords: ReadonlySet<string>;
  halfYearNouns: ReadonlySet<string>;
}

/** Per-language regexes and sets, built once per page language. */
export interface Tables extends EveryPageTables {
  langs: readonly FigureLang[];
  page: FigureLang | null;
  months: ReadonlyMap<string, MonthEntry>;
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
  numberJoins: ReadonlySet<string>;
  decimalWords: ReadonlySet<string>;
  compoundNumberWords: boolean;
  collectiveNumerals: ReadonlySet<string>;
  largePlurals: ReadonlySet<string>;
  modifiers: RegExp;
  modifierStarts: ReadonlySet<string>;
  periodOrdinals: ReadonlySet<string>;
  connectors: RegExp;
  /** Every lower-case word that can start a figure; all other words are skipped at once. */
  triggers: ReadonlySet<string>;
  spaceGrouping: boolean;
  decimalComma: boolean;
  ordinalDot: boolean;
  capitalisedWordNames: boolean;
  modelNames: boolean;
}

const tablesCache = new Map<string, Tables>();
let everyPageCache: EveryPageTables | null = null;

/** The page language's tables; a language without a record (or none) gets English and the every-page words. */
/**
 * One or two words naming whose currency it is, between the amount and the currency word:
 * `88 billion Hong Kong dollars`, `420 million Finnish markka`, `10,000 Swiss francs`. Words of
 * three letters or more only, and never a function word, so `5 against the dollar` stays a count.
 */
const CURRENCY_PLACE_STOP = [
  'the',
  'and',
  'for',
  'against',
  'per',
  'than',
  'from',
  'with',
  'into',
  'over',
  'under',
  'each',
  'this',
  'that',
  'these',
  'those',
  'their',
  'its',
  'his',
  'her',
  'our',
  'more',
  'less',
  'other',
  'versus',
  'gegen',
  'den',
  'der',
  'die',
  'das',
  'und',
  'pro',
  'les',
  'des',
  'contre',
  'par',
  'pour',
  'los',
  'las',
  'contra',
  'por',
  'para',
  'una',
  'une',
  'ein',
  'eine',
  'per',
  'dei',
  'degli',
  'delle',
  'dos',
  'das',
];
const CURRENCY_PLACE = `(?:(?!(?:${CURRENCY_PLACE_STOP.join('|')})[ \\u00A0])\\p{L}{3,}[ \\u00A0]){1,2}`;

export function tablesFor(lang: string | null): Tables {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  const page = (FIGURE_LANGS as readonly string[]).includes(primary) ? (primary as FigureLang) : null;
  const key = page ?? '';
  const cached = tablesCache.get(key);
  if (cached) return cached;
  const tables = buildTables(page);
  tablesCache.set(key, tables);
  return tables;
}

function buildTables(page: FigureLang | null): Tables {
  const langs: FigureLang[] = page === null || page === 'en' ? ['en'] : ['en', page];
  const pick = <T>(field: (l: FigureLanguage) => readonly T[]): T[] => langs.flatMap((l) => field(LANGUAGES[l]));
  // Without a page language, words that only ever follow a number (Mrd., Prozent, рублей) are
  // safe to read in every language; number words and approximators are not (`six`, `fast`).
  const pickAfterNumber = <T>(field: (l: FigureLanguage) => readonly T[]): T[] =>
    page === null ? FIGURE_LANGS.flatMap((l) => field(LANGUAGES[l])) : pick(field);

  const months = new Map<string, MonthEntry>();
  // Without a page language, other languages' full month names still count next to a number;
  // their abbreviations (es "ago", de "Mai") would collide with English words.
  const monthLangs: FigureLang[] = page === null ? ['en', 'de', 'fr', 'es', 'ru'] : langs;
  for (const l of monthLangs) {
    for (const [w, info] of monthWords(LANGUAGES[l])) {
      if (months.has(w)) continue;
      if (page === null && l !== 'en' && (info.abbr || w === 'mars')) continue;
      months.set(w, { ...info, lang: l });
    }
  }
  // Approximators in Chinese script touch the number (约3000人) and collide with no other
  // language's words: always on
  const hanApproximators = FIGURE_LANGS.flatMap((l) => LANGUAGES[l].approximators.filter((a) => isHan(a[0])));
  const approximatorList = [...new Set([...pick((l) => l.approximators), ...hanApproximators])];
  const spacedApproximators = approximatorList.filter((a) => !isHan(a[0]));
  const modifierList = pick((l) => l.dateModifiers);
  const everyPage = everyPageTables();
  const undotted = new Set(pickAfterNumber((l) => l.undottedScaleWords ?? []));
  const decimalComma = page !== null && LANGUAGES[page].decimalComma;
  const numberWords = new Map(langs.flatMap((l) => Object.entries(LANGUAGES[l].numberWords)));
  const largePlurals = new Set(pick((l) => l.largePlurals));
  const periodOrdinals = new Set(pick((l) => l.periodOrdinals));
  const approximatorStarts = new Set(
    approximatorList.map((a) => (isHan(a[0]) ? a[0] : a.split(/[ '’.]/)[0].toLowerCase())),
  );
  const modifierStarts = new Set(modifierList.map((m) => m.split(' ')[0]));
  const triggers = new Set(
    [
      ...everyPage.currencyPrefixStarts,
      ...approximatorStarts,
      ...months.keys(),
      ...modifierStarts,
      ...periodOrdinals,
      ...WORD_NUMBER_STARTS,
      ...numberWords.keys(),
      ...pick((l) => l.collectiveNumerals ?? []),
      ...largePlurals,
      'q',
      'h',
      'fiscal',
      'fy',
      ...DECADE_WORDS,
    ].map((w) => w.toLowerCase()),
  );
  return {
    ...everyPage,
    langs,
    page,
    months,
    monthContext: new Set(pick((l) => l.monthContext)),
    approximators: new RegExp(
      `(?:${alternation(spacedApproximators)})(?=[ \\u00A0])|(?:${alternation(hanApproximators)})`,
      'iuy',
    ),
    approximatorStarts,
    // the words grouped, so that the letter check holds for each (`percentual` is no `percent`)
    percent: new RegExp(`(?:[%％]|(?:${alternation(pickAfterNumber((l) => l.percentWords))})${NOT_LETTER})`, 'iuy'),
    scale: phraseRegex(
      pickAfterNumber((l) => l.scaleWords).flatMap((w) => (w.length <= 4 && !undotted.has(w) ? [`${w}.`, w] : [w])),
      NOT_LETTER,
    ),
    currencyAfter: new RegExp(
      `(?:(?:${everyPageAlternation('currencyJoins')})[ \\u00A0]?)?(?:(?:${everyPageAlternation('currencyCountries')})[ \\u00A0-]|${CURRENCY_PLACE})?(?:${alternation(pickAfterNumber((l) => l.currencyWords))}|${everyPageAlternation('currencyAbbreviations')})${NOT_LETTER}`,
      'iuy',
    ),
    timeUnit: phraseRegex(
      pick((l) => l.timeUnits),
      NOT_LETTER,
    ),
    measureUnit: phraseRegex(
      pick((l) => l.measureUnits),
      NOT_LETTER,
    ),
    countedNoun: phraseRegex(
      pick((l) => l.countedNouns),
      NOT_LETTER,
    ),
    numberWords,
    numberJoins: new Set(pick((l) => l.numberJoins ?? [])),
    decimalWords: new Set(pick((l) => l.decimalWords ?? [])),
    compoundNumberWords: page !== null && LANGUAGES[page].compoundNumberWords === true,
    collectiveNumerals: new Set(pick((l) => l.collectiveNumerals ?? [])),
    largePlurals,
    modifiers: phraseRegex(modifierList, '(?=[ \\u00A0\\-‑])'),
    modifierStarts,
    periodOrdinals,
    connectors: phraseRegex(
      pick((l) => l.periodConnectors),
      '(?=[ \\u00A0])',
    ),
    triggers,
    spaceGrouping: decimalComma,
    decimalComma,
    // without a page language, the English habits hold
    ordinalDot: page !== null && LANGUAGES[page].ordinalDot,
    capitalisedWordNames: page === null || LANGUAGES[page].capitalisedWordNames,
    modelNames: page === null || LANGUAGES[page].modelNames,
  };
}

/** One language's month words: full forms first, then abbreviations that are no full form. */
function monthWords(language: FigureLanguage): Map<string, Omit<MonthEntry, 'lang'>> {
  const map = new Map<string, Omit<MonthEntry, 'lang'>>();
  language.months.full.forEach((forms, i) => {
    for (const w of forms) map.set(w, { month: i + 1, abbr: false });
  });
  for (const [w, m] of Object.entries(language.months.abbreviations)) {
    if (!map.has(w)) map.set(w, { month: m, abbr: true });
  }
  return map;
}

function everyPageTables(): EveryPageTables {
  if (everyPageCache) return everyPageCache;
  const all = <T>(field: (words: FigureLanguage['everyPage']) => readonly T[]): T[] =>
    FIGURE_LANGS.flatMap((l) => field(LANGUAGES[l].everyPage));
  const betweenJoins = new Map<string, Set<string>>();
  for (const l of FIGURE_LANGS) {
    for (const [word, joins] of Object.entries(LANGUAGES[l].everyPage.betweenJoins)) {
      const set = betweenJoins.get(word) ?? new Set<string>();
      for (const j of joins) set.add(j);
      betweenJoins.set(word, set);
    }
  }
  everyPageCache = {
    fractionWords: new Set(all((w) => w.fractionWords)),
    periodNouns: new Set(all((w) => w.periodNouns)),
    betweenJoins,
    referenceWords: new Set(all((w) => w.referenceWords)),
    dottedReferenceWords: new Set(all((w) => w.dottedReferenceWords)),
    capitalisedFunctionWords: new Set(all((w) => w.capitalisedFunctionWords)),
    definiteDeterminers: new Set(all((w) => w.definiteDeterminers)),
    // longest first: a sticky alternation without a tail takes the first that fits, so 万亿 before 万
    // and 人民元 before 元, whichever record lists them
    gluedScale: new RegExp(`(?:${longestFirst(all((w) => w.gluedScales))})`, 'y'),
    gluedCurrency: new RegExp(`(?:${longestFirst(all((w) => w.gluedCurrencies))})`, 'y'),
    gluedUnit: new RegExp(`(?:${longestFirst(all((w) => w.gluedUnits))})`, 'y'),
    gluedTimeUnits: new Set(all((w) => w.gluedTimeUnits)),
    currencyPrefix: new RegExp(
      `(?:${[...CURRENCY_PREFIXES]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|')}|[${escapeClass(CURRENCY_SYMBOLS)}])(?=\\s?${D}|\\s?[.,]${D})`,
      'y',
    ),
    currencyPrefixStarts: new Set(CURRENCY_PREFIXES.map((s) => s.match(/^[\p{L}]+/u)?.[0] ?? '').filter(Boolean)),
    numberRangeJoins: new Set(everyPageWords('numberRangeJoins')),
    scalesAfterA: new Set(everyPageWords('scalesAfterA')),
    acrossApproximators: new Set(everyPageWords('acrossApproximators')),
    moreThanLeadWords: new Set(everyPageWords('moreThanLeadWords')),
    hyphenPrefixes: new Set(everyPageWords('hyphenPrefixes')),
    decadeLeadWords: new Set(everyPageWords('decadeLeadWords')),
    halfYearNouns: new Set(everyPageWords('halfYearNouns')),
  };
  return everyPageCache;
}

function longestFirst(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/** Longest first, so `more than` wins over `more`; a space also matches a no-break space, `'` also `’`. */
function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, '[ \\u00A0]').replace(/'/g, "['’]"))
    .join('|');
}

function phraseRegex(words: readonly string[], tail: string): RegExp {
  return new RegExp(`(?:${alternation(words)})${tail}`, 'iuy');
}

type WordListField = {
  [K in keyof EveryPageWords]-?: NonNullable<EveryPageWords[K]> extends readonly string[] ? K : never;
}[keyof EveryPageWords];

/** Built on the first call, then kept: regexes from the records cost nothing until a text needs them. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

/** All languages' words of one every-page field, in language order, once each. */
export function everyPageWords(field: WordListField): string[] {
  return [...new Set(FIGURE_LANGS.flatMap((l) => LANGUAGES[l].everyPage[field] ?? []))];
}

/** Those words as a regex alternation in their order; `'` also matches `’`, spaces stay literal. */
export function everyPageAlternation(field: WordListField): string {
  return everyPageWords(field)
    .map((w) => escapeRe(w).replace(/'/g, "['’]"))
    .join('|');
}
