/**
 * The contract between the pipeline's stages and every view (popup, in-page reader, CLI,
 * benchmark). Stages produce these; views only read them.
 */

import type { ArticleReason } from './stages/article-decision';
import type { ArticleMeta } from './stages/extract';
import type { PageHeader } from './stages/metadata';
import type { PageSignals } from './stages/page-signals';
import type { PageText } from './stages/page-text';
import type { DomStageName, StageName } from './stages';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'code' | 'table';

export type FigureKind = 'money' | 'percent' | 'date' | 'quantity';

/** An inline piece of a block. The texts of a block's runs concatenate to the block's text. */
export interface Run {
  text: string;
  /** Absolute http(s) URL; any other scheme is dropped by `segment`, so views can link it as is. */
  href?: string;
  /** Italic (`em`, `i`, `cite`) or bold (`strong`, `b`) emphasis. */
  emphasis?: 'em' | 'strong';
  /** Inline code. */
  code?: boolean;
}

/** A key figure inside a block's text: `text === block.text.slice(start, end)`. */
export interface Figure {
  start: number;
  end: number;
  kind: FigureKind;
  text: string;
}

/** Where a list item sits: items with the same `id` form one list. */
export interface ListInfo {
  id: number;
  ordered: boolean;
  /** 0 for a top-level list, 1 for a list nested in an item, ... */
  depth: number;
}

/**
 * What kind of element of the source page a block sat in, read before Readability strips the
 * page's markup (tags, `role`, and class/id/itemprop words such as "caption" or "credit"): part
 * of the evidence a furniture judgement weighs, never a decision alone.
 */
export type Provenance =
  | 'figure'
  | 'caption'
  | 'credit'
  | 'aside'
  | 'nav'
  | 'footer'
  | 'header'
  | 'author'
  | 'advert'
  | 'share'
  | 'related'
  | 'newsletter';

/** An image the article shows next to a caption (http(s) only). Only the in-page reader shows it. */
export interface ImageInfo {
  src: string;
  alt: string;
}

export interface Block {
  /** Stable within one result: `b<index>`. */
  id: string;
  /** Position in the article before anything was removed; restoring sorts by it. */
  index: number;
  kind: BlockKind;
  /** Heading level 1-6, only for headings. */
  level?: number;
  text: string;
  runs: Run[];
  figures: Figure[];
  /** Only for list items. */
  list?: ListInfo;
  /** Only for tables: cell texts, row by row (the block's text is the rows joined by newlines, cells by tabs). */
  rows?: string[][];
  /** Only for captions that belong to an image. */
  image?: ImageInfo;
  /** The source page's elements the block sat in, when any is telling (sorted, no repeats). */
  provenance?: Provenance[];
}

/** Repeats an earlier block; names a list of other stories; is the site's own furniture (notices, prompts, credits). */
export type RemovalReason = 'duplicate' | 'related' | 'boilerplate';

/** Kinds of site furniture the related stage removes (see boilerplate.ts). */
export type BoilerplateRule =
  | 'advert'
  | 'promo'
  | 'subscribe'
  | 'follow'
  | 'share'
  | 'credit'
  | 'dateline'
  | 'copyright'
  | 'tags'
  | 'author'
  | 'comments'
  | 'navigation';

/** What the furniture judgement weighs (stages/furniture.ts; weights in lexicon/furniture-weights.json). */
export type FurnitureFeature =
  | 'before-body'
  | 'after-body'
  | 'short'
  | 'long'
  | 'prose'
  | 'linked'
  | 'caps-link'
  | 'repeated'
  | 'crumb-title'
  | `in-${Provenance}`
  | 'credit'
  | 'ad-label'
  | 'ui-text'
  | 'view-counter'
  | 'shortcode'
  | 'link-list'
  | 'stray-number'
  | 'cookie'
  | 'contact'
  | 'copyright'
  | 'breadcrumb'
  | 'call-to-action'
  | 'related-prefix'
  | 'about-section'
  | 'disclosure'
  | 'date-only'
  | 'bio'
  | 'promo'
  | 'contributors';

/** Why a block was removed: enough for a reader to judge the removal and undo it. */
export type Evidence =
  | {
      /** Repeats an earlier block: exactly after normalisation, nearly, as a teaser of it, or inside a repeated run. */
      kind: 'exact' | 'near' | 'teaser' | 'run';
      /** The id of the kept block it repeats. */
      of: string;
      /** The start of that block's text, for display. */
      ofText: string;
      /** Word-bigram (or CJK character-shingle) Jaccard similarity, 1 for exact repeats. */
      similarity: number;
    }
  | {
      /** Repeats the article's title or byline, which the view already shows in its header. */
      kind: 'metadata';
      field: 'title' | 'byline';
      value: string;
    }
  | {
      /** Sits under a heading or a short label that names a recommendation list (the label block itself too). */
      kind: 'label';
      label: string;
      /** The language whose phrase table matched, e.g. 'en', 'de', 'zh'. */
      lang: string;
    }
  | {
      /** A one-line "Read also: <headline>" link paragraph between body paragraphs. */
      kind: 'read-also';
      label: string;
      lang: string;
    }
  | {
      /** The site's own furniture inside the article: an advert label, a newsletter or follow prompt, share buttons, a photo credit, a copyright line, tags, comments, the author's bio. */
      kind: 'boilerplate';
      rule: BoilerplateRule;
    }
  | {
      /** Judged site furniture: its features' weights summed past the threshold. */
      kind: 'furniture';
      /** The summed log-odds (above 0). */
      score: number;
      /** The features that counted for removal, strongest first. */
      features: FurnitureFeature[];
    }
  | {
      /** One of an unlabelled run of headline links at the end whose words barely overlap the story's. */
      kind: 'off-topic';
      /** The item's topical similarity to the article body. */
      similarity: number;
      /** The threshold it fell under. */
      threshold: number;
    };

