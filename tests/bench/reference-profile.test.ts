import { describe, expect, test } from 'vitest';
import { summarizeProfile } from '../../bench/reference-profile';

describe('bench reference: CPU profile summary', () => {
  test('self time by script and by function, idle left out, deltas in µs', () => {
    const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)') },
        { id: 2, callFrame: frame('_grabArticle', 'chrome-extension://x/content-scripts/cleaner.js', 1) },
        { id: 3, callFrame: frame('dedupe', 'chrome-extension://x/content-scripts/cleaner.js', 3) },
        { id: 4, callFrame: frame('(garbage collector)') },
      ],
      samples: [1, 2, 2, 3, 4, 1],
      timeDeltas: [5000, 1000, 2000, 500, 250, 9000],
    };
    const summary = summarizeProfile('tab', profile);
    expect(summary.totalMs).toBeCloseTo(3.75);
    expect(summary.byScript).toEqual([
      { what: 'cleaner.js', ms: 3.5 },
      { what: '(garbage collector)', ms: 0.25 },
    ]);
    expect(summary.top[0]).toEqual({ what: '_grabArticle cleaner.js:2', ms: 3 });
    expect(summary.top.map((t) => t.what)).not.toContain('(idle)');
  });
});
