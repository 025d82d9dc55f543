import { describe, expect, test } from 'vitest';
import { parseArgs, SECTIONS } from '../../bench/args';

describe('bench arguments', () => {
  test.each([
    [[], { only: [...SECTIONS], limit: null, out: null, reuseBaselines: false, help: false }],
    [['--only', 'aeb,speed'], { only: ['aeb', 'speed'] }],
    [['--only=planted'], { only: ['planted'] }],
    [['--limit', '5'], { limit: 5 }],
    [['--limit=12', '--reuse-baselines'], { limit: 12, reuseBaselines: true }],
    [['--out', '/tmp/r.md'], { out: '/tmp/r.md' }],
    [['--help'], { help: true }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  test.each([[['--only', 'aeb,nope']], [['--limit', '0']], [['--limit', 'x']], [['--fast']]])('rejects %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow();
  });
});
