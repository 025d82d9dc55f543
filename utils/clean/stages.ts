import type { CleanOptions } from './options';
import { dedupe } from './stages/dedupe';
import { type Extracted, extract } from './stages/extract';
import { figures } from './stages/figures';
import { keyFigures } from './stages/key-figures';
import { related } from './stages/related';
import { segment } from './stages/segment';
import type { BlockTexts } from './text/block-texts';
import type { Block, KeyFigure, Removed, StageOutput } from './types';

/** What the stages hand on to each other. Each stage returns a new state; none mutates its input. */
export interface PipelineState {
  readonly doc: Document;
  readonly options: CleanOptions;
  /** Set by extract, the first stage; every later stage may rely on it. */
  readonly extracted: Extracted | null;
  readonly blocks: readonly Block[];
  readonly removed: readonly Removed[];
  readonly keyFigures: readonly KeyFigure[];
  /** Each block's normalised text and topic terms, computed once for all stages. */
  readonly texts: BlockTexts;
}

export interface Stage {
  name: string;
  /** One line for the README: what the stage does. */
  does: string;
  /** The stage's source, from utils/clean/. */
  file: string;
  /** Whether the options let this stage run; a disabled stage leaves the state as it is. */
  enabled: (options: CleanOptions) => boolean;
  run: (state: PipelineState) => PipelineState;
}

function extracted(state: PipelineState): Extracted {
  if (!state.extracted) throw new Error('extract must run before the other stages');
  return state.extracted;
}

/** A removing stage's output applied: its kept blocks go on, its removals join the earlier ones. */
function removing(state: PipelineState, out: StageOutput): PipelineState {
  return { ...state, blocks: out.kept, removed: [...state.removed, ...out.removed] };
}

/** The pipeline's stages in the order they run. `clean()` runs them; the README's pipeline list is printed from them. */
export const STAGES = [
  {
    name: 'extract',
    does: 'Readability on a clone of the page: the article, its metadata, and whether the page is an article at all',
    file: 'stages/extract.ts',
    enabled: () => true,
    run: (state) => ({ ...state, extracted: extract(state.doc, state.options) }),
  },
  {
    name: 'segment',
    does: 'the article as ordered blocks with inline runs (text, http(s) links, emphasis)',
    file: 'stages/segment.ts',
    enabled: () => true,
    run: (state) => {
      const { content, url } = extracted(state);
      return { ...state, blocks: segment(content, url) };
    },
  },
  {
    name: 'dedupe',
    does: 'repeated blocks removed, the first kept: exact, near, teasers, the body printed twice',
    file: 'stages/dedupe.ts',
    enabled: (options) => options.dedupe,
    run: (state) => removing(state, dedupe(state.blocks, state.options, extracted(state), state.texts)),
  },
  {
    name: 'related',
    does: 'recommendation lists and site furniture removed: labelled lists, "Read also" lines, unrelated trailing headlines, notices',
    file: 'stages/related.ts',
    enabled: (options) => options.related,
    run: (state) => removing(state, related(state.blocks, state.options, state.texts)),
  },
  {
    name: 'figures',
    does: 'money, percentages, dates and quantities marked, and the key figures ranked',
    file: 'stages/figures/',
    enabled: (options) => options.figures,
    run: (state) => {
      const { lang } = extracted(state);
      const blocks = figures([...state.blocks], state.options, lang);
      const marked = figures(
        state.removed.map((r) => r.block),
        state.options,
        lang,
      );
      const removed = state.removed.map((r, i) => ({ ...r, block: marked[i] }));
      return { ...state, blocks, removed, keyFigures: keyFigures(blocks, state.options.maxKeyFigures) };
    },
  },
] as const satisfies readonly Stage[];

export type StageName = (typeof STAGES)[number]['name'];
