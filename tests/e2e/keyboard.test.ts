// Issue 11, point 2: the story scrolls from the keyboard at once, "?" lists the shortcuts,
// Escape closes what is open, and the in-page reader keeps Tab inside until it closes.
import { describe, expect, test } from 'vitest';
import { OptionsPage } from './support/options';
import { clickToolbar } from './support/popup';
import { Reader } from './support/reader';
import { screenshotPath, useSift } from './support/setup';

const h = useSift();
const SITE = '127.0.0.1';
const scrollTop = `(root) => root.querySelector('[data-testid=story-scroll]').scrollTop`;

describe('keyboard', () => {
  test('the popup story has focus on open; PageDown, Space, arrows, End and Home scroll it', async () => {
    const popup = await clickToolbar(h.sift, await h.openTab('/long-read.html'));
    expect(await popup.settled()).toBe('article');
    await popup.waitFor('() => document.hasFocus()', undefined, { what: 'the popup to have focus' });
    await popup.waitFor(`(root) => root.activeElement?.dataset.testid === 'story-scroll'`, undefined, {
      what: 'the story to take focus',
    });
    const positions: number[] = [await popup.surface.run(scrollTop)];
    for (const key of ['PageDown', ' ', 'ArrowDown', 'End', 'PageUp', 'Home']) {
      await popup.surface.press(key);
      // Scrolling may be animated: wait until the position settles.
      let last = -1;
      let now = await popup.surface.run<number>(scrollTop);
      while (now !== last) {
        await new Promise((resolve) => setTimeout(resolve, 120));
        [last, now] = [now, await popup.surface.run<number>(scrollTop)];
      }
      positions.push(now);
    }
    const [start, pageDown, space, arrow, end, pageUp, home] = positions;
    const max = await popup.surface.run<number>(
      `(root) => { const s = root.querySelector('[data-testid=story-scroll]'); return s.scrollHeight - s.clientHeight; }`,
    );
    expect(start).toBe(0);
    expect(pageDown).toBeGreaterThan(200);
    expect(space).toBeGreaterThan(pageDown + 200);
    expect(arrow).toBeGreaterThan(space);
    expect(end).toBeGreaterThanOrEqual(max - 1);
    expect(pageUp).toBeLessThan(end);
    expect(home).toBe(0);
  });

  test('"?" opens the shortcuts, Escape closes them and gives focus back to the "?" button', async () => {
    const popup = await clickToolbar(h.sift, await h.openTab('/seed-story.html'));
    await popup.settled();
    await popup.waitFor('() => document.hasFocus()');
    await popup.surface.press('?');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=help-panel]:not([hidden])')`);
    expect(await popup.text('shortcuts')).toMatch(/Copy text.*Copy Markdown.*Scroll/);
    // The panel floats over the story; it must not make the browser widen the popup.
    expect(await popup.surface.run('() => innerWidth')).toBe(460);
    await popup.surface.press('Tab'); // focus moves on visibly, a keyboard user's state
    await popup.surface.screenshot(screenshotPath('popup-keyboard-help.png'));
    await popup.surface.press('Escape');
    await popup.waitFor(`(root) => root.querySelector('[data-testid=help-panel][hidden]')`, undefined, {
      what: 'Escape to close the help',
    });
    expect(await popup.focused()).toBe('help-button');
    expect(await popup.state()).toBe('article');
  });

  test('the reader traps Tab (Show original included), Escape closes help then the reader, focus goes back to the page', async () => {
    const options = await OptionsPage.open(h.sift);
    await options.addSite(SITE);
    await h.readerRegistered(SITE, true);
    const reader = new Reader(await h.openTab('/seed-story.html'));
    await reader.appears();
    await reader.page.bringToFront();
    await reader.waitFor(`(root) => root.activeElement?.dataset.testid === 'story-scroll'`, undefined, {
      what: 'the reader story to take focus',
    });

    const controls = await reader.surface.run<number>(
      `(root) => [...root.querySelectorAll('button, a[href], input, [tabindex="0"]')].filter((el) => !el.closest('[hidden]') && el.getClientRects().length).length`,
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls + 3; i++) {
      await reader.surface.press('Tab');
      const where = await reader.page.evaluate(() => {
        const host = document.querySelector('sift-reader');
        const inside = document.activeElement === host;
        const el = host?.shadowRoot?.activeElement as HTMLElement | null;
        return inside ? (el?.dataset.testid ?? el?.tagName.toLowerCase() ?? '') : null;
      });
      expect(where, `Tab ${i + 1} left the reader`).not.toBeNull();
      reached.add(where!);
    }
    expect([...reached]).toEqual(expect.arrayContaining(['show-original', 'copy-text', 'story-scroll', 'help-button']));
    // Shift+Tab from the first control wraps to the last.
    await reader.surface.run(
      `(root) => root.querySelector('[data-testid=help-button]').closest('.sift-toolbar').querySelector('button, a[href], input').focus()`,
    );
    await reader.surface.press('Shift+Tab');
    expect(await reader.focused()).toBe('include-captions');

    await reader.surface.press('?');
    await reader.waitFor(`(root) => root.querySelector('[data-testid=help-panel]:not([hidden])')`);
    await reader.surface.press('Escape');
    await reader.waitFor(`(root) => root.querySelector('[data-testid=help-panel][hidden]')`);
    expect(await reader.isMounted()).toBe(true);
    await reader.surface.press('Escape');
    await reader.page.waitForSelector('sift-reader', { state: 'detached', timeout: 5_000 });
    expect(await reader.page.evaluate(() => document.hasFocus() && document.activeElement === document.body)).toBe(
      true,
    );

    await options.removeSite(SITE);
    await h.readerRegistered(SITE, false);
    await options.close();
  });
});
