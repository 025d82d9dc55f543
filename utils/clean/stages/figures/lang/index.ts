/** Every language the figure scan has words for; adding one is a file and a line here. */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt } from './pt';
import { ru } from './ru';
import type { FigureLang, FigureLanguage } from './types';
import { zh } from './zh';

export type { EveryPageWords, FigureLang, FigureLanguage } from './types';

export const LANGUAGES: Readonly<Record<FigureLang, FigureLanguage>> = { en, de, fr, es, it, pt, ru, zh, ja };

/** In the order their words are merged: English first, so its entries win a clash. */
export const FIGURE_LANGS: readonly FigureLang[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'zh', 'ja'];
