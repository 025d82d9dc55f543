import { dedupe } from './dedupe';
import { extract } from './extract';
import { figures } from './figures';
import { keyFigures } from './key-figures';
import { resolveOptions, type CleanOptions } from './options';
import { related } from './related';
import { segment } from './segment';
import type { Block, CleanResult, Removed, StageTimings } from './types';

export { STAGES } from './stages';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const round = (ms: number): number => Math.round(ms * 100) / 100;

function countWords(blocks: readonly Block[]): number {
  let words = 0;
  for (const block of blocks) words += block.text.split(/\s+/).filter(Boolean).length;
  return words;
}

/**
 * Cleans the article of `doc` without changing `doc`: extracts it, removes repeats and
 * recommendation lists, marks key figures. Throws SiftError when the page has no article.
 */
export function clean(doc: Document, options: Partial<CleanOptions> = {}): CleanResult {
  const opts = resolveOptions(options);
  const started = now();
  const timings: StageTimings = { extract: 0, segment: 0, dedupe: 0, related: 0, figures: 0, total: 0 };
  let mark = started;
  const lap = (stage: Exclude<keyof StageTimings, 'total'>): void => {
    const t = now();
    timings[stage] = round(t - mark);
    mark = t;
  };

  const extracted = extract(doc, opts);
  lap('extract');

  let blocks = segment(extracted.content, extracted.url);
  lap('segment');

  const removed: Removed[] = [];
  if (opts.dedupe) {
    const out = dedupe(blocks, opts, extracted);
    blocks = out.kept;
    removed.push(...out.removed);
  }
  lap('dedupe');

  if (opts.related) {
    const out = related(blocks, opts);
    blocks = out.kept;
    removed.push(...out.removed);
  }
  lap('related');

  let summary: CleanResult['keyFigures'] = [];
  if (opts.figures) {
    blocks = figures(blocks, opts, extracted.lang);
    const removedWithFigures = figures(
      removed.map((r) => r.block),
      opts,
      extracted.lang,
    );
    removed.forEach((r, i) => {
      r.block = removedWithFigures[i];
    });
    summary = keyFigures(blocks, opts.maxKeyFigures);
  }
  lap('figures');
  timings.total = round(now() - started);

  removed.sort((a, b) => a.block.index - b.block.index);
  return {
    title: extracted.title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    lang: extracted.lang,
    dir: extracted.dir,
    url: extracted.url,
    publishedTime: extracted.publishedTime,
    excerpt: extracted.excerpt,
    blocks,
    removed,
    keyFigures: summary,
    wordCount: countWords(blocks),
    readerable: extracted.readerable,
    timingsMs: timings,
  };
}
