import { resolveOptions, type CleanOptions } from './options';
import { DOM_STAGES, type DomStage, type FinishState, type ReadState, TEXT_STAGES, type TextStage } from './stages';
import { decideArticle } from './stages/article-decision';
import { settleHeader } from './stages/metadata';
import { settleWidening } from './stages/recover-gate';
import { showPageText } from './stages/page-text-choice';
import { BlockTexts } from './text/block-texts';
import { countWords } from './text/tokens';
import type { CleanResult, PageRead, StageTimings } from './types';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * The half of `clean()` that needs the page: runs the DOM stages (extract, segment) on `doc`
 * without changing it, and returns what they found as plain data (structured-clone-able, so it
 * can be sent from a content script to the extension). Throws SiftError when the page has no article.
 */
export function readPage(doc: Document, options: Partial<CleanOptions> = {}): PageRead {
  const opts = resolveOptions(options);
  const timings = {} as PageRead['timingsMs'];
  let state: ReadState = {
    doc,
    options: opts,
    meta: null,
    signals: null,
    header: null,
    content: null,
    prose: null,
    foundNothing: false,
    blocks: [],
    recovery: null,
    wholeText: null,
    pick: null,
    pageText: null,
  };
  let mark = now();
  for (const stage of DOM_STAGES as readonly DomStage[]) {
    if (stage.enabled(opts)) state = stage.run(state);
    const t = now();
    timings[stage.name as keyof PageRead['timingsMs']] = round(t - mark);
    mark = t;
  }
  if (!state.meta || !state.signals) throw new Error('extract did not run');
  return {
    meta: state.meta,
    signals: state.signals,
    ...(state.header ? { header: state.header } : {}),
    blocks: [...state.blocks],
    recovery: state.recovery,
    wholeText: state.wholeText ? [...state.wholeText] : null,
    ...(state.pick ? { pick: [...state.pick] } : {}),
    ...(state.pageText ? { pageText: state.pageText } : {}),
    timingsMs: timings,
  };
}

/**
 * The half of `clean()` that works on blocks alone: runs the text stages (dedupe, related,
 * figures) on a PageRead, anywhere (popup, background, CLI). `options` should be those the page
 * was read with.
 */
export function finishClean(read: PageRead, options: Partial<CleanOptions> = {}): CleanResult {
  const opts = resolveOptions(options);
  const started = now();
  const timings = { ...read.timingsMs } as StageTimings;
  // The headline and the author's name are settled here, off the page's thread.
  const settled = settleHeader(read.meta, read.header);
  const signals = { ...read.signals, byline: settled.byline ? 1 : 0 };
  const decision = decideArticle(signals);
  const { blocks: readBlocks, recovery } = showPageText(
    read,
    decision.isArticle,
    settleWidening({ ...read, meta: settled }, opts),
  );
  let state: FinishState = {
    options: opts,
    meta: settled,
    blocks: readBlocks,
    removed: [],
    keyFigures: [],
    texts: new BlockTexts(),
  };
  let mark = started;
  for (const stage of TEXT_STAGES as readonly TextStage[]) {
    if (stage.enabled(opts)) state = stage.run(state);
    const t = now();
    timings[stage.name as keyof StageTimings] = round(t - mark);
    mark = t;
  }
  const readMs = Object.values(read.timingsMs).reduce((sum, ms) => sum + ms, 0);
  timings.total = round(readMs + (now() - started));

  const { meta } = state;
  const blocks = [...state.blocks];
  return {
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    lang: meta.lang,
    dir: meta.dir,
    url: meta.url,
    publishedTime: meta.publishedTime,
    excerpt: meta.excerpt,
    blocks,
    removed: [...state.removed].sort((a, b) => a.block.index - b.block.index),
    keyFigures: [...state.keyFigures],
    wordCount: blocks.reduce((n, block) => n + countWords(block.text), 0),
    readerable: meta.readerable,
    isArticle: decision.isArticle,
    articleReason: decision.reason,
    articleSignals: signals,
    recovery,
    mayBeIncomplete: recovery?.outcome === 'incomplete',
    wholeText: read.wholeText,
    timingsMs: timings,
  };
}

/**
 * Cleans the article of `doc` without changing `doc`: the DOM stages, then the text stages the
 * options enable, each timed by its name. Throws SiftError when the page has no article.
 */
export function clean(doc: Document, options: Partial<CleanOptions> = {}): CleanResult {
  return finishClean(readPage(doc, options), options);
}
