/**
 * Section 6: the Web Content eXtraction Benchmark (WCXB) development split, every contender side
 * by side per page type, scored with WCXB's own metric; and the article decision per page type.
 * Pages are scored in a few child processes (one page at a time each, recycled often), so a crash
 * or an exhausted heap is one page's failure, and a long run's memory stays flat.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENDERS, type Contender } from './aeb';
import { cacheKey, loadBaselines, saveBaselines, type Baseline } from './baseline-cache';
import { repoRoot, type WcxbPage } from './datasets';
import { failedPage, type WcxbPageResult } from './wcxb-page';
import type { WcxbJob, WcxbWorkerMessage } from './wcxb-worker';
import { meanScores, WCXB_TYPES, type WcxbScores } from './wcxb-metric';

/** A worker is replaced after this many pages or past this resident size, whichever comes first. */
const RECYCLE_PAGES = 100;
const RECYCLE_RSS_MB = 1200;
/** Each worker's heap: a page needing more fails alone. */
const WORKER_HEAP_MB = 2048;
/** Fresh baselines are saved every so many pages, so an interrupted first run is not all lost. */
const SAVE_EVERY = 200;
/** A page that takes longer (a runaway regex, a DOM loop) is killed and counted as failed. */
const PAGE_TIMEOUT_MS = 120_000;

export const WCXB_DUMP = join(repoRoot(), 'bench', '.cache', 'wcxb-pages.jsonl');
/** Each page's line as it arrives (in finishing order), so an interrupted run still leaves its pages. */
export const WCXB_DUMP_PARTIAL = `${WCXB_DUMP}.part`;

export interface WcxbDecisionRow {
  type: string;
  pages: number;
  /** Readability's `isProbablyReaderable` said yes. */
  readerable: number;
  /** Sift's result said `readerable` (a page Sift refused counts as no). */
  siftReaderable: number;
  /** Sift produced an article at all (no `no-article` / `empty-page` error). */
  siftCleaned: number;
  /** Sift's own decision, when the engine reports one; null when it does not. */
  siftIsArticle: number | null;
}

export interface WcxbResult {
  pages: WcxbPageResult[];
  /** Per contender: all pages, then per page type. */
  overall: Partial<Record<Contender, WcxbScores>>;
  byType: Record<string, Partial<Record<Contender, WcxbScores>>>;
  decision: WcxbDecisionRow[];
  siftNotice: string | null;
  reusedBaselines: number;
  jobs: number;
  types: string[];
  dumpFile: string;
  wallS: number;
  /** Summed over pages, seconds. */
  cpuS: { readability: number; defuddle: number; sift: number };
  /** The machine's 1-minute load average at the start and the end: it is shared. */
  load: [number, number];
}

export interface WcxbOptions {
  root: string;
  withSift: boolean;
  reuseBaselines: boolean;
  jobs: number | null;
  log: (message: string) => void;
}

const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'wcxb-worker.ts');

interface Slot {
  child: ChildProcess;
  done: number;
  current: WcxbPage | null;
  timer: NodeJS.Timeout | null;
}

