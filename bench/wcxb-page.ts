/**
 * One WCXB page, scored for every contender: what a worker process does per page. Also what an
 * engine developer needs to see why Sift scored as it did (its removals, the junk it kept, the
 * truth it lacks), with texts cut short: the dump lives in bench/.cache, never in the repo.
 */
import { CONTENDERS, type Contender } from './aeb';
import type { Baseline } from './baseline-cache';
import type { WcxbTruth } from './datasets';
import { parseDocument } from './dom';
import { computeBaseline, type CleanFn } from './extractors';
import type { CleanResult } from '../utils/clean/index.ts';
import { ENGLISH } from '../utils/view/english.ts';
import { articleVerdict, evidenceMessage } from '../utils/view/index.ts';
import { removalGroup, runSift, siftCopyText } from './sift';
import { Coverage, errorMessage, shorten } from './text';
import { scorePage, wcxbTokens, type WcxbPageScore } from './wcxb-metric';

/** Under this share of its shingles in the truth, a kept block counts as junk left in. */
const JUNK_SHARE = 0.2;
/** Under this share of its shingles in Sift's output, a truth paragraph counts as missed. */
const MISSED_SHARE = 0.5;
/** Listing pages can have hundreds of missed lines; the dump keeps the longest. */
const MAX_LISTED = 40;
const TEXT_CHARS = 200;

export interface WcxbSiftDetail {
  /** `CleanResult.readerable` (null when clean() threw). */
  readerable: boolean | null;
  /** The engine's own article decision, once it has one (`isArticle` / `articleReason` in the result). */
  isArticle: boolean | null;
  articleReason: string | null;
  /** SiftError code (`no-article`, `empty-page`) or the error's name when clean() threw. */
  errorCode: string | null;
  keptBlocks: number;
  removed: { group: string; evidence: string; text: string; tokens: number; inTruth: number }[];
  keptJunk: { kind: string; text: string; tokens: number; inTruth: number }[];
  keptJunkCount: number;
  missedTruth: { text: string; tokens: number; inReadability: number }[];
  missedTruthCount: number;
}

export interface WcxbPageResult {
  id: string;
  url: string;
  type: string;
  scores: Partial<Record<Contender, WcxbPageScore>>;
  /** Per contender: tokens predicted and tokens matched (the multiset overlap with the truth). */
  tokens: { truth: number } & Partial<Record<Contender, { predicted: number; matched: number }>>;
  /** How many `with` and `without` snippets the truth has (evaluate.py scores a page with none as 1). */
  snippets: { with: number; without: number };
  errors: Partial<Record<Contender, string>>;
  /** Readability's `isProbablyReaderable` on the page; null when the page could not be read. */
  readerable: boolean | null;
  sift: WcxbSiftDetail | null;
  /** CPU time per extractor, parsing included (Readability's and Defuddle's come from the cache when reused). */
  cpuMs: { readability: number; defuddle: number; sift: number };
}

function overlap(predicted: string, truthCounts: Map<string, number>): { predicted: number; matched: number } {
  const pred = wcxbTokens(predicted);
  const seen = new Map<string, number>();
  let matched = 0;
  for (const t of pred) {
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    if (n <= (truthCounts.get(t) ?? 0)) matched++;
  }
  return { predicted: pred.length, matched };
}

const cut = (text: string) => shorten(text, TEXT_CHARS);
const tokenCount = (text: string) => wcxbTokens(text).length;

/** Longest first, so a cut list keeps what costs most. */
function capped<T extends { tokens: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.tokens - a.tokens).slice(0, MAX_LISTED);
}

export async function scoreWcxbPage(
  page: { id: string; url: string; type: string },
  html: string,
  truth: WcxbTruth,
  clean: CleanFn | null,
  cached: Baseline | null,
): Promise<{ result: WcxbPageResult; baseline: Baseline }> {
  const baseline = cached ?? (await computeBaseline(html, page.url));
  const truthCounts = new Map<string, number>();
  for (const t of wcxbTokens(truth.mainContent)) truthCounts.set(t, (truthCounts.get(t) ?? 0) + 1);
  const result: WcxbPageResult = {
    id: page.id,
    url: page.url,
    type: page.type,
    scores: {},
    tokens: { truth: wcxbTokens(truth.mainContent).length },
    snippets: { with: truth.with.length, without: truth.without.length },
    errors: {},
    readerable: baseline.readerable,
    sift: null,
    cpuMs: { ...baseline.cpuMs, sift: 0 },
  };
  const score = (contender: Contender, predicted: string) => {
    result.scores[contender] = scorePage(predicted, truth);
    result.tokens[contender] = overlap(predicted, truthCounts);
  };
  if (baseline.readabilityError)
    result.errors['readability-text'] = result.errors['readability-blocks'] = baseline.readabilityError;
  if (baseline.defuddleError) result.errors.defuddle = baseline.defuddleError;
  score('readability-text', baseline.readabilityText);
  score('readability-blocks', baseline.readabilityBlocks.join('\n'));
  score('defuddle', baseline.defuddleBlocks.join('\n'));
  if (clean) result.sift = siftDetail(result, score, html, page.url, truth, baseline, clean);
  return { result, baseline };
}

