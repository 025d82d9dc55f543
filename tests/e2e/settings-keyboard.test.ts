// Paths 9 and 10: settings reach the popup, and everything works from the keyboard.
import { describe, expect, test } from 'vitest';
import { OptionsPage } from './support/options';
import { clickToolbar, pressCommand } from './support/popup';
import { STORY } from './support/seed-story';
import { screenshotPath, useSift } from './support/setup';

const h = useSift();

describe('settings and keyboard', () => {
  test('9. a dark theme and a larger font chosen in settings apply to the popup', async () => {
    const tab = await h.openTab('/seed-story.html');
    const before = await clickToolbar(h.sift, tab);
    await before.settled();
    const normal = await before.theme();
    await before.close();

    const options = await OptionsPage.open(h.sift);
    await options.setTheme('dark');
    await options.setFontSize(20);
    await options.page.screenshot({ path: screenshotPath('options.png'), fullPage: true });
    await options.close();

    const popup = await clickToolbar(h.sift, tab);
    await popup.settled();
    const dark = await popup.theme();
    expect(dark.theme).toBe('dark');
    expect(dark.bodyFontPx).toBe(20);
    expect(dark.bodyFontPx).toBeGreaterThan(normal.bodyFontPx);
    expect(dark.background).not.toBe(normal.background);
    await popup.surface.screenshot(screenshotPath('popup-dark-large-font.png'));
    await popup.close();

    const reset = await OptionsPage.open(h.sift);
    await reset.setTheme('system');
    await reset.setFontSize(normal.bodyFontPx);
    await reset.close();
  });

  test('10. Alt+Shift+S opens the popup, Tab reaches every control, c copies, Escape closes the removed panel', async () => {
    const commands = await h.sift.serviceWorker.evaluate(() => (globalThis as any).chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+S' }));

    const tab = await h.openTab('/seed-story.html');
    const popup = await pressCommand(h.sift, tab);
    expect(await popup.settled()).toBe('article');
    await popup.waitFor('() => document.hasFocus()', undefined, { what: 'the popup to have focus' });

    // Every visible control gets a label we can follow as focus moves.
    const controls = await popup.surface.run<string[]>(`(root) => {
      const all = [...root.querySelectorAll('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el.getClientRects().length > 0 && !el.disabled);
      return all.map((el, i) => { el.setAttribute('data-e2e-control', String(i)); return el.dataset.testid ?? el.tagName.toLowerCase() + ':' + el.textContent.trim().slice(0, 20); });
    }`);
    expect(controls).toEqual(expect.arrayContaining(['copy-text', 'copy-markdown', 'removed-summary', 'key-figure']));
    const reached = new Set<string>();
    for (let i = 0; i < controls.length + 5; i++) {
      await popup.surface.press('Tab');
      const index = await popup.surface.run<string | null>(
        `() => document.activeElement?.getAttribute('data-e2e-control') ?? null`,
      );
      if (index !== null) reached.add(index);
    }
    const missed = controls.filter((_, i) => !reached.has(String(i)));
    expect(missed, 'controls Tab never reached').toEqual([]);

    // `c` copies the text when focus is not in a text field.
    await popup.surface.run(`() => document.activeElement?.blur()`);
    await popup.surface.press('c');
    await popup.waitFor(`(root) => /copied/i.test(root.querySelector('[data-testid=copy-status]')?.textContent ?? '')`);
    expect(await h.readClipboard()).toContain(STORY[0]);

    const again = await clickToolbar(h.sift, tab);
    await again.settled();
    // As above: keys go to the popup only once it has focus (a loaded machine was seen to be late).
    await again.waitFor('() => document.hasFocus()', undefined, { what: 'the reopened popup to have focus' });
    // Enter goes to the summary only while it holds focus. A clean CI run saw the panel never
    // open: the summary had lost focus before the key arrived. So the key is pressed only once
    // the summary is the active element, and pressed again only while the panel is still shut
    // (a second Enter on an open panel would close it).
    const panelOpen = `(root) => root.querySelector('[data-testid=removed-panel]')?.getClientRects().length > 0`;
    for (let attempt = 1; ; attempt++) {
      await again.surface.run(`(root) => root.querySelector('[data-testid=removed-summary]').focus()`);
      await again.waitFor(
        `(root) => document.activeElement === root.querySelector('[data-testid=removed-summary]')`,
        undefined,
        { what: 'the removed summary to hold focus' },
      );
      await again.surface.press('Enter');
      const opened = await again.waitFor(panelOpen, undefined, { timeout: 5_000 }).catch(() => false);
      if (opened) break;
      if (attempt === 3) throw new Error('Enter on the focused removed summary never opened the panel (3 presses)');
    }
    await again.surface.press('Escape');
    await again.waitFor(
      `(root) => !(root.querySelector('[data-testid=removed-panel]')?.getClientRects().length > 0)`,
      undefined,
      {
        what: 'Escape to close the removed panel',
      },
    );
    expect(await again.isRemovedPanelOpen()).toBe(false);
  });
});
