import { defineContentScript } from 'wxt/utils/define-content-script';
import { clean } from '@/utils/clean';
import { cleanPage } from '@/utils/extension/clean-request/page';
import { ON_DEMAND_FLAG } from '@/utils/extension/clean-request/reader';
import { listen } from '@/utils/extension/messages';
import siftCss from '@/components/sift.css?inline';
import readerCss from './reader.css?inline';
import { createPageReader, type PageReader } from './page-reader';

/**
 * Nobody asked for this clean, so it must never freeze a page: huge pages are left alone
 * (the popup still cleans them on request).
 */
const AUTO_CLEAN_MAX_ELEMENTS = 30_000;

/**
 * The in-page reader. Not in the manifest: the background registers it at runtime for the
 * sites the user chose and granted (there it opens by itself on pages Sift's article decision
 * accepts),
 * and the popup's "Open in reader" and the keyboard command inject it on demand (there it
 * waits to be asked). Either way one reader per page answers every later request.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    if (window.top !== window) return;
    const page = globalThis as { __siftReader?: PageReader; [ON_DEMAND_FLAG]?: boolean };
    if (page.__siftReader) return; // Injected again: the first instance keeps answering.
    const reader = createPageReader(ctx, {
      css: `${siftCss}\n${readerCss}`,
      // Asked for by the user: clean whatever is there, as "Clean anyway" does.
      cleanHere: () => cleanPage(document, location.href, true),
    });
    page.__siftReader = reader;
    listen({ reader: ({ action, result }) => reader.act(action, result) });

    if (page[ON_DEMAND_FLAG]) return;
    try {
      const result = clean(document, { url: location.href, maxElemsToParse: AUTO_CLEAN_MAX_ELEMENTS });
      // Sift's own decision: shops, listings, service pages and forums are left as they are.
      if (result.isArticle) await reader.open(result);
    } catch {
      // No article at all: leave the page as it is.
    }
  },
});