function siftDetail(
  result: WcxbPageResult,
  score: (contender: Contender, predicted: string) => void,
  html: string,
  url: string,
  truth: WcxbTruth,
  baseline: Baseline,
  clean: CleanFn,
): WcxbSiftDetail {
  const before = process.cpuUsage();
  const run = runSift(clean, parseDocument(html, url), url);
  const used = process.cpuUsage(before);
  result.cpuMs.sift = (used.user + used.system) / 1000;
  const detail: WcxbSiftDetail = {
    readerable: run.result?.readerable ?? null,
    isArticle: null,
    articleReason: null,
    errorCode: null,
    keptBlocks: run.result?.blocks.length ?? 0,
    removed: [],
    keptJunk: [],
    keptJunkCount: 0,
    missedTruth: [],
    missedTruthCount: 0,
  };
  if (run.error) {
    result.errors.sift = run.error;
    detail.errorCode = /^\w+\(([\w-]+)\)/.exec(run.error)?.[1] ?? run.error.split(':')[0];
  }
  score('sift', run.result ? siftCopyText(run.result) : '');
  // Checked, not assumed: SIFT_ENGINE may point at an older build without the decision.
  const decision = (run.result ?? {}) as Partial<Pick<CleanResult, 'isArticle' | 'articleReason'>>;
  if (typeof decision.isArticle === 'boolean') detail.isArticle = decision.isArticle;
  if (typeof decision.isArticle === 'boolean' && decision.articleReason && typeof decision.articleReason === 'object')
    detail.articleReason = articleVerdict(decision.articleReason, decision.isArticle, ENGLISH);

  const truthCoverage = new Coverage(truth.mainContent);
  const kept = run.result?.blocks ?? [];
  detail.removed = (run.result?.removed ?? []).map((r) => ({
    group: removalGroup(r),
    evidence: cut(evidenceMessage(r.evidence, ENGLISH)),
    text: cut(r.block.text),
    tokens: tokenCount(r.block.text),
    inTruth: truthCoverage.share(r.block.text),
  }));
  const junk = kept
    .map((b) => ({ kind: b.kind, text: b.text, tokens: tokenCount(b.text), inTruth: truthCoverage.share(b.text) }))
    .filter((b) => b.inTruth < JUNK_SHARE && b.tokens > 0);
  detail.keptJunkCount = junk.length;
  detail.keptJunk = capped(junk).map((b) => ({ ...b, text: cut(b.text) }));
  const siftCoverage = new Coverage(kept.map((b) => b.text).join('\n'));
  const readabilityCoverage = new Coverage(baseline.readabilityBlocks.join('\n'));
  const missed = truth.mainContent
    .split(/\n+/)
    .filter((line) => line.trim() && siftCoverage.share(line) < MISSED_SHARE)
    .map((line) => ({ text: line, tokens: tokenCount(line), inReadability: readabilityCoverage.share(line) }))
    .filter((line) => line.tokens > 0);
  detail.missedTruthCount = missed.length;
  detail.missedTruth = capped(missed).map((m) => ({ ...m, text: cut(m.text) }));
  return detail;
}

/** A page that could not be scored at all (unreadable file, crashed or timed-out worker): empty predictions. */
export function failedPage(
  page: { id: string; url: string; type: string },
  truth: WcxbTruth | null,
  error: unknown,
  withSift: boolean,
): WcxbPageResult {
  const message = typeof error === 'string' ? error : errorMessage(error);
  const empty = truth ? scorePage('', truth) : { precision: 0, recall: 0, f1: 0, withRate: 0, withoutRate: 0 };
  const contenders = CONTENDERS.filter((c) => withSift || c !== 'sift');
  return {
    id: page.id,
    url: page.url,
    type: page.type,
    scores: Object.fromEntries(contenders.map((c) => [c, empty])),
    tokens: { truth: truth ? wcxbTokens(truth.mainContent).length : 0 },
    snippets: { with: truth?.with.length ?? 0, without: truth?.without.length ?? 0 },
    errors: Object.fromEntries(contenders.map((c) => [c, message])),
    readerable: null,
    sift: null,
    cpuMs: { readability: 0, defuddle: 0, sift: 0 },
  };
}
