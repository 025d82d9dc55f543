/** Page object for the in-page reader that Sift mounts on the user's chosen sites. */
import type { BrowserContext, Page } from 'playwright-core';
import { pageSurface } from './surface';
import { SiftView } from './view';

const HOST = 'sift-reader';

export class Reader extends SiftView {
  constructor(readonly page: Page) {
    super(pageSurface(page, `document.querySelector('${HOST}')?.shadowRoot`), '[data-testid=reader]');
  }

  /** Whether the overlay host is in the page right now. */
  isMounted(): Promise<boolean> {
    return this.page.evaluate((host) => !!document.querySelector(host), HOST);
  }

  /**
   * Waits for the reader to mount and show an article. The first mount waits on the background to
   * run the text stages (it may be starting up), which took over 15 s on a fully loaded machine.
   */
  async appears(timeout = 30_000): Promise<void> {
    await this.page.waitForSelector(HOST, { state: 'attached', timeout });
    await this.settled(timeout);
  }

  /** Gives auto-cleaning ample time, then reports whether a reader was mounted. */
  async mountsWithin(ms = 2_000): Promise<boolean> {
    try {
      await this.page.waitForSelector(HOST, { state: 'attached', timeout: ms });
      return true;
    } catch {
      return false;
    }
  }

  /** Waits for the reader to leave the page. */
  async disappears(timeout = 5_000): Promise<void> {
    await this.page.waitForSelector(HOST, { state: 'detached', timeout });
  }

  async showOriginal(): Promise<void> {
    await this.click('[data-testid=show-original]');
    await this.page.waitForSelector(HOST, { state: 'detached', timeout: 5_000 });
  }
}

/**
 * Presses the reader's keyboard command (Alt+Shift+E) in the reader's page, as a system key
 * so Chromium hands it to its accelerators (see pressCommand in popup.ts).
 */
export async function pressReaderCommand(context: BrowserContext, page: Page): Promise<void> {
  await page.bringToFront();
  const session = await context.newCDPSession(page);
  const ALT_SHIFT = 1 | 8;
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await session.send('Input.dispatchKeyEvent', {
      type,
      key: 'E',
      code: 'KeyE',
      windowsVirtualKeyCode: 69,
      nativeVirtualKeyCode: 69,
      modifiers: ALT_SHIFT,
      isSystemKey: true,
    });
  }
  await session.detach();
}

/** The page's body markup without Sift's overlay host, to compare with the untouched page. */
export function pageMarkupWithoutReader(page: Page): Promise<string> {
  return page.evaluate((host) => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll(host).forEach((el) => {
      el.remove();
    });
    return body.innerHTML;
  }, HOST);
}
