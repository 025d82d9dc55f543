import { browser } from 'wxt/browser';
import type { CleanResult } from '@/utils/clean';
import type { SiftErrorCode } from '@/utils/clean';
import { type Envelope, isEnvelope } from './envelope';
import type { WirePageRead } from './clean-request/page-read-wire';
import type { Sent } from './transfer';

/**
 * Everything Sift's parts say to each other, in one place. Each entry names a message, what it
 * carries and what it answers. Errors travel as data: a thrown SiftError loses its class on the way.
 */
export interface MessageMap {
  /**
   * Popup → cleaner content script: read the page (the DOM half of the clean, `readPage`); the
   * popup finishes it. `force` also reads pages that do not look like articles.
   */
  read: { request: { force: boolean }; response: ReadResponse };
  /**
   * → whoever parked a large value (the cleaner for the popup, the background for the reader):
   * one part of it (see transfer.ts). `text` is null when the part is unknown or expired.
   */
  part: { request: { id: string; index: number }; response: { text: string | null } };
  /** Reader content script → background: one part of a large PageRead, before `finish` names it. */
  stash: { request: { id: string; index: number; parts: number; text: string }; response: { ok: true } };
  /**
   * Reader content script → background: finish the clean of a PageRead (the text half,
   * `finishClean`), so that it runs in Sift's own context and not on the page's thread.
   */
  finish: { request: { read: Sent<WirePageRead>; force: boolean }; response: FinishResponse };
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

/** Why a page could not be cleaned, as data. */
export type CleanFailure = { ok: false; code: SiftErrorCode | 'error'; message: string };

export type CleanResponse = { ok: true; result: CleanResult } | CleanFailure;

export type ReadResponse = { ok: true; read: Sent<WirePageRead> } | CleanFailure;

export type FinishResponse = { ok: true; result: Sent<CleanResult> } | CleanFailure;

export type MessageName = keyof MessageMap;
type Request<K extends MessageName> = MessageMap[K]['request'];
type Response<K extends MessageName> = MessageMap[K]['response'];

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

/**
 * Sends a message to Sift's own pages: the background (which the message wakes if it sleeps),
 * and the popup or options page if open, which leave it to the background. Tried once more if
 * the background was being restarted and nothing was listening yet.
 */
export async function sendToExtension<K extends MessageName>(
  name: K,
  data: Request<K>,
  api: { runtime: { sendMessage(message: unknown): Promise<unknown> } } = browser,
): Promise<Response<K>> {
  let answer: unknown;
  try {
    answer = await api.runtime.sendMessage(envelope(name, data));
  } catch (error) {
    if (!/Receiving end does not exist|Could not establish connection/i.test(String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await api.runtime.sendMessage(envelope(name, data));
  }
  if (answer === undefined) throw new Error(`No answer to "${name}" from the extension`);
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
