import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../bench/args';
import { evenSample } from '../../bench/text';

describe('bench arguments for WCXB', () => {
  test.each([
    [['--only', 'wcxb'], { only: ['wcxb'], types: null, jobs: null }],
    [['--types', 'article,forum'], { types: ['article', 'forum'] }],
    [['--types=product', '--jobs=1'], { types: ['product'], jobs: 1 }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  test.each([[['--types', 'blog']], [['--types', ',']], [['--jobs', '0']]])('rejects %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow();
  });
});

describe('an even sample keeps the mix', () => {
  test('every k-th item, in order', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 2, 5, 7]);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
  });
});
