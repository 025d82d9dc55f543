import type { MessageHandlers, MessageMap, MessageName } from './messages';

/**
 * Telling Sift's messages from anyone else's, and answering them without the
 * webextension-polyfill: the cleaner, injected into the page on every popup opening, carries no
 * polyfill (a tenth of its bundle, parsed on the page's thread each time), so it listens through
 * the browser's own `runtime.onMessage`, which Chrome and Firefox both answer by `sendResponse`.
 */

const MESSAGE_NAMES: ReadonlySet<string> = new Set<MessageName>(['read', 'part', 'stash', 'finish', 'reader']);

/** The envelope on the wire; the `sift` key tells our messages from anyone else's. */
export interface Envelope<K extends MessageName = MessageName> {
  sift: K;
  data: MessageMap[K]['request'];
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' && message !== null && MESSAGE_NAMES.has((message as { sift?: unknown }).sift as string)
  );
}

/** A listener as the browser's own API calls it: it answers by `sendResponse`, and returns true to answer later. */
export type NativeListener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean;

/** The part of the browser's own `runtime` (`chrome.runtime`, `browser.runtime`) a listener needs. */
export interface NativeRuntime {
  onMessage: { addListener(listener: NativeListener): void; removeListener(listener: NativeListener): void };
}

/** The browser's own runtime API: `chrome` in Chrome (and Firefox, which has both), else `browser`. */
export function nativeRuntime(): NativeRuntime {
  const scope = globalThis as { chrome?: { runtime?: NativeRuntime }; browser?: { runtime?: NativeRuntime } };
  const runtime = scope.chrome?.runtime ?? scope.browser?.runtime;
  if (!runtime?.onMessage) throw new Error('No extension runtime in this context');
  return runtime;
}

/**
 * Dispatches incoming messages to handlers by name on the browser's own API. A handler's
 * answer (or its promise's) goes back by `sendResponse`; a handler that throws answers an
 * error as data, so the sender never waits for an answer that cannot come. Returns a function
 * that stops listening.
 */
export function listenNative(handlers: MessageHandlers, runtime: NativeRuntime = nativeRuntime()): () => void {
  const listener: NativeListener = (message, _sender, sendResponse) => {
    if (!isEnvelope(message)) return false;
    const handler = handlers[message.sift] as ((data: unknown) => unknown) | undefined;
    if (!handler) return false;
    new Promise((resolve) => resolve(handler(message.data))).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, code: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
