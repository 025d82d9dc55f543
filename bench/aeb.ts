/** Section 1: the Article Extraction Benchmark, scored with its own metric, all contenders side by side. */
import { cacheKey, loadBaselines, saveBaselines, type Baseline } from './baseline-cache';
import type { AebPage } from './datasets';
import { parseDocument } from './dom';
import { computeBaseline, type CleanFn } from './extractors';
import {
  aggregate,
  pageCounts,
  pageF1,
  pagePrecision,
  pageRecall,
  tokensEqual,
  type PageCounts,
  type Scores,
} from './metric';
import { ENGLISH } from '../utils/view/english.ts';
import { evidenceMessage } from '../utils/view/index.ts';
import { removalGroup, runSift, siftCopyText } from './sift';
import { countOccurrences, Coverage, errorMessage, tokenString } from './text';

export const CONTENDERS = ['readability-text', 'readability-blocks', 'defuddle', 'sift'] as const;
export type Contender = (typeof CONTENDERS)[number];

export const CONTENDER_NAMES: Record<Contender, string> = {
  'readability-text': 'Readability alone (`textContent`)',
  'readability-blocks': 'Readability alone, blocks joined by newlines',
  defuddle: 'Defuddle 0.19.4 (text of its HTML, blocks joined)',
  sift: 'Sift `clean()` (kept blocks joined by newlines, captions left out as when copying)',
};

/** A block Sift removed, and how much of it the ground truth holds. */
export interface RemovedBlock {
  group: string;
  evidence: string;
  text: string;
  inTruth: number;
  /**
   * The truth wanted it: the truth holds the text more often than Sift's output does (counting
   * the page's other removed copies), or, for a text the truth holds only in part, most of it.
   */
  wrong: boolean;
}

export interface AebPageResult {
  id: string;
  url: string;
  counts: Partial<Record<Contender, PageCounts>>;
  errors: Partial<Record<Contender, string>>;
  /** Sift's removals on this page. */
  removed: RemovedBlock[];
  /** Readability blocks that are neither kept nor removed by Sift (lost when cutting into blocks). */
  lostInSegment: { text: string; inTruth: number }[];
  /** Sift's kept blocks that Readability's output does not hold. */
  added: { text: string; inTruth: number }[];
  /** Sift's kept blocks that the truth barely holds: junk still in the output. */
  keptJunk: { text: string; kind: string; inTruth: number }[];
  /** Ground-truth paragraphs Sift's output mostly lacks: the recall it leaves behind. */
  missedTruth: { text: string; inSift: number; inReadability: number }[];
}

export interface AebResult {
  pages: AebPageResult[];
  scores: Partial<Record<Contender, Scores>>;
  siftNotice: string | null;
  /** Pages whose Readability and Defuddle outputs came from the cache (`--reuse-baselines`). */
  reusedBaselines: number;
}

/** Under this share of its shingles in the truth, a kept block counts as junk left in. */
const JUNK_SHARE = 0.2;
/** Under this share of its shingles in Sift's output, a ground-truth paragraph counts as missed. */
const MISSED_SHARE = 0.5;

const f1Of = (page: AebPageResult, contender: Contender): number | null => {
  const counts = page.counts[contender];
  return counts ? pageF1(counts) : null;
};

/** Sift's F1 minus Readability's (blocks joined: same segmentation idea, so the difference is Sift's doing). */
export const siftDelta = (page: AebPageResult): number | null => {
  const sift = f1Of(page, 'sift');
  const base = f1Of(page, 'readability-blocks');
  return sift === null || base === null ? null : sift - base;
};

