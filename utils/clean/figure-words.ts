/**
 * The word tables `figures` reads: currencies, scales, units, months, approximators and
 * number words, per language. Kept apart from the scanner so that adding a language is
 * editing lists, not logic. Every word is lower case; lookups lower-case the text first.
 */

/** Languages with their own tables; any other page language gets English only. */
export type FigureLang = 'en' | 'de' | 'fr' | 'es' | 'ru' | 'zh';

export const FIGURE_LANGS: readonly FigureLang[] = ['en', 'de', 'fr', 'es', 'ru', 'zh'];

/** One-character currency signs written before (or, in Europe, after) the amount. */
export const CURRENCY_SYMBOLS = '$€£¥₹₽₩₺₪₴₦₱฿₫¢＄￥￡';

/**
 * Letter prefixes that make a currency when a sign or an amount follows: `US$3m`, `HK$ 5`,
 * `Rs 500 crore`, `EUR 300`. Case matters (`US`, not `us`).
 */
export const CURRENCY_PREFIXES: readonly string[] = [
  'US$', 'U.S.$', 'A$', 'AU$', 'C$', 'CA$', 'HK$', 'NZ$', 'S$', 'R$', 'NT$', 'Mex$', 'RM',
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'INR', 'RUB', 'AUD', 'CAD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'BRL', 'ZAR',
  'Rs.', 'Rs', 'Rp', 'Dhs', 'Fr.', 'CHF.', 'руб.',
];

/** Currency names and codes written after the amount: `1.2 trillion yuan`, `245 Mrd. Euro`. */
export const CURRENCY_WORDS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: [
    'dollar', 'dollars', 'euro', 'euros', 'sterling', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees',
    'rouble', 'roubles', 'ruble', 'rubles', 'peso', 'pesos', 'franc', 'francs', 'reais', 'rand',
    'lira', 'liras', 'lire', 'shekel', 'shekels', 'dinar', 'dinars', 'dirham', 'dirhams', 'riyal',
    'riyals', 'ringgit', 'baht', 'rupiah', 'naira', 'hryvnia', 'hryvnias', 'zloty', 'zlotys', 'krona',
    'kronor', 'krone', 'kroner', 'cent', 'cents', 'pence', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb',
    'chf', 'inr', 'rub',
  ],
  de: ['euro', 'dollar', 'us-dollar', 'franken', 'pfund', 'rubel', 'yuan', 'yen', 'cent', 'rappen'],
  fr: ['euros', 'euro', 'dollars', 'dollar', 'livres', 'roubles', 'francs', 'yuans', 'yens', 'centimes'],
  es: ['euros', 'euro', 'dólares', 'dolares', 'dólar', 'pesos', 'libras', 'rublos', 'yuanes', 'céntimos', 'reales', 'soles'],
  ru: [
    'долларов', 'доллара', 'доллар', 'доллары', 'евро', 'рублей', 'рубля', 'рубль', 'руб',
    'юаней', 'юаня', 'юань', 'фунтов', 'иен', 'гривен', 'тенге',
  ],
  zh: [],
};

/** Currencies written in Chinese, right after the number or its 万/亿. */
export const ZH_CURRENCIES: readonly string[] = ['美元', '人民币', '欧元', '日元', '英镑', '港元', '港币', '卢布', '韩元', '元', '块'];

/**
 * Words that multiply the number before them, after a space (`245 Mrd.`, `1.2 trillion`).
 * Short ones may carry an abbreviation dot. Those that touch the digits are ATTACHED_SCALES.
 */
export const SCALE_WORDS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: ['thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'crore', 'crores', 'lakh', 'lakhs', 'mn', 'mln', 'bn', 'tn', 'trn'],
  de: ['tausend', 'tsd', 'mio', 'million', 'millionen', 'mrd', 'milliarde', 'milliarden', 'billion', 'billionen'],
  fr: ['mille', 'million', 'millions', 'milliard', 'milliards', 'md', 'mds', 'mrd', 'mrds'],
  es: ['mil', 'millón', 'millon', 'millones', 'billón', 'billones'],
  ru: ['тыс', 'тысяч', 'тысячи', 'тысяча', 'млн', 'миллион', 'миллиона', 'миллионов', 'млрд', 'миллиард', 'миллиарда', 'миллиардов', 'трлн', 'триллион', 'триллиона', 'триллионов'],
  zh: [],
};

