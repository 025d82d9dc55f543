// Issue 11, point 4: a browser in German gets Sift in German; an Arabic story reads right to left.
import { describe, expect, test } from 'vitest';
import { OptionsPage } from './support/options';
import { clickToolbar } from './support/popup';
import { Reader } from './support/reader';
import { screenshotPath, useSift } from './support/setup';

const h = useSift({ lang: 'de' });
const SITE = '127.0.0.1';
const directions = `(root) => ({ article: root.querySelector('[data-testid=article]').closest('[dir]')?.getAttribute('dir'),
  title: root.querySelector('[data-testid=title]').closest('[dir]')?.getAttribute('dir'),
  firstLineStartsRight: (() => { const p = root.querySelector('[data-testid=article] p'); const r = p.getBoundingClientRect();
    const range = document.createRange(); range.setStart(p.firstChild, 0); range.setEnd(p.firstChild, 1);
    return range.getBoundingClientRect().right > r.right - 4; })() })`;

describe('the reader’s language and the page’s direction', () => {
  test('a browser in German shows the popup in German, plurals and all', async () => {
    expect(await h.sift.serviceWorker.evaluate(() => (globalThis as any).chrome.i18n.getUILanguage())).toMatch(/^de/);
    const popup = await clickToolbar(h.sift, await h.openTab('/seed-story.html'));
    expect(await popup.settled()).toBe('article');
    expect(await popup.text('copy-text')).toMatch(/^Text kopieren/);
    expect(await popup.removedSummary()).toBe('Entfernt: 7 doppelte Absätze · 6 themenfremde Einträge');
    expect(await popup.text('reading-time')).toBe('1 Min. Lesezeit');
    await popup.surface.screenshot(screenshotPath('popup-german-ui.png'));
    await popup.close();
  });

  test('an Arabic story is right to left in the popup and in the reader', async () => {
    const popup = await clickToolbar(h.sift, await h.openTab('/rtl-article.html'));
    expect(await popup.settled()).toBe('article');
    expect(await popup.surface.run(directions)).toEqual({ article: 'rtl', title: 'rtl', firstLineStartsRight: true });
    await popup.surface.screenshot(screenshotPath('popup-rtl-article.png'));
    await popup.close();

    const options = await OptionsPage.open(h.sift);
    await options.addSite(SITE);
    await h.readerRegistered(SITE, true);
    const reader = new Reader(await h.openTab('/rtl-article.html'));
    await reader.appears();
    expect(await reader.surface.run(directions)).toEqual({ article: 'rtl', title: 'rtl', firstLineStartsRight: true });
    await options.removeSite(SITE);
    await options.close();
  });
});
