/**
 * Opens Sift's popup the way a user does: a click on the toolbar button, sent to the browser
 * with CDP `Extensions.triggerAction` for the tab. The popup then exists as its own `page`
 * target; we attach to it with a raw CDP session (see cdp-target.ts).
 */
import type { Page } from 'playwright-core';
import type { Sift } from './browser';
import { CdpTarget } from './cdp-target';
import { cdpSurface } from './surface';
import { SiftView } from './view';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export class Popup extends SiftView {
  /** Alerts, confirms and prompts the popup opened. */
  readonly dialogs: string[] = [];
  /** URLs the popup document requested over the network since we attached. */
  readonly requests: string[] = [];

  constructor(readonly target: CdpTarget) {
    super(cdpSurface(target), '[data-testid=popup]');
    target.on('Page.javascriptDialogOpening', (event) => {
      this.dialogs.push(event.message);
      void target.send('Page.handleJavaScriptDialog', { accept: false }).catch(() => undefined);
    });
    target.on('Network.requestWillBeSent', (event) => this.requests.push(event.request.url));
  }

  /** Every resource the popup document loaded, from its own performance timeline. */
  resourceUrls(): Promise<string[]> {
    return this.target.evaluate(`performance.getEntriesByType('resource').map((e) => e.name)`);
  }

  hasFocus(): Promise<boolean> {
    return this.target.evaluate('document.hasFocus()');
  }

  theme(): Promise<{ theme: string | null; fontSize: string; bodyFontPx: number; background: string }> {
    return this.target.evaluate(`(() => { const html = document.documentElement; const article = document.querySelector('[data-testid=article]') ?? document.body;
      return { theme: html.getAttribute('data-theme'), fontSize: getComputedStyle(html).getPropertyValue('--sift-font-size').trim() || html.getAttribute('data-font-size') || '',
        bodyFontPx: parseFloat(getComputedStyle(article.querySelector('[data-block-id]') ?? article).fontSize), background: getComputedStyle(document.body).backgroundColor }; })()`);
  }

  async close(): Promise<void> {
    await this.target.evaluate('window.close()').catch(() => undefined);
    await this.target.detach();
  }
}

async function tabTargetId(sift: Sift, page: Page): Promise<string> {
  const { targetInfos } = await sift.browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const url = page.url();
  const tabs = (targetInfos as TargetInfo[]).filter((t) => t.url === url);
  if (tabs.length !== 1)
    throw new Error(`expected one tab at ${url}, found ${tabs.length}; give each test page a unique URL`);
  return tabs[0].targetId;
}

async function popupTargets(sift: Sift): Promise<TargetInfo[]> {
  const { targetInfos } = await sift.browserSession.send('Target.getTargets');
  return (targetInfos as TargetInfo[]).filter(
    (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${sift.extensionId}/popup.html`),
  );
}

/** Clicks Sift's toolbar button for `page` and returns the popup that opened. */
export function clickToolbar(sift: Sift, page: Page, options: { timeout?: number } = {}): Promise<Popup> {
  return openPopup(sift, page, options, async () => {
    await sift.browserSession.send('Extensions.triggerAction', {
      id: sift.extensionId,
      targetId: await tabTargetId(sift, page),
    });
  });
}

/**
 * Presses Sift's keyboard command (Alt+Shift+S) in `page`. The key must reach the browser as a
 * system key: Chromium hands unhandled Alt combinations to its accelerators only then, which
 * is what a real keyboard does. Playwright's keyboard.press does not set that flag.
 */
export function pressCommand(sift: Sift, page: Page, options: { timeout?: number } = {}): Promise<Popup> {
  return openPopup(sift, page, options, async () => {
    const session = await sift.context.newCDPSession(page);
    const ALT_SHIFT = 1 | 8;
    for (const type of ['rawKeyDown', 'keyUp'] as const) {
      await session.send('Input.dispatchKeyEvent', {
        type,
        key: 'S',
        code: 'KeyS',
        windowsVirtualKeyCode: 83,
        nativeVirtualKeyCode: 83,
        modifiers: ALT_SHIFT,
        isSystemKey: true,
      });
    }
    await session.detach();
  });
}

async function openPopup(sift: Sift, page: Page, { timeout = 10_000 }, act: () => Promise<void>): Promise<Popup> {
  // A popup still open from an earlier step closes when the user clicks elsewhere; do the same,
  // or the click would just toggle it shut.
  for (const open of await popupTargets(sift)) {
    await sift.browserSession.send('Target.closeTarget', { targetId: open.targetId }).catch(() => undefined);
  }
  await page.bringToFront();
  // Tab switches settle asynchronously; a popup opened before that would close at once on blur.
  await page
    .waitForFunction(() => document.visibilityState === 'visible' && document.hasFocus(), undefined, {
      timeout: 5_000,
      polling: 20,
    })
    .catch(() => undefined);
  const before = new Set((await popupTargets(sift)).map((t) => t.targetId));
  await act();
  const deadline = Date.now() + timeout;
  for (;;) {
    const opened = (await popupTargets(sift)).find((t) => !before.has(t.targetId));
    if (opened) {
      const target = await CdpTarget.attach(sift.browserSession, opened.targetId);
      const popup = new Popup(target);
      await target.send('Page.enable');
      await target.send('Network.enable');
      return popup;
    }
    if (Date.now() > deadline) throw new Error('no popup opened');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