/** Scale abbreviations that may touch the digits: `$3m`, `5bn`, `€2tn`, `$5k` (single letters only so, as `3 m` is metres). */
export const ATTACHED_SCALES: readonly string[] = ['k', 'm', 'b', 'mn', 'bn', 'tn', 'trn', 'mln', 'mrd', 'md'];

/** Chinese multipliers written straight after digits: 2450亿, 3万, 1.5万亿. */
export const ZH_SCALES: readonly string[] = ['万亿', '千亿', '百亿', '十亿', '亿', '千万', '百万', '十万', '万', '千'];

/** Units of time: a count of them is a duration (`six years`). */
export const TIME_UNITS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: ['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'decade', 'decades', 'century', 'centuries'],
  de: ['jahr', 'jahre', 'jahren', 'jahres', 'monat', 'monate', 'monaten', 'woche', 'wochen', 'tag', 'tage', 'tagen', 'stunde', 'stunden', 'minute', 'minuten', 'sekunden', 'jahrzehnt', 'jahrzehnte', 'jahrzehnten', 'jahrhunderte'],
  fr: ['an', 'ans', 'année', 'années', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'heure', 'heures', 'minute', 'minutes', 'secondes', 'décennie', 'décennies', 'siècles'],
  es: ['año', 'años', 'mes', 'meses', 'semana', 'semanas', 'día', 'días', 'hora', 'horas', 'minuto', 'minutos', 'segundos', 'década', 'décadas', 'siglos'],
  ru: ['год', 'года', 'лет', 'месяц', 'месяца', 'месяцев', 'неделю', 'недели', 'недель', 'день', 'дня', 'дней', 'час', 'часа', 'часов', 'минут', 'минуты', 'секунд', 'десятилетий', 'веков'],
  zh: [],
};

/** Units of measure (lower case; `°c` keeps its degree sign). */
export const MEASURE_UNITS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: [
    'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mile', 'miles', 'metre', 'metres', 'meter', 'meters',
    'cm', 'mm', 'millimetres', 'millimeters', 'centimetres', 'centimeters', 'kg', 'kilograms', 'kilogrammes', 'kilos', 'gram', 'grams', 'tonne', 'tonnes', 'ton', 'tons',
    'litre', 'litres', 'liter', 'liters', 'gallon', 'gallons', 'barrel', 'barrels', 'bpd', 'hectare', 'hectares',
    'ha', 'acre', 'acres', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'twh', 'mph', 'kph', 'degrees', 'degree',
    'degrees celsius', 'degrees fahrenheit', 'feet', 'foot', 'ft', 'inches', 'inch', 'lbs', 'lb', 'pounds', 'ounces', 'oz', 'knots', 'gb', 'tb', 'mb',
    'bytes', 'kilobytes', 'megabytes', 'gigabytes', 'terabytes', 'petabytes', 'kb', 'pixels', 'megapixels',
    'square', 'sq', 'cubic', 'magnitude', 'megawatts', 'gigawatts', 'kilowatts', 'volts', 'watts', 'calories',
  ],
  de: ['kilometer', 'meter', 'zentimeter', 'millimeter', 'kilogramm', 'kilo', 'gramm', 'tonnen', 'tonne', 'liter', 'grad', 'hektar', 'fass', 'fässer', 'barrel', 'megawatt', 'gigawatt', 'quadratkilometer', 'quadratmeter'],
  fr: ['kilomètres', 'kilomètre', 'mètres', 'mètre', 'centimètres', 'millimètres', 'kilos', 'kilogrammes', 'grammes', 'tonnes', 'tonne', 'litres', 'degrés', 'hectares', 'barils', 'mégawatts'],
  es: ['kilómetros', 'kilómetro', 'metros', 'metro', 'centímetros', 'milímetros', 'kilos', 'kilogramos', 'gramos', 'toneladas', 'tonelada', 'litros', 'grados', 'hectáreas', 'barriles', 'megavatios'],
  ru: ['км', 'километров', 'километра', 'метров', 'метра', 'м', 'см', 'мм', 'миллиметров', 'кг', 'килограммов', 'тонн', 'тонны', 'т', 'литров', 'градусов', 'градуса', 'баррелей', 'гектаров', 'га', 'мвт', 'гвт'],
  zh: [],
};

