/**
 * The labelled chip set, one file per language (see types.ts for what a case holds). A language
 * the figure scan has no record for yet (utils/clean/stages/figures/lang/) is left out, so the
 * set measures what the engine claims to read; its cases join as soon as the record lands.
 */
import { LANGUAGES } from '@/utils/clean/stages/figures/lang';
import { DE_CASES } from './de';
import { EN_CASES } from './en';
import { ES_CASES } from './es';
import { FR_CASES } from './fr';
import { IT_CASES } from './it';
import { JA_CASES } from './ja';
import { PT_CASES } from './pt';
import { RU_CASES } from './ru';
import type { ChipCase } from './types';
import { ZH_CASES } from './zh';

export type { ChipCase } from './types';

const ALL_CASES: readonly ChipCase[] = [
  ...EN_CASES,
  ...DE_CASES,
  ...FR_CASES,
  ...ES_CASES,
  ...RU_CASES,
  ...ZH_CASES,
  ...IT_CASES,
  ...PT_CASES,
  ...JA_CASES,
];

const spoken = (lang: string): boolean => Object.hasOwn(LANGUAGES, lang);

/** The cases in languages the figure scan reads. */
export const CHIP_CASES: readonly ChipCase[] = ALL_CASES.filter((c) => spoken(c.lang));

/** Languages with cases written but no figure record yet. */
export const WAITING_LANGS: readonly string[] = [
  ...new Set(ALL_CASES.filter((c) => !spoken(c.lang)).map((c) => c.lang)),
];
