import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readThisPage } from '@/utils/extension/clean-request/page';
import { toWire } from '@/utils/extension/clean-request/page-read-wire';
import { listenNative } from '@/utils/extension/envelope';
import { Parking } from '@/utils/extension/transfer';

/**
 * The on-demand cleaner. Never in the manifest: the popup injects it into the active tab with
 * scripting.executeScript (activeTab grants that for one click), then asks it to read the page.
 * It runs only the DOM half of the clean (`readPage`); the popup runs the rest, off the page's
 * thread, so this bundle holds no text stage, lexicon or figure table. It is an unlisted script
 * rather than a WXT content script, and listens without the webextension-polyfill: both
 * would add code (WXT's content-script context, the polyfill) parsed on the page's thread at
 * every injection, for features it never uses.
 */
export default defineUnlistedScript(() => {
  // Each popup opening injects the script again; one listener per page is enough.
  const flag = globalThis as { __siftCleanerListening?: boolean };
  if (flag.__siftCleanerListening) return;
  flag.__siftCleanerListening = true;
  const parking = new Parking();
  listenNative({
    read: ({ force }) => {
      const response = readThisPage(document, location.href, force);
      return response.ok ? { ok: true, read: parking.park(toWire(response.read)) } : response;
    },
    part: ({ id, index }) => ({ text: parking.take(id, index) }),
  });
});
