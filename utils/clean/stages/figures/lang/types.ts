/**
 * What the figure scan needs to know about one language. Each language is one record of this
 * type in its own file (`en.ts`, `de.ts`...), listed in `index.ts`; a missing field is a type
 * error. Words are lower case (lookups lower-case the text) unless a field says otherwise.
 *
 * Fields at the top are read when the page is in that language (English always, as English
 * words turn up in every press); `everyPage` holds words that are safe to read whatever the
 * page language, because they only make sense right before or after a number.
 */
export interface FigureLanguage {
  code: FigureLang;
  /** Writes `8,1` for eight point one; its ordinary spaces may group thousands (`3 000`). */
  decimalComma: boolean;
  /** Writes ordinals as a number and a dot (`der 3. Platz`), so such a number is no count. */
  ordinalDot: boolean;
  /** A capitalised word right before a number names it (`Boeing 737`; in Chinese text, `Mate 60`). */
  capitalisedWordNames: boolean;
  /** A number, a capitalised word and a number is a model name (`737 Max 9`). */
  modelNames: boolean;
  /**
   * Month names: `full[0]` holds every grammatical form of January a date uses (Russian has
   * three), and so on. Abbreviations need a number next to them to count (`Nov. 29`, not `Nov`).
   */
  months: { full: readonly (readonly string[])[]; abbreviations: Readonly<Record<string, number>> };
  /** Words right before a month that make a bare month name a date (`in March`, `seit Mai`). */
  monthContext: readonly string[];
  /** Phrases that make a figure approximate or a bound; they belong to the figure's span. */
  approximators: readonly string[];
  /** Cardinal number words with their value (`one` is special-cased: it is mostly a pronoun). */
  numberWords: Readonly<Record<string, number>>;
  /** Plural round numbers that are figures on their own: `thousands`, `Zehntausende`, `des milliers`. */
  largePlurals: readonly string[];
  /** Units of time: a count of them is a duration (`six years`). */
  timeUnits: readonly string[];
  /** Units of measure (`°c` keeps its degree sign). */
  measureUnits: readonly string[];
  /** Nouns a count usually measures in news: people and things counted as the story's facts. */
  countedNouns: readonly string[];
  /**
   * Percent markers after a number, longest first where one is a prefix of another. This and the
   * next two are read in every language when the page language is unknown (they only follow numbers).
   */
  percentWords: readonly string[];
  /** Words that multiply the number before them, after a space (`245 Mrd.`, `1.2 trillion`); short ones may take a dot. */
  scaleWords: readonly string[];
  /** Short scale words never written with a dot (`mil`, `mi`): a dot after one ends the sentence. */
  undottedScaleWords?: readonly string[];
  /** Currency names and codes written after the amount: `1.2 trillion yuan`, `245 Mrd. Euro`. */
  currencyWords: readonly string[];
  /** Date modifiers before a year, month or decade: `early 2024`, `Ende 2024`, `mid-2025`. */
  dateModifiers: readonly string[];
  /** Words that join the parts of one cardinal: `two hundred and five`, `treinta y dos`, `vingt et un`. */
  numberJoins?: readonly string[];
  /** Words for the decimal point in a number written out: `five point five`, `coma`, `virgule`. */
  decimalWords?: readonly string[];
  /** Writes cardinals as one compound word (`dreiundzwanzig`, `siebenhundert`), read part by part. */
  compoundNumberWords?: boolean;
  /** Number words that are also common words (it `sei`, "you are"): a figure alone only before a unit or a counted noun. */
  numberWordsNeedingNoun?: readonly string[];
  /**
   * Singular ordinals that close a cardinal in words into one ordinal (`one hundred twenty fifth`,
   * `three trillionth`): whole words, and endings (`ième`, `ésimo`). No count: FIGURES.md's ordinals.
   */
  ordinalWords?: readonly string[];
  ordinalEndings?: readonly string[];
  /** `and a half` after a number or its unit, part of the figure: `2 and a half years`, `3 millones y medio`, `deux heures et demie`. */
  andHalf?: readonly string[];
  /** Collective numerals of a definite size, figures after an article: `une vingtaine`, `una decena`. */
  collectiveNumerals?: readonly string[];
  /** Words before the first number of a change (`from 38 to 45`, `с 52 до 60`): its two ends are two figures. */
  changeStarts?: readonly string[];
  /** Words between the two counts of a vote tally or a score: `412 zu 201`, `52 to 48`. */
  tallyJoins?: readonly string[];
  /** Words after a count of time that make it an age: `29 years old`, `5 Jahre alt`. */
  ageAfter?: readonly string[];
  /** Singular nouns a number may join with a hyphen to measure: `300-seat`, `4-door`. */
  compoundNouns?: readonly string[];
  /** Nouns after a number that make it an address or a reference, no figure: `на 4 этаже`. */
  referenceAfter?: readonly string[];
  /** Words before a day number alone that make it a date: `Monday 21`, `le 18`, `el día 18`. */
  bareDayBefore?: readonly string[];
  /** Words before a day and month in digits that make them a date: `on 5/12`, `am 22.04.`, `le 3/5`. */
  dayContext?: readonly string[];
  /** Words before a bare number that make it a time of day: `a las 5`, `um 18`. */
  timeBefore?: readonly string[];
  /** Phrases after a number that make it a time of day: `7 in the morning`, `5 de la tarde`. */
  timeAfter?: readonly string[];
  /** Words for "o'clock" after a number, a time of day after one of `hourPrepositions`: `à 23 heures`. */
  hourWords?: readonly string[];
  /** Between minutes and the hour they follow: `ten past nine`, `20 min past 8` is a time of day. */
  minutesPast?: readonly string[];
  hourPrepositions?: readonly string[];
  /** Counters glued after a number that make it a rank, an ordinal or a reference, no figure: `2位`, `3番目`, `9条`. */
  gluedReferences?: readonly string[];
  /** Words glued before a number that belong to its span, no approximators: `摂氏30度`, `マイナス5`. */
  gluedPrefixes?: readonly string[];
  /** Ordinals that name a quarter or half of a year: `third quarter`, `drittes Quartal`. */
  periodOrdinals: readonly string[];
  /** Words that join two dates into one period (`January to July 2025`, `2019 bis 2021`). */
  periodConnectors: readonly string[];
  everyPage: EveryPageWords;
}

