/**
 * `npm run bench [-- --only aeb,speed] [--limit N] [--out FILE] [--reuse-baselines]`: Readability alone,
 * Defuddle and Sift side by side on public data; writes bench/RESULTS.md and prints a summary.
 * Exits non-zero only on errors, never on scores.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runAeb } from './aeb';
import { runCorpus } from './corpus';
import { parseArgs, SECTIONS, UsageError, USAGE } from './args';
import { measureBundle } from './bundle';
import {
  datasetsRoot,
  loadAeb,
  loadDefuddleCases,
  loadReadabilityCases,
  loadWcxb,
  MissingDatasetsError,
  repoRoot,
} from './datasets';
import { runDefuddleFixtures } from './defuddle-fixtures';
import { loadSift } from './extractors';
import { runOverRemoval } from './overremoval';
import { runPlanted, sourceArticles } from './planted-eval';
import { runRecognizers } from './recognizers';
import { runReference } from './reference';
import { runCliBatch } from './cli-batch';
import { renderReport, summary, type BenchRun } from './report';
import { runSpeed } from './speed';
import { evenSample } from './text';
import { runWcxb } from './wcxb';

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  // The size and shape corpus is generated: it runs without the datasets.
  const root = args.only.some((s) => s !== 'corpus' && s !== 'cli-batch') ? datasetsRoot() : '';
  const limit = <T>(items: T[]): T[] => (args.limit ? items.slice(0, args.limit) : items);
  const partial =
    args.limit !== null || args.only.length < SECTIONS.length || args.reuseBaselines || args.types !== null;
  // A quick run never overwrites the full results.
  const outFile = args.out ?? join(repoRoot(), 'bench', partial ? 'RESULTS.partial.md' : 'RESULTS.md');

  const sift = await loadSift();
  if (sift.notice) log(sift.notice);
  const run: BenchRun = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    node: process.version,
    datasets: !root
      ? 'none (generated pages only)'
      : process.env.SIFT_DATASETS
        ? 'SIFT_DATASETS'
        : relative(repoRoot(), root),
    sections: args.only,
    limit: args.limit,
    durationS: 0,
    peakRssMb: 0,
    siftNotice: sift.notice,
  };
  const aebPages = args.only.some((s) => s === 'aeb' || s === 'planted' || s === 'speed' || s === 'reference')
    ? loadAeb(root)
    : [];

  for (const section of args.only) {
    const t = performance.now();
    log(`${section}…`);
    if (section === 'aeb') run.aeb = await runAeb(limit(aebPages), sift.clean, sift.notice, args.reuseBaselines);
    if (section === 'readability' && sift.clean)
      run.overRemoval = runOverRemoval(limit(loadReadabilityCases(root)), sift.clean);
    if (section === 'planted' && sift.clean)
      run.planted = runPlanted(sourceArticles(aebPages), sift.clean, args.limit ?? Infinity);
    if (section === 'defuddle' && sift.clean)
      run.defuddle = runDefuddleFixtures(limit(loadDefuddleCases(root)), sift.clean);
    if (section === 'speed') {
      run.speed = runSpeed(limit(aebPages), sift.clean);
      run.bundle = measureBundle(repoRoot());
    }
    if (section === 'wcxb') {
      const pages = loadWcxb(root).filter((p) => !args.types || args.types.includes(p.type));
      run.wcxb = await runWcxb(args.limit ? evenSample(pages, args.limit) : pages, {
        root,
        withSift: sift.clean !== null,
        reuseBaselines: args.reuseBaselines,
        jobs: args.jobs,
        log,
      });
    }
    if (section === 'recognizers') run.recognizers = runRecognizers(root, log, args.limit);
    if (section === 'corpus') run.corpus = runCorpus(sift.clean, log);
    if (section === 'reference') run.reference = await runReference(aebPages, args.limit, log);
    if (section === 'cli-batch') run.cliBatch = runCliBatch(log, args.limit ?? undefined);
    if (
      !sift.clean &&
      section !== 'aeb' &&
      section !== 'speed' &&
      section !== 'wcxb' &&
      section !== 'corpus' &&
      section !== 'recognizers' &&
      section !== 'reference' &&
      section !== 'cli-batch'
    )
      log(`${section} skipped: it needs Sift`);
    log(`${section} done in ${((performance.now() - t) / 1000).toFixed(1)} s, RSS peak ${peakRssMb().toFixed(0)} MB`);
  }

  run.durationS = (performance.now() - started) / 1000;
  run.peakRssMb = peakRssMb();
  writeFileSync(outFile, renderReport(run));
  console.log(summary(run));
  console.log(`wrote ${relative(process.cwd(), outFile)}`);
}

main().catch((error: unknown) => {
  if (error instanceof MissingDatasetsError) console.error(error.message);
  else if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else console.error(error);
  process.exit(1);
});
