import type { Block, PageRead, Recovery } from '../types';

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The text half's word on the page's text (PageRead.pageText, stages/page-text.ts): a page that is
 * not an article shows its main region's text instead of Readability's pick, which held little of
 * it; an article keeps what Readability and the recover stage made of it, unless Readability found
 * nothing on it.
 */
export function showPageText(
  read: Pick<PageRead, 'blocks' | 'pageText'>,
  isArticle: boolean,
  settled: { blocks: Block[]; recovery: Recovery | null },
): { blocks: Block[]; recovery: Recovery | null } {
  const { pageText } = read;
  // On a page Readability found nothing on, a wider read took the page's running text, wherever it
  // was (a consent dialog's policy, a stream waiting for its place); the main region is the page's.
  const noPick = settled.blocks.length === 0 || settled.recovery?.reason === 'no-pick';
  if (!pageText || (isArticle && !noPick)) return settled;
  const own = noPick ? [] : settled.blocks;
  const before = new Set(own.map((b) => b.text));
  return {
    blocks: pageText.blocks,
    recovery: {
      outcome: 'widened',
      reason: 'page-text',
      keptShare: pageText.mainWeight > 0 ? round(pageText.pickWeight / pageText.mainWeight) : 0,
      pageWeight: pageText.mainWeight,
      keptWeight: pageText.pickWeight,
      recoveredWeight: pageText.mainWeight,
      added: pageText.blocks.filter((b) => !before.has(b.text)).map((b) => b.id),
    },
  };
}