/** Nouns a count usually measures in news: people and things counted as the story's facts. */
export const COUNTED_NOUNS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: [
    'people', 'persons', 'troops', 'soldiers', 'workers', 'employees', 'staff', 'jobs', 'residents', 'civilians',
    'children', 'students', 'patients', 'deaths', 'dead', 'casualties', 'victims', 'injured', 'wounded', 'cases',
    'infections', 'votes', 'seats', 'homes', 'houses', 'households', 'buildings', 'vehicles', 'cars', 'units', 'shares',
    'flights', 'passengers', 'refugees', 'migrants', 'members', 'users', 'customers', 'visitors', 'tourists', 'fans',
    'lives', 'points', 'goals', 'men', 'women', 'adults', 'hostages', 'prisoners', 'detainees', 'protesters', 'doses',
    'tanks', 'missiles', 'drones', 'aircraft', 'jets', 'ships', 'vessels', 'containers', 'trucks', 'laws', 'species',
  ],
  de: ['menschen', 'personen', 'soldaten', 'einwohner', 'tote', 'todesopfer', 'verletzte', 'arbeitsplätze', 'stellen', 'beschäftigte', 'mitarbeiter', 'flüchtlinge', 'stimmen', 'sitze', 'fälle', 'kinder', 'schüler', 'patienten', 'besucher', 'fahrzeuge', 'wohnungen', 'passagiere', 'fluggäste', 'einwohnerinnen', 'haushalte', 'unternehmen', 'firmen', 'soldatinnen', 'opfer'],
  fr: ['personnes', 'habitants', 'soldats', 'morts', 'blessés', 'victimes', 'emplois', 'salariés', 'réfugiés', 'voix', 'sièges', 'cas', 'enfants', 'élèves', 'patients', 'visiteurs', 'logements', 'véhicules', 'passagers', 'spectateurs', 'entreprises', 'ménages', 'migrants'],
  es: ['personas', 'habitantes', 'soldados', 'muertos', 'heridos', 'víctimas', 'empleos', 'trabajadores', 'refugiados', 'votos', 'escaños', 'casos', 'niños', 'pacientes', 'visitantes', 'viviendas', 'vehículos', 'pasajeros', 'empresas', 'hogares', 'migrantes', 'espectadores'],
  ru: ['человек', 'людей', 'жителей', 'солдат', 'военных', 'погибших', 'раненых', 'жертв', 'рабочих', 'беженцев', 'голосов', 'мест', 'случаев', 'детей', 'пациентов', 'домов', 'автомобилей', 'пассажиров', 'зрителей', 'компаний', 'семей', 'участников'],
  zh: [],
};

/** Chinese measure words and units after a number: 3000人, 六年, 12万吨. */
export const ZH_UNITS: readonly string[] = [
  '个月', '小时', '分钟', '公里', '千米', '平方公里', '公斤', '千克', '万人', '亿人', '人次',
  '年', '周', '天', '人', '名', '位', '家', '辆', '架', '艘', '吨', '米', '桶', '岁', '次', '倍', '座', '所', '项', '件', '台', '部',
];

export interface MonthWord {
  month: number;
  /** Abbreviations need a number next to them to count (`Nov. 29`, not a bare `Nov`). */
  abbr: boolean;
}