export async function runAeb(
  pages: readonly AebPage[],
  clean: CleanFn | null,
  siftNotice: string | null,
  reuseBaselines = false,
): Promise<AebResult> {
  const results: AebPageResult[] = [];
  const key = cacheKey();
  const cached = reuseBaselines ? loadBaselines(key) : new Map<string, Baseline>();
  const fresh = new Map<string, Baseline>();
  let reused = 0;
  const scored: Partial<Record<Contender, { counts: PageCounts; exact: boolean }[]>> = {};
  const score = (page: AebPageResult, contender: Contender, truth: string, prediction: string) => {
    const counts = pageCounts(truth, prediction);
    page.counts[contender] = counts;
    (scored[contender] ??= []).push({ counts, exact: tokensEqual(truth, prediction) });
  };

  for (const page of pages) {
    const out: AebPageResult = {
      id: page.id,
      url: page.url,
      counts: {},
      errors: {},
      removed: [],
      lostInSegment: [],
      added: [],
      keptJunk: [],
      missedTruth: [],
    };
    let html: string;
    try {
      html = page.html();
    } catch (error) {
      for (const c of CONTENDERS) out.errors[c] = `cannot read page: ${errorMessage(error)}`;
      results.push(out);
      continue;
    }
    const truth = new Coverage(page.truth);

    const baseline = cached.get(page.id) ?? (await computeBaseline(html, page.url));
    if (!cached.has(page.id)) fresh.set(page.id, baseline);
    else reused++;
    const readabilityBlocks = baseline.readabilityBlocks;
    if (baseline.readabilityError)
      out.errors['readability-text'] = out.errors['readability-blocks'] = baseline.readabilityError;
    if (baseline.defuddleError) out.errors.defuddle = baseline.defuddleError;
    score(out, 'readability-text', page.truth, baseline.readabilityText);
    score(out, 'readability-blocks', page.truth, readabilityBlocks.join('\n'));
    score(out, 'defuddle', page.truth, baseline.defuddleBlocks.join('\n'));

    if (clean) {
      const run = runSift(clean, parseDocument(html, page.url), page.url);
      if (run.error) out.errors.sift = run.error;
      score(out, 'sift', page.truth, run.result ? siftCopyText(run.result) : '');
      if (run.result) {
        const kept = run.result.blocks.map((b) => b.text);
        const keptTokens = tokenString(kept.join('\n'));
        // A text the truth holds n times and Sift keeps k times: up to n - k of its removed copies were wanted.
        const wanted = new Map<string, number>();
        out.removed = run.result.removed.map((r) => {
          const tokens = tokenString(r.block.text);
          const inTruth = truth.share(r.block.text);
          const truthCount = truth.occurrences(r.block.text);
          if (!wanted.has(tokens)) wanted.set(tokens, truthCount - countOccurrences(keptTokens, tokens));
          const left = wanted.get(tokens)!;
          const wrong = truthCount > 0 ? left > 0 : inTruth >= 0.5;
          if (truthCount > 0 && left > 0) wanted.set(tokens, left - 1);
          return {
            group: removalGroup(r),
            evidence: evidenceMessage(r.evidence, ENGLISH),
            text: r.block.text,
            inTruth,
            wrong,
          };
        });
        const siftAll = tokenString([...kept, ...run.result.removed.map((r) => r.block.text)].join('\n'));
        const readabilityAll = tokenString(readabilityBlocks.join('\n'));
        out.lostInSegment = readabilityBlocks
          .filter((text) => tokenString(text).trim() && !siftAll.includes(tokenString(text)))
          .map((text) => ({ text, inTruth: truth.share(text) }));
        out.added = kept
          .filter((text) => tokenString(text).trim() && !readabilityAll.includes(tokenString(text)))
          .map((text) => ({ text, inTruth: truth.share(text) }));
        const siftCoverage = new Coverage(kept.join('\n'));
        const readabilityCoverage = new Coverage(readabilityBlocks.join('\n'));
        out.missedTruth = page.truth
          .split(/\n+/)
          .filter((line) => line.trim())
          .map((text) => ({ text, inSift: siftCoverage.share(text), inReadability: readabilityCoverage.share(text) }))
          .filter((line) => line.inSift < MISSED_SHARE);
        out.keptJunk = run.result.blocks
          .map((b) => ({ text: b.text, kind: b.kind, inTruth: truth.share(b.text) }))
          .filter((b) => b.inTruth < JUNK_SHARE);
      }
    }
    results.push(out);
  }

  if (fresh.size) saveBaselines(key, new Map([...loadBaselines(key), ...fresh]));
  const scores: Partial<Record<Contender, Scores>> = {};
  for (const c of CONTENDERS) if (scored[c]) scores[c] = aggregate(scored[c]!);
  return { pages: results, scores, siftNotice, reusedBaselines: reused };
}

export { pagePrecision, pageRecall };
