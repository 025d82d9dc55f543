/** The word that introduces a byline ("By Jane Smith"), per language. */
export const BYLINE_INTRO_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['by'],
  de: ['von'],
  fr: ['par'],
  es: ['por', 'de'],
  it: ['di'],
  pt: ['por', 'de'],
  ru: ['от', 'автор'],
  zh: ['文', '作者', '記者'],
};

/** A byline's introducing word at the start of a text, followed by white space. */
export const BYLINE_INTRO = new RegExp(
  `^\\s*(?:${[...new Set(Object.values(BYLINE_INTRO_WORDS).flat())].join('|')})\\s+`,
  'iu',
);
