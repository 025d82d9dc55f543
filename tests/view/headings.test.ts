import { describe, expect, test } from 'vitest';
import type { Block } from '@/utils/clean/types';
import { headingLevels, type ShownBlock } from '@/utils/view';

function heading(id: string, level: number): ShownBlock {
  return {
    block: { id, index: 0, kind: 'heading', level, text: id, runs: [{ text: id }], figures: [] } as Block,
    restored: false,
  };
}

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
