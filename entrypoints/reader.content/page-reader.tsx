import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CleanResult } from '@/utils/clean';
import { figureKindsSetting } from '@/utils/extension/settings';
import type { CleanResponse, ReaderAction, ReaderResponse } from '@/utils/extension/messages';
import { Reader } from '@/components/Reader';
import { printArticle, removePrintFrame } from './print-frame';

/**
 * The in-page reader of one page: mounted and unmounted any number of times without a reload.
 * The page itself is never touched; the only change is the reader's shadow host coming and going.
 */
export interface PageReader {
  readonly shown: boolean;
  /** Shows the reader; `result` replaces the remembered clean (the popup's, which may be forced). */
  open(result?: CleanResult): Promise<ReaderResponse>;
  /** Shows it if hidden, hides it if shown ("Show original"). */
  toggle(): Promise<ReaderResponse>;
  /** Shows it and opens the print dialog on the article (the popup's "Print"). */
  print(result?: CleanResult): Promise<ReaderResponse>;
  close(): void;
  act(action: ReaderAction, result?: CleanResult): Promise<ReaderResponse>;
}

export interface PageReaderOptions {
  css: string;
  /** Cleans this page when the reader is asked for and has no clean yet. */
  cleanHere: () => Promise<CleanResponse>;
}

export function createPageReader(ctx: ContentScriptContext, { css, cleanHere }: PageReaderOptions): PageReader {
  let result: CleanResult | undefined;
  let shown = false;
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let shadowRoot: ShadowRoot | undefined;

  // What the reader shows now (restored blocks included), with the highlights the user chose.
  const printShown = async (shownResult: CleanResult) => {
    if (!shadowRoot || !shown) return;
    await printArticle(shadowRoot, shownResult, await figureKindsSetting.getValue());
  };
  // One clean at a time: two quick requests (auto-clean and the keyboard) share it.
  let cleaning: Promise<CleanResponse> | undefined;

  const close = () => {
    if (!shown) return;
    shown = false;
    void ui?.then((mounted) => mounted.remove());
  };

  // Created once (the promise, so two quick requests share it), then mounted and removed.
  const ensureUi = () => {
    ui ??= createShadowRootUi(ctx, {
      name: 'sift-reader',
      position: 'modal',
      zIndex: 2147483647,
      mode: 'open',
      isolateEvents: true,
      css,
      onMount(container, shadow) {
        shadowRoot = shadow;
        const onPrint = (shownResult: CleanResult) => void printShown(shownResult).catch(() => {});
        if (result) render(<Reader result={result} scope={shadow} onClose={close} onPrint={onPrint} />, container);
        return container;
      },
      onRemove(container) {
        if (shadowRoot) removePrintFrame(shadowRoot);
        if (container) render(null, container);
      },
    });
    return ui;
  };

  const open = async (fresh?: CleanResult): Promise<ReaderResponse> => {
    if (fresh) result = fresh;
    if (!result) {
      // The page as it is now: the reader is not mounted, so the clean reads the page alone.
      cleaning ??= cleanHere().finally(() => {
        cleaning = undefined;
      });
      const response = await cleaning;
      if (!response.ok) return { shown, error: response.message };
      result ??= response.result;
    }
    const mountable = await ensureUi();
    if (shown && fresh) mountable.remove();
    if (!shown || fresh) mountable.mount();
    shown = true;
    return { shown };
  };

  const toggle = async (): Promise<ReaderResponse> => {
    if (shown) {
      close();
      return { shown };
    }
    return open();
  };

  const print = async (fresh?: CleanResult): Promise<ReaderResponse> => {
    const response = await open(fresh);
    // Answered before the dialog opens: the dialog holds print() until the user closes it.
    if (response.shown && result) {
      const printed = result;
      setTimeout(() => void printShown(printed).catch(() => {}), 0);
    }
    return response;
  };

  const actions: Record<ReaderAction, (fresh?: CleanResult) => Promise<ReaderResponse>> = {
    open,
    toggle: () => toggle(),
    print,
  };

  return {
    get shown() {
      return shown;
    },
    open,
    toggle,
    close,
    print,
    act: (action, fresh) => actions[action](fresh),
  };
}
