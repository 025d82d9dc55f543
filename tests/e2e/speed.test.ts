// Path 11: how long a reader waits, from the toolbar click to the cleaned text, on a 1 MB page.
// Reported, not asserted: the machine is shared and the number is for the closing note.
import { describe, expect, test } from 'vitest';
import { clickToolbar } from './support/popup';
import { useSift } from './support/setup';

const h = useSift();
const RUNS = 5;

describe('speed', () => {
  test('11. click to cleaned text on the 1 MB page (median of 5)', async () => {
    const tab = await h.openTab('/large.html');
    const size = await tab.evaluate(() => document.documentElement.outerHTML.length);
    const times: number[] = [];
    const opened: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Each run cleans: a reload drops what the popup kept for the tab (instant reopen).
      if (run > 0) await tab.reload();
      const started = performance.now();
      const popup = await clickToolbar(h.sift, tab, { timeout: 30_000 });
      opened.push(performance.now() - started);
      await popup.waitFor(`(root) => root.querySelector('[data-testid=article] [data-block-id]')`, undefined, {
        timeout: 60_000,
        what: 'the cleaned text',
      });
      times.push(performance.now() - started);
      // The first pieces paint first and the rest follows in the next task (ArticleView's two
      // passes): the time is to the first text, the count is of the whole article.
      await popup.waitFor(`(root) => root.querySelector('[data-testid=article][data-complete]')`, undefined, {
        timeout: 60_000,
        what: 'the whole article',
      });
      expect((await popup.blockTexts()).length).toBeGreaterThan(1000);
      await popup.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(RUNS / 2)];
    console.log(
      `click-to-cleaned-text on the ${(size / 1e6).toFixed(2)} MB page: median ${median.toFixed(0)} ms of ${RUNS} runs ` +
        `(${times.map((t) => t.toFixed(0)).join(', ')} ms; the popup itself was open after a median ` +
        `${[...opened].sort((a, b) => a - b)[Math.floor(RUNS / 2)].toFixed(0)} ms)`,
    );
  });
});
