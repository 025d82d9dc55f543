// Issue 12, capability 2: appearance in place ("Aa") in the popup and the in-page reader.
import { describe, expect, test } from 'vitest';
import { clickToolbar, type Popup } from './support/popup';
import { pressReaderCommand, Reader } from './support/reader';
import { screenshotPath, useSift } from './support/setup';

const h = useSift();

/** What a view paints: the theme, typeface and sizes on its root, and what the article computes. */
interface Painted {
  theme: string;
  typeface: string;
  fontSize: string;
  lineHeight: string;
  width: string;
  articleFont: string;
  articleLineHeight: number;
  background: string;
}

const PAINTED = `(root) => { const el = root.querySelector('[data-testid=reader], [data-testid=popup]');
  const article = root.querySelector('.sift-article'); const style = getComputedStyle(article);
  return { theme: el.dataset.theme, typeface: el.dataset.typeface, fontSize: el.style.getPropertyValue('--sift-font-size'),
    lineHeight: el.style.getPropertyValue('--sift-line-height'), width: el.style.getPropertyValue('--sift-content-width'),
    articleFont: style.fontFamily, articleLineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
    background: getComputedStyle(el).backgroundColor }; }`;

const painted = (view: Popup | Reader) => view.surface.run<Painted>(PAINTED);

async function openReader(): Promise<Reader> {
  const page = await h.openTab('/seed-story.html');
  await pressReaderCommand(h.sift.context, page);
  const reader = new Reader(page);
  await reader.appears();
  return reader;
}

async function openPopup(): Promise<Popup> {
  const popup = await clickToolbar(h.sift, await h.openTab('/seed-story.html'));
  expect(await popup.settled()).toBe('article');
  return popup;
}

const storedAppearance = () =>
  h.sift.serviceWorker.evaluate(() =>
    (globalThis as any).chrome.storage.sync.get([
      'theme',
      'theme$',
      'typeface',
      'fontSize',
      'lineHeight',
      'contentWidth',
    ]),
  );

function waitForTheme(view: Popup | Reader, theme: string, typeface?: string) {
  return view.waitFor(
    `(root, [theme, typeface]) => { const el = root.querySelector('[data-testid=reader], [data-testid=popup]');
       return el?.dataset.theme === theme && (!typeface || el.dataset.typeface === typeface); }`,
    [theme, typeface ?? null],
    { what: `theme ${theme}${typeface ? `, typeface ${typeface}` : ''}` },
  );
}

