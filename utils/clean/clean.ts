import { resolveOptions, type CleanOptions } from './options';
import { STAGES, type PipelineState } from './stages';
import { decideArticle } from './stages/article-decision';
import { BlockTexts } from './text/block-texts';
import { countWords } from './text/tokens';
import type { CleanResult, StageTimings } from './types';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * Cleans the article of `doc` without changing `doc`: runs STAGES in order (extract, then the
 * stages the options enable), timing each by its name. Throws SiftError when the page has no article.
 */
export function clean(doc: Document, options: Partial<CleanOptions> = {}): CleanResult {
  const opts = resolveOptions(options);
  const started = now();
  const timings = {} as StageTimings;
  let state: PipelineState = {
    doc,
    options: opts,
    extracted: null,
    blocks: [],
    removed: [],
    keyFigures: [],
    texts: new BlockTexts(),
  };
  let mark = started;
  for (const stage of STAGES) {
    if (stage.enabled(opts)) state = stage.run(state);
    const t = now();
    timings[stage.name] = round(t - mark);
    mark = t;
  }
  timings.total = round(now() - started);

  const extracted = state.extracted!;
  const blocks = [...state.blocks];
  const decision = decideArticle(extracted.signals);
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
    removed: [...state.removed].sort((a, b) => a.block.index - b.block.index),
    keyFigures: [...state.keyFigures],
    wordCount: blocks.reduce((n, block) => n + countWords(block.text), 0),
    readerable: extracted.readerable,
    isArticle: decision.isArticle,
    articleReason: decision.reason,
    articleSignals: extracted.signals,
    timingsMs: timings,
  };
}
