import type { Block } from '../clean';

/** One list as shown or written: its entries in order; an entry may hold lists nested under it. */
export interface ListTree<T> {
  ordered: boolean;
  entries: ListEntry<T>[];
}

export interface ListEntry<T> {
  item: T;
  /** 1-based position in its own list, for ordered lists. */
  number: number;
  children: ListTree<T>[];
}

/** The article as views and writers walk it: single items, and whole (possibly nested) lists. */
export type Piece<T> = { type: 'block'; item: T } | { type: 'list'; list: ListTree<T> };

/**
 * Turns the flat block sequence into what HTML, Markdown and the view need: consecutive list
 * items with the same list id at the same depth are one list; a deeper item opens a list inside
 * the item before it. Two different lists that touch stay two. `blockOf` lets the view nest its
 * shown blocks (kept or restored) and the writers plain blocks with the same rule.
 */
export function nestLists<T>(items: readonly T[], blockOf: (item: T) => Block): Piece<T>[] {
  const out: Piece<T>[] = [];
  /** Open lists from the outermost in; emptied by any block that is not a list item. */
  let stack: { id: number; depth: number; tree: ListTree<T> }[] = [];
  for (const item of items) {
    const block = blockOf(item);
    if (block.kind !== 'list-item') {
      stack = [];
      out.push({ type: 'block', item });
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
      const tree: ListTree<T> = { ordered: info.ordered, entries: [] };
      if (top) top.tree.entries[top.tree.entries.length - 1].children.push(tree);
      else out.push({ type: 'list', list: tree });
      top = { id: info.id, depth, tree };
      stack.push(top);
    }
    top.tree.entries.push({ item, number: top.tree.entries.length + 1, children: [] });
  }
  return out;
}
