import { render } from 'preact';
import type { CleanResult, FigureKind } from '@/utils/clean';
import { PrintArticle } from '@/components/PrintArticle';
import printCss from '@/components/print.css?inline';

/**
 * Printing the reader. The reader is a shadow root over a page it must not change, and a
 * shadow root's styles cannot hide the page around it, so printing the tab would print the
 * page. Instead the reader prints a frame of its own: an empty same-origin document (a fixed
 * skeleton, no page markup) inside the reader's shadow root, filled element by element with the
 * article (Preact, text as text) and a print stylesheet, then `print()` on that frame alone,
 * which browsers print without the page that holds it. The frame stays until the next print or
 * until the reader closes, so the page's DOM outside the shadow root is never touched.
 */

const SKELETON = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
const FRAME_CLASS = 'sift-print-frame';
/** The frame's name, by which tests find it among the tab's frames. */
export const FRAME_NAME = 'sift-print';
/** A slow image must not hold the print dialog back for long: it prints as far as it came. */
const IMAGE_WAIT_MS = 3_000;

/** Builds the printout of `result` in a frame in `shadow` and opens the browser's print dialog on it. */
export async function printArticle(shadow: ShadowRoot, result: CleanResult, kinds: readonly FigureKind[]) {
  removePrintFrame(shadow);
  const frame = document.createElement('iframe');
  frame.className = FRAME_CLASS;
  frame.name = FRAME_NAME;
  frame.dataset.testid = 'print-frame';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.title = result.title;
  // A fixed empty document, loaded before anything goes in. (document.open() on a bare frame
  // would give it the page's address for the browser's print header, but Firefox then prints
  // nothing: so the header reads "about:srcdoc".)
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = SKELETON;
  shadow.append(frame);
  await loaded;

  const view = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!view || !doc) throw new Error('The print frame has no document.');
  doc.title = result.title;
  if (result.lang) doc.documentElement.lang = result.lang;
  if (result.dir) doc.documentElement.dir = result.dir;
  const style = doc.createElement('style');
  style.textContent = printCss;
  doc.head.append(style);
  render(<PrintArticle result={result} kinds={kinds} />, doc.body);
  await imagesSettled(doc);

  // The browser's own print events on the frame say what happened; tests read them here.
  view.addEventListener('beforeprint', () => (frame.dataset.state = 'printing'), { once: true });
  view.addEventListener('afterprint', () => (frame.dataset.state = 'printed'), { once: true });
  frame.dataset.state = 'ready';
  // Not focused first: focus would be left in a frame nobody can see when the dialog closes.
  view.print();
}

export function removePrintFrame(shadow: ShadowRoot): void {
  for (const frame of shadow.querySelectorAll(`iframe.${FRAME_CLASS}`)) {
    const body = (frame as HTMLIFrameElement).contentDocument?.body;
    if (body) render(null, body);
    frame.remove();
  }
}

function imagesSettled(doc: Document): Promise<unknown> {
  const pending = Array.from(doc.images).filter((image) => !image.complete);
  const each = pending.map(
    (image) =>
      new Promise((resolve) => {
        image.addEventListener('load', resolve, { once: true });
        image.addEventListener('error', resolve, { once: true });
      }),
  );
  return Promise.race([Promise.all(each), new Promise((resolve) => setTimeout(resolve, IMAGE_WAIT_MS))]);
}
