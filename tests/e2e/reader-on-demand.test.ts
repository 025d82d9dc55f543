// Issue 12, capability 1: the in-page reader on any page, on demand (no auto-clean site chosen).
import { describe, expect, test } from 'vitest';
import { clickToolbar } from './support/popup';
import { pageMarkupWithoutReader, pressReaderCommand, Reader } from './support/reader';
import { STORY } from './support/seed-story';
import { screenshotPath, useSift } from './support/setup';

const h = useSift();

describe('the reader on demand', () => {
  test('12.1a Alt+Shift+E toggles the reader; Show original and back three times, no reload, page untouched', async () => {
    const commands = await h.sift.serviceWorker.evaluate(() => (globalThis as any).chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'toggle-reader', shortcut: 'Alt+Shift+E' }));

    const page = await h.openTab('/seed-story.html');
    const original = await page.evaluate(() => document.body.innerHTML);
    // A reload would lose this mark: it proves every round trip happens in the same document.
    await page.evaluate(() => ((window as any).__sameDocument = true));
    const reader = new Reader(page);
    expect(await reader.mountsWithin(500)).toBe(false);

    await pressReaderCommand(h.sift.context, page);
    await reader.appears();
    expect(await reader.blockTexts()).toEqual(STORY);
    expect(await pageMarkupWithoutReader(page)).toBe(original);

    for (let round = 1; round <= 3; round++) {
      await reader.showOriginal();
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
      await pressReaderCommand(h.sift.context, page);
      await reader.appears();
      expect(await reader.blockTexts()).toEqual(STORY);
    }
    // The command also hides it.
    await pressReaderCommand(h.sift.context, page);
    await reader.disappears();
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  });

  test('12.1b "Open in reader" in the popup shows the reader on the page and closes the popup', async () => {
    const page = await h.openTab('/seed-story.html');
    const original = await page.evaluate(() => document.body.innerHTML);
    const popup = await clickToolbar(h.sift, page);
    await popup.settled();
    await popup.openMenu(); // it lives in the header menu
    await popup.click('[data-testid=open-in-reader]');
    const reader = new Reader(page);
    if (!(await reader.mountsWithin(3_000))) {
      throw new Error(
        `no reader; popup says: ${await popup.surface.run('(root) => root.textContent.slice(0, 300)').catch((e) => e.message)}`,
      );
    }
    await reader.appears();
    expect(await reader.blockTexts()).toEqual(STORY);
    expect(await pageMarkupWithoutReader(page)).toBe(original);
    await page.screenshot({ path: screenshotPath('reader-on-demand.png') });
    // Back and forth once more after opening from the popup.
    await reader.showOriginal();
    await pressReaderCommand(h.sift.context, page);
    await reader.appears();
  });

  test('12.5 "Show removed in place" shows every removed block at its place, struck through, with its reason', async () => {
    const page = await h.openTab('/seed-story.html');
    await pressReaderCommand(h.sift.context, page);
    const reader = new Reader(page);
    await reader.appears();
    await reader.openRemovedPanel();
    const removed = await reader.removedItems();
    expect(removed.length).toBeGreaterThan(0);
    await reader.showRemovedInPlace(true);
    const inPlace = await reader.removedInPlace();
    expect(inPlace.map((item) => item.id).sort()).toEqual(removed.map((item) => item.blockId).sort());
    expect(inPlace.every((item) => item.struck && item.note.length > 0)).toBe(true);
    // At its place: the article's blocks run in page order, kept and removed together.
    const ids = (await reader.articleBlocks()).map((b) => b.id);
    const order = ids.map((id) => Number(id.replace(/\D/g, '')));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await reader.click('[data-testid=removed-summary]'); // close the list: the article is the point
    await reader.surface.run(
      `(root) => root.querySelector('[data-testid=removed-in-place]').scrollIntoView({ block: 'center' })`,
    );
    await page.screenshot({ path: screenshotPath('reader-removed-in-place.png') });
    await reader.showRemovedInPlace(false);
    expect(await reader.removedInPlace()).toEqual([]);
    expect(await reader.blockTexts()).toEqual(STORY);
  });
});