function months(full: readonly (readonly string[])[], abbr: Readonly<Record<string, number>>): ReadonlyMap<string, MonthWord> {
  const map = new Map<string, MonthWord>();
  full.forEach((forms, i) => {
    for (const w of forms) map.set(w, { month: i + 1, abbr: false });
  });
  for (const [w, m] of Object.entries(abbr)) if (!map.has(w)) map.set(w, { month: m, abbr: true });
  return map;
}

/** Month names per language, every grammatical form a date uses (Russian has three). */
export const MONTHS: Readonly<Record<FigureLang, ReadonlyMap<string, MonthWord>>> = {
  en: months(
    [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
    { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  ),
  de: months(
    [['januar', 'jänner'], ['februar'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
    { jan: 1, feb: 2, mär: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12 },
  ),
  fr: months(
    [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
    { janv: 1, févr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12 },
  ),
  es: months(
    [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
    { ene: 1, feb: 2, mar: 3, abr: 4, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, oct: 10, nov: 11, dic: 12 },
  ),
  ru: months(
    [
      ['январь', 'января', 'январе'], ['февраль', 'февраля', 'феврале'], ['март', 'марта', 'марте'],
      ['апрель', 'апреля', 'апреле'], ['май', 'мая', 'мае'], ['июнь', 'июня', 'июне'], ['июль', 'июля', 'июле'],
      ['август', 'августа', 'августе'], ['сентябрь', 'сентября', 'сентябре'], ['октябрь', 'октября', 'октябре'],
      ['ноябрь', 'ноября', 'ноябре'], ['декабрь', 'декабря', 'декабре'],
    ],
    { янв: 1, фев: 2, мар: 3, апр: 4, авг: 8, сент: 9, окт: 10, нояб: 11, дек: 12 },
  ),
  zh: new Map(),
};

/** Words right before a month that make a bare month name a date (`in March`, `seit Mai`). */
export const MONTH_CONTEXT: Readonly<Record<FigureLang, readonly string[]>> = {
  en: ['in', 'since', 'until', 'till', 'by', 'before', 'after', 'during', 'from', 'through', 'throughout', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'between'],
  de: ['im', 'seit', 'bis', 'ab', 'vom', 'zum', 'anfang', 'mitte', 'ende', 'des', 'letzten', 'nächsten', 'zwischen'],
  fr: ['en', 'depuis', 'début', 'fin', 'mi', 'd', 'de', 'au', 'entre'],
  es: ['en', 'desde', 'hasta', 'de', 'entre'],
  ru: ['в', 'с', 'до', 'по', 'к', 'начале', 'середине', 'конце', 'между'],
  zh: [],
};

/** Phrases that make a figure approximate or a bound; they belong to the figure's span. */
export const APPROXIMATORS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: [
    'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'more than', 'over', 'up to',
    'at least', 'at most', 'fewer than', 'less than', 'under', 'as many as', 'as much as', 'as few as',
    'as little as', 'close to', 'upwards of', 'in excess of', 'just over', 'just under', 'well over',
    'an estimated', 'no fewer than', 'no more than', 'circa', 'c.', 'several', 'a few',
  ],
  de: ['rund', 'etwa', 'ca.', 'circa', 'fast', 'knapp', 'mehr als', 'über', 'bis zu', 'mindestens', 'weniger als', 'annähernd', 'nahezu', 'ungefähr', 'gut', 'höchstens'],
  fr: ['environ', 'près de', 'plus de', 'moins de', 'au moins', "jusqu'à", 'jusqu’à', 'quelque', 'presque', 'autour de', 'quasiment', 'au plus'],
  es: ['unos', 'unas', 'alrededor de', 'casi', 'más de', 'menos de', 'al menos', 'hasta', 'cerca de', 'aproximadamente', 'poco más de'],
  ru: ['около', 'почти', 'более', 'больше', 'менее', 'меньше', 'свыше', 'порядка', 'примерно', 'не менее', 'не более', 'как минимум', 'приблизительно'],
  zh: ['将近', '大约', '多达', '至少', '超过', '不到', '约', '近', '逾', '超'],
};

/** Cardinal number words with their value (`one` is special-cased: it is mostly a pronoun). */
export const NUMBER_WORDS: Readonly<Record<FigureLang, Readonly<Record<string, number>>>> = {
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
    million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
  },
  de: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, tausend: 1000, dutzend: 12,
  },
  fr: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100, mille: 1000, douzaine: 12,
  },
  es: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
    veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100, docena: 12,
  },
  ru: {
    два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
    двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, сто: 100,
    // the genitive after "около", "более", "до": около трех часов
    двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
    двадцати: 20, тридцати: 30, сорока: 40, пятидесяти: 50, ста: 100,
  },
  zh: {},
};

/** Plural round numbers that are figures on their own: `thousands`, `Zehntausende`, `des milliers`. */
export const LARGE_PLURALS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: ['dozens', 'hundreds', 'thousands', 'millions', 'billions'],
  de: ['dutzende', 'hunderte', 'tausende', 'zehntausende', 'hunderttausende', 'millionen'],
  fr: ['dizaines', 'centaines', 'milliers', 'millions'],
  es: ['decenas', 'centenares', 'cientos', 'miles', 'millones'],
  ru: ['десятки', 'сотни', 'тысячи', 'миллионы'],
  zh: [],
};

