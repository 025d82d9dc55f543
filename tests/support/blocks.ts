import type { Block, BlockKind } from '../../utils/clean/types';

/** Plain blocks for stage tests: one text run each, ids in order. */
export function blocksOf(...items: (string | [BlockKind, string])[]): Block[] {
  return items.map((item, index) => {
    const [kind, text] = typeof item === 'string' ? (['paragraph', item] as const) : item;
    return { id: `b${index}`, index, kind, text, runs: [{ text }], figures: [] };
  });
}
