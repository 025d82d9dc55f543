/**
 * The words a voice needs to say money and percentages, for each language the figure engine
 * has words for (en de fr es it pt ru zh). A symbol or abbreviation maps to its word in each
 * grammatical number the language distinguishes after a numeral.
 */

/** Forms after a numeral: English and most others need one and many; Russian also few (2–4, fractions). */
export interface Forms {
  one: string;
  few?: string;
  many: string;
}

export interface SpeechWords {
  decimalComma: boolean;
  /** Joins the two ends of a range, spaces included (" to " in "10 to 12"). */
  rangeTo: string;
  /** Which form a numeral calls for; `fraction` when it has decimals. */
  plural: (value: number, fraction: boolean) => keyof Forms;
  percent: (number: string, form: keyof Forms) => string;
  /** The amount in the language's order: "245 billion dollars", "3,5 millions d'euros". */
  amount: (number: string, scale: string | undefined, currency: string | undefined) => string;
  /** Scale abbreviations and words, exactly as written ("bn", "Mrd.", "млн", "亿"). */
  scales: Record<string, Forms>;
  /** Currency symbols and abbreviations as written ("$", "US$", "€", "руб."). */
  currencies: Record<string, Forms>;
}

export type SpeechLang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'ru' | 'zh';

const same = (word: string): Forms => ({ one: word, many: word });
const two = (one: string, many: string): Forms => ({ one, many });
const three = (one: string, few: string, many: string): Forms => ({ one, few, many });
const spaced = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
/** One table entry per spelling: `spellings(['Mio.', 'Mio'], forms)`. */
const spellings = (tokens: string[], forms: Forms): Record<string, Forms> =>
  Object.fromEntries(tokens.map((token) => [token, forms]));

const oneIfExactlyOne = (value: number, fraction: boolean): keyof Forms => (value === 1 && !fraction ? 'one' : 'many');

const en: SpeechWords = {
  decimalComma: false,
  rangeTo: ' to ',
  plural: oneIfExactlyOne,
  percent: (number) => `${number} percent`,
  amount: spaced,
  scales: {
    ...spellings(['k', 'K', 'thousand'], same('thousand')),
    ...spellings(['m', 'M', 'mn', 'mln', 'million'], same('million')),
    ...spellings(['bn', 'b', 'B', 'billion'], same('billion')),
    ...spellings(['tn', 'trn', 'trillion'], same('trillion')),
  },
  currencies: {
    $: two('dollar', 'dollars'),
    US$: two('US dollar', 'US dollars'),
    A$: two('Australian dollar', 'Australian dollars'),
    C$: two('Canadian dollar', 'Canadian dollars'),
    HK$: two('Hong Kong dollar', 'Hong Kong dollars'),
    NZ$: two('New Zealand dollar', 'New Zealand dollars'),
    '€': two('euro', 'euros'),
    '£': two('pound', 'pounds'),
    '¥': same('yen'),
    '₹': two('rupee', 'rupees'),
    '₽': two('rouble', 'roubles'),
    CHF: two('Swiss franc', 'Swiss francs'),
  },
};

const de: SpeechWords = {
  decimalComma: true,
  rangeTo: ' bis ',
  plural: oneIfExactlyOne,
  percent: (number) => `${number} Prozent`,
  amount: spaced,
  scales: {
    ...spellings(['Tsd.', 'Tsd', 'Tausend'], same('Tausend')),
    ...spellings(['Mio.', 'Mio', 'Million', 'Millionen'], two('Million', 'Millionen')),
    ...spellings(['Mrd.', 'Mrd', 'Milliarde', 'Milliarden'], two('Milliarde', 'Milliarden')),
    ...spellings(['Bio.', 'Billion', 'Billionen'], two('Billion', 'Billionen')),
  },
  currencies: {
    $: same('Dollar'),
    US$: same('US-Dollar'),
    '€': same('Euro'),
    '£': same('Pfund'),
    '¥': same('Yen'),
    '₹': two('Rupie', 'Rupien'),
    '₽': same('Rubel'),
    CHF: same('Franken'),
  },
};

/** "millions de dollars", "millions d'euros"; "mille euros" takes no "de". */
function frenchAmount(number: string, scale: string | undefined, currency: string | undefined): string {
  if (!scale || !currency || scale === 'mille') return spaced(number, scale, currency);
  const of = /^[aeiouyéèêh]/i.test(currency) ? `d'${currency}` : `de ${currency}`;
  return spaced(number, scale, of);
}

const fr: SpeechWords = {
  decimalComma: true,
  rangeTo: ' à ',
  // French puts numbers under two in the singular: "1,5 million".
  plural: (value) => (value < 2 ? 'one' : 'many'),
  percent: (number) => `${number} pour cent`,
  amount: frenchAmount,
  scales: {
    ...spellings(['k', 'K'], same('mille')),
    ...spellings(['M', 'Mio', 'million', 'millions'], two('million', 'millions')),
    ...spellings(['Md', 'Mds', 'Mrd', 'Mrds', 'milliard', 'milliards'], two('milliard', 'milliards')),
  },
  currencies: {
    $: two('dollar', 'dollars'),
    US$: two('dollar américain', 'dollars américains'),
    '€': two('euro', 'euros'),
    '£': two('livre', 'livres'),
    '¥': two('yen', 'yens'),
    '₹': two('roupie', 'roupies'),
    '₽': two('rouble', 'roubles'),
    CHF: two('franc suisse', 'francs suisses'),
  },
};

/** "3 millones de euros", "3 mil euros". */
function spanishAmount(number: string, scale: string | undefined, currency: string | undefined): string {
  if (!scale || !currency || scale === 'mil') return spaced(number, scale, currency);
  return spaced(number, scale, 'de', currency);
}

