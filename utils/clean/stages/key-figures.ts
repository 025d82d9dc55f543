/**
 * The ranked summary of an article's figures: what a reader would quote first.
 *
 * Money and percentages come first (they are what a news story is usually about), then
 * quantities, then dates (which place facts more than they state them). Inside a tier the
 * article's order holds. A figure repeated later (`8.1%` in the lead and again in the body)
 * counts once, at its first place.
 */
import type { Block, FigureKind, KeyFigure } from '../types';

/** Lower tiers rank first; money and percentages share the first tier in article order. */
const KIND_TIER: Readonly<Record<FigureKind, number>> = { money: 0, percent: 0, quantity: 1, date: 2 };

/** A count written as one word with nothing it counts (`three`, `vier`, `три`): marked in the text, never a chip. */
const BARE_WORD_COUNT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+$/u;

/** Longest context shown; longer sentences are cut around the figure at word boundaries. */
export const MAX_CONTEXT_CHARS = 200;

const ELLIPSIS = '…';

/** Ends a sentence: terminal punctuation, then closing quotes or brackets, then space. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s+|[。！？]["'”’」』)]*\s*/g;

/** Dots after these words end an abbreviation, not a sentence (`Nov. 29`, `Mr. Putin`, `No. 5`). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'capt',
  'sgt',
  'rev',
  'no',
  'nos',
  'nr',
  'vol',
  'p',
  'pp',
  'art',
  'fig',
  'ch',
  'sec',
  'approx',
  'ca',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mio',
  'mrd',
  'tsd',
  'bzw',
  'usw',
  'dr',
  'z',
  'b',
  'u',
  'a',
  'mme',
  'mlle',
  'sr',
  'sra',
  'г',
  'гг',
  'руб',
  'тыс',
  'млн',
  'млрд',
]);

export function keyFigures(blocks: Block[], max: number): KeyFigure[] {
  if (max <= 0) return [];
  const candidates: { figure: KeyFigure; tier: number; order: number }[] = [];
  const seen = new Set<string>();
  let order = 0;
  for (const block of blocks) {
    if (block.kind === 'code') continue;
    for (const f of block.figures) {
      if (f.kind === 'quantity' && BARE_WORD_COUNT.test(f.text)) continue; // `three` sources: a figure, rarely a chip
      const key = `${normalise(f.text)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({
        figure: {
          text: f.text,
          kind: f.kind,
          context: contextSentence(block.text, f.start, f.end),
          blockId: block.id,
          start: f.start,
          end: f.end,
        },
        tier: KIND_TIER[f.kind],
        order: order++,
      });
    }
  }
  candidates.sort((a, b) => a.tier - b.tier || a.order - b.order);
  return candidates.slice(0, max).map((c) => c.figure);
}

/** Two figures are the same when they read the same after Unicode, case, space and dash folding. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentence of `text` that holds `[start, end)`, trimmed and cut to at most MAX_CONTEXT_CHARS. */
export function contextSentence(text: string, start: number, end: number, maxChars = MAX_CONTEXT_CHARS): string {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const boundary = m.index + m[0].length;
    if (m[0].length === 0) {
      SENTENCE_END.lastIndex++;
      continue;
    }
    if (isAbbreviation(text, m.index) || startsLowercase(text, boundary)) continue;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  const sentence = text.slice(from, to);
  const lead = sentence.length - sentence.trimStart().length;
  return shorten(sentence.trim(), start - from - lead, end - from - lead, maxChars);
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let q = dot;
  while (q > 0 && dot - q < 12 && /\p{L}/u.test(text[q - 1])) q--;
  const word = text.slice(q, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[q])) return true; // initials: "J. Smith", "U.S."
  return ABBREVIATIONS.has(word);
}

function startsLowercase(text: string, p: number): boolean {
  return p < text.length && /\p{Ll}/u.test(text[p]) && !/[。！？]/.test(text[p - 1] ?? '');
}

/** Cuts a long sentence to a window around the figure, at spaces, marking each cut with an ellipsis. */
function shorten(sentence: string, start: number, end: number, maxChars: number): string {
  if (sentence.length <= maxChars) return sentence;
  const figureLength = Math.max(0, end - start);
  const room = Math.max(0, maxChars - figureLength - 2);
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(sentence.length, from + figureLength + room);
  from = Math.max(0, to - figureLength - room);
  if (from > 0) {
    const space = sentence.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < sentence.length) {
    const space = sentence.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return `${from > 0 ? ELLIPSIS : ''}${sentence.slice(from, to).trim()}${to < sentence.length ? ELLIPSIS : ''}`;
}
