/** A common silent-reading speed for adults reading news prose in scripts that space their words. */
export const WORDS_PER_MINUTE = 230;

/**
 * Chinese and Japanese have no spaces between words, so they are timed by characters. The
 * IReST study (Trauzettel-Klosinski et al., 2012) measured about 255 (Chinese) and 357
 * (Japanese) characters a minute read aloud; silent reading is faster, so 400 a minute.
 */
export const CJK_CHARS_PER_MINUTE = 400;

/** Han and kana. Korean spaces its words, so Hangul is counted by words. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Whole minutes to read `wordCount` words, at least 1 so a short piece never says "0 min". */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** Minutes to read these texts: words at WORDS_PER_MINUTE, Han and kana at CJK_CHARS_PER_MINUTE. */
export function readingMinutesOf(texts: readonly string[]): number {
  let words = 0;
  let cjk = 0;
  for (const text of texts) {
    cjk += text.match(CJK_CHAR)?.length ?? 0;
    words += spacedWords(text.replace(CJK_CHAR, ' '));
  }
  return readingMinutes(words + (cjk * WORDS_PER_MINUTE) / CJK_CHARS_PER_MINUTE);
}

/** Words for timing: runs between white space that hold a letter or a digit (a lone dash is not read). */
function spacedWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
