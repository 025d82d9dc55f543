import { describe, expect, test } from 'vitest';
import { hiddenEdges } from '@/components/KeyFigureStrip';

// The chip row's fade is driven by these edges; layout itself is checked in the e2e popup test.
describe('hiddenEdges: where a sideways chip row hides chips', () => {
  test('a row that fits hides nothing', () => {
    expect(hiddenEdges(0, 300, 300, false)).toBe('none');
    expect(hiddenEdges(0, 300.6, 300, false)).toBe('none');
  });

  test('a left-to-right row hides chips on the right at first, on both sides midway, on the left at its end', () => {
    expect(hiddenEdges(0, 500, 300, false)).toBe('right');
    expect(hiddenEdges(120, 500, 300, false)).toBe('both');
    expect(hiddenEdges(200, 500, 300, false)).toBe('left');
    expect(hiddenEdges(199.5, 500, 300, false)).toBe('left');
  });

  test('a right-to-left row starts at its right edge, with scrollLeft going negative', () => {
    expect(hiddenEdges(0, 500, 300, true)).toBe('left');
    expect(hiddenEdges(-120, 500, 300, true)).toBe('both');
    expect(hiddenEdges(-200, 500, 300, true)).toBe('right');
  });
});
