// Path 8: Sift makes no network requests of its own. We walk the user paths while recording
// every request an extension page or the service worker makes; only the tab may load pages.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { OptionsPage } from './support/options';
import { clickToolbar } from './support/popup';
import { Reader } from './support/reader';
import { startBlackholeProxy, type BlackholeProxy } from './support/blackhole-proxy';
import { useSift } from './support/setup';

let proxy: BlackholeProxy;
beforeAll(async () => {
  proxy = await startBlackholeProxy();
});
afterAll(() => proxy?.close());
const h = useSift({ proxy: () => proxy.address });

/**
 * Chromium's own calls home, which flags do not fully silence (component updates, sign-in,
 * autofill). Exact hosts, so a request by Sift to anything else still fails the test.
 */
const BROWSER_OWN_HOSTS = ['update.googleapis.com', 'accounts.google.com', 'content-autofill.googleapis.com'];
const hostOf = (attempt: string) =>
  attempt
    .replace(/^CONNECT /, '')
    .replace(/^https?:\/\//, '')
    .split(/[:/]/)[0];

describe('network', () => {
  test('8. no request leaves any extension page during the user paths', async () => {
    const own = (url: string) =>
      url.startsWith(`chrome-extension://${h.sift.extensionId}/`) || /^(data|blob):/.test(url);
    const fromExtension: string[] = [];
    const tabLoads: string[] = [];
    const onRequest = (request: Request) => {
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        frameUrl = request.serviceWorker()?.url() ?? 'service worker';
      }
      if (own(request.url())) return;
      if (frameUrl.startsWith('chrome-extension://') || request.serviceWorker())
        fromExtension.push(`${frameUrl} → ${request.url()}`);
      else tabLoads.push(request.url());
    };
    h.sift.context.on('request', onRequest);
    const attemptsBefore = proxy.attempts.length;

    // One click on a story, copy, restore; the hostile page (its links point off-site).
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.sift, tab);
    await popup.settled();
    await popup.copyText();
    await popup.openRemovedPanel();
    // An extension page's own timeline lists every resource it fetched, even before we attached.
    const popupRequests = [...popup.requests, ...(await popup.resourceUrls())];
    const hostile = await h.openTab('/hostile.html');
    const popup2 = await clickToolbar(h.sift, hostile);
    await popup2.settled();
    popupRequests.push(...popup2.requests, ...(await popup2.resourceUrls()));

    // Settings, a chosen site and its reader.
    const options = await OptionsPage.open(h.sift);
    await options.addSite('127.0.0.1');
    await h.readerRegistered('127.0.0.1', true);
    const reader = new Reader(await h.openTab('/seed-story.html'));
    await reader.appears();
    await reader.showOriginal();
    await options.removeSite('127.0.0.1');

    const optionsRequests = await options.resourceUrls();
    const workerRequests = await h.sift.serviceWorker.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    const readerTabResources = await reader.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    h.sift.context.off('request', onRequest);

    // Nothing at all tried to leave the machine while the paths ran.
    expect(proxy.attempts.slice(attemptsBefore).filter((a) => !BROWSER_OWN_HOSTS.includes(hostOf(a)))).toEqual([]);
    expect([...popupRequests, ...optionsRequests, ...workerRequests].filter((url) => !own(url))).toEqual([]);
    expect(fromExtension).toEqual([]);
    // The tab loaded the fixture pages, from the fixture server only; the reader added nothing else.
    expect(tabLoads.filter((url) => !url.startsWith(h.server.origin))).toEqual([]);
    expect(readerTabResources.filter((url) => !own(url) && !url.startsWith(h.server.origin))).toEqual([]);
  });
});
