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

/**
 * Labels a page prints before the author's name ("Text:", "Автор:", "Written by"), per language:
 * left in a byline they read as part of the name.
 */
export const BYLINE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'by',
    'written by',
    'words by',
    'posted by',
    'story by',
    'reported by',
    'author',
    'authors',
    'text',
    'words',
    'byline',
  ],
  de: ['text', 'autor', 'autorin', 'von'],
  fr: ['texte', 'auteur', 'autrice', 'par'],
  es: ['texto', 'autor', 'autora', 'escrito por', 'redacción'],
  it: ['testo', 'autore', 'autrice', 'scritto da'],
  pt: ['texto', 'autor', 'autora', 'escrito por'],
  ru: ['текст', 'автор', 'авторы', 'текст и фото'],
  zh: ['文', '作者', '记者', '記者', '撰文', '编辑', '編輯', '责任编辑'],
  ja: ['文', '著者', '執筆', '記者'],
};

/**
 * Words that start the date part a page glues onto a byline ("Jane Smith | Published: 11 Mar
 * 2026", "Jane Smith, updated 3 hours ago"): the byline ends where one starts.
 */
export const BYLINE_DATE_WORDS: readonly string[] = [
  'published',
  'updated',
  'posted',
  'last updated',
  'first published',
  'on',
  'veröffentlicht',
  'aktualisiert',
  'publié',
  'mis à jour',
  'le',
  'publicado',
  'actualizado',
  'pubblicato',
  'aggiornato',
  'atualizado',
  'опубликовано',
  'обновлено',
  '发布',
  '發佈',
  '更新',
];