/** Fraction denominators: `two-thirds`, `a quarter of`. */
export const FRACTION_WORDS: readonly string[] = [
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths',
  'drittel', 'viertel', 'fünftel', 'zehntel', 'tiers', 'quart', 'quarts', 'cinquième', 'cinquièmes',
  'tercio', 'tercios', 'cuarto', 'cuartos', 'quinto', 'quintos', 'треть', 'трети', 'четверть', 'четверти',
];

/** Percent markers after a number, longest first where one is a prefix of another. */
export const PERCENT_WORDS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: ['percentage points', 'percentage point', 'per cent', 'percent', 'pc', 'basis points', 'basis point', 'bps', 'bp', 'points de pourcentage'],
  de: ['prozentpunkte', 'prozentpunkten', 'prozent', 'basispunkte', 'basispunkten'],
  fr: ['points de pourcentage', 'pour cent', 'points de base'],
  es: ['puntos porcentuales', 'por ciento', 'puntos básicos'],
  ru: ['процентных пункта', 'процентных пунктов', 'процентного пункта', 'процентов', 'процента', 'процент', 'п.п.', 'б.п.'],
  zh: [],
};

/** Date modifiers before a year, month or decade: `early 2024`, `Ende 2024`, `mid-2025`. */
export const DATE_MODIFIERS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: ['early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter'],
  de: ['anfang', 'mitte', 'ende', 'frühjahr', 'frühling', 'sommer', 'herbst', 'winter'],
  fr: ['début', 'fin', 'mi', 'printemps', 'été', 'automne', 'hiver'],
  es: ['principios de', 'mediados de', 'finales de', 'fines de', 'primavera de', 'verano de', 'otoño de', 'invierno de'],
  ru: [],
  zh: [],
};

/** Ordinals that name a quarter or half of a year: `third quarter`, `drittes Quartal`. */
export const PERIOD_ORDINALS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: ['first', 'second', 'third', 'fourth', 'final', 'last'],
  de: ['ersten', 'zweiten', 'dritten', 'vierten', 'erste', 'zweite', 'dritte', 'vierte', 'erstes', 'zweites', 'drittes', 'viertes', 'letzten'],
  fr: ['premier', 'deuxième', 'second', 'troisième', 'quatrième', 'dernier'],
  es: ['primer', 'segundo', 'tercer', 'cuarto', 'último'],
  ru: ['первом', 'втором', 'третьем', 'четвертом', 'четвёртом', 'первый', 'второй', 'третий', 'четвертый', 'четвёртый'],
  zh: [],
};

/** The nouns after those ordinals: quarter or half of a year. */
export const PERIOD_NOUNS: readonly string[] = ['quarter', 'half', 'quartal', 'halbjahr', 'trimestre', 'semestre', 'квартале', 'квартал', 'полугодии', 'полугодие'];

