/** The figures stage on one text, as `sift figures` and the benchmark call it: the very spans a block gets. */
import type { Figure } from '../../types';
import { findFigures } from './index';
import { FIGURE_LANGS } from './lang';

/** Languages with their own figure words; any other page language is read with English words. */
export const FIGURE_LANGUAGES: readonly string[] = FIGURE_LANGS;

/** True for a language code whose primary subtag has a record (`de`, `pt-BR`, `zh-Hant`). */
export function isFigureLanguage(code: string): boolean {
  return FIGURE_LANGUAGES.includes(code.toLowerCase().split(/[-_]/)[0]);
}

/** Every figure the stage marks in a block of this text; offsets in UTF-16 code units. */
export function figuresInText(text: string, lang: string | null): Figure[] {
  return findFigures(text, { lang });
}
