import type { FigureKind } from './types';

/** Everything that tunes `clean()`. Each field's default is the last word of its comment. */
export interface CleanOptions {
  /** The page's address, for resolving relative links and for the result; default: the document's URL. */
  url: string | null;
  /** Remove repeated paragraphs; default true. */
  dedupe: boolean;
  /** Remove recommendation lists and unrelated headlines; default true. */
  related: boolean;
  /** Remove site furniture judged block by block (credits, labels, notices) and mark printed captions; default true. */
  furniture: boolean;
  /** Mark money, percentages, dates and quantities; default true. */
  figures: boolean;
  /** Which figure kinds to mark; default all four. */
  figureKinds: readonly FigureKind[];
  /** How many figures the ranked summary holds at most; default 8. */
  maxKeyFigures: number;
  /** Word-bigram Jaccard at or above which two blocks are near-duplicates; default 0.8. */
  nearDuplicateThreshold: number;
  /** The looser similarity accepted inside a run of in-order matches; default 0.7. */
  runDuplicateThreshold: number;
  /** How many consecutive in-order matches make a run (the body printed twice); default 3. */
  minRunLength: number;
  /** Blocks shorter than this (normalised characters) repeat legitimately and are never duplicates; default 50. */
  minDuplicateChars: number;
  /** Topical similarity to the body under which a trailing unlabelled headline is off-topic; default 0.35. */
  offTopicThreshold: number;
  /** Fewer characters of article text than this means the page has no article ("Clean anyway" passes 0); default 200. */
  minArticleChars: number;
  /** Look again on a wider container when Readability's article holds too little of the page's text (stages/recover.ts); default true. */
  recover: boolean;
  /** Readability's share of the page's main text under which Sift looks wider; default 0.5. */
  recoverBelowShare: number;
  /** Main text (words, a CJK character one) the article must lack, and a wider container add, before Sift looks wider; default 150. */
  recoverMinMissing: number;
  /** The wider container is the smallest around Readability's pick holding this share of the page's main text; default 0.9. */
  recoverReach: number;
  /** A wider container whose text is more than this share links is a listing, not the article; default 0.35. */
  recoverMaxLinkDensity: number;
  /** What a wider container ADDS is a list pointing elsewhere when at least this share of it is links (stages/recover-gate.ts); default 0.9. */
  recoverMaxAddedLinkDensity: number;
  /** A pick of at least this much text (words, a CJK character one) is a story of its own: what a wider container adds must share its topic; default 300. */
  recoverMinStory: number;
  /** Mean topical similarity to the title and the pick under which added running text is other stories; default 0.3. */
  recoverMinTopic: number;
  /** Readability's minimum article length in characters; default 500. */
  charThreshold: number;
  /**
   * The element budget: a page with more elements than this is refused with SiftError
   * 'too-large' before Readability starts (0: no limit); default 1000000.
   */
  maxElemsToParse: number;
  /**
   * Let extraction run Readability on the document itself instead of a copy, for callers that
   * throw the document away afterwards (the CLI and the benchmark parse each page afresh); default false.
   */
  mayChangeDocument: boolean;
}

export const DEFAULT_OPTIONS: Readonly<CleanOptions> = Object.freeze({
  url: null,
  dedupe: true,
  related: true,
  furniture: true,
  figures: true,
  figureKinds: Object.freeze(['money', 'percent', 'date', 'quantity'] as FigureKind[]),
  maxKeyFigures: 8,
  nearDuplicateThreshold: 0.8,
  runDuplicateThreshold: 0.7,
  minRunLength: 3,
  minDuplicateChars: 50,
  offTopicThreshold: 0.35,
  minArticleChars: 200,
  recover: true,
  recoverBelowShare: 0.5,
  recoverMinMissing: 150,
  recoverReach: 0.9,
  recoverMaxLinkDensity: 0.35,
  recoverMaxAddedLinkDensity: 0.9,
  recoverMinStory: 300,
  recoverMinTopic: 0.3,
  charThreshold: 500,
  maxElemsToParse: 1_000_000,
  mayChangeDocument: false,
});

export function resolveOptions(options: Partial<CleanOptions> = {}): CleanOptions {
  return { ...DEFAULT_OPTIONS, ...options };
}
