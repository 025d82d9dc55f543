/**
 * The Article Extraction Benchmark's own metric (scrapinghub/article-extraction-benchmark),
 * reproduced so our numbers compare with its published table.
 *
 * Python's `re` `\w` on str patterns matches what `str.isalnum()` accepts plus "_": letters (L*)
 * and numbers (N*). It does NOT match combining marks, so Devanagari and similar scripts split
 * at vowel signs there; we split the same way on purpose.
 */

/** Python `re` `\w+` on str patterns: Unicode letters, numbers and the underscore. */
export const PYTHON_WORD_RE = /[\p{L}\p{N}_]+/gu;

/** The benchmark compares texts as multisets of 4-token shingles. */
export const SHINGLE_SIZE = 4;

export function tokenize(text: string | null | undefined): string[] {
  return (text ?? '').match(PYTHON_WORD_RE) ?? [];
}

/** Multiset of n-token shingles; a text shorter than n tokens gives one shorter shingle, an empty one none. */
export function shingles(tokens: readonly string[], n = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** A page's TP/FP/FN, each divided by their sum so that every page weighs the same. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string, prediction: string): PageCounts {
  const truthShingles = shingles(tokenize(truth));
  const predShingles = shingles(tokenize(prediction));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const keys = new Set([...truthShingles.keys(), ...predShingles.keys()]);
  for (const key of keys) {
    const t = truthShingles.get(key) ?? 0;
    const p = predShingles.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0) return 0;
  return tp / (tp + fn);
}

export function pageF1(counts: PageCounts): number {
  const p = pagePrecision(counts);
  const r = pageRecall(counts);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export function tokensEqual(truth: string, prediction: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(prediction);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

const mean = (values: number[]): number => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0);

/** Means over pages (skipping pages with nothing predicted for P, nothing true for R), F1 of the means. */
export function aggregate(pages: readonly { counts: PageCounts; exact: boolean }[]): Scores {
  const precision = mean(
    pages.filter(({ counts }) => counts.tp + counts.fp > 0).map(({ counts }) => pagePrecision(counts)),
  );
  const recall = mean(pages.filter(({ counts }) => counts.tp + counts.fn > 0).map(({ counts }) => pageRecall(counts)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map(({ exact }) => (exact ? 1 : 0)));
  return { precision, recall, f1, accuracy, pages: pages.length };
}
