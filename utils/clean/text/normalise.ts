import { READ_MORE_TAILS } from '../lexicon/read-more';

/** A "read more" tail is a few words; looking only at the end keeps long paragraphs cheap. */
const TAIL_WINDOW = 48;

/** `text` without its "read more" tail, if it has one. */
export function withoutReadMoreTail(text: string): string {
  const cut = Math.max(0, text.length - TAIL_WINDOW);
  const tail = text.slice(cut);
  const stripped = tail.replace(READ_MORE_TAILS, '');
  return stripped === tail ? text : text.slice(0, cut) + stripped;
}

/** Every printable ASCII character that is neither a letter, a digit nor a space: exactly ASCII's \p{P} and \p{S}. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]+/g;
const NON_ASCII = /[\u0080-\uffff]+/g;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
/** A run of white space other than one plain space: what `/\s+/g` → ' ' actually changes. */
const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** `text.replace(/\s+/g, ' ')`, without rewriting the single spaces that are most of them. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_TO_COLLAPSE, ' ');
}

/**
 * Every punctuation mark and symbol as a space. Unicode's property classes are slow to test
 * character by character, so they are asked only about the non-ASCII runs; splitting a run of
 * marks into several spaces is no change once white space is collapsed after it.
 */
function punctuationAsSpace(text: string): string {
  const ascii = text.replace(ASCII_PUNCTUATION, ' ');
  return ascii.replace(NON_ASCII, (run) => run.replace(PUNCTUATION, ' '));
}

/** Unicode-compatible, case-folded, punctuation-free, single-spaced text without a "read more" tail. */
export function normaliseText(text: string): string {
  return collapseSpace(punctuationAsSpace(withoutReadMoreTail(text.normalize('NFKC').toLowerCase()))).trim();
}

/** The first characters of a text, for evidence shown to a reader. */
export function preview(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
