import { STOPWORDS } from '../lexicon/stopwords';
import { hasCJK } from './tokens';

/** Words longer than this are compared by their start, a crude stem that works across languages. */
const STEM_LENGTH = 6;
const WORD = /[\p{L}\p{N}]+/gu;
/** WORD on ASCII text, where \p{L} and \p{N} are its letters and digits: no Unicode tables to consult. */
const ASCII_WORD = /[0-9A-Za-z]+/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** Content-word stems of a text; CJK text gives character bigrams instead. */
export function topicTerms(text: string): string[] {
  const out: string[] = [];
  const folded = text.normalize('NFKC').toLowerCase();
  for (const word of folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD) ?? []) {
    if (hasCJK(word)) {
      const chars = Array.from(word);
      for (let i = 1; i < chars.length; i++) out.push(chars[i - 1] + chars[i]);
      continue;
    }
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    out.push(word.slice(0, STEM_LENGTH));
  }
  return out;
}

export function topicProfile(texts: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const text of texts) for (const term of topicTerms(text)) terms.add(term);
  return terms;
}

/** Share of the item's content words that the body uses too: 0 for another story, near 1 for this one. */
export function topicalSimilarity(item: string | readonly string[], body: { has(term: string): boolean }): number {
  const terms = new Set(typeof item === 'string' ? topicTerms(item) : item);
  if (terms.size === 0) return 0;
  let shared = 0;
  for (const term of terms) if (body.has(term)) shared++;
  return shared / terms.size;
}
