/** Page object for the in-page reader that Sift mounts on the user's chosen sites. */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { pageSurface } from './surface';
import { SiftView } from './view';

const HOST = 'sift-reader';

/** What the extension's worker logged as errors since a test first pressed the command here. */
const workerErrors: string[] = [];
const watchedWorkers = new WeakSet<Worker>();

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
    try {
      await this.page.waitForSelector(HOST, { state: 'attached', timeout });
    } catch (error) {
      throw new Error(`${error}\nthe background's errors meanwhile: ${JSON.stringify(workerErrors)}`);
    }
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
 * so Chromium hands it to its accelerators (see pressCommand in popup.ts), and waits until the
 * background has received it. Right after launch Chromium sometimes drops the first press
 * without a trace (the reader then never came, about 1 run in 6); a press the background never
 * got is pressed again, so a toggle is never sent twice.
 */
export async function pressReaderCommand(context: BrowserContext, page: Page): Promise<void> {
  await page.bringToFront();
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (worker && !watchedWorkers.has(worker)) {
    watchedWorkers.add(worker);
    worker.on('console', (message) => {
      if (message.type() === 'error') workerErrors.push(message.text());
    });
  }
  const before = worker ? await commandsReceived(worker) : 0;
  for (let attempt = 1; ; attempt++) {
    await dispatchReaderKey(context, page);
    if (!worker || (await commandArrived(context, worker, before))) return;
    if (attempt === 3) throw new Error('Alt+Shift+E was pressed 3 times; the background received none of them');
    console.warn(`e2e: the background did not receive Alt+Shift+E (press ${attempt}); pressing it again`);
  }
}

async function dispatchReaderKey(context: BrowserContext, page: Page): Promise<void> {
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

/**
 * How many commands the background has received since the test first asked: a counting
 * listener the test adds beside Sift's own (test only; the shipped worker has none).
 */
function commandsReceived(worker: Worker): Promise<number> {
  return worker.evaluate(() => {
    const g = globalThis as { __siftTestCommands?: { count: number }; chrome?: any };
    if (!g.__siftTestCommands) {
      const counter = { count: 0 };
      g.__siftTestCommands = counter;
      g.chrome.commands.onCommand.addListener(() => {
        counter.count++;
      });
    }
    return g.__siftTestCommands.count;
  });
}

/** Whether the count rose within 5 s; a worker restarted meanwhile was woken by the command. */
async function commandArrived(context: BrowserContext, worker: Worker, before: number): Promise<boolean> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (!context.serviceWorkers().includes(worker)) return true;
    const count = await commandsReceived(worker).catch(() => Number.POSITIVE_INFINITY);
    if (count > before) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
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
