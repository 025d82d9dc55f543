import { browser } from 'wxt/browser';
import type { CleanResult } from '@/utils/clean';
import type { SiftErrorCode } from '@/utils/clean';

/**
 * Everything Sift's parts say to each other, in one place. Each entry names a message, what it
 * carries and what it answers. Errors travel as data: a thrown SiftError loses its class on the way.
 */
export interface MessageMap {
  /** Popup → cleaner content script: clean the page; `force` also cleans pages that do not look like articles. */
  clean: { request: { force: boolean }; response: CleanResponse };
  /**
   * Popup or keyboard command → reader content script: show, hide or toggle the in-page reader.
   * `result` is the popup's clean of this page, so the reader need not clean it again.
   */
  reader: { request: { action: ReaderAction; result?: CleanResult }; response: ReaderResponse };
}

/** `print` shows the reader and opens the print dialog on the article. */
export type ReaderAction = 'open' | 'toggle' | 'print';
/** Whether the reader is on the page after the action; `error` when the page could not be cleaned. */
export type ReaderResponse = { shown: boolean; error?: string };

export type CleanResponse =
  | { ok: true; result: CleanResult }
  | { ok: false; code: SiftErrorCode | 'error'; message: string };

export type MessageName = keyof MessageMap;
type Request<K extends MessageName> = MessageMap[K]['request'];
type Response<K extends MessageName> = MessageMap[K]['response'];

/** The envelope on the wire; the `sift` key tells our messages from anyone else's. */
interface Envelope<K extends MessageName = MessageName> {
  sift: K;
  data: Request<K>;
}

/**
 * Each content script answers the messages it owns; another script in the same page answers
 * the rest (a listener that returns nothing leaves the message to the others).
 */
export type MessageHandlers = {
  [K in MessageName]?: (data: Request<K>) => Promise<Response<K>> | Response<K>;
};

export function envelope<K extends MessageName>(name: K, data: Request<K>): Envelope<K> {
  return { sift: name, data };
}

/** Sends a message to the content scripts of a tab and returns the typed answer. */
export async function sendToTab<K extends MessageName>(
  tabId: number,
  name: K,
  data: Request<K>,
  api: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } } = browser,
): Promise<Response<K>> {
  const answer = await api.tabs.sendMessage(tabId, envelope(name, data));
  if (answer === undefined) throw new Error(`No answer to "${name}" from the page`);
  return answer as Response<K>;
}

/** Dispatches incoming messages to handlers by name. Returns a function that stops listening. */
export function listen(handlers: MessageHandlers, api: Pick<typeof browser, 'runtime'> = browser): () => void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.sift] as ((data: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.data));
  };
  api.runtime.onMessage.addListener(listener as Parameters<typeof api.runtime.onMessage.addListener>[0]);
  return () =>
    api.runtime.onMessage.removeListener(listener as Parameters<typeof api.runtime.onMessage.removeListener>[0]);
}

const MESSAGE_NAMES: ReadonlySet<string> = new Set<MessageName>(['clean', 'reader']);

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' && message !== null && MESSAGE_NAMES.has((message as { sift?: unknown }).sift as string)
  );
}
