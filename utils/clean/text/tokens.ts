/** Han, kana and Hangul: scripts written without spaces between words. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_CHARS = new RegExp(CJK_CHAR.source, 'gu');
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;
/** TOKEN on ASCII text, where \p{L}, \p{N} and \p{M} are its letters and digits: no Unicode tables to consult. */
const ASCII_TOKEN = /[0-9A-Za-z]+/g;
const NON_ASCII = /[\u0080-\uffff]/;
/** No character of Han, kana or Hangul comes before U+1100 (the first Hangul jamo). */
const MAYBE_CJK = /[\u1100-\uffff]/;

const tokenRegex = (text: string): RegExp => (NON_ASCII.test(text) ? TOKEN : ASCII_TOKEN);

/** Words; in CJK text each character is a token, so bigrams become character shingles. */
export function tokens(normalised: string): string[] {
  return normalised.match(tokenRegex(normalised)) ?? [];
}

export function hasCJK(text: string): boolean {
  return MAYBE_CJK.test(text) && CJK_CHAR.test(text);
}

/** How many CJK characters a text holds (one regex pass, not one test per character). */
export function countCJK(text: string): number {
  return MAYBE_CJK.test(text) ? (text.match(CJK_CHARS)?.length ?? 0) : 0;
}

/** Words separated by white space. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * How much a text says, fair to every script: its words, with each Chinese or Japanese
 * character counted as one (a Han character carries about what a short word does: a sentence of
 * 20 English words runs to some 30 Chinese characters). Korean separates its words with spaces,
 * so it counts by words like the rest: the same tokens as `tokens()`.
 */
export function textWeight(text: string): number {
  return text.match(tokenRegex(text))?.length ?? 0;
}

/** 32-bit FNV-1a of a string: bigrams as numbers keep huge pages' memory small. */
function hash(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Pairs of consecutive tokens (a single token stands alone), as hashes. */
export function bigrams(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (words.length === 1) out.add(hash(words[0]));
  for (let i = 1; i < words.length; i++) out.add(hash(words[i], hash(words[i - 1]) ^ 0x20));
  return out;
}
