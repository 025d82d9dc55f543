// Issue 13.5: the popup opened again on the same page shows what it showed, from storage.session,
// without injecting the cleaner again; a navigation or reload in the tab makes it clean again.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clickToolbar } from './support/popup';
import { STORY } from './support/seed-story';
import { useSift } from './support/setup';

const h = useSift();

/**
 * Counts the cleaner scripts the tab parses: each scripting.executeScript of the cleaner parses
 * its file again, so an unchanged count means the popup did not clean.
 */
async function injections(tab: Page): Promise<{ count: () => number }> {
  const session = await h.sift.context.newCDPSession(tab);
  let count = 0;
  session.on('Debugger.scriptParsed', (event) => {
    if (event.url === `chrome-extension://${h.sift.extensionId}/cleaner.js`) count++;
  });
  await session.send('Debugger.enable');
  return { count: () => count };
}

/**
 * Waits until the popup has kept its result for the tab: it writes it after the article is
 * painted, so a popup closed at once keeps nothing (that opening just is not remembered).
 */
async function keptFor(tab: Page): Promise<void> {
  const url = tab.url();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const urls = await h.sift.serviceWorker.evaluate(async () => {
      const all: Record<string, { url?: string }> = await (globalThis as any).chrome.storage.session.get(null);
      return Object.entries(all)
        .filter(([key]) => /^sift\.popup\.\d+$/.test(key))
        .map(([, entry]) => entry.url);
    });
    if (urls.includes(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the popup never kept its result for ${url}`);
}

async function openAndRead(tab: Page) {
  const started = performance.now();
  const popup = await clickToolbar(h.sift, tab);
  expect(await popup.settled()).toBe('article');
  return { popup, ms: performance.now() - started };
}

describe('instant reopen', () => {
  test('closed and opened again: the story from the session, the cleaner not injected, a restored block still restored', async () => {
    const tab = await h.openTab('/seed-story.html');
    const injected = await injections(tab);

    const first = await openAndRead(tab);
    expect(await first.popup.blockTexts()).toEqual(STORY);
    const afterFirst = injected.count();
    expect(afterFirst, 'the first opening injects the cleaner').toBeGreaterThan(0);
    await keptFor(tab);
    await first.popup.openRemovedPanel();
    const [item] = await first.popup.removedItems();
    await first.popup.restore(item.blockId);
    await first.popup.close();

    const second = await openAndRead(tab);
    expect(injected.count(), 'reopening injects nothing').toBe(afterFirst);
    const blocks = await second.popup.articleBlocks();
    expect(blocks.filter((b) => b.restored).map((b) => b.id)).toEqual([item.blockId]);
    expect(blocks.filter((b) => !b.restored).map((b) => b.text)).toEqual(STORY);
    await second.popup.close();
    console.log(
      `instant reopen on the seed story: first opening ${first.ms.toFixed(0)} ms to text, reopened ${second.ms.toFixed(0)} ms`,
    );
  });

  test('a reload, or another page in the tab: cleaned again', async () => {
    const tab = await h.openTab('/seed-story.html');
    const injected = await injections(tab);
    const first = await openAndRead(tab);
    await keptFor(tab);
    await first.popup.close();
    const afterFirst = injected.count();

    await tab.reload();
    const reloaded = await openAndRead(tab);
    expect(injected.count(), 'after a reload the cleaner runs again').toBeGreaterThan(afterFirst);
    await keptFor(tab);
    await reloaded.popup.close();
    const afterReload = injected.count();

    await tab.goto(h.server.url(`/long-read.html?reopen=${Date.now()}`));
    const other = await openAndRead(tab);
    expect(injected.count(), 'another page is cleaned').toBeGreaterThan(afterReload);
    expect(await other.popup.blockTexts()).not.toEqual(STORY);
    await other.popup.close();
  });
});
