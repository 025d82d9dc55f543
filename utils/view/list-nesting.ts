import type { ShownBlock } from '@/utils/view/restore';

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
  /** Open lists from the outermost in, each with the item depth it holds; emptied by any non-list block. */
  let stack: { group: ListGroup; depth: number }[] = [];
  let rootListId: number | null = null;

  for (const entry of shown) {
    const list = entry.block.kind === 'list-item' ? entry.block.list : undefined;
    if (!list) {
      nodes.push({ type: 'block', shown: entry });
      stack = [];
      continue;
    }
    const depth = Math.max(0, list.depth);
    const startsNewList = stack.length === 0 || (depth <= stack[0].depth && list.id !== rootListId);
    if (startsNewList) {
      const root: ListGroup = { type: 'list', ordered: list.ordered, items: [] };
      nodes.push(root);
      stack = [{ group: root, depth }];
      rootListId = list.id;
    }
    // Close lists deeper than this item (never the outermost one).
    while (stack.length > 1 && stack[stack.length - 1].depth > depth) stack.pop();
    const top = stack[stack.length - 1];
    const lastItem = top.group.items[top.group.items.length - 1];
    if (depth > top.depth && lastItem) {
      // One level deeper than the open list: a nested list inside the item before.
      const nested: ListGroup = { type: 'list', ordered: list.ordered, items: [] };
      lastItem.children.push(nested);
      stack.push({ group: nested, depth });
    }
    stack[stack.length - 1].group.items.push({ shown: entry, children: [] });
  }
  return nodes;
}

/** Article headings start at h2 (the title is the h1), keeping their relative levels. */
export function headingLevels(shown: readonly ShownBlock[]): (level: number | undefined) => number {
  const levels = shown.filter((s) => s.block.kind === 'heading').map((s) => s.block.level ?? 2);
  const top = levels.length ? Math.min(...levels) : 2;
  return (level) => Math.min(6, Math.max(2, (level ?? 2) - top + 2));
}
