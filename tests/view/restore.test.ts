import { describe, expect, test } from 'vitest';
import {
  blocksWithRemovedInPlace,
  resultWithRestored,
  shownBlocks,
  shownKeyFigures,
  shownWordCount,
  toggleRestored,
} from '@/utils/view';
import { block, removed, result } from '../support/result';

/** Kept k1 and k2 around r1, a removed block of three words. */
const story = result({
  blocks: [block({ id: 'k1', index: 0, text: 'Kept one.' }), block({ id: 'k2', index: 2, text: 'Kept two.' })],
  removed: [
    removed(block({ id: 'r1', index: 1, text: 'Three words here' }), 'related', {
      kind: 'off-topic',
      similarity: 0.05,
      threshold: 0.35,
    }),
  ],
  wordCount: 4,
  keyFigures: [
    { blockId: 'k1', kind: 'money', text: '$1', context: 'Kept one.', start: 0, end: 2 },
    { blockId: 'r1', kind: 'percent', text: '5%', context: 'Three words here', start: 0, end: 2 },
  ],
});

describe('restoring removed blocks', () => {
  test('the toggle adds an id, then takes it out again, without touching the set it got', () => {
    const none: ReadonlySet<string> = new Set();
    const once = toggleRestored(none, 'r1');
    expect([...once]).toEqual(['r1']);
    expect([...toggleRestored(once, 'r1')]).toEqual([]);
    expect(none.size).toBe(0);
  });

  test('a restored block goes back to its place and brings its words and figures', () => {
    const shown = shownBlocks(story, new Set(['r1']));
    expect(shown.map((s) => [s.block.id, s.restored])).toEqual([
      ['k1', false],
      ['r1', true],
      ['k2', false],
    ]);
    expect(shownWordCount(story, shown)).toBe(4 + 3);
    expect(shownKeyFigures(story, shown).map((f) => f.blockId)).toEqual(['k1', 'r1']);
  });

  test('removed in place: every block still removed at its place, with its removal; restored ones as restored', () => {
    const all = blocksWithRemovedInPlace(story, new Set());
    expect(all.map((s) => [s.block.id, s.restored, s.removal?.reason ?? null])).toEqual([
      ['k1', false, null],
      ['r1', false, 'related'],
      ['k2', false, null],
    ]);
    const afterRestore = blocksWithRemovedInPlace(story, new Set(['r1']));
    expect(afterRestore.map((s) => [s.block.id, s.restored, s.removal ?? null])).toEqual([
      ['k1', false, null],
      ['r1', true, null],
      ['k2', false, null],
    ]);
  });

  test('with nothing restored the view is the kept article', () => {
    const shown = shownBlocks(story, new Set());
    expect(shown.map((s) => s.block.id)).toEqual(['k1', 'k2']);
    expect(shownWordCount(story, shown)).toBe(4);
    expect(shownKeyFigures(story, shown).map((f) => f.blockId)).toEqual(['k1']);
    expect(resultWithRestored(story, new Set())).toBe(story);
  });

  test('copying takes restored blocks in, counts their words and leaves them out of the removed list', () => {
    const copied = resultWithRestored(story, new Set(['r1']));
    expect(copied.blocks.map((b) => b.id)).toEqual(['k1', 'r1', 'k2']);
    expect(copied.removed).toEqual([]);
    expect(copied.wordCount, 'the restored block counts in what is saved').toBe(4 + 3);
  });
});
