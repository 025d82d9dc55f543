import type { Block, CleanResult } from '@/utils/clean';

/** A block as the article view shows it: kept, or removed and then restored by the reader. */
export interface ShownBlock {
  block: Block;
  restored: boolean;
}

/** The kept blocks plus the restored ones, each back at its original place. */
export function shownBlocks(
  result: Pick<CleanResult, 'blocks' | 'removed'>,
  restoredIds: ReadonlySet<string>,
): ShownBlock[] {
  const restored = result.removed
    .filter((removed) => restoredIds.has(removed.block.id))
    .map((removed) => ({ block: removed.block, restored: true }));
  const kept = result.blocks.map((block) => ({ block, restored: false }));
  return [...kept, ...restored].sort((a, b) => a.block.index - b.block.index);
}

/** The result as it reads on screen, for copying: restored blocks in, still-removed ones out. */
export function resultWithRestored(result: CleanResult, restoredIds: ReadonlySet<string>): CleanResult {
  if (restoredIds.size === 0) return result;
  return {
    ...result,
    blocks: shownBlocks(result, restoredIds).map((shown) => shown.block),
    removed: result.removed.filter((removed) => !restoredIds.has(removed.block.id)),
  };
}
