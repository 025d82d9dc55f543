/**
 * WCXB's own metric (web-content-extraction-benchmark `evaluate.py`), reproduced so our numbers
 * compare with its published table: word-level precision, recall and F1 over the multisets of
 * `\w+` tokens of the lower-cased texts, plus the share of `with` snippets found and of `without`
 * snippets present (plain lower-cased substring tests). Every measure is a plain mean over pages.
 */
import { PYTHON_WORD_RE } from './metric';

/** `re.findall(r'\w+', text.lower())`: Python's `\w` is letters, numbers and "_" (no combining marks). */
export function wcxbTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  return text.toLowerCase().match(PYTHON_WORD_RE) ?? [];
}

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

function counts(tokens: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

/** `word_f1(predicted, reference)`: an empty reference scores 1 only against an empty prediction. */
export function wordF1(predicted: string, reference: string): WordScore {
  const pred = wcxbTokens(predicted);
  const ref = wcxbTokens(reference);
  if (!ref.length) return pred.length ? { precision: 0, recall: 0, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!pred.length) return { precision: 0, recall: 0, f1: 0 };
  const refCounts = counts(ref);
  let overlap = 0;
  for (const [token, n] of counts(pred)) overlap += Math.min(n, refCounts.get(token) ?? 0);
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** `snippet_check`: the share of snippets found in the text; a page without snippets scores 1 (as evaluate.py). */
export function snippetRate(text: string, snippets: readonly string[]): number {
  if (!snippets.length) return 1;
  const lower = text.toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length / snippets.length;
}

export interface WcxbPageScore extends WordScore {
  /** Share of the page's `with` snippets the extraction contains (1 when it has none). */
  withRate: number;
  /** Share of the page's `without` (boilerplate) snippets the extraction contains (1 when it has none). */
  withoutRate: number;
}

export function scorePage(
  predicted: string,
  truth: { mainContent: string; with: readonly string[]; without: readonly string[] },
): WcxbPageScore {
  return {
    ...wordF1(predicted, truth.mainContent),
    withRate: snippetRate(predicted, truth.with),
    withoutRate: snippetRate(predicted, truth.without),
  };
}

export interface WcxbScores extends WcxbPageScore {
  pages: number;
}

/** evaluate.py's means: every page weighs the same, F1 is the mean of the pages' F1 (not F1 of the means). */
export function meanScores(pages: readonly WcxbPageScore[]): WcxbScores {
  const mean = (pick: (s: WcxbPageScore) => number) =>
    pages.length ? pages.reduce((sum, s) => sum + pick(s), 0) / pages.length : Number.NaN;
  return {
    precision: mean((s) => s.precision),
    recall: mean((s) => s.recall),
    f1: mean((s) => s.f1),
    withRate: mean((s) => s.withRate),
    withoutRate: mean((s) => s.withoutRate),
    pages: pages.length,
  };
}

/** Page types in evaluate.py's order of its per-type table (`category` is read as `collection`). */
export const WCXB_TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'] as const;

/** `get_page_type`: `_internal.page_type.primary`, or the string itself; article when absent. */
export function pageTypeOf(data: { _internal?: { page_type?: unknown } | null }): string {
  const pt = data._internal?.page_type;
  const type =
    pt && typeof pt === 'object'
      ? ((pt as { primary?: string }).primary ?? 'article')
      : typeof pt === 'string'
        ? pt
        : 'article';
  return type === 'category' ? 'collection' : type;
}
