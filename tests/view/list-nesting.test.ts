import { describe, expect, test } from 'vitest';
import type { ListInfo } from '@/utils/clean/types';
import { nestLists, type ListTree, type Piece, type ShownBlock } from '@/utils/view';

function item(id: string, list: ListInfo): ShownBlock {
  return {
    block: { id, index: 0, kind: 'list-item', text: id, runs: [{ text: id }], figures: [], list },
    restored: false,
  };
}
function para(id: string): ShownBlock {
  return { block: { id, index: 0, kind: 'paragraph', text: id, runs: [{ text: id }], figures: [] }, restored: false };
}
/** ul(a ul(b) c) style picture of the grouping. */
function picture(pieces: Piece<ShownBlock>[]): string {
  return pieces.map((piece) => (piece.type === 'block' ? piece.item.block.id : listPicture(piece.list))).join(' ');
}
function listPicture(list: ListTree<ShownBlock>): string {
  const entries = list.entries.map((e) =>
    [`${e.item.block.id}${list.ordered ? `#${e.number}` : ''}`, ...e.children.map(listPicture)].join(' '),
  );
  return `${list.ordered ? 'ol' : 'ul'}(${entries.join(' ')})`;
}

const ul = (id: number, depth = 0): ListInfo => ({ id, ordered: false, depth });
const ol = (id: number, depth = 0): ListInfo => ({ id, ordered: true, depth });

describe('nestLists', () => {
  test.each<[string, ShownBlock[], string]>([
    ['paragraphs stay blocks', [para('p1'), para('p2')], 'p1 p2'],
    ['consecutive items form one list', [item('a', ul(1)), item('b', ul(1))], 'ul(a b)'],
    ['ordered lists number their items', [item('a', ol(1)), item('b', ol(1))], 'ol(a#1 b#2)'],
    ['a paragraph splits lists', [item('a', ul(1)), para('p'), item('b', ul(1))], 'ul(a) p ul(b)'],
    ['a new list id starts a new list', [item('a', ul(1)), item('b', ol(2))], 'ul(a) ol(b#1)'],
    [
      'two different nested lists under one item stay two',
      [item('a', ul(1)), item('a1', ul(2, 1)), item('a2', ul(3, 1))],
      'ul(a ul(a1) ul(a2))',
    ],
    [
      'deeper items nest in the item before',
      [item('a', ul(1)), item('a1', ul(1, 1)), item('a2', ul(1, 1)), item('b', ul(1))],
      'ul(a ul(a1 a2) b)',
    ],
    [
      'two levels deep and back out',
      [item('a', ul(1)), item('a1', ol(1, 1)), item('a11', ul(1, 2)), item('b', ul(1))],
      'ul(a ol(a1#1 ul(a11)) b)',
    ],
    ['a list that starts deep stays flat', [item('x', ul(3, 1)), item('y', ul(3, 1))], 'ul(x y)'],
  ])('%s', (_, shown, expected) => {
    expect(picture(nestLists(shown, (s) => s.block))).toBe(expected);
  });
});