export interface Removed {
  block: Block;
  reason: RemovalReason;
  evidence: Evidence;
}

/** What a removing stage returns: the blocks it keeps and those it removes, with their evidence. */
export interface StageOutput {
  kept: Block[];
  removed: Removed[];
}

export interface KeyFigure {
  text: string;
  kind: FigureKind;
  /** The sentence around the figure. */
  context: string;
  blockId: string;
  start: number;
  end: number;
}

/** Milliseconds each stage took, by its name in STAGES, and in all. */
export type StageTimings = Record<StageName, number> & { total: number };

/** Why a wider container was not taken for the article. */
/**
 * `no-gain`: the wider container adds too little; `link-dense`: it (or what it adds) is mostly
 * links; `repeats-pick`: what it adds is mostly the pick again; `off-topic`: what it adds is
 * running text on other subjects than the pick's, a story of its own (other stories);
 * `story-list`: what it adds holds a teaser of this very story, so it is a list of stories;
 * `loses-pick`: its readable copy holds less text than Readability's pick.
 */
export type RecoveryRefusal = 'no-gain' | 'link-dense' | 'repeats-pick' | 'off-topic' | 'story-list' | 'loses-pick';

/**
 * Sift looked again on a wider container than Readability's (stages/recover.ts): why, what it
 * measured, and what came of it.
 */
export interface Recovery {
  /**
   * `widened`: the wider container's blocks replaced Readability's; `incomplete`: it could not, and
   * the article may be partial; `kept`: what the wider container adds is not the article's
   * (`refused` says why), so Readability's blocks stand and nothing is flagged.
   */
  outcome: 'widened' | 'incomplete' | 'kept';
  /**
   * `small-share`: Readability's article holds a small share of the page's main text;
   * `numbered-items`: the page numbers its items and the article holds only some;
   * `no-pick`: Readability found next to nothing;
   * `page-text`: the page is not an article, and its main region's text (names, prices,
   * specifications, short lines: stages/page-text.ts) stands instead of Readability's pick, which held
   * little of it. The weights are then the page's readable text (words not in links), not prose.
   */
  reason: 'small-share' | 'numbered-items' | 'no-pick' | 'page-text';
  /** Readability's article's share of the page's main text (prose weight: words, a CJK character one). */
  keptShare: number;
  /** The page's main text, by weight. */
  pageWeight: number;
  /** Of which Readability's article held. */
  keptWeight: number;
  /** Of which the result holds (keptWeight when not widened). */
  recoveredWeight: number;
  /** The longest run of numbered item headings, and how many of them Readability kept. */
  numbered?: { found: number; kept: number };
  /** Why the wider container was refused (outcome `incomplete` or `kept`). */
  refused?: RecoveryRefusal;
  /** Ids of the blocks the wider container added to Readability's. */
  added: string[];
}

export interface CleanResult {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  url: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** The blocks kept, in article order. */
  blocks: Block[];
  /** Every block removed, in article order, each with its reason and evidence. */
  removed: Removed[];
  keyFigures: KeyFigure[];
  /** Words in the kept blocks. */
  wordCount: number;
  /** Whether the page looked like an article before cleaning (Readability's readerable check). */
  readerable: boolean;
  /** Whether the page is an article a reader wants cleaned (Sift's own decision, stages/article-decision.ts). */
  isArticle: boolean;
  /** Why: the signals that decided it, as data (utils/view/article-reason.ts puts it in words). */
  articleReason: ArticleReason;
  /** The signals the decision weighed, for whoever wants to check it. */
  articleSignals: PageSignals;
  /** Whether Sift looked beyond Readability's pick, and what came of it; null when the pick held the page's text. */
  recovery: Recovery | null;
  /** The article may be partial: Readability's pick holds little of the page's text and no wider container looked like the article. */
  mayBeIncomplete: boolean;
  /** The page's whole readable text (its navigation, forms and comments left out), when `mayBeIncomplete`; else null. */
  wholeText: Block[] | null;
  timingsMs: StageTimings;
}
export type { PageSignals, SignalName } from './stages/page-signals';
export type { ArticleReason, ShownSignal } from './stages/article-decision';

/**
 * What `readPage` found in the page, as plain data (no DOM, structured-clone-able): the article's
 * metadata, its blocks before any are removed, and what the DOM stages took. `finishClean`
 * turns it into a CleanResult; it is what a content script sends to the extension.
 */
export interface PageRead {
  /** The article's metadata; its `title` and `byline` as the page gave them, settled by `finishClean` against `header`. */
  meta: ArticleMeta;
  /** What `finishClean` settles the title against (absent: nothing printed but the title). */
  header?: PageHeader;
  /** What the page shows of its kind; `finishClean` decides from it whether it is an article. */
  signals: PageSignals;
  blocks: Block[];
  /** What the recover stage did (CleanResult.recovery). */
  recovery: Recovery | null;
  /** CleanResult.wholeText. */
  wholeText: Block[] | null;
  /**
   * Readability's own blocks when recover widened the read beside them: `finishClean` judges
   * whether what the wider container adds belongs to the article, and keeps these if not.
   */
  pick?: Block[] | null;
  /**
   * The page's text read from its main region (stages/page-text.ts), when Readability's pick holds
   * little of it: `finishClean` shows it instead when the page is not an article.
   */
  pageText?: PageText | null;
  timingsMs: Record<DomStageName, number>;
}

export type { ArticleMeta };
