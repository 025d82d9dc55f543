// Issue 9.3, nothing silently lost: a listicle Readability cuts to one item shows all its items in
// the popup; a page whose article may be incomplete says so, and its button (mouse or keyboard)
// switches to the page's whole text and back; axe finds nothing in either view. Then a few real
// benchmark pages where recovery kicks in (read from the datasets at test time, never copied
// here), shot for a reader to read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { datasetsRoot, wcxbPage } from '../../bench/datasets';
import { clean } from '../../utils/clean/index.ts';
import { runAxe } from './support/axe';
import { clickToolbar } from './support/popup';
import { screenshotPath, useSift } from './support/setup';
import type { ExtraPage } from './support/server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string): ExtraPage => ({ body: readFileSync(join(FIXTURES, `${name}.html`), 'utf8') });

/** Benchmark pages where Readability alone keeps a small part and Sift widens (measured in Node). */
const BENCHMARK_IDS = ['4052', '0334', '4163'];
/** As in popup-matches-engine: the page's scripts, images and frames stay off. */
const NO_ACTIVE_CONTENT = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function benchmarkPages(): Map<string, ExtraPage & { url: string }> {
  const pages = new Map<string, ExtraPage & { url: string }>();
  let root: string;
  try {
    root = datasetsRoot();
  } catch {
    return pages;
  }
  for (const id of BENCHMARK_IDS) {
    const page = wcxbPage(root, id);
    if (page)
      pages.set(`/wcxb/${id}.html`, {
        body: page.html(),
        url: page.url,
        headers: { 'content-security-policy': NO_ACTIVE_CONTENT },
      });
  }
  return pages;
}

const SERVED = new Map<string, ExtraPage>([
  ['/recover/listicle.html', fixture('recover--listicle-sibling-items')],
  ['/recover/incomplete.html', fixture('recover--incomplete-link-heavy')],
]);
const BENCHMARK = benchmarkPages();
const h = useSift({ pages: (path) => SERVED.get(path) ?? BENCHMARK.get(path) });

async function expectAxeClean(run: ReturnType<typeof runAxe>) {
  const { violations } = await run;
  expect(violations).toEqual([]);
}

describe('nothing silently lost', () => {
  test('a listicle Readability cut to one item shows all six items in the popup', async () => {
    const tab = await h.openTab('/recover/listicle.html');
    const popup = await clickToolbar(h.sift, tab);
    expect(await popup.settled()).toBe('article');
    const texts = await popup.blockTexts();
    for (const item of [
      'Ridge Loop',
      'Millstream Path',
      'Hawk Crag',
      'Lantern Woods',
      'Fell End Circuit',
      'Quarry Rim',
    ])
      expect(texts).toContain(item);
    expect(texts.join(' ')).toContain('A short evening walk around the rim of a flooded slate quarry');
    expect(await popup.exists('[data-testid=incomplete-notice]')).toBe(false);
    await popup.surface.screenshot(screenshotPath('recover-listicle.png'));
    await popup.close();
    await tab.close();
  });

  test('an article that may be incomplete says so; the button shows the whole text and back, by mouse and keyboard', async () => {
    const tab = await h.openTab('/recover/incomplete.html');
    const popup = await clickToolbar(h.sift, tab);
    expect(await popup.settled()).toBe('article');
    expect(await popup.text('incomplete-notice')).toContain('may be incomplete');
    const cleaned = await popup.blockTexts();
    expect(cleaned.join(' ')).not.toContain('the cricket club is looking for volunteers');
    await expectAxeClean(runAxe(popup.surface));
    await popup.surface.screenshot(screenshotPath('recover-incomplete.png'));

    await popup.click('[data-testid=whole-text-toggle]');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=article]')?.textContent.includes('cricket club')`);
    expect((await popup.blockTexts()).length).toBeGreaterThan(cleaned.length);
    expect(await popup.text('whole-text-toggle')).toBe('Back to the cleaned article');
    await expectAxeClean(runAxe(popup.surface));
    await popup.surface.screenshot(screenshotPath('recover-whole-text.png'));

    // The keyboard: the focused button switches back with Enter, and keeps the focus.
    await popup.surface.run(`(root) => root.querySelector('[data-testid=whole-text-toggle]').focus()`);
    await popup.surface.press('Enter');
    await popup.waitFor(`(root) => !root.querySelector('[data-testid=article]')?.textContent.includes('cricket club')`);
    expect(await popup.blockTexts()).toEqual(cleaned);
    expect(
      await popup.surface.run(
        `(root) => root.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('data-testid')`,
      ),
    ).toBe('whole-text-toggle');
    await popup.close();
    await tab.close();
  });

  describe.skipIf(BENCHMARK.size === 0)('real benchmark pages where recovery kicks in', () => {
    test.each(BENCHMARK_IDS)('WCXB %s: the popup shows what clean() recovered', async (id) => {
      const served = BENCHMARK.get(`/wcxb/${id}.html`);
      if (!served) return;
      const inNode = clean(parseHTML(served.body).document as unknown as Document, { url: served.url });
      expect(inNode.recovery?.outcome).toBe('widened');
      const tab = await h.openTab(`/wcxb/${id}.html`);
      const popup = await clickToolbar(h.sift, tab);
      const state = await popup.settled();
      if (state === 'not-article') await popup.click('[data-testid=clean-anyway]');
      await popup.waitFor(`(root) => root.querySelector('[data-testid=article] [data-block-id]')`);
      const texts = await popup.blockTexts();
      // For a reader to read: what the popup opens with.
      console.log(`WCXB ${id}: ${texts.length} blocks in the popup (clean() in Node: ${inNode.blocks.length})`);
      for (const text of texts.slice(0, 12)) console.log(`  ${text.slice(0, 140)}`);
      expect(texts.length).toBeGreaterThanOrEqual(Math.floor(inNode.blocks.length * 0.8));
      await popup.surface.screenshot(screenshotPath(`recover-wcxb-${id}.png`));
      await popup.close();
      await tab.close();
    });
  });
});
