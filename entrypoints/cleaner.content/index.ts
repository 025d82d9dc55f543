import { defineContentScript } from 'wxt/utils/define-content-script';
import { cleanPage } from '@/utils/extension/clean-request/page';
import { listen } from '@/utils/extension/messages';

/**
 * The on-demand cleaner. Never in the manifest: the popup injects it into the active tab with
 * scripting.executeScript (activeTab grants that for one click), then asks it to clean.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    // Each popup opening injects the script again; one listener per page is enough.
    const flag = globalThis as { __siftCleanerListening?: boolean };
    if (flag.__siftCleanerListening) return;
    flag.__siftCleanerListening = true;
    listen({
      clean: ({ force }) => cleanPage(document, location.href, force),
    });
  },
});
