import type { CleanOptions } from './options';
import { dedupe } from './stages/dedupe';
import { type ArticleMeta, extract } from './stages/extract';
import { figures } from './stages/figures';
import { furniture } from './stages/furniture';
import { keyFigures } from './stages/key-figures';
import { type PageText, pageTextBeside } from './stages/page-text';
import { recover } from './stages/recover';
import { related } from './stages/related';
import type { ProseMap } from './dom/prose-map';
import { SiftError } from './errors';
import type { PageHeader } from './stages/metadata';
import type { PageSignals } from './stages/page-signals';
import { segment } from './stages/segment';
import type { BlockTexts } from './text/block-texts';
import type { Block, KeyFigure, Recovery, Removed, StageOutput } from './types';

/**
 * The pipeline has one boundary: the stages that need the page's DOM come first (`dom: true`,
 * run by `readPage` where the page is, e.g. a content script), the rest work on plain blocks
 * (run by `finishClean` anywhere, e.g. the popup or the background). What crosses the boundary
 * is a PageRead: plain data, structured-clone-able. Each state is handed on as a new object;
 * no stage mutates its input.
 */

/** What the DOM stages hand on to each other. */
export interface ReadState {
  readonly doc: Document;
  readonly options: CleanOptions;
  /** Set by extract, the first stage; every later stage may rely on it. */
  readonly meta: ArticleMeta | null;
  /** What the page shows of its kind, for the article decision; set by extract. */
  readonly signals: PageSignals | null;
  /** What the title and byline are settled against outside the page; set by extract. */
  readonly header: PageHeader | null;
  /** The article as Readability left it, inside a clone; set by extract. */
  readonly content: Element | null;
  /** The page's readable text before Readability ran; set by extract, for recover. */
  readonly prose: ProseMap | null;
  /** Readability's article is under an article's length; set by extract. */
  readonly foundNothing: boolean;
  readonly blocks: readonly Block[];
  /** Set by recover. */
  readonly recovery: Recovery | null;
  readonly wholeText: readonly Block[] | null;
  /** Readability's own blocks when recover widened beside them (PageRead.pick). */
  readonly pick: readonly Block[] | null;
  /** The page's text beside Readability's pick (PageRead.pageText). */
  readonly pageText: PageText | null;
}

/** What the text stages hand on to each other: no DOM, only what a PageRead carries and adds. */
export interface FinishState {
  readonly options: CleanOptions;
  readonly meta: ArticleMeta;
  readonly blocks: readonly Block[];
  readonly removed: readonly Removed[];
  readonly keyFigures: readonly KeyFigure[];
  /** Each block's normalised text and topic terms, computed once for all stages. */
  readonly texts: BlockTexts;
}

interface StageInfo {
  name: string;
  /** One line for the README: what the stage does. */
  does: string;
  /** The stage's source, from utils/clean/. */
  file: string;
  /** Whether the options let this stage run; a disabled stage leaves the state as it is. */
  enabled: (options: CleanOptions) => boolean;
}

/** Needs the page's DOM: runs in `readPage`. */
export interface DomStage extends StageInfo {
  dom: true;
  run: (state: ReadState) => ReadState;
}

/** Works on blocks alone: runs in `finishClean`. */
export interface TextStage extends StageInfo {
  dom: false;
  run: (state: FinishState) => FinishState;
}

export type Stage = DomStage | TextStage;

/** A removing stage's output applied: its kept blocks go on, its removals join the earlier ones. */
function removing(state: FinishState, out: StageOutput): FinishState {
  return { ...state, blocks: out.kept, removed: [...state.removed, ...out.removed] };
}

// Each stage is its own constant so a bundle that runs only the DOM half (the cleaner content
// script) can drop the text stages, with their lexicons and figure tables, by tree-shaking.

const extractStage = {
  name: 'extract',
  does: 'Readability on a clone of the page: the article, its metadata, and whether the page is an article at all',
  file: 'stages/extract.ts',
  dom: true,
  enabled: () => true,
  run: (state) => {
    const { content, signals, header, prose, foundNothing, ...meta } = extract(state.doc, state.options);
    return { ...state, meta, signals, header, content, prose, foundNothing };
  },
} as const satisfies DomStage;