const es: SpeechWords = {
  decimalComma: true,
  rangeTo: ' a ',
  plural: oneIfExactlyOne,
  percent: (number) => `${number} por ciento`,
  amount: spanishAmount,
  scales: {
    mil: same('mil'),
    ...spellings(['M', 'mill.', 'millón', 'millones'], two('millón', 'millones')),
    MM: same('mil millones'),
  },
  currencies: {
    $: two('dólar', 'dólares'),
    US$: two('dólar estadounidense', 'dólares estadounidenses'),
    '€': two('euro', 'euros'),
    '£': two('libra', 'libras'),
    '¥': two('yen', 'yenes'),
    '₽': two('rublo', 'rublos'),
    CHF: two('franco suizo', 'francos suizos'),
  },
};

/** "3 milioni di euro", "5 mila euro". */
function italianAmount(number: string, scale: string | undefined, currency: string | undefined): string {
  if (!scale || !currency || scale === 'mila') return spaced(number, scale, currency);
  return spaced(number, scale, 'di', currency);
}

const it: SpeechWords = {
  decimalComma: true,
  rangeTo: ' a ',
  plural: oneIfExactlyOne,
  percent: (number) => `${number} per cento`,
  amount: italianAmount,
  scales: {
    mila: same('mila'),
    ...spellings(['M', 'mln', 'milione', 'milioni'], two('milione', 'milioni')),
    ...spellings(['mld', 'miliardo', 'miliardi'], two('miliardo', 'miliardi')),
  },
  currencies: {
    $: two('dollaro', 'dollari'),
    US$: two('dollaro statunitense', 'dollari statunitensi'),
    '€': same('euro'),
    '£': two('sterlina', 'sterline'),
    '¥': same('yen'),
    '₹': two('rupia', 'rupie'),
    '₽': two('rublo', 'rubli'),
    CHF: two('franco svizzero', 'franchi svizzeri'),
  },
};

/** "3,5 bilhões de reais", "5 mil reais". */
function portugueseAmount(number: string, scale: string | undefined, currency: string | undefined): string {
  if (!scale || !currency || scale === 'mil') return spaced(number, scale, currency);
  return spaced(number, scale, 'de', currency);
}

const pt: SpeechWords = {
  decimalComma: true,
  rangeTo: ' a ',
  // Portuguese keeps numbers under two in the singular: "1,5 milhão".
  plural: (value) => (value < 2 ? 'one' : 'many'),
  percent: (number) => `${number} por cento`,
  amount: portugueseAmount,
  scales: {
    mil: same('mil'),
    ...spellings(['mi', 'milhão', 'milhões', 'milhao', 'milhoes'], two('milhão', 'milhões')),
    ...spellings(['bi', 'bilhão', 'bilhões', 'bilhao', 'bilhoes'], two('bilhão', 'bilhões')),
    ...spellings(['tri', 'trilhão', 'trilhões'], two('trilhão', 'trilhões')),
  },
  currencies: {
    R$: two('real', 'reais'),
    $: two('dólar', 'dólares'),
    US$: two('dólar americano', 'dólares americanos'),
    '€': two('euro', 'euros'),
    '£': two('libra', 'libras'),
    '¥': two('iene', 'ienes'),
    '₽': two('rublo', 'rublos'),
    CHF: two('franco suíço', 'francos suíços'),
  },
};

const ru: SpeechWords = {
  decimalComma: true,
  rangeTo: ' – ',
  // A fraction takes the genitive singular, like 2–4: "3,5 миллиона".
  plural: (value, fraction) => {
    if (fraction) return 'few';
    const tens = value % 100;
    const units = value % 10;
    if (units === 1 && tens !== 11) return 'one';
    if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return 'few';
    return 'many';
  },
  percent: (number, form) => `${number} ${three('процент', 'процента', 'процентов')[form]}`,
  amount: spaced,
  scales: {
    ...spellings(['тыс.', 'тыс'], three('тысяча', 'тысячи', 'тысяч')),
    ...spellings(['млн.', 'млн'], three('миллион', 'миллиона', 'миллионов')),
    ...spellings(['млрд.', 'млрд'], three('миллиард', 'миллиарда', 'миллиардов')),
    ...spellings(['трлн.', 'трлн'], three('триллион', 'триллиона', 'триллионов')),
  },
  currencies: {
    $: three('доллар', 'доллара', 'долларов'),
    US$: three('доллар США', 'доллара США', 'долларов США'),
    '€': same('евро'),
    '£': three('фунт', 'фунта', 'фунтов'),
    '¥': three('иена', 'иены', 'иен'),
    '₹': three('рупия', 'рупии', 'рупий'),
    ...spellings(['₽', 'руб.', 'руб'], three('рубль', 'рубля', 'рублей')),
    CHF: three('швейцарский франк', 'швейцарских франка', 'швейцарских франков'),
  },
};

const zh: SpeechWords = {
  decimalComma: false,
  rangeTo: '至',
  plural: () => 'many',
  percent: (number) => `百分之${number}`,
  amount: (number, scale, currency) => `${number}${scale ?? ''}${currency ?? ''}`,
  scales: { 千: same('千'), 万: same('万'), 亿: same('亿'), 万亿: same('万亿') },
  currencies: {
    $: same('美元'),
    US$: same('美元'),
    HK$: same('港元'),
    '€': same('欧元'),
    '£': same('英镑'),
    // On a Chinese page ¥ is nearly always the yuan.
    ...spellings(['¥', '￥'], same('元')),
    '₹': same('卢比'),
    '₽': same('卢布'),
    CHF: same('瑞士法郎'),
  },
};

export const SPEECH_WORDS: Readonly<Record<SpeechLang, SpeechWords>> = { en, de, fr, es, it, pt, ru, zh };
