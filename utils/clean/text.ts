/** Small text helpers shared by the stages that compare blocks. */

/** Trailing "read more" links that teasers and lazy-loaded copies add to a paragraph. */
export const READ_MORE_TAILS =
  /(?:\s|^)(?:read more|read full story|continue reading|keep reading|weiterlesen|mehr lesen|lire la suite|lire plus|leer más|seguir leyendo|continuar leyendo|leggi tutto|leggi di più|continua a leggere|leia mais|continue lendo|читать далее|читать дальше|подробнее|阅读全文|查看全文|继续阅读|閱讀全文|続きを読む|もっと見る|더보기)\s*(?:[»›→>]+|\.\.\.|…)?\s*$/iu;

/** Han, kana and Hangul: scripts written without spaces between words. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

/** Words that introduce a byline ("By Jane Smith"), in the languages Sift reads. */
export const BYLINE_INTRO = /^\s*(?:by|von|par|por|di|de|от|автор|文|作者|記者)\s+/iu;

/** An absolute http(s) URL for `href` (resolved against `base`), or undefined for any other scheme. */
export function webHref(href: string | null | undefined, base: string | null = null): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

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

/** Words; in CJK text each character is a token, so bigrams become character shingles. */
export function tokens(normalised: string): string[] {
  return normalised.match(TOKEN) ?? [];
}

const CJK_CHARS = new RegExp(CJK_CHAR.source, 'gu');

export function hasCJK(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** How many CJK characters a text holds (one regex pass, not one test per character). */
export function countCJK(text: string): number {
  return text.match(CJK_CHARS)?.length ?? 0;
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

/** The first characters of a text, for evidence shown to a reader. */
export function preview(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Share of a block's text that sits inside links. */
export function linkDensity(runs: readonly { text: string; href?: string }[]): number {
  let total = 0;
  let linked = 0;
  for (const run of runs) {
    const length = run.text.replace(/\s+/g, '').length;
    total += length;
    if (run.href) linked += length;
  }
  return total === 0 ? 0 : linked / total;
}