/** Runs every page through the worker pool; results come back in page order. */
async function scoreAll(
  pages: readonly WcxbPage[],
  opts: WcxbOptions,
  cached: Map<string, Baseline>,
  fresh: Map<string, Baseline>,
  save: () => void,
): Promise<{ results: WcxbPageResult[]; siftNotice: string | null; jobs: number }> {
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), pages.length || 1));
  const results = new Map<string, WcxbPageResult>();
  let next = 0;
  let siftNotice: string | null = null;
  let lastLogged = 0;
  let startFailures = 0;
  const started = performance.now();

  return new Promise((resolve) => {
    let live = 0;
    const finish = () => {
      if (live > 0) return;
      resolve({ results: pages.map((p) => results.get(p.id)!), siftNotice, jobs });
    };
    mkdirSync(dirname(WCXB_DUMP_PARTIAL), { recursive: true });
    writeFileSync(WCXB_DUMP_PARTIAL, '');
    const record = (page: WcxbPage, result: WcxbPageResult) => {
      results.set(page.id, result);
      appendFileSync(WCXB_DUMP_PARTIAL, `${JSON.stringify(result)}\n`);
      if (results.size - lastLogged >= 100 || results.size === pages.length) {
        lastLogged = results.size;
        const s = (performance.now() - started) / 1000;
        opts.log(`wcxb ${results.size}/${pages.length} pages, ${s.toFixed(0)} s`);
      }
    };
    const fail = (page: WcxbPage, why: string) => {
      let truth = null;
      try {
        truth = page.truth();
      } catch {
        // An unreadable truth file scores as an empty truth.
      }
      record(page, failedPage(page, truth, why, opts.withSift));
    };
    const spawn = () => {
      if (next >= pages.length) return;
      live++;
      const slot: Slot = {
        child: fork(workerFile, [], {
          execArgv: [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`],
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        }),
        done: 0,
        current: null,
        timer: null,
      };
      const feed = () => {
        if (next >= pages.length || slot.done >= RECYCLE_PAGES) {
          slot.current = null;
          slot.child.disconnect();
          return;
        }
        const page = pages[next++];
        slot.current = page;
        const job: WcxbJob = {
          id: page.id,
          root: opts.root,
          withSift: opts.withSift,
          baseline: cached.get(page.id) ?? null,
        };
        slot.timer = setTimeout(() => slot.child.kill('SIGKILL'), PAGE_TIMEOUT_MS);
        slot.child.send(job);
      };
      slot.child.on('message', (message: WcxbWorkerMessage) => {
        if (message.kind === 'ready') {
          siftNotice = message.siftNotice;
          feed();
          return;
        }
        if (slot.timer) clearTimeout(slot.timer);
        if (slot.current) record(slot.current, message.result);
        if (slot.current && message.baseline) {
          fresh.set(slot.current.id, message.baseline);
          if (fresh.size % SAVE_EVERY === 0) save();
        }
        slot.done++;
        if (message.rssMb > RECYCLE_RSS_MB) slot.done = RECYCLE_PAGES;
        feed();
      });
      slot.child.on('exit', (code, signal) => {
        if (slot.timer) clearTimeout(slot.timer);
        // A worker that cannot even start (the bench does not load) would be respawned forever.
        if (!slot.current && slot.done === 0 && code !== 0 && ++startFailures >= 3) {
          opts.log(`wcxb: workers fail to start (exit ${code}); the remaining pages count as failed`);
          while (next < pages.length) fail(pages[next++], `worker failed to start (exit ${code})`);
        }
        if (slot.current) {
          const why =
            signal === 'SIGKILL'
              ? `timed out after ${PAGE_TIMEOUT_MS / 1000} s`
              : `worker died (${signal ?? `exit ${code}`})`;
          opts.log(`wcxb page ${slot.current.id}: ${why}`);
          fail(slot.current, why);
        }
        live--;
        spawn();
        finish();
      });
    };
    for (let i = 0; i < jobs; i++) spawn();
    finish();
  });
}

export async function runWcxb(pages: readonly WcxbPage[], opts: WcxbOptions): Promise<WcxbResult> {
  const started = performance.now();
  const loadStart = loadavg()[0];
  const key = cacheKey();
  const cached = opts.reuseBaselines ? loadBaselines(key, 'wcxb') : new Map<string, Baseline>();
  const fresh = new Map<string, Baseline>();
  const save = () => saveBaselines(key, new Map([...loadBaselines(key, 'wcxb'), ...fresh]), 'wcxb');
  const { results, siftNotice, jobs } = await scoreAll(pages, opts, cached, fresh, save);
  if (fresh.size) save();

  const types = WCXB_TYPES.filter((t) => results.some((r) => r.type === t));
  for (const r of results) if (!types.includes(r.type as (typeof WCXB_TYPES)[number])) types.push(r.type as never);
  const scoresOf = (subset: WcxbPageResult[]) => {
    const out: Partial<Record<Contender, WcxbScores>> = {};
    for (const c of CONTENDERS) {
      const scored = subset.flatMap((r) => r.scores[c] ?? []);
      if (scored.length) out[c] = meanScores(scored);
    }
    return out;
  };
  const byType: WcxbResult['byType'] = {};
  const decision: WcxbDecisionRow[] = [];
  for (const type of types) {
    const subset = results.filter((r) => r.type === type);
    byType[type] = scoresOf(subset);
    const decided = subset.filter((r) => r.sift?.isArticle !== null && r.sift?.isArticle !== undefined);
    decision.push({
      type,
      pages: subset.length,
      readerable: subset.filter((r) => r.readerable).length,
      siftReaderable: subset.filter((r) => r.sift?.readerable).length,
      siftCleaned: subset.filter((r) => r.sift && !r.sift.errorCode).length,
      siftIsArticle: decided.length ? decided.filter((r) => r.sift!.isArticle).length : null,
    });
  }
  writeFileSync(WCXB_DUMP, results.map((r) => JSON.stringify(r)).join('\n') + (results.length ? '\n' : ''));
  rmSync(WCXB_DUMP_PARTIAL, { force: true });
  return {
    pages: results,
    overall: scoresOf(results),
    byType,
    decision,
    siftNotice,
    reusedBaselines: pages.filter((p) => cached.has(p.id)).length,
    jobs,
    types,
    dumpFile: WCXB_DUMP,
    wallS: (performance.now() - started) / 1000,
    cpuS: {
      readability: results.reduce((n, r) => n + r.cpuMs.readability, 0) / 1000,
      defuddle: results.reduce((n, r) => n + r.cpuMs.defuddle, 0) / 1000,
      sift: results.reduce((n, r) => n + r.cpuMs.sift, 0) / 1000,
    },
    load: [loadStart, loadavg()[0]],
  };
}
