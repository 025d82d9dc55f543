/**
 * Section 5: time per page, Readability alone against Sift's whole `clean()`, interleaved after
 * a warm-up so that JIT and machine noise hit both alike; DOM parsing timed apart.
 */
import type { AebPage } from './datasets';
import { parseDocument } from './dom';
import { runReadability, type CleanFn } from './extractors';
import { STAGES, type StageTimings } from '../utils/clean/index.ts';
import { median, quantile } from './text';

export const WARMUP_PAGES = 10;
/** Rounds per page: 2 keeps the whole bench within a few minutes on 2 shared cores. */
export const ROUNDS = 2;

/** Stage names as the engine lists them, and the total. */
export const STAGE_NAMES = [...STAGES.map((stage) => stage.name), 'total'] as const;

export interface SpeedResult {
  pages: number;
  rounds: number;
  parseMs: { median: number; p90: number };
  readabilityMs: { median: number; p90: number };
  siftMs: { median: number; p90: number };
  stageMedians: Partial<Record<(typeof STAGE_NAMES)[number], number>>;
  /** Per page: median Sift total / median Readability time. */
  ratio: { median: number; p90: number };
  /** Per page: Sift's stages after extraction (segment..figures) / Readability time. */
  cleaningShare: { median: number; p90: number };
  failures: number;
  sift: boolean;
}

const now = () => performance.now();
const stats = (values: number[]) => ({ median: median(values), p90: quantile(values, 0.9) });

function timeReadability(html: string, url: string): { parse: number; run: number } {
  let t = now();
  const doc = parseDocument(html, url);
  const parse = now() - t;
  t = now();
  runReadability(doc);
  return { parse, run: now() - t };
}

/** A page Sift rejects (SiftError) still costs its time; it just has no stage timings. */
function timeSift(
  clean: CleanFn,
  html: string,
  url: string,
): { parse: number; run: number; stages: StageTimings | null } {
  let t = now();
  const doc = parseDocument(html, url);
  const parse = now() - t;
  t = now();
  try {
    // The page was parsed for this run alone, as Readability alone gets it: no copy needed.
    const result = clean(doc, { url, mayChangeDocument: true });
    return { parse, run: now() - t, stages: result.timingsMs };
  } catch {
    return { parse, run: now() - t, stages: null };
  }
}

export function runSpeed(pages: readonly AebPage[], clean: CleanFn | null, rounds = ROUNDS): SpeedResult {
  const htmls = pages.map((p) => ({ url: p.url, html: p.html() }));
  for (const { html, url } of htmls.slice(0, WARMUP_PAGES)) {
    try {
      timeReadability(html, url);
      if (clean) timeSift(clean, html, url);
    } catch {
      // Warm-up only.
    }
  }
  const parse: number[] = [];
  const readabilityPage: number[] = [];
  const siftPage: number[] = [];
  const ratios: number[] = [];
  const cleaning: number[] = [];
  const stageRuns: Record<string, number[]> = {};
  let failures = 0;
  for (const { html, url } of htmls) {
    const r: number[] = [];
    const s: number[] = [];
    const c: number[] = [];
    try {
      for (let round = 0; round < rounds; round++) {
        // Alternate which goes first, so neither always meets a warmer cache.
        const order = round % 2 === 0 ? ['r', 's'] : ['s', 'r'];
        for (const who of order) {
          if (who === 'r') {
            const t = timeReadability(html, url);
            parse.push(t.parse);
            r.push(t.run);
          } else if (clean) {
            const t = timeSift(clean, html, url);
            parse.push(t.parse);
            s.push(t.run);
            if (t.stages) {
              c.push(t.stages.total - t.stages.extract);
              for (const name of STAGE_NAMES) (stageRuns[name] ??= []).push(t.stages[name]);
            }
          }
        }
      }
    } catch {
      failures++;
      continue;
    }
    const rm = median(r);
    readabilityPage.push(rm);
    if (clean && s.length) {
      siftPage.push(median(s));
      ratios.push(median(s) / rm);
      if (c.length) cleaning.push(median(c) / rm);
    }
  }
  const stageMedians: SpeedResult['stageMedians'] = {};
  for (const name of STAGE_NAMES) if (stageRuns[name]) stageMedians[name] = median(stageRuns[name]);
  return {
    pages: htmls.length,
    rounds,
    parseMs: stats(parse),
    readabilityMs: stats(readabilityPage),
    siftMs: stats(siftPage),
    stageMedians,
    ratio: stats(ratios),
    cleaningShare: stats(cleaning),
    failures,
    sift: Boolean(clean),
  };
}
