/**
 * One corpus page in a process of its own, so its peak memory is its own:
 * `node --import tsx bench/corpus-child.ts SHAPE readability|sift`. Prints one JSON line.
 */
import { parseDocument } from './dom';
import { loadSift, runReadability } from './extractors';
import { articlePage, SHAPES } from './shapes';

export interface ChildResult {
  bytes: number;
  parseMs: number;
  runMs: number;
  /** CPU time of the run (all threads): on a shared machine the figure that means something. */
  cpuMs: number;
  stages: Record<string, number> | null;
  error: string | null;
  /** Resident memory before the page was parsed and at its peak, MB. */
  baseRssMb: number;
  peakRssMb: number;
}

const rssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  const [name, who] = process.argv.slice(2);
  const shape = SHAPES.find((s) => s.name === name);
  if (!shape || (who !== 'readability' && who !== 'sift'))
    throw new Error(`usage: corpus-child SHAPE readability|sift`);
  const sift = who === 'sift' ? await loadSift() : null;
  if (sift && !sift.clean) throw new Error(sift.notice ?? 'Sift not loadable');
  // Warm up on an ordinary page first: what is timed is the shape, not compiling the code.
  for (let round = 0; round < 3; round++) {
    const warm = parseDocument(articlePage(round, 40), 'https://news.example/warm-up');
    if (sift?.clean) sift.clean(warm, {});
    else runReadability(warm);
  }
  const html = shape.build();
  const url = `https://news.example/${name}`;
  const baseRssMb = rssMb();
  let t = performance.now();
  const doc = parseDocument(html, url);
  const parseMs = performance.now() - t;
  const out: ChildResult = {
    bytes: Buffer.byteLength(html),
    parseMs,
    runMs: 0,
    cpuMs: 0,
    stages: null,
    error: null,
    baseRssMb,
    peakRssMb: 0,
  };
  t = performance.now();
  const cpu = process.cpuUsage();
  try {
    if (sift?.clean) out.stages = { ...sift.clean(doc, { url, mayChangeDocument: true }).timingsMs };
    else runReadability(doc);
  } catch (error) {
    const e = error as Error & { code?: string };
    out.error = `${e.name}${e.code ? `(${e.code})` : ''}: ${e.message.split('\n')[0]}`;
  }
  out.runMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  out.cpuMs = (used.user + used.system) / 1000;
  out.peakRssMb = rssMb();
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
