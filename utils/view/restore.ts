import { countWords, type Block, type CleanResult, type KeyFigure, type Removed } from '../clean';

/**
 * Restoring: the reader may put removed blocks back. Everything that depends on which blocks
 * are back lives here, so the popup, the reader and Copy agree on it.
 */

/** A block as the article view shows it: kept, or removed and then restored by the reader. */
export interface ShownBlock {
  block: Block;
  restored: boolean;
  /**
   * Set when the block is still removed and shown at its place only so the reader can check
   * Sift's work ("Show removed in place"): the view mutes it and says why it went.
   */
  removal?: Removed;
}

/** The restored ids with `blockId` added, or taken out if it was there (the Restore toggle). */
export function toggleRestored(restoredIds: ReadonlySet<string>, blockId: string): ReadonlySet<string> {
  const next = new Set(restoredIds);
  if (next.has(blockId)) next.delete(blockId);
  else next.add(blockId);
  return next;
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
  return inPageOrder([...kept, ...restored]);
}

/**
 * "Show removed in place": what shownBlocks gives, plus every block still removed, at its
 * place and marked with its removal. For the eye only: counts, key figures and Copy keep
 * following shownBlocks.
 */
export function blocksWithRemovedInPlace(
  result: Pick<CleanResult, 'blocks' | 'removed'>,
  restoredIds: ReadonlySet<string>,
): ShownBlock[] {
  const stillRemoved = result.removed
    .filter((removed) => !restoredIds.has(removed.block.id))
    .map((removed) => ({ block: removed.block, restored: false, removal: removed }));
  return inPageOrder([...shownBlocks(result, restoredIds), ...stillRemoved]);
}

function inPageOrder(shown: ShownBlock[]): ShownBlock[] {
  return shown.sort((a, b) => a.block.index - b.block.index);
}

/** The article's words with the restored blocks counted in (the engine counted only the kept ones). */
export function shownWordCount(result: Pick<CleanResult, 'wordCount'>, shown: readonly ShownBlock[]): number {
  return shown.filter((s) => s.restored).reduce((sum, s) => sum + countWords(s.block.text), result.wordCount);
}

/** The key figures of blocks on screen: a restored block brings its figures back. */
export function shownKeyFigures(result: Pick<CleanResult, 'keyFigures'>, shown: readonly ShownBlock[]): KeyFigure[] {
  const ids = new Set(shown.map((s) => s.block.id));
  return result.keyFigures.filter((figure) => ids.has(figure.blockId));
}

/** The result as it reads on screen, for copying: restored blocks in, still-removed ones out. */
export function resultWithRestored(result: CleanResult, restoredIds: ReadonlySet<string>): CleanResult {
  if (restoredIds.size === 0) return result;
  const shown = shownBlocks(result, restoredIds);
  return {
    ...result,
    blocks: shown.map((s) => s.block),
    wordCount: shownWordCount(result, shown),
    removed: result.removed.filter((removed) => !restoredIds.has(removed.block.id)),
  };
}
