import { countCJK } from '../text/tokens';
import type { Block } from '../types';

/**
 * Shapes of blocks the furniture judgement reads (stages/furniture.ts): a line of category links,
 * numbers standing alone, a ranked list's numbers above its headings.
 */

/** Words in a text, a CJK character counting as half a word (as the judgement counts them). */
function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length + countCJK(text) / 2;
}

/** Between the links of a category or tag line only separators stand: "A, B | C". */
const LINK_SEPARATOR = /^[\s,;|·•/]*$/u;
/** …and at least one of them is a mark, not only a space (a line of menu buttons has none). */
const SEPARATOR_MARK = /[,;|·•/]/u;
/** Each entry of such a line is a name of a few words, not a headline. */
const MAX_LINK_LIST_ENTRY_WORDS = 6;

/**
 * A paragraph of two or more short links to different pages with nothing but separators between
 * them: the page's categories or tags ("Gardening, Small spaces"). A sentence that links names
 * has words of its own; a data cell (a place and its coordinates) has figures.
 */
export function isLinkList(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  const hrefs = new Set<string>();
  let marked = false;
  for (const run of block.runs) {
    if (!run.href) {
      if (!LINK_SEPARATOR.test(run.text)) return false;
      marked ||= SEPARATOR_MARK.test(run.text);
      continue;
    }
    if (/[.!?\d]/u.test(run.text) || words(run.text) > MAX_LINK_LIST_ENTRY_WORDS) return false;
    hrefs.add(run.href);
  }
  return marked && hrefs.size >= 2;
}

/** A small number alone in a paragraph: a gallery's photo count, a share counter (a year has four digits). */
const LONE_NUMBER = /^\d{1,3}$/u;

/**
 * Paragraphs that hold only a number the page prints again and again, counting nothing: the
 * photo count of each gallery ("6", later "6" again). A number printed once may be a score or
 * a figure of the story, and a run that counts on (1, 2, 3) is a list's ranks or steps.
 */
export function strayNumbers(blocks: readonly Block[]): Set<number> {
  const numbers = new Map<number, number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && LONE_NUMBER.test(b.text.trim())) numbers.set(i, Number(b.text.trim()));
  });
  const seen = new Map<number, number>();
  for (const n of numbers.values()) seen.set(n, (seen.get(n) ?? 0) + 1);
  const out = new Set<number>();
  for (const [i, n] of numbers) if ((seen.get(n) ?? 0) >= 2 && !seen.has(n - 1) && !seen.has(n + 1)) out.add(i);
  return out;
}

/** A rank printed alone above its entry: "1", "#2", "No. 3", "04." */
const RANK_NUMBER = /^(?:#|no\.?\s*)?0?(\d{1,3})\.?$/iu;

/**
 * The numbers of a ranked list printed each on a line of its own above the entry's heading
 * ("1" then "2026 Hyundai …"), by the number's index: only a run counting on (2 after 1), so a
 * lone figure before a heading (a score, a count) stays where it is.
 */
export function rankNumbers(blocks: readonly Block[]): Map<number, number> {
  const found = new Map<number, number>();
  blocks.forEach((block, i) => {
    const match = block.kind === 'paragraph' ? RANK_NUMBER.exec(block.text.trim()) : null;
    if (match && blocks[i + 1]?.kind === 'heading') found.set(i, Number(match[1]));
  });
  const numbers = new Set(found.values());
  for (const [i, n] of found) if (!numbers.has(n - 1) && !numbers.has(n + 1)) found.delete(i);
  return found;
}