const segmentStage = {
  name: 'segment',
  does: 'the article as ordered blocks with inline runs (text, http(s) links, emphasis)',
  file: 'stages/segment.ts',
  dom: true,
  enabled: () => true,
  run: (state) => {
    if (!state.content || !state.meta) throw new Error('extract must run before segment');
    return { ...state, blocks: segment(state.content, state.meta.url) };
  },
} as const satisfies DomStage;

const recoverStage = {
  name: 'recover',
  does: "a wider container read when Readability's pick holds little of the page's text or cuts its numbered items short; else the result says it may be incomplete. A page that is not an article shows its main region's text (names, prices, specifications, cards) when Readability's pick holds little of it",
  file: 'stages/recover.ts',
  dom: true,
  enabled: () => true,
  run: (state) => {
    if (!state.content || !state.meta || !state.prose) throw new Error('extract must run before recover');
    const out = recover(state.prose, state.content, state.blocks, state.foundNothing, state.options, state.meta.url);
    const pageText = state.options.recover
      ? pageTextBeside(state.prose, state.content, state.foundNothing, state.meta.url)
      : null;
    if (state.foundNothing && out.recovery?.outcome !== 'widened') {
      // Nothing Readability or a wider look could call an article: the page's own text, if any.
      if (!pageText) throw new SiftError('no-article', 'No article was found on this page.');
      return { ...state, blocks: [], recovery: out.recovery, wholeText: null, pick: null, pageText };
    }
    return {
      ...state,
      blocks: out.blocks,
      recovery: out.recovery,
      wholeText: out.wholeText,
      pick: out.pick ?? null,
      pageText,
    };
  },
} as const satisfies DomStage;

const dedupeStage = {
  name: 'dedupe',
  does: 'repeated blocks removed, the first kept: exact, near, teasers, the body printed twice',
  file: 'stages/dedupe.ts',
  dom: false,
  enabled: (options) => options.dedupe,
  run: (state) => removing(state, dedupe(state.blocks, state.options, state.meta, state.texts)),
} as const satisfies TextStage;

const relatedStage = {
  name: 'related',
  does: 'recommendation lists and site furniture removed: labelled lists, "Read also" lines, unrelated trailing headlines, notices',
  file: 'stages/related.ts',
  dom: false,
  enabled: (options) => options.related,
  run: (state) => removing(state, related(state.blocks, state.options, state.texts, state.meta.title)),
} as const satisfies TextStage;

const furnitureStage = {
  name: 'furniture',
  does: 'site furniture judged block by block (position, length, links, page markup, phrases per language); printed captions marked as captions',
  file: 'stages/furniture.ts',
  dom: false,
  enabled: (options) => options.furniture,
  run: (state) => removing(state, furniture(state.blocks, state.meta.title, undefined, state.texts)),
} as const satisfies TextStage;

const figuresStage = {
  name: 'figures',
  does: 'money, percentages, dates and quantities marked, and the key figures ranked',
  file: 'stages/figures/',
  dom: false,
  enabled: (options) => options.figures,
  run: (state) => {
    const { lang } = state.meta;
    const blocks = figures([...state.blocks], state.options, lang);
    const marked = figures(
      state.removed.map((r) => r.block),
      state.options,
      lang,
    );
    const removed = state.removed.map((r, i) => ({ ...r, block: marked[i] }));
    return {
      ...state,
      blocks,
      removed,
      keyFigures: keyFigures(blocks, state.options.maxKeyFigures, { title: state.meta.title }),
    };
  },
} as const satisfies TextStage;

/** The stages that need the DOM, in the order they run: `readPage`. */
export const DOM_STAGES = [extractStage, segmentStage, recoverStage] as const satisfies readonly DomStage[];
/** The stages that work on blocks, in the order they run after the DOM stages: `finishClean`. */
export const TEXT_STAGES = [
  dedupeStage,
  relatedStage,
  furnitureStage,
  figuresStage,
] as const satisfies readonly TextStage[];

/**
 * The pipeline's stages in the order they run: the DOM stages, then the text stages. `clean()`
 * runs them; the README's pipeline list is printed from them. Written out rather than spread
 * from the two lists above, because a bundler keeps a spread (it might run code) and with it
 * every text stage in the content scripts.
 */
export const STAGES = [
  extractStage,
  segmentStage,
  recoverStage,
  dedupeStage,
  relatedStage,
  furnitureStage,
  figuresStage,
] as const satisfies readonly Stage[];

export type StageName = (typeof STAGES)[number]['name'];
export type DomStageName = (typeof DOM_STAGES)[number]['name'];
