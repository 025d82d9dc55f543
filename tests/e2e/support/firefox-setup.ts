/**
 * Per-file test fixture for Firefox, shaped like setup.ts for Chromium: a fixture server and a
 * Firefox ESR with Sift installed, started once for the file and closed after it.
 */
import { afterAll, beforeAll } from 'vitest';
import { BrowserElement, CLICK_CHROME_ELEMENT, CLOSE_PANELS } from './firefox-surface';
import { EXTENSION_ORIGIN, GECKO_ID, launchFirefox, poll, type Firefox, type LaunchOptions } from './firefox';
import { startFixtureServer, type FixtureServer } from './server';

const TAB_BROWSER = (id: number) => `gBrowser.browsers.find((b) => b.browserId === ${id})`;
const SELECT_TAB = (id: number) =>
  `${CLOSE_PANELS}; { const t = gBrowser.getTabForBrowser(${TAB_BROWSER(id)}); if (gBrowser.selectedTab !== t) gBrowser.selectedTab = t; }`;

/** A tab of the Firefox window. */
export class FirefoxTab {
  readonly element: BrowserElement;

  constructor(
    readonly firefox: Firefox,
    readonly browserId: number,
    readonly url: string,
  ) {
    this.element = new BrowserElement(firefox, TAB_BROWSER(browserId), SELECT_TAB(browserId));
  }

  /** Brings the tab to the front, as a user clicking it (which also closes an open popup). */
  async select(): Promise<void> {
    await this.firefox.chrome(`${SELECT_TAB(this.browserId)} return true;`);
  }

  /** Runs a function body in the page (it may await) and returns its JSON result. */
  evaluate<T>(body: string): Promise<T> {
    return this.element.run<T>(body);
  }

  async close(): Promise<void> {
    await this.firefox.chrome(
      `const b = gBrowser.browsers.find((b) => b.browserId === arguments[0]); if (b) gBrowser.removeTab(gBrowser.getTabForBrowser(b)); return true;`,
      [this.browserId],
    );
  }
}

export interface FirefoxHarness {
  firefox: Firefox;
  server: FixtureServer;
  /** Opens a fixture page (or a moz-extension:// URL) in a new foreground tab and waits for it to load. */
  openTab(pathOrUrl: string): Promise<FirefoxTab>;
  /** Reads the system clipboard's text, as a paste would. */
  readClipboard(): Promise<string>;
  /** Quits Firefox and starts it again on the same profile. */
  restartBrowser(): Promise<void>;
  /** Waits until the reader's registration (scripting API, in the add-on) includes or drops `host`. */
  readerRegistered(host: string, expected: boolean): Promise<void>;
  /**
   * Waits for Firefox's "Sift requests additional permissions" prompt, clicks Allow or Don't
   * allow as a user would, and returns the prompt's text.
   */
  answerPermissionPrompt(allow: boolean): Promise<string>;
}

let tabCounter = 0;

export function useFirefox(launch: LaunchOptions = {}): FirefoxHarness {
  const harness = {} as FirefoxHarness;
  beforeAll(async () => {
    const server = await startFixtureServer();
    const firefox = await launchFirefox(launch);
    Object.assign(harness, {
      firefox,
      server,
      async openTab(pathOrUrl: string) {
        const separator = pathOrUrl.includes('?') ? '&' : '?';
        const url = /^[a-z-]+:/.test(pathOrUrl) ? pathOrUrl : server.url(`${pathOrUrl}${separator}tab=${++tabCounter}`);
        const browserId = await firefox.chrome<number>(
          `const tab = gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
           gBrowser.selectedTab = tab; return tab.linkedBrowser.browserId;`,
          [url],
        );
        const tab = new FirefoxTab(firefox, browserId, url);
        await poll(
          () =>
            tab.evaluate<boolean>(
              `return location.href === ${JSON.stringify(url)} && document.readyState === 'complete';`,
            ),
          `${url} to load`,
        );
        return tab;
      },
      readClipboard() {
        return firefox.chrome<string>(`
          const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
          transferable.init(null); transferable.addDataFlavor('text/plain');
          Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard, null);
          const out = {}; try { transferable.getTransferData('text/plain', out); } catch { return ''; }
          return out.value.QueryInterface(Ci.nsISupportsString).data;`);
      },
      async restartBrowser() {
        await firefox.restart();
      },
      async readerRegistered(host: string, expected: boolean) {
        const page = await harness.openTab(`${EXTENSION_ORIGIN}/options.html?registration`);
        try {
          let matches: string[] = [];
          await poll(
            async () => {
              matches = await page.evaluate<string[]>(
                `const scripts = await browser.scripting.getRegisteredContentScripts(); return scripts.flatMap((s) => s.matches ?? []);`,
              );
              return matches.some((m) => m.includes(`//${host}/`)) === expected;
            },
            `the reader's registration to ${expected ? 'include' : 'drop'} ${host} (now ${JSON.stringify(matches)})`,
          );
        } finally {
          await page.close();
        }
      },
      async answerPermissionPrompt(allow: boolean) {
        const text = await poll(
          () =>
            firefox.chrome<string | null>(`
              const n = PopupNotifications.getNotification('addon-webext-permissions');
              const panel = document.getElementById('notification-popup');
              if (!n || panel.state !== 'open') return null;
              const el = panel.querySelector('popupnotification#addon-webext-permissions-notification');
              return el ? el.textContent.replace(/\\s+/g, ' ').trim() : null;`),
          'the add-on permission prompt',
        );
        const button = allow ? 'popup-notification-primary-button' : 'popup-notification-secondary-button';
        await firefox.chrome(CLICK_CHROME_ELEMENT, [`#addon-webext-permissions-notification .${button}`]);
        await poll(
          () => firefox.chrome<boolean>(`return !PopupNotifications.getNotification('addon-webext-permissions');`),
          'the permission prompt to close',
        );
        return text ?? '';
      },
    } satisfies FirefoxHarness);
  });
  afterAll(async () => {
    await harness.firefox?.close();
    await harness.server?.close();
  });
  return harness;
}

export { EXTENSION_ORIGIN, GECKO_ID };
