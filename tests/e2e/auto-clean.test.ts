// Path 5 (and the reader half of path 6): sites the user chose are cleaned as they load.
import { describe, expect, test } from 'vitest';
import { OptionsPage } from './support/options';
import { clickToolbar } from './support/popup';
import { pageMarkupWithoutReader, Reader } from './support/reader';
import { STORY } from './support/seed-story';
import { screenshotPath, useSift } from './support/setup';
import { ACTIVE_CONTENT } from './support/hostile';

const h = useSift();
const SITE = '127.0.0.1';

async function readerOn(path: string): Promise<Reader> {
  return new Reader(await h.openTab(path));
}

describe('auto-cleaning a chosen site', () => {
  test('5. a chosen site shows the reader by itself; Show original; non-articles stay; removal sticks across reloads', async () => {
    const untouched = await h.openTab('/seed-story.html');
    const original = await untouched.evaluate(() => document.body.innerHTML);
    expect(await new Reader(untouched).mountsWithin(1_000)).toBe(false);

    const options = await OptionsPage.open(h.sift);
    await options.addSite(SITE);
    expect(await options.sites()).toContain(SITE);
    await h.readerRegistered(SITE, true);

    const reader = await readerOn('/seed-story.html');
    await reader.appears();
    expect(await reader.blockTexts()).toEqual(STORY);
    expect(await pageMarkupWithoutReader(reader.page)).toBe(original);
    await reader.page.screenshot({ path: screenshotPath('reader-seed-story.png') });

    await reader.showOriginal();
    expect(await reader.page.evaluate(() => document.body.innerHTML)).toBe(original);

    const front = await readerOn('/section-front.html');
    expect(await front.mountsWithin()).toBe(false);

    // Restarting the browser (the extension starts afresh) keeps the registration.
    await h.restartBrowser();
    await (await readerOn('/seed-story.html')).appears();

    const options2 = await OptionsPage.open(h.sift);
    expect(await options2.sites()).toContain(SITE);
    await options2.removeSite(SITE);
    await h.readerRegistered(SITE, false);
    expect(await (await readerOn('/seed-story.html')).mountsWithin()).toBe(false);

    // A browser restart neither brings it back nor loses the choice.
    await h.restartBrowser();
    expect(await (await readerOn('/seed-story.html')).mountsWithin()).toBe(false);
    const options3 = await OptionsPage.open(h.sift);
    expect(await options3.sites()).toEqual([]);
  });

  test('5b. a site added before a browser restart is still cleaned after it', async () => {
    const options = await OptionsPage.open(h.sift);
    await options.addSite(SITE);
    await h.readerRegistered(SITE, true);
    await h.restartBrowser();
    await (await readerOn('/de-article.html')).appears();
    const options2 = await OptionsPage.open(h.sift);
    await options2.removeSite(SITE);
    await h.readerRegistered(SITE, false);
  });

  test('5c. the popup switch "Clean this site automatically" chooses the site', async () => {
    const tab = await h.openTab('/de-article.html');
    const popup = await clickToolbar(h.sift, tab);
    await popup.settled();
    await popup.openMenu();
    await popup.click('[data-testid=auto-clean-toggle]');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=auto-clean-toggle]').checked`);
    await h.readerRegistered(SITE, true);

    const options = await OptionsPage.open(h.sift);
    expect(await options.sites()).toEqual([SITE]);
    await (await readerOn('/de-article.html')).appears();

    const again = await clickToolbar(h.sift, await h.openTab('/seed-story.html'));
    await again.settled();
    await again.openMenu();
    await again.click('[data-testid=auto-clean-toggle]');
    await again.waitFor(`(root) => !root.querySelector('[data-testid=auto-clean-toggle]').checked`);
    await h.readerRegistered(SITE, false);
    expect(await (await readerOn('/de-article.html')).mountsWithin()).toBe(false);
  });

  test('6. no script from a hostile page runs again in the reader', async () => {
    const options = await OptionsPage.open(h.sift);
    await options.addSite(SITE);
    await h.readerRegistered(SITE, true);
    const reader = await readerOn('/hostile.html');
    const dialogs: string[] = [];
    reader.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await reader.appears();
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(await reader.page.evaluate(() => (window as { __pwned?: boolean }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(await reader.inArticle(ACTIVE_CONTENT)).toEqual([]);
    for (const link of await reader.links()) expect(link.href).toMatch(/^https?:\/\//);
    expect(await reader.articleText()).toContain('Read the full budget report');
    await options.removeSite(SITE);
    await h.readerRegistered(SITE, false);
  });
});
