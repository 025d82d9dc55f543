import type { Block, CleanResult, Figure, PageSignals, Removed, Run } from '@/utils/clean/types';

let nextIndex = 0;

/** A block from plain text, or from runs; figures by the text they cover. */
export function block(partial: Partial<Block> & { text?: string; runs?: Run[] } = {}): Block {
  const runs = partial.runs ?? [{ text: partial.text ?? 'Text.' }];
  const text = runs.map((run) => run.text).join('');
  const index = partial.index ?? nextIndex++;
  return { id: `b${index}`, index, kind: 'paragraph', figures: [], ...partial, text, runs };
}

/** A figure over the first occurrence of `text` in `within`. */
export function figure(within: string, text: string, kind: Figure['kind']): Figure {
  const start = within.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in "${within}"`);
  return { start, end: start + text.length, kind, text };
}

/** Signals of a page with none of the marks of any kind: what an article decision reads. */
export const NO_SIGNALS: PageSignals = {
  ldArticle: 0,
  ldProduct: 0,
  ldList: 0,
  ldForum: 0,
  ldService: 0,
  ogArticle: 0,
  ogProduct: 0,
  dated: 0,
  byline: 0,
  weight: 0,
  paragraphs: 0,
  longestParagraph: 0,
  linkDensity: 0,
  shareOfPage: 0,
  prices: 0,
  cart: 0,
  formFields: 0,
  cards: 0,
  repeatedShare: 0,
  posts: 0,
  pagePosts: 0,
  headingRatio: 0,
  phoneLinks: 0,
  pagination: 0,
};

export function result(partial: Partial<CleanResult> = {}): CleanResult {
  return {
    title: 'Exports rise 8.1% in July',
    byline: 'Ana Ruiz',
    siteName: 'The Daily Example',
    lang: 'en',
    dir: 'ltr',
    url: 'https://news.example.com/exports',
    publishedTime: null,
    excerpt: null,
    blocks: [],
    removed: [],
    keyFigures: [],
    wordCount: 460,
    readerable: true,
    isArticle: true,
    articleReason: { kind: 'signals', signals: [] },
    articleSignals: NO_SIGNALS,
    recovery: null,
    mayBeIncomplete: false,
    wholeText: null,
    timingsMs: { extract: 1, segment: 1, recover: 1, dedupe: 1, related: 1, furniture: 1, figures: 1, total: 5 },
    ...partial,
  };
}

export function removed(b: Block, reason: Removed['reason'], evidence: Removed['evidence']): Removed {
  return { block: b, reason, evidence };
}
