// Firefox, path 8 (as no-network.test.ts for Chromium): Sift makes no network requests of its
// own. Firefox itself sees every HTTP(S) channel before it opens, with the principal that
// caused it; we record them all while walking the user paths. A request caused by an extension
// page, the background or a content script carries Sift's moz-extension principal (alone, or
// inside the expanded principal content scripts run with), whatever frame it came from.
import { describe, expect, test } from 'vitest';
import { FirefoxOptions } from './support/firefox-options';
import { clickToolbar } from './support/firefox-popup';
import { FirefoxReader } from './support/firefox-reader';
import { EXTENSION_ORIGIN, GECKO_ID, useFirefox } from './support/firefox-setup';

const h = useFirefox();

interface Channel {
  url: string;
  triggering: string;
  loading: string;
  addon: string;
}

const RECORD = `window.__siftChannels = [];
  window.__siftObserver = { observe(subject) {
    const channel = subject.QueryInterface(Ci.nsIChannel); const info = channel.loadInfo;
    const origin = (p) => { try { return p ? p.origin : ''; } catch { return String(p); } };
    window.__siftChannels.push({ url: channel.URI.spec, triggering: origin(info?.triggeringPrincipal),
      loading: origin(info?.loadingPrincipal), addon: info?.triggeringPrincipal?.addonId ?? '' });
  } };
  Services.obs.addObserver(window.__siftObserver, 'http-on-opening-request'); return true;`;
const STOP = `Services.obs.removeObserver(window.__siftObserver, 'http-on-opening-request'); return window.__siftChannels;`;

const own = (url: string) => url.startsWith(`${EXTENSION_ORIGIN}/`) || /^(data|blob):/.test(url);

describe('Firefox: network', () => {
  test('8. no request leaves any extension page, the background or the reader during the user paths', async () => {
    await h.firefox.chrome(RECORD);

    // One click on a story, copy, restore; the hostile page (its links point off-site).
    const tab = await h.openTab('/seed-story.html');
    const popup = await clickToolbar(h.firefox, tab);
    await popup.settled();
    await popup.copyText();
    await popup.openRemovedPanel();
    const popupResources = await popup.resourceUrls();
    const hostile = await h.openTab('/hostile.html');
    const popup2 = await clickToolbar(h.firefox, hostile);
    await popup2.settled();
    popupResources.push(...(await popup2.resourceUrls()));
    await popup2.close();

    // Settings, a chosen site and its reader.
    const options = await FirefoxOptions.open(h);
    await options.addSite('127.0.0.1');
    await h.answerPermissionPrompt(true);
    await h.readerRegistered('127.0.0.1', true);
    const reader = new FirefoxReader(await h.openTab('/hostile.html'));
    await reader.appears();
    await reader.showOriginal();
    await options.removeSite('127.0.0.1');
    const optionsResources = await options.resourceUrls();

    const channels = await h.firefox.chrome<Channel[]>(STOP);
    const bySift = channels.filter(
      (c) => c.addon === GECKO_ID || c.triggering.includes(EXTENSION_ORIGIN) || c.loading.includes(EXTENSION_ORIGIN),
    );
    expect(bySift).toEqual([]);
    // The recording works: it saw the pages load, and the hostile page fetch its own image;
    // what the pages asked for came from the fixture server alone.
    expect(channels.map((c) => c.url)).toEqual(expect.arrayContaining([expect.stringContaining('/hostile.html')]));
    const byPages = channels.filter((c) => c.triggering.startsWith(h.server.origin));
    expect(byPages.map((c) => c.url)).toEqual(expect.arrayContaining([expect.stringContaining('/missing-image.png')]));
    expect(byPages.filter((c) => !c.url.startsWith(h.server.origin))).toEqual([]);
    expect([...popupResources, ...optionsResources].filter((url) => !own(url))).toEqual([]);
  });
});