/** Words that join two dates into one period (`January to July 2025`, `2019 bis 2021`). */
export const PERIOD_CONNECTORS: Readonly<Record<FigureLang, readonly string[]>> = {
  en: ['to', 'through', 'thru', 'until', 'till'],
  de: ['bis'],
  fr: ['à', 'au'],
  es: ['a', 'al', 'hasta'],
  ru: ['по', 'до'],
  zh: [],
};

/** Words after `between` that join a period: `between March and May 2024`. */
export const BETWEEN_WORDS: Readonly<Record<string, string>> = { between: 'and', zwischen: 'und', entre: 'et|y', между: 'и' };

/** Words before a number that make it a reference, not a figure (`Article 5`, `page 12`). */
export const REFERENCE_WORDS: readonly string[] = [
  'article', 'section', 'chapter', 'page', 'paragraph', 'clause', 'rule', 'number', 'volume', 'issue', 'item',
  'figure', 'table', 'exhibit', 'annex', 'appendix', 'schedule', 'amendment', 'resolution', 'line', 'verse',
  'footnote', 'room', 'flight', 'route', 'gate', 'platform', 'bus', 'level', 'phase', 'stage', 'category', 'class',
  'type', 'model', 'version', 'episode', 'season', 'series', 'part', 'book', 'act', 'proposition', 'grade', 'tier',
  'division', 'squad', 'district', 'ward', 'zone', 'highway', 'interstate', 'formula', 'game', 'lane', 'pier',
  'terminal', 'channel', 'track', 'suite', 'floor', 'isbn', 'issn', 'doi', 'pmid', 'arxiv', 'bug', 'ticket',
  'artikel', 'abschnitt', 'absatz', 'kapitel', 'seite', 'ziffer', 'paragraf', 'stufe', 'klasse', 'gleis', 'linie', 'flug', 'zimmer',
  'chapitre', 'alinéa', 'numéro', 'ligne', 'salle',
  'artículo', 'capítulo', 'página', 'apartado', 'número', 'línea', 'vuelo',
  'статья', 'статьи', 'статье', 'глава', 'главы', 'страница', 'пункт', 'пункта', 'номер', 'рейс',
];

/** Abbreviations that make a reference only with their dot (`No. 5`, `p. 45`, `Art. 5`): `para 2025` is Spanish "for 2025". */
export const DOTTED_REFERENCE_WORDS: readonly string[] = [
  'art', 'sec', 'ch', 'p', 'pp', 'para', 'no', 'nr', 'nos', 'vol', 'fig', 'v', 'ver', 'prop', 'apt', 's', 'стр', 'п', 'ст', 'cap', 'núm', 'abs',
];

/**
 * Capitalised words that may stand right before a number without naming it: sentence-initial
 * function words, weekdays, months. Any other capitalised word before a number in English
 * makes the number part of a name (`Boeing 737`, `Apollo 11`).
 */
export const CAPITALISED_FUNCTION_WORDS: readonly string[] = [
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'without', 'since', 'until', 'till', 'after', 'before',
  'during', 'between', 'among', 'about', 'around', 'over', 'under', 'into', 'through', 'within', 'per', 'than', 'as',
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'some', 'only', 'just', 'all', 'each', 'every', 'another',
  'both', 'these', 'those', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'nearly', 'almost',
  'roughly', 'approximately', 'up', 'down', 'even', 'still', 'also', 'then', 'when', 'while', 'if', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'including', 'include', 'includes', 'total', 'totalling', 'totaling', 'estimated', 'like', 'unlike', 'despite',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'reuters', 'ap', 'afp', 'via', 'plus', 'minus', 'top', 'last', 'next', 'first', 'here', 'there', 'where', 'what',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'early', 'late', 'mid', 'fiscal', 'until', 'through',
];

/** Determiners that make a word-number a reference to known things (`the two countries`), not a count. */
export const DEFINITE_DETERMINERS: readonly string[] = ['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'both', 'all'];
