/**
 * Currency signs and codes, and scale letters glued to the digits: written the same whatever the
 * page language, so they are not part of any one language's record.
 */

/** One-character currency signs written before (or, in Europe, after) the amount. */
export const CURRENCY_SYMBOLS = '$€£¥₹₽₩₺₪₴₦₱฿₫¢＄￥￡₡₾₭₿₮₲₵₸₼';

/**
 * Letter prefixes that make a currency when a sign or an amount follows: `US$3m`, `HK$ 5`,
 * `Rs 500 crore`, `EUR 300`. Case matters (`US`, not `us`).
 */
// biome-ignore format: a word table packed many to a line
export const CURRENCY_PREFIXES: readonly string[] = [
  'US$', 'U.S.$', 'A$', 'AU$', 'C$', 'CA$', 'HK$', 'NZ$', 'S$', 'R$', 'NT$', 'Mex$', 'RM', 'USD', 'EUR', 'GBP',
  'JPY', 'CNY', 'RMB', 'CHF', 'INR', 'RUB', 'AUD', 'CAD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'BRL', 'ZAR', 'Rs.',
  'Rs', 'Rp', 'Dhs', 'Fr.', 'CHF.', 'руб.',
  // a code glued to the dollar sign says which dollar, in either case (`USD$15`, `cad$ 15`, `U$S 90`)
  'USD$', 'CAD$', 'AUD$', 'NZD$', 'MXN$', 'HKD$', 'SGD$', 'usd$', 'cad$', 'aud$', 'nzd$', 'mxn$', 'hkd$', 'sgd$',
  'U$D', 'U$S',
];

/** Scale abbreviations that may touch the digits: `$3m`, `5bn`, `€2tn`, `$5k` (single letters only so, as `3 m` is metres). */
export const ATTACHED_SCALES: readonly string[] = ['k', 'm', 'b', 'mn', 'bn', 'tn', 'trn', 'mln', 'mrd', 'md'];
