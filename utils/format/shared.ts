/**
 * What the three writers share: which title and source line to print, and a table's rows.
 * Lists nest by utils/view's nestLists, links are checked by the engine's webHref.
 */
import type { Block, CleanResult } from '../clean';
import { webHref } from '../clean';
import { nestLists, type Piece } from '../view';

export interface FormatOptions {
  /** Start with the article's title. */
  includeTitle: boolean;
  /** End with a line naming the page the article came from (only for http(s) addresses). */
  includeSource: boolean;
  /** Keep image captions and credits, which are not body text; default false. */
  includeCaptions?: boolean;
}

export const DEFAULT_FORMAT_OPTIONS: Readonly<FormatOptions> = Object.freeze({
  includeTitle: true,
  includeSource: false,
  includeCaptions: false,
});

export function titleOf(result: Pick<CleanResult, 'title'>, options: FormatOptions): string | null {
  const title = result.title?.trim();
  return options.includeTitle && title ? title : null;
}

export function sourceOf(result: Pick<CleanResult, 'url'>, options: FormatOptions): string | null {
  return options.includeSource ? (webHref(result.url) ?? null) : null;
}

/** The blocks a writer prints: captions only when asked for (they are not body text). */
export function writtenBlocks(blocks: readonly Block[], options: FormatOptions): Block[] {
  return options.includeCaptions ? [...blocks] : blocks.filter((block) => block.kind !== 'caption');
}

/** The blocks as the writers walk them: single blocks, and whole (possibly nested) lists. */
export function pieces(blocks: readonly Block[], options: FormatOptions): Piece<Block>[] {
  return nestLists(writtenBlocks(blocks, options), (block) => block);
}

/** The rows of a table block: its cells if segment kept them, else its text split on newlines and tabs. */
export function tableRows(block: Block): string[][] {
  if (block.rows && block.rows.length > 0) return block.rows;
  return block.text.split('\n').map((row) => row.split('\t'));
}
