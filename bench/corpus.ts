/**
 * Section 6, size and shape: each generated page (bench/shapes.ts) cleaned by Sift and read by
 * Readability alone, each in a child process of its own so peak memory is the page's; then the
 * time of each stage against the number of blocks, with the fitted exponent (log-log least squares).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { STAGES } from '../utils/clean/index.ts';
import type { ChildResult } from './corpus-child';
import { parseDocument } from './dom';
import { type CleanFn, runReadability } from './extractors';
import { articlePage, SHAPES } from './shapes';

/** A child past this is stopped and reported as over the budget (Readability on 5,000-deep nesting runs for minutes). */
export const CHILD_TIMEOUT_MS = 180_000;
/** Article sizes of the scaling curve, in generated blocks. */
export const SCALING_BLOCKS = [100, 250, 500, 1000, 2000, 5000] as const;
const SCALING_ROUNDS = 3;

export interface ShapeRun {
  result: ChildResult | null;
  /** Why there is no result: stopped past the timeout, or the child failed. */
  failure: string | null;
}

export interface CorpusRow {
  name: string;
  describes: string;
  readability: ShapeRun;
  sift: ShapeRun;
}

export interface ScalingPoint {
  blocks: number;
  readabilityMs: number;
  stages: Record<string, number>;
}

export interface CorpusResult {
  rows: CorpusRow[];
  scaling: ScalingPoint[];
  /** Fitted exponent of time against blocks, per stage, Readability alone and Sift's total. */
  exponents: Record<string, number>;
  timeoutMs: number;
}

function runChild(shape: string, who: 'readability' | 'sift', timeoutMs: number): ShapeRun {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, join(import.meta.dirname, 'corpus-child.ts'), shape, who],
    {
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 1 << 20,
      env: process.env,
    },
  );
  if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT')
    return { result: null, failure: `stopped after ${timeoutMs / 1000} s` };
  if (child.status !== 0)
    return { result: null, failure: child.stderr.trim().split('\n')[0] || `exit ${child.status}` };
  return { result: JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult, failure: null };
}

/** Least-squares slope of log(time) on log(size): 1 is linear, 2 quadratic. */
export function fittedExponent(points: readonly { x: number; y: number }[]): number {
  const usable = points.filter((p) => p.x > 0 && p.y > 0);
  if (usable.length < 2) return Number.NaN;
  const xs = usable.map((p) => Math.log(p.x));
  const ys = usable.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

/** Stage times under this are timer noise; they are floored so the logarithm stays finite. */
const MIN_MS = 0.05;

function scaling(clean: CleanFn): ScalingPoint[] {
  const points: ScalingPoint[] = [];
  for (const size of SCALING_BLOCKS) {
    const html = articlePage(size, size);
    const url = `https://news.example/scaling-${size}`;
    const readability: number[] = [];
    const stages: Record<string, number[]> = {};
    let blocks = 0;
    for (let round = 0; round < SCALING_ROUNDS; round++) {
      const doc = parseDocument(html, url);
      const t = performance.now();
      runReadability(doc);
      readability.push(performance.now() - t);
      const result = clean(parseDocument(html, url), { url, mayChangeDocument: true });
      blocks = result.blocks.length + result.removed.length;
      for (const [name, ms] of Object.entries(result.timingsMs)) (stages[name] ??= []).push(ms);
    }
    points.push({
      blocks,
      // The least disturbed run: on a shared machine, other jobs only ever add time.
      readabilityMs: Math.min(...readability),
      stages: Object.fromEntries(Object.entries(stages).map(([name, ms]) => [name, Math.min(...ms)])),
    });
  }
  return points;
}

export function runCorpus(clean: CleanFn | null, log: (message: string) => void): CorpusResult {
  const rows: CorpusRow[] = [];
  for (const shape of SHAPES) {
    log(`corpus: ${shape.name}`);
    rows.push({
      name: shape.name,
      describes: shape.describes,
      readability: runChild(shape.name, 'readability', CHILD_TIMEOUT_MS),
      sift: clean ? runChild(shape.name, 'sift', CHILD_TIMEOUT_MS) : { result: null, failure: 'Sift not loadable' },
    });
  }
  const points = clean ? scaling(clean) : [];
  const exponents: Record<string, number> = {
    'Readability alone': fittedExponent(points.map((p) => ({ x: p.blocks, y: Math.max(MIN_MS, p.readabilityMs) }))),
  };
  for (const name of [...STAGES.map((s) => s.name), 'total'])
    exponents[name] = fittedExponent(points.map((p) => ({ x: p.blocks, y: Math.max(MIN_MS, p.stages[name] ?? 0) })));
  return { rows, scaling: points, exponents, timeoutMs: CHILD_TIMEOUT_MS };
}

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const f2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '–');

