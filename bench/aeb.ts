/** Section 1: the Article Extraction Benchmark, scored with its own metric, all contenders side by side. */
import type { AebPage } from './datasets';
import { parseDocument } from './dom';
import { runDefuddle, runReadability, siftText, type CleanFn } from './extractors';
import { aggregate, pageCounts, pageF1, pagePrecision, pageRecall, tokensEqual, type PageCounts, type Scores } from './metric';
import { describeEvidence, removalGroup, runSift } from './sift';
import { countOccurrences, Coverage, errorMessage, quietly, tokenString } from './text';

export const CONTENDERS = ['readability-text', 'readability-blocks', 'defuddle', 'sift'] as const;
export type Contender = (typeof CONTENDERS)[number];

export const CONTENDER_NAMES: Record<Contender, string> = {
  'readability-text': 'Readability alone (`textContent`)',
  'readability-blocks': 'Readability alone, blocks joined by newlines',
  defuddle: 'Defuddle 0.19.4 (text of its HTML, blocks joined)',
  sift: 'Sift `clean()` (kept blocks joined by newlines)',
};

/** A block Sift removed, and how much of it the ground truth holds. */
export interface RemovedBlock {
  group: string;
  evidence: string;
  text: string;
  inTruth: number;
  /**
   * The truth wanted it: for a repeat, the truth holds the text more often than Sift's output
   * does; for anything else, most of the block is in the truth.
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
  keptJunk: { text: string; inTruth: number }[];
}

export interface AebResult {
  pages: AebPageResult[];
  scores: Partial<Record<Contender, Scores>>;
  siftNotice: string | null;
}

/** Under this share of its shingles in the truth, a kept block counts as junk left in. */
const JUNK_SHARE = 0.2;

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

export async function runAeb(pages: readonly AebPage[], clean: CleanFn | null, siftNotice: string | null): Promise<AebResult> {
  const results: AebPageResult[] = [];
  const scored: Partial<Record<Contender, { counts: PageCounts; exact: boolean }[]>> = {};
  const score = (page: AebPageResult, contender: Contender, truth: string, prediction: string) => {
    const counts = pageCounts(truth, prediction);
    page.counts[contender] = counts;
    (scored[contender] ??= []).push({ counts, exact: tokensEqual(truth, prediction) });
  };

  for (const page of pages) {
    const out: AebPageResult = { id: page.id, url: page.url, counts: {}, errors: {}, removed: [], lostInSegment: [], added: [], keptJunk: [] };
    let html: string;
    try {
      html = page.html();
    } catch (error) {
      for (const c of CONTENDERS) out.errors[c] = `cannot read page: ${errorMessage(error)}`;
      results.push(out);
      continue;
    }
    const truth = new Coverage(page.truth);

    let readabilityBlocks: string[] = [];
    try {
      const r = runReadability(parseDocument(html, page.url));
      readabilityBlocks = r?.blocks ?? [];
      score(out, 'readability-text', page.truth, r?.textContent ?? '');
      score(out, 'readability-blocks', page.truth, readabilityBlocks.join('\n'));
    } catch (error) {
      out.errors['readability-text'] = out.errors['readability-blocks'] = errorMessage(error);
      score(out, 'readability-text', page.truth, '');
      score(out, 'readability-blocks', page.truth, '');
    }

    try {
      const blocks = await quietly(() => runDefuddle(parseDocument(html, page.url), page.url));
      score(out, 'defuddle', page.truth, blocks.join('\n'));
    } catch (error) {
      out.errors.defuddle = errorMessage(error);
      score(out, 'defuddle', page.truth, '');
    }

    if (clean) {
      const run = runSift(clean, parseDocument(html, page.url), page.url);
      if (run.error) out.errors.sift = run.error;
      score(out, 'sift', page.truth, run.result ? siftText(run.result) : '');
      if (run.result) {
        const kept = run.result.blocks.map((b) => b.text);
        const keptTokens = tokenString(kept.join('\n'));
        out.removed = run.result.removed.map((r) => ({
          group: removalGroup(r),
          evidence: describeEvidence(r.evidence),
          text: r.block.text,
          inTruth: truth.share(r.block.text),
          wrong:
            r.reason === 'duplicate'
              ? truth.occurrences(r.block.text) > countOccurrences(keptTokens, tokenString(r.block.text))
              : truth.share(r.block.text) >= 0.5,
        }));
        const siftAll = tokenString([...kept, ...run.result.removed.map((r) => r.block.text)].join('\n'));
        const readabilityAll = tokenString(readabilityBlocks.join('\n'));
        out.lostInSegment = readabilityBlocks
          .filter((text) => tokenString(text).trim() && !siftAll.includes(tokenString(text)))
          .map((text) => ({ text, inTruth: truth.share(text) }));
        out.added = kept
          .filter((text) => tokenString(text).trim() && !readabilityAll.includes(tokenString(text)))
          .map((text) => ({ text, inTruth: truth.share(text) }));
        out.keptJunk = kept.map((text) => ({ text, inTruth: truth.share(text) })).filter((b) => b.inTruth < JUNK_SHARE);
      }
    }
    results.push(out);
  }

  const scores: Partial<Record<Contender, Scores>> = {};
  for (const c of CONTENDERS) if (scored[c]) scores[c] = aggregate(scored[c]!);
  return { pages: results, scores, siftNotice };
}

export { pagePrecision, pageRecall };
