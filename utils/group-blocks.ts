import type { ShownBlock } from '@/utils/shown-blocks';

/** A list as rendered: its items in order, each item possibly holding nested lists. */
export interface ListGroup {
  type: 'list';
  ordered: boolean;
  items: ListItemNode[];
}

export interface ListItemNode {
  shown: ShownBlock;
  children: ListGroup[];
}

export type ArticleNode = { type: 'block'; shown: ShownBlock } | ListGroup;

/**
 * Turns the flat block sequence into what HTML needs: consecutive list items of one list
 * become one `<ul>`/`<ol>`, and an item one level deeper nests inside the item before it.
 */
export function groupBlocks(shown: readonly ShownBlock[]): ArticleNode[] {
  const nodes: ArticleNode[] = [];
  /** Open lists from the outermost (depth 0) in; reset by any non-list block or a new list id at depth 0. */
  let stack: ListGroup[] = [];
  let currentListId: number | null = null;

  for (const entry of shown) {
    const list = entry.block.kind === 'list-item' ? entry.block.list : undefined;
    if (!list) {
      nodes.push({ type: 'block', shown: entry });
      stack = [];
      currentListId = null;
      continue;
    }
    const depth = Math.max(0, list.depth);
    if (stack.length === 0 || (depth === 0 && list.id !== currentListId)) {
      const root: ListGroup = { type: 'list', ordered: list.ordered, items: [] };
      nodes.push(root);
      stack = [root];
    }
    if (depth === 0) currentListId = list.id;
    // Close lists deeper than this item; open nested ones (inside the last item) down to its depth.
    stack.length = Math.min(stack.length, depth + 1);
    while (stack.length < depth + 1) {
      const parent = stack[stack.length - 1];
      const lastItem = parent.items[parent.items.length - 1];
      if (!lastItem) break; // nothing to nest under (a list that starts deep): keep the item at this level
      const nested: ListGroup = { type: 'list', ordered: list.ordered, items: [] };
      lastItem.children.push(nested);
      stack.push(nested);
    }
    stack[stack.length - 1].items.push({ shown: entry, children: [] });
  }
  return nodes;
}

/** Article headings start at h2 (the title is the h1), keeping their relative levels. */
export function headingLevels(shown: readonly ShownBlock[]): (level: number | undefined) => number {
  const levels = shown.filter((s) => s.block.kind === 'heading').map((s) => s.block.level ?? 2);
  const top = levels.length ? Math.min(...levels) : 2;
  return (level) => Math.min(6, Math.max(2, (level ?? 2) - top + 2));
}