/** Words read on every page, whatever its language. */
export interface EveryPageWords {
  /** Fraction denominators: `two-thirds`, `a quarter of`. */
  fractionWords: readonly string[];
  /** The nouns after a period ordinal: quarter or half of a year. */
  periodNouns: readonly string[];
  /** Words after `between` that join a period: `between March and May 2024`. */
  betweenJoins: Readonly<Record<string, readonly string[]>>;
  /** Words before a number that make it a reference, not a figure (`Article 5`, `page 12`). */
  referenceWords: readonly string[];
  /** Abbreviations that make a reference only with their dot (`No. 5`, `Art. 5`): `para 2025` is Spanish "for 2025". */
  dottedReferenceWords: readonly string[];
  /**
   * Capitalised words that may stand right before a number without naming it: sentence-initial
   * function words, weekdays, months. Any other capitalised word before a number in English
   * makes the number part of a name (`Boeing 737`, `Apollo 11`).
   */
  capitalisedFunctionWords: readonly string[];
  /** Determiners that make a word-number a reference to known things (`the two countries`), not a count. */
  definiteDeterminers: readonly string[];
  /** Multipliers written straight after the digits, in the given order (longest first): 2450亿, 3万, 1.5万亿. */
  gluedScales: readonly string[];
  /** Currencies written straight after the number or its scale, in the given order: 5亿美元. */
  gluedCurrencies: readonly string[];
  /** Measure words and units written straight after a number: 3000人, 六年, 12万吨. */
  gluedUnits: readonly string[];
  /** Those of `gluedUnits` that are units of time. */
  gluedTimeUnits: readonly string[];
  /** After an ordinal and a space or hyphen: `21st century`, `XXe siècle`, `5 века`. */
  centuryWords: readonly string[];
  /** After an ordinal's dot, case kept: `19. Jahrhundert`. */
  centuryAfterDot: readonly string[];
  /** Endings that make a number an ordinal (`3rd`, `2e`, `1.º`, `3-й`); an ordinal is no count. */
  ordinalSuffixes: readonly string[];
  /** Words for "year" after a year: `2025 года`. */
  yearWords: readonly string[];
  /** Between a day and its month: `3rd of March`, `3 de marzo`. */
  dayMonthJoins: readonly string[];
  /** Between a month and its year: `marzo de 2025`. */
  monthYearJoins: readonly string[];
  /** Between two days of a month: `1 to 3 March`, `1. bis 3. März`. */
  dayRangeJoins: readonly string[];
  /** Between a period and its year: `third quarter of 2025`. */
  periodYearJoins: readonly string[];
  /** Between a date modifier and its date: `principios de 2025`. */
  modifierJoins: readonly string[];
  /** Date modifiers that are seasons: they take a year, not a month (`summer 2024`). */
  seasons: readonly string[];
  /** Period nouns that need a year to be a date: `the second half` of a match is none. */
  halfYearNouns: readonly string[];
  /** Words before a two-digit decade that make it one: `the 90s`, `die 90er`. */
  decadeLeadWords: readonly string[];
  /** Prefixes that may join a number with a hyphen without naming it: `mid-2025`, `mi-2024`. */
  hyphenPrefixes: readonly string[];
  /** Words between two numbers that make them a range: `10 to 15`, `10 bis 15`. */
  numberRangeJoins: readonly string[];
  /** Between two counts that make a proportion: `1 in 4`, `9 out of 10`. */
  ratioJoins: readonly string[];
  /** After a unit, a rate: `5 km a day`; `per` then `periods`. */
  ratePer: readonly string[];
  ratePeriods: readonly string[];
  /** Hyphenated after a unit, part of the figure: `10-year-old`, `3-metre-high`. */
  ageTails: readonly string[];
  /** After a duration, a point in the past, no figure: `20 years ago`. */
  relativeTime: readonly string[];
  /** Between a scale and its noun: `6,3 millions de visiteurs`. */
  scaleNounJoins: readonly string[];
  /** Before a currency word: `millions de dollars`, `d'euros`. */
  currencyJoins: readonly string[];
  /** Country codes before a currency word, case kept: `US dollars`. */
  currencyCountries: readonly string[];
  /** Currency abbreviations after the amount, with their dot, read on every page: `500 руб.`. */
  currencyAbbreviations: readonly string[];
  /** Approximators that also mean "across" before a span of time: `invest $2bn over five years`. */
  acrossApproximators: readonly string[];
  /** Words before such an approximator that make it "more than" again: `for over five years`. */
  moreThanLeadWords: readonly string[];
  /** Scale words that `a` makes a number: `a dozen`, `a million`. */
  scalesAfterA: readonly string[];
  // Fields below are optional so that a record written before them still type-checks.
  /** Labels before a phone number (`Tel.`, `电话：`): the digits after them are one number, never figures. */
  phoneLabels?: readonly string[];
  /** Words between such a label and its number: `phone number is`, `telefone é`, `电话号码是`. */
  phoneLabelGlue?: readonly string[];
}

/** Languages with their own record; any other page language gets English only. */
export type FigureLang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'ru' | 'zh' | 'ja';
