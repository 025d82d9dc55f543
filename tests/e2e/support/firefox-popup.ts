/**
 * Opens Sift's popup in Firefox the way a user does: a click on the toolbar's Extensions button
 * (where Firefox puts a new add-on's button), then on Sift in that panel; or one click on Sift's
 * own button once the user has pinned it to the toolbar. The popup is a `<browser>` in a panel
 * of the browser window, driven like support/popup.ts drives Chromium's.
 */
import type { Firefox } from './firefox';
import { poll, WIDGET_ID } from './firefox';
import type { FirefoxTab } from './firefox-setup';
import { BrowserElement, browserSurface, CLICK_CHROME_ELEMENT, CLOSE_PANELS } from './firefox-surface';
import { SiftView } from './view';

/** The popup's `<browser>`: the extension popup browser inside the panel that is open now. */
const POPUP_BROWSER = `[...document.querySelectorAll('browser.webextension-popup-browser')]
  .find((b) => b.closest('panel')?.state === 'open' && b.currentURI?.spec.includes('/popup.html')) ?? null`;

export class FirefoxPopup extends SiftView {
  constructor(readonly element: BrowserElement) {
    super(browserSurface(element), '[data-testid=popup]');
  }

  /** Sizes as Firefox laid the popup out: the panel's browser and the document inside it. */
  async size(): Promise<{
    browser: { width: number; height: number };
    viewport: { width: number; height: number };
    scroll: { width: number; height: number };
  }> {
    const browser = await this.element.firefox.chrome<{ width: number; height: number }>(
      `const b = ${POPUP_BROWSER}; return { width: b.clientWidth, height: b.clientHeight };`,
    );
    const inside = await this.surface.run<{
      viewport: { width: number; height: number };
      scroll: { width: number; height: number };
    }>(
      `() => ({ viewport: { width: innerWidth, height: innerHeight }, scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight } })`,
    );
    return { browser, ...inside };
  }

  /** Resource URLs the popup document loaded, from its own performance timeline. */
  resourceUrls(): Promise<string[]> {
    return this.surface.run(`() => performance.getEntriesByType('resource').map((e) => e.name)`);
  }

  isOpen(): Promise<boolean> {
    return this.element.firefox.chrome<boolean>(`return !!(${POPUP_BROWSER});`);
  }

  /** Closes the popup as a click elsewhere would. */
  async close(): Promise<void> {
    await closePopup(this.element.firefox);
  }
}

async function closePopup(firefox: Firefox): Promise<void> {
  await firefox.chrome(`${CLOSE_PANELS} return true;`);
  await poll(() => firefox.chrome<boolean>(`return !(${POPUP_BROWSER});`), 'the popup to close');
}

/** Pins Sift's button to the toolbar, as a user does from the Extensions panel. */
export async function pinToToolbar(firefox: Firefox): Promise<void> {
  await firefox.chrome(`CustomizableUI.addWidgetToArea(arguments[0], CustomizableUI.AREA_NAVBAR); return true;`, [
    WIDGET_ID,
  ]);
}

/** Clicks Sift's toolbar entry with `tab` in front and returns the popup that opened. */
export async function clickToolbar(firefox: Firefox, tab: FirefoxTab): Promise<FirefoxPopup> {
  await closePopup(firefox);
  await tab.select();
  const pinned = await firefox.chrome<boolean>(
    `return CustomizableUI.getPlacementOfWidget(arguments[0])?.area === CustomizableUI.AREA_NAVBAR;`,
    [WIDGET_ID],
  );
  if (pinned) {
    await firefox.chrome(CLICK_CHROME_ELEMENT, [`#${WIDGET_ID} .toolbarbutton-1`]);
  } else {
    await firefox.chrome(CLICK_CHROME_ELEMENT, ['#unified-extensions-button']);
    await poll(
      () => firefox.chrome<boolean>(`return document.getElementById('unified-extensions-panel')?.state === 'open';`),
      'the Extensions panel to open',
    );
    await firefox.chrome(CLICK_CHROME_ELEMENT, [
      `#unified-extensions-view #${WIDGET_ID} .unified-extensions-item-action-button`,
    ]);
  }
  return openedPopup(firefox);
}

/** Waits for the popup that a click or Sift's keyboard command opened. */
export async function openedPopup(firefox: Firefox): Promise<FirefoxPopup> {
  const element = new BrowserElement(firefox, POPUP_BROWSER);
  await poll(
    () =>
      element.run<boolean>(
        `return document.readyState === 'complete' && !!document.querySelector('[data-testid=popup]');`,
      ),
    'the popup to open',
  );
  return new FirefoxPopup(element);
}
