import type { Block, CleanResult, Figure, Removed, Run } from '@/utils/clean/types';

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
    timingsMs: { extract: 1, segment: 1, dedupe: 1, related: 1, figures: 1, total: 5 },
    ...partial,
  };
}

export function removed(b: Block, reason: Removed['reason'], evidence: Removed['evidence']): Removed {
  return { block: b, reason, evidence };
}
