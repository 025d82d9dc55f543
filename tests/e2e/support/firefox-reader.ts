/** Page object for the in-page reader in a Firefox tab, shaped like reader.ts for Chromium. */
import { sleep } from './firefox';
import type { FirefoxTab } from './firefox-setup';
import { browserSurface } from './firefox-surface';
import { SiftView } from './view';

const HOST = 'sift-reader';

export class FirefoxReader extends SiftView {
  constructor(readonly tab: FirefoxTab) {
    super(browserSurface(tab.element, `document.querySelector('${HOST}')?.shadowRoot`), '[data-testid=reader]');
  }

  isMounted(): Promise<boolean> {
    return this.tab.evaluate(`return !!document.querySelector('${HOST}');`);
  }

  /** Waits for the reader to mount and show an article. */
  async appears(timeout = 15_000): Promise<void> {
    await this.settled(timeout);
  }

  /** Gives auto-cleaning ample time, then reports whether a reader was mounted. */
  async mountsWithin(ms = 2_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await this.isMounted()) return true;
      await sleep(50);
    }
    return this.isMounted();
  }

  async showOriginal(): Promise<void> {
    await this.tab.select();
    await this.click('[data-testid=show-original]');
    const deadline = Date.now() + 5_000;
    while (await this.isMounted()) {
      if (Date.now() > deadline) throw new Error('the reader stayed after Show original');
      await sleep(50);
    }
  }

  /** The page's body markup without Sift's overlay host, to compare with the untouched page. */
  markupWithoutReader(): Promise<string> {
    return this.tab.evaluate(`const body = document.body.cloneNode(true);
      body.querySelectorAll('${HOST}').forEach((el) => el.remove()); return body.innerHTML;`);
  }
}
