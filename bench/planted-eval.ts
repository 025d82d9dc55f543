/** Section 3: Sift on the planted pages; how much planted junk goes and how many real paragraphs stay. */
import type { AebPage } from './datasets';
import { parseDocument } from './dom';
import type { CleanFn } from './extractors';
import { headlineFromTitle, paragraphsOf, plantAll, type PlantedPage, type SourceArticle } from './planted';
import { runSift } from './sift';
import { normalise, shorten } from './text';

const TITLE_RE = /<title[^>]*>([^<]*)<\/title>/i;

/** The AEB pages as source articles: ground-truth paragraphs, the page's own title as headline. */
export function sourceArticles(pages: readonly AebPage[]): SourceArticle[] {
  return pages.map((page) => {
    let headline = '';
    try {
      headline = headlineFromTitle(TITLE_RE.exec(page.html())?.[1] ?? '');
    } catch {
      // An unreadable page simply has no headline and is left out.
    }
    return { id: page.id, headline, paragraphs: paragraphsOf(page.truth) };
  });
}

export interface Tally {
  total: number;
  removed: number;
  /** Of the removed: how many Sift's own stages removed (the rest never got past extraction). */
  bySift?: number;
}

export interface PlantedResult {
  pages: number;
  failedPages: { key: string; error: string }[];
  repeats: Tally;
  items: Tally;
  labels: Tally;
  real: { total: number; kept: number; removedBySift: number; lostInExtract: number };
  byRepeat: Record<string, Tally>;
  byList: Record<string, Tally>;
  /** Examples of misses, for the report. */
  missedRepeats: { key: string; text: string }[];
  missedItems: { key: string; text: string }[];
  lostReal: { key: string; text: string; by: 'sift' | 'extract' }[];
}

const countsOf = (texts: readonly string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of texts) m.set(normalise(t), (m.get(normalise(t)) ?? 0) + 1);
  return m;
};

const bump = (tally: Record<string, Tally>, key: string, removed: boolean, bySift: boolean) => {
  const t = (tally[key] ??= { total: 0, removed: 0, bySift: 0 });
  t.total++;
  if (removed) t.removed++;
  if (removed && bySift) t.bySift = (t.bySift ?? 0) + 1;
};

export function runPlanted(articles: readonly SourceArticle[], clean: CleanFn, limit = Infinity): PlantedResult {
  const res: PlantedResult = {
    pages: 0,
    failedPages: [],
    repeats: { total: 0, removed: 0 },
    items: { total: 0, removed: 0 },
    labels: { total: 0, removed: 0 },
    real: { total: 0, kept: 0, removedBySift: 0, lostInExtract: 0 },
    byRepeat: {},
    byList: {},
    missedRepeats: [],
    missedItems: [],
    lostReal: [],
  };
  const pages = plantAll(articles).slice(0, limit);
  for (const page of pages) evaluatePage(page, clean, res);
  return res;
}

function evaluatePage(page: PlantedPage, clean: CleanFn, res: PlantedResult): void {
  res.pages++;
  const run = runSift(
    clean,
    parseDocument(page.html, 'https://news.example.com/story/planted'),
    'https://news.example.com/story/planted',
  );
  if (!run.result) {
    res.failedPages.push({ key: page.key, error: run.error ?? 'no result' });
    return;
  }
  const kept = run.result.blocks.map((b) => normalise(b.text));
  const keptCounts = countsOf(kept);
  const removedCounts = countsOf(run.result.removed.map((r) => r.block.text));
  const keptJoined = `\n${kept.join('\n')}\n`;
  const removedJoined = `\n${run.result.removed.map((r) => normalise(r.block.text)).join('\n')}\n`;

  // Real paragraphs and exact repeats share a text: the first copies kept are the real ones.
  const used = new Map<string, number>();
  const take = (text: string): boolean => {
    const n = used.get(text) ?? 0;
    used.set(text, n + 1);
    return n < (keptCounts.get(text) ?? 0);
  };
  for (const block of page.blocks.filter((b) => b.role === 'real')) {
    const text = normalise(block.text);
    res.real.total++;
    if (take(text)) res.real.kept++;
    else {
      const bySift = (removedCounts.get(text) ?? 0) > 0;
      if (bySift) res.real.removedBySift++;
      else res.real.lostInExtract++;
      res.lostReal.push({ key: page.key, text: shorten(block.text, 120), by: bySift ? 'sift' : 'extract' });
    }
  }
  for (const block of page.blocks) {
    const text = normalise(block.text);
    if (block.role === 'repeat') {
      // Kept copies beyond the real ones are repeats left in.
      const removed = !take(text);
      const bySift = (removedCounts.get(text) ?? 0) > 0;
      res.repeats.total++;
      if (removed) {
        res.repeats.removed++;
        if (bySift) res.repeats.bySift = (res.repeats.bySift ?? 0) + 1;
      } else res.missedRepeats.push({ key: page.key, text: shorten(block.text, 120) });
      bump(res.byRepeat, page.repeat, removed, bySift);
    } else if (block.role === 'item' || block.role === 'label') {
      // An item is gone when no kept block still shows its headline; a label when no kept block is it.
      const removed = block.role === 'item' ? !keptJoined.includes(text) : !keptCounts.has(text);
      const bySift = removedJoined.includes(text);
      const tally = block.role === 'item' ? res.items : res.labels;
      tally.total++;
      if (removed) {
        tally.removed++;
        if (bySift) tally.bySift = (tally.bySift ?? 0) + 1;
      } else if (block.role === 'item') res.missedItems.push({ key: page.key, text: shorten(block.text, 100) });
      if (block.role === 'item') bump(res.byList, page.list, removed, bySift);
    }
  }
}
