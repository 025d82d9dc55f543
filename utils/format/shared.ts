/**
 * What the three writers share: which title and source line to print, which links are safe,
 * and how consecutive list items nest into lists.
 */
import type { Block, CleanResult } from '../clean';
import { webHref } from '../clean';

export interface FormatOptions {
  /** Start with the article's title. */
  includeTitle: boolean;
  /** End with a line naming the page the article came from (only for http(s) addresses). */
  includeSource: boolean;
}

export const DEFAULT_FORMAT_OPTIONS: Readonly<FormatOptions> = Object.freeze({
  includeTitle: true,
  includeSource: false,
});

/** An absolute http(s) URL as the URL parser writes it, or null for anything else (javascript:, data:, relative). */
export function safeHref(href: string | null | undefined): string | null {
  return webHref(href) ?? null;
}

export function titleOf(result: Pick<CleanResult, 'title'>, options: FormatOptions): string | null {
  const title = result.title?.trim();
  return options.includeTitle && title ? title : null;
}

export function sourceOf(result: Pick<CleanResult, 'url'>, options: FormatOptions): string | null {
  return options.includeSource ? safeHref(result.url) : null;
}

/** One list: its items in order; an item may hold lists nested under it. */
export interface ListTree {
  ordered: boolean;
  items: ListEntry[];
}

export interface ListEntry {
  block: Block;
  /** 1-based position in its own list, for ordered lists. */
  number: number;
  children: ListTree[];
}

/** The article as the writers walk it: single blocks, and whole (possibly nested) lists. */
export type Piece = { type: 'block'; block: Block } | { type: 'list'; list: ListTree };

/**
 * Groups consecutive list items into trees: items with the same list id at the same depth are
 * one list; a deeper item opens a list inside the item before it. Two different top-level lists
 * that touch stay two pieces.
 */
export function pieces(blocks: readonly Block[]): Piece[] {
  const out: Piece[] = [];
  let stack: { id: number; depth: number; tree: ListTree }[] = [];
  for (const block of blocks) {
    if (block.kind !== 'list-item') {
      stack = [];
      out.push({ type: 'block', block });
      continue;
    }
    const info = block.list ?? { id: -1, ordered: false, depth: 0 };
    const depth = Math.max(0, info.depth);
    while (stack.length > 0 && stack[stack.length - 1].depth > depth) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.depth === depth && top.id !== info.id) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.depth < depth) {
      const tree: ListTree = { ordered: info.ordered, items: [] };
      if (top) top.tree.items[top.tree.items.length - 1].children.push(tree);
      else out.push({ type: 'list', list: tree });
      top = { id: info.id, depth, tree };
      stack.push(top);
    }
    top.tree.items.push({ block, number: top.tree.items.length + 1, children: [] });
  }
  return out;
}

/** The rows of a table block: its cells if segment kept them, else its text split on newlines and tabs. */
export function tableRows(block: Block): string[][] {
  if (block.rows && block.rows.length > 0) return block.rows;
  return block.text.split('\n').map((row) => row.split('\t'));
}
