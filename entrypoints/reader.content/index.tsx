import { render } from 'preact';
import { isProbablyReaderable } from '@mozilla/readability';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { clean } from '@/utils/clean';
import { Reader } from '@/components/Reader';
import siftCss from '@/components/sift.css?inline';
import readerCss from './reader.css?inline';

/**
 * Nobody asked for this clean, so it must never freeze a page: huge pages are left alone
 * (the popup still cleans them on request).
 */
const AUTO_CLEAN_MAX_ELEMENTS = 30_000;

/**
 * The auto-clean reader. Not in the manifest: the background registers it at runtime for the
 * sites the user chose and granted. Pages that do not look like articles are left alone.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    if (window.top !== window || !isProbablyReaderable(document)) return;
    let result: ReturnType<typeof clean>;
    try {
      result = clean(document, { url: location.href, maxElemsToParse: AUTO_CLEAN_MAX_ELEMENTS });
    } catch {
      return; // Not an article after all: leave the page as it is.
    }
    const ui = await createShadowRootUi(ctx, {
      name: 'sift-reader',
      position: 'modal',
      zIndex: 2147483647,
      mode: 'open',
      isolateEvents: true,
      css: `${siftCss}\n${readerCss}`,
      onMount(container, shadow) {
        render(<Reader result={result} scope={shadow} onClose={() => ui.remove()} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