function cpuCell(run: ShapeRun): string {
  return run.result ? ms(run.result.cpuMs) : `> ${run.failure}`;
}

export function corpusSection(c: CorpusResult): string[] {
  const names = STAGES.map((s) => s.name);
  const out = [
    '## 6. Size and shape',
    '',
    'Generated, seeded pages (`bench/shapes.ts`), each run in a child process of its own after a warm-up on an ordinary page; ' +
      `a child is stopped after ${c.timeoutMs / 1000} s. Times are **CPU ms** of the run (the machine is shared: wall time is not the page's); ` +
      'stage columns are wall ms from `timingsMs`. Sift runs with `mayChangeDocument` (the page is parsed afresh for it, as Readability alone gets it). ' +
      'Peak RSS is the child process at its peak (Node, the code and the page).',
    '',
    `| page | bytes | Readability CPU ms | Sift CPU ms | Sift / Readability | ${names.join(' | ')} | peak MB Readability / Sift | error |`,
    `| --- | --- | --- | --- | --- | ${names.map(() => '---').join(' | ')} | --- | --- |`,
  ];
  for (const row of c.rows) {
    const r = row.readability.result;
    const s = row.sift.result;
    const ratio = r && s ? f2(s.cpuMs / r.cpuMs) : '–';
    const stages = names.map((n) => (s?.stages ? ms(s.stages[n] ?? 0) : '–'));
    out.push(
      `| ${row.name}: ${row.describes} | ${(r ?? s)?.bytes ?? '–'} | ${cpuCell(row.readability)} | ${cpuCell(row.sift)} | ${ratio} | ${stages.join(' | ')} | ${r ? r.peakRssMb.toFixed(0) : '–'} / ${s ? s.peakRssMb.toFixed(0) : '–'} | ${s?.error ?? r?.error ?? ''} |`,
    );
  }
  if (c.scaling.length) {
    out.push(
      '',
      '### Time against blocks',
      '',
      `Generated articles, fastest of ${SCALING_ROUNDS} runs each (other jobs on the machine only add time), wall ms; the exponent is the least-squares slope of log time on log blocks (1 linear, 2 quadratic).`,
      '',
      `| blocks | Readability alone | ${[...names, 'total'].join(' | ')} |`,
      `| --- | --- | ${[...names, 'total'].map(() => '---').join(' | ')} |`,
      ...c.scaling.map(
        (p) =>
          `| ${p.blocks} | ${ms(p.readabilityMs)} | ${[...names, 'total'].map((n) => ms(p.stages[n] ?? 0)).join(' | ')} |`,
      ),
      `| **exponent** | ${f2(c.exponents['Readability alone'])} | ${[...names, 'total'].map((n) => `**${f2(c.exponents[n])}**`).join(' | ')} |`,
    );
  }
  return out;
}

export function corpusSummary(c: CorpusResult): string {
  const worst = c.rows
    .map((row) => ({
      name: row.name,
      ratio: row.readability.result && row.sift.result ? row.sift.result.cpuMs / row.readability.result.cpuMs : NaN,
    }))
    .filter((r) => Number.isFinite(r.ratio))
    .sort((a, b) => b.ratio - a.ratio)[0];
  const over = c.rows.filter((row) => !row.sift.result).map((row) => row.name);
  const exponents = Object.entries(c.exponents)
    .map(([k, v]) => `${k} ${f2(v)}`)
    .join(', ');
  return `corpus: worst Sift/Readability ${worst ? `${f2(worst.ratio)} (${worst.name})` : '–'}; Sift over the budget: ${over.join(', ') || 'none'}; exponents ${exponents}`;
}
