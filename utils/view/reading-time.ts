/** A common silent-reading speed for adults reading news prose. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `wordCount` words, at least 1 so a short piece never says "0 min". */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
