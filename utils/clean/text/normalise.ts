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

/** Unicode-compatible, case-folded, punctuation-free, single-spaced text without a "read more" tail. */
export function normaliseText(text: string): string {
  return withoutReadMoreTail(text.normalize('NFKC').toLowerCase())
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first characters of a text, for evidence shown to a reader. */
export function preview(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
