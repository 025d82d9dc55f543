import { defineContentScript } from 'wxt/utils/define-content-script';
import { finishInBackground } from '@/utils/extension/clean-request/finish';
import { readThisPage } from '@/utils/extension/clean-request/page';
import { ON_DEMAND_FLAG } from '@/utils/extension/clean-request/reader';
import type { CleanOptions } from '@/utils/clean';
import { type CleanResponse, listen } from '@/utils/extension/messages';
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
      cleanHere: () => cleanHere(true),
    });
    page.__siftReader = reader;
    listen({ reader: ({ action, result }) => reader.act(action, result) });

    if (page[ON_DEMAND_FLAG]) return;
    const response = await cleanHere(false, { maxElemsToParse: AUTO_CLEAN_MAX_ELEMENTS });
    // Sift's own decision: shops, listings, service pages and forums are left as they are; so is
    // a page with no article at all, or one the background could not finish.
    if (response.ok && response.result.isArticle) await reader.open(response.result);
  },
});

/**
 * Reads this page here (the DOM half, on the page's thread) and has the background finish the
 * clean (the text half, on Sift's own thread), so the reader's bundle holds no text stage.
 */
async function cleanHere(force: boolean, extra: Partial<CleanOptions> = {}): Promise<CleanResponse> {
  const response = readThisPage(document, location.href, force, undefined, extra);
  return response.ok ? finishInBackground(response.read, force) : response;
}
