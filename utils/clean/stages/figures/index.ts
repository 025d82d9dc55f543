/**
 * Key figures in a block's text: money, percentages, dates and quantities.
 *
 * A single left-to-right scan visits only the places a figure can start (a digit, a currency
 * sign, a few Chinese characters, and words from the language records in `lang/`), reads the
 * longest figure there with small sticky regexes and bounded look-arounds, and jumps past it.
 * No pattern can backtrack over more than a few characters, so the time is linear in the text
 * and hostile input (huge numbers, endless words, a megabyte of digits) cannot stall it. The
 * page language only chooses which word tables are read; the readers are the same for all.
 *
 * Deliberate choices, so that a highlight means a fact of the story:
 * - Leading prepositions and determiners stay out of the span (`in 2024` → `2024`,
 *   `from January to July 2025` → `January to July 2025`); approximators stay in
 *   (`more than 20`, `about $5 million`), as they change what the number says.
 * - Quantities take the unit or counted noun that follows when it is a known one
 *   (`3,000 troops`, `six years`) and stop before anything else (`more than 20` world leaders).
 * - Numbers written as words are figures as digits are (`six years`, `three Russian sources`,
 *   `ciento treinta y dos`, `dreiundzwanzig`), except where they refer back (`the two countries`),
 *   the word `one` / `un` / `ein` (nearly always a pronoun or an article), and vague plurals
 *   with no numeral (`dozens`, `tens of thousands`). Times of day and phone numbers are no figures.
 *
 * Where to look: `starts.ts` decides what may begin at a position; `numbers.ts` reads digits and
 * what follows them; `money.ts`, `dates.ts`, `number-words.ts` (with `word-numerals.ts`) and
 * `chinese.ts` read one kind of figure each; `not-figures.ts` and `times.ts` rule out numbers
 * that name or identify, and times of day.
 */
import type { CleanOptions } from '../../options';
import type { Block, Figure, FigureKind } from '../../types';
import { D, escapeClass, isDigit, stickyEnd } from './characters';
import { completesAmount } from './compound-amounts';
import { JA_STARTS, scriptLang } from './japanese';
import { CURRENCY_SYMBOLS } from './lang/signs';
import { NUMBER_RUN, VULGAR_FRACTIONS } from './numbers';
import { type Scan, isTitleCase, trimEnd } from './scan';
import { matchAt } from './starts';
import { tablesFor } from './tables';

export interface FindFiguresOptions {
  /** The page language (`en`, `de-AT`, `zh-CN`...); tables of other languages than English are used only for it (text in kana is read as Japanese). */
  lang?: string | null;
  /** Which kinds to return; default all. Figures of other kinds are still recognised, so their digits are not reported as something else. */
  kinds?: readonly FigureKind[];
}

const ALL_KINDS: readonly FigureKind[] = ['money', 'percent', 'date', 'quantity'];

/** Where a figure can start: digits, currency signs, an apostrophe decade, Chinese number characters, words. */
const CANDIDATE_SOURCE = [
  `${D}`,
  `[${escapeClass(CURRENCY_SYMBOLS)}]`,
  `['’‘](?=${D}{2}s)`,
  `[${Object.keys(VULGAR_FRACTIONS).join('')}]`,
  '[百第约近逾超将大多至不负負〇零一二两兩倆三四五六七八九十千壹贰貳叁參肆伍陆陸柒捌玖拾]',
  `[${JA_STARTS}]`,
  '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{M}]+',
].join('|');

const CANDIDATE = new RegExp(CANDIDATE_SOURCE, 'gu');

/** All figures in `text`, non-overlapping, sorted by start; `text.slice(start, end) === figure.text`. */
export function findFigures(text: string, options: FindFiguresOptions = {}): Figure[] {
  const wanted = new Set(options.kinds ?? ALL_KINDS);
  const scan: Scan = {
    text,
    tables: tablesFor(scriptLang(text, options.lang ?? null)),
    titleCase: isTitleCase(text),
    urlRun: { start: 0, end: 0, url: false },
  };
  const found: Figure[] = [];
  const candidates = CANDIDATE; // never re-entered: matchers only use sticky regexes
  candidates.lastIndex = 0;
  let lastEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = candidates.exec(text)) !== null) {
    const p = m.index;
    const outcome = matchAt(scan, p, m[0]);
    if (outcome === null) {
      if (isDigit(text[p])) candidates.lastIndex = Math.max(candidates.lastIndex, stickyEnd(NUMBER_RUN, text, p));
      continue;
    }
    if ('skip' in outcome) {
      candidates.lastIndex = Math.max(candidates.lastIndex, outcome.skip);
      continue;
    }
    const start = Math.max(outcome.start, lastEnd);
    const end = trimEnd(text, start, outcome.end);
    const last = found[found.length - 1];
    if (
      last &&
      last.end === lastEnd &&
      end > start &&
      completesAmount(text, last, { start, end, kind: outcome.kind })
    ) {
      found[found.length - 1] = { ...last, end, text: text.slice(last.start, end) }; // 3 dollars 50 cents
    } else if (end > start && wanted.has(outcome.kind)) {
      found.push({ start, end, kind: outcome.kind, text: text.slice(start, end) });
    }
    lastEnd = Math.max(lastEnd, end);
    candidates.lastIndex = Math.max(candidates.lastIndex, outcome.end);
  }
  return found;
}

/** The pipeline stage: new blocks with `figures` filled, code blocks left without figures. */
export function figures(blocks: Block[], options: CleanOptions, lang: string | null): Block[] {
  const kinds = options.figureKinds;
  return blocks.map((block) => ({
    ...block,
    figures:
      !options.figures || block.kind === 'code' || kinds.length === 0 ? [] : findFigures(block.text, { lang, kinds }),
  }));
}