describe('appearance in place (Aa)', () => {
  test('12.2a the popup’s Aa panel, from the keyboard: each choice applies at once, there and in a reader open in another tab', async () => {
    const reader = await openReader();
    const popup = await openPopup();
    const before = await painted(popup);
    expect(before).toMatchObject({ theme: 'light', typeface: 'serif', fontSize: '16px', lineHeight: '1.6' });

    await popup.surface.run(`(root) => root.querySelector('[data-testid=appearance-button]').focus()`);
    await popup.surface.press('Enter');
    await popup.waitFor(`(root) => !root.querySelector('[data-testid=appearance-panel]').hidden`);
    expect(
      await popup.surface.run(
        `(root) => root.querySelector('[data-testid=appearance-button]').getAttribute('aria-expanded')`,
      ),
    ).toBe('true');
    // Focus moves into the panel, onto the chosen theme; the arrows move through the themes.
    await popup.waitFor(`(root) => root.activeElement?.dataset.testid === 'theme-system'`, undefined, {
      what: 'focus on the chosen theme',
    });
    await popup.surface.press('ArrowRight');
    await popup.surface.press('ArrowRight');
    expect(await popup.focused()).toBe('theme-sepia');
    await waitForTheme(popup, 'sepia');
    await waitForTheme(reader, 'sepia');

    await popup.surface.press('Tab');
    expect(await popup.focused()).toBe('typeface-serif');
    await popup.surface.press('ArrowRight');
    await popup.surface.press('ArrowRight');
    await waitForTheme(popup, 'sepia', 'legible');
    await waitForTheme(reader, 'sepia', 'legible');

    await popup.surface.press('Tab');
    expect(await popup.focused()).toBe('font-size');
    await popup.surface.press('ArrowUp');
    await popup.surface.press('Tab');
    expect(await popup.focused()).toBe('line-height');
    await popup.surface.press('ArrowRight');
    await popup.surface.press('ArrowRight');
    await popup.waitFor(`(root) => document.documentElement.style.getPropertyValue('--sift-line-height') === '1.8'`);
    // The popup has no column width: the browser fixes its width.
    expect(await popup.exists('[data-testid=content-width]')).toBe(false);

    const inPopup = await painted(popup);
    expect(inPopup).toMatchObject({ theme: 'sepia', typeface: 'legible', fontSize: '17px', lineHeight: '1.8' });
    expect(inPopup.articleFont).toMatch(/^"Atkinson Hyperlegible", Verdana/);
    expect(inPopup.articleLineHeight).toBeCloseTo(1.8, 2);
    expect(inPopup.background).not.toBe(before.background);
    await popup.surface.screenshot(screenshotPath('appearance-popup-panel.png'));

    await reader.waitFor(
      `(root) => root.querySelector('[data-testid=reader]').style.getPropertyValue('--sift-line-height') === '1.8'`,
    );
    expect(await painted(reader)).toMatchObject({ theme: 'sepia', typeface: 'legible', fontSize: '17px' });

    // Escape closes the panel only, and gives focus back to its button.
    await popup.surface.press('Escape');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=appearance-panel]').hidden`);
    expect(await popup.focused()).toBe('appearance-button');
    expect(await storedAppearance()).toMatchObject({
      theme: 'sepia',
      theme$: { v: 2 },
      typeface: 'legible',
      fontSize: 17,
      lineHeight: 1.8,
    });
    await popup.close();
  });

  test('12.2b the reader’s Aa panel: high contrast with a click, the column width from the keyboard, Escape keeps the reader', async () => {
    const reader = await openReader();
    await reader.openPopover('appearance');
    await reader.waitFor(`(root) => root.activeElement?.dataset.testid === 'theme-sepia'`, undefined, {
      what: 'focus on the chosen theme',
    });
    await reader.click('label.sift-choice:has([data-testid=theme-contrast])');
    await waitForTheme(reader, 'contrast');

    await reader.surface.run(`(root) => root.querySelector('[data-testid=content-width]').focus()`);
    for (let i = 0; i < 3; i++) await reader.surface.press('ArrowRight');
    await reader.waitFor(
      `(root) => root.querySelector('[data-testid=reader]').style.getPropertyValue('--sift-content-width') === '760px'`,
    );
    const column = await reader.surface.run<{ maxWidth: string; width: number }>(
      `(root) => { const c = root.querySelector('.sift-column'); return { maxWidth: getComputedStyle(c).maxWidth, width: c.getBoundingClientRect().width }; }`,
    );
    expect(column.maxWidth).toBe('760px');
    expect(column.width).toBeLessThanOrEqual(760);
    expect(
      await reader.surface.run(`(root) => root.querySelector('[data-testid=content-width-value]').textContent`),
    ).toBe('760 px');
    await reader.page.screenshot({ path: screenshotPath('appearance-reader-panel.png') });

    await reader.surface.press('Escape');
    await reader.waitFor(`(root) => root.querySelector('[data-testid=appearance-panel]').hidden`);
    expect(await reader.isMounted()).toBe(true);
    expect(await reader.focused()).toBe('appearance-button');
    expect(await storedAppearance()).toMatchObject({ theme: 'contrast', contentWidth: 760 });
  });

  test('12.2c every choice survives a browser restart, in the popup and the reader', async () => {
    await h.restartBrowser();
    const popup = await openPopup();
    await waitForTheme(popup, 'contrast', 'legible');
    expect(await painted(popup)).toMatchObject({ fontSize: '17px', lineHeight: '1.8' });
    await popup.openPopover('appearance');
    expect(
      await popup.surface.run(
        `(root) => [...root.querySelectorAll('[data-testid=appearance-panel] input:checked')].map((i) => i.dataset.testid)`,
      ),
    ).toEqual(['theme-contrast', 'typeface-legible']);
    await popup.close();

    const reader = await openReader();
    await waitForTheme(reader, 'contrast', 'legible');
    expect(await painted(reader)).toMatchObject({ fontSize: '17px', lineHeight: '1.8', width: '760px' });
  });

  test('12.2d every theme and typeface, screenshotted in the popup and the reader; the typefaces set the text differently', async () => {
    const set = (items: Record<string, unknown>) =>
      h.sift.serviceWorker.evaluate((values) => (globalThis as any).chrome.storage.sync.set(values), items);
    await set({ typeface: 'serif', fontSize: 16, lineHeight: 1.6, contentWidth: 640 });
    const reader = await openReader();
    const popup = await openPopup();
    await popup.openPopover('appearance');
    const backgrounds = new Set<string>();
    for (const theme of ['light', 'sepia', 'dark', 'contrast']) {
      await set({ theme, theme$: { v: 2 } });
      await waitForTheme(popup, theme);
      await waitForTheme(reader, theme);
      backgrounds.add((await painted(reader)).background);
      await popup.surface.screenshot(screenshotPath(`appearance-popup-${theme}.png`));
      await reader.page.screenshot({ path: screenshotPath(`appearance-reader-${theme}.png`) });
    }
    expect(backgrounds.size).toBe(4);

    await set({ theme: 'light' });
    const heights: Record<string, number> = {};
    const faces: Record<string, string> = {};
    for (const typeface of ['serif', 'sans', 'legible']) {
      await set({ typeface });
      await waitForTheme(reader, 'light', typeface);
      // The face the browser really used for the first paragraph's text, and how tall the article sets.
      const used = await reader.surface.run<{ height: number; font: string }>(
        `(root) => ({ height: root.querySelector('.sift-article').getBoundingClientRect().height,
           font: getComputedStyle(root.querySelector('.sift-article p')).fontFamily })`,
      );
      heights[typeface] = used.height;
      faces[typeface] = used.font;
      await reader.page.screenshot({ path: screenshotPath(`appearance-reader-${typeface}.png`) });
    }
    expect(new Set(Object.values(heights)).size, JSON.stringify(heights)).toBe(3);
    expect(new Set(Object.values(faces)).size).toBe(3);
    await popup.close();
  });
});
