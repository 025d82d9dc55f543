import { describe, expect, test } from 'vitest';
import type { Block, ListInfo } from '@/utils/clean/types';
import { groupBlocks, headingLevels, type ArticleNode, type ListGroup } from '@/utils/view/list-nesting';
import type { ShownBlock } from '@/utils/view/restore';

function item(id: string, list: ListInfo): ShownBlock {
  return {
    block: { id, index: 0, kind: 'list-item', text: id, runs: [{ text: id }], figures: [], list },
    restored: false,
  };
}
function para(id: string): ShownBlock {
  return { block: { id, index: 0, kind: 'paragraph', text: id, runs: [{ text: id }], figures: [] }, restored: false };
}
function heading(id: string, level: number): ShownBlock {
  return {
    block: { id, index: 0, kind: 'heading', level, text: id, runs: [{ text: id }], figures: [] } as Block,
    restored: false,
  };
}

/** ul(a ul(b) c) style picture of the grouping. */
function picture(nodes: (ArticleNode | ListGroup)[]): string {
  return nodes
    .map((node) =>
      node.type === 'block'
        ? node.shown.block.id
        : `${node.ordered ? 'ol' : 'ul'}(${node.items
            .map((i) => [i.shown.block.id, ...(i.children.length ? [picture(i.children)] : [])].join(' '))
            .join(' ')})`,
    )
    .join(' ');
}

const ul = (id: number, depth = 0): ListInfo => ({ id, ordered: false, depth });
const ol = (id: number, depth = 0): ListInfo => ({ id, ordered: true, depth });

describe('groupBlocks', () => {
  test.each<[string, ShownBlock[], string]>([
    ['paragraphs stay blocks', [para('p1'), para('p2')], 'p1 p2'],
    ['consecutive items form one list', [item('a', ul(1)), item('b', ul(1))], 'ul(a b)'],
    ['ordered lists', [item('a', ol(1)), item('b', ol(1))], 'ol(a b)'],
    ['a paragraph splits lists', [item('a', ul(1)), para('p'), item('b', ul(1))], 'ul(a) p ul(b)'],
    ['a new list id starts a new list', [item('a', ul(1)), item('b', ol(2))], 'ul(a) ol(b)'],
    [
      'deeper items nest in the item before',
      [item('a', ul(1)), item('a1', ul(1, 1)), item('a2', ul(1, 1)), item('b', ul(1))],
      'ul(a ul(a1 a2) b)',
    ],
    [
      'two levels deep and back out',
      [item('a', ul(1)), item('a1', ol(1, 1)), item('a11', ul(1, 2)), item('b', ul(1))],
      'ul(a ol(a1 ul(a11)) b)',
    ],
    ['a list that starts deep stays flat', [item('x', ul(3, 1)), item('y', ul(3, 1))], 'ul(x y)'],
  ])('%s', (_, shown, expected) => {
    expect(picture(groupBlocks(shown))).toBe(expected);
  });
});

describe('headingLevels', () => {
  test.each<[string, number[], number[]]>([
    ['h2 stays h2', [2, 3], [2, 3]],
    ['article h1 shifts to h2', [1, 2, 3], [2, 3, 4]],
    ['h3-only article starts at h2', [3, 4], [2, 3]],
    ['never past h6', [1, 6], [2, 6]],
  ])('%s', (_, levels, expected) => {
    const shown = levels.map((level, i) => heading(`h${i}`, level));
    const levelOf = headingLevels(shown);
    expect(levels.map(levelOf)).toEqual(expected);
  });
});
