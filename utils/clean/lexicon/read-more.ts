/**
 * The "read more" links that teasers and lazy-loaded copies add to the end of a paragraph, per
 * language. Each entry is a regular-expression source matched, case-insensitively, as the
 * paragraph's last words.
 */
export const READ_MORE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: ['read more', 'read full story', 'continue reading', 'keep reading'],
  de: ['weiterlesen', 'mehr lesen'],
  fr: ['lire la suite', 'lire plus'],
  es: ['leer más', 'seguir leyendo', 'continuar leyendo'],
  it: ['leggi tutto', 'leggi di più', 'continua a leggere'],
  pt: ['leia mais', 'continue lendo'],
  ru: ['читать далее', 'читать дальше', 'подробнее'],
  zh: ['阅读全文', '查看全文', '继续阅读', '閱讀全文'],
  ja: ['続きを読む', 'もっと見る'],
  ko: ['더보기'],
};

/** Any of the phrases, then an optional arrow or ellipsis, at the very end of a text. */
export const READ_MORE_TAILS = new RegExp(
  `(?:\\s|^)(?:${Object.values(READ_MORE_PHRASES).flat().join('|')})\\s*(?:[»›→>]+|\\.\\.\\.|…)?\\s*$`,
  'iu',
);
