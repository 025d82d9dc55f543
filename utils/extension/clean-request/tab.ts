import { type CleanResult, finishClean, type SiftErrorCode } from '@/utils/clean';
import { forbiddenReason, isProtectedPageError, type ForbiddenReason } from '@/utils/extension/forbidden-url';
import { sendToTab } from '@/utils/extension/messages';
import { receive } from '@/utils/extension/transfer';
import { cleanOptions } from './page';
import { fromWire } from './page-read-wire';

/** Where WXT puts the on-demand cleaner (entrypoints/cleaner, an unlisted script). */
export const CLEANER_SCRIPT_FILE = '/cleaner.js';
/**
 * A User Timing mark the popup sets once its answer is painted (`detail`: the state shown and
 * the engine's stage times, when it cleaned); `npm run bench -- --only reference` times a
 * toolbar click to it.
 */
export const POPUP_SHOWN_MARK = 'sift:popup-shown';
/** Past this, the popup stops waiting and says so rather than spinning forever on a pathological page. */
export const CLEAN_TIMEOUT_MS = 20_000;

/** What the popup shows for a tab. */
export type TabOutcome =
  | { state: 'article'; result: CleanResult }
  /** `result` is there when the page cleaned but did not look like an article; "Clean anyway" shows it at once. */
  /** `too-large`: over the engine's element budget; cleaning anyway would not help. */
  | { state: 'not-article'; reason: SiftErrorCode; result?: CleanResult }
  | { state: 'forbidden'; reason: ForbiddenReason }
  | { state: 'error'; detail: string };

export interface TargetTab {
  id: number;
  url?: string;
}

/** The slice of the extension API the popup's cleaning flow uses. */
export interface CleanTabApi {
  tabs: {
    get(tabId: number): Promise<{ id?: number; url?: string }>;
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  extension: {
    isAllowedFileSchemeAccess(): Promise<boolean>;
  };
}

/** The tab to clean: `?tabId=` (context-menu window, tests) or the active tab of this window. */
export async function resolveTargetTab(api: CleanTabApi, search: string): Promise<TargetTab> {
  const param = new URLSearchParams(search).get('tabId');
  const tab = param
    ? await api.tabs.get(Number(param))
    : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) throw new Error('No tab to clean');
  return { id: tab.id, url: tab.url };
}

/**
 * Injects the cleaner into the tab (activeTab lets the popup do that without host permission),
 * asks it to read the page (the DOM half of the clean, on the page's thread) and finishes the
 * clean here, in the popup (the text half, off the page's thread). The page itself is never changed.
 */
export async function cleanTab(
  api: CleanTabApi,
  tab: TargetTab,
  force: boolean,
  timeoutMs = CLEAN_TIMEOUT_MS,
): Promise<TabOutcome> {
  if (tab.url) {
    const fileAccess = tab.url.startsWith('file:') ? await api.extension.isAllowedFileSchemeAccess() : false;
    const reason = forbiddenReason(tab.url, { fileAccess });
    if (reason) return { state: 'forbidden', reason };
  }
  try {
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: [CLEANER_SCRIPT_FILE] });
  } catch (error) {
    const message = errorMessage(error);
    if (isProtectedPageError(message)) return { state: 'forbidden', reason: 'browser-page' };
    return { state: 'error', detail: message };
  }
  try {
    const response = await withTimeout(readAndFinish(api, tab.id, force), timeoutMs);
    if (response.ok) {
      if (!force && !response.result.isArticle)
        return { state: 'not-article', reason: 'no-article', result: response.result };
      return { state: 'article', result: response.result };
    }
    if (response.code === 'error') return { state: 'error', detail: response.message };
    return { state: 'not-article', reason: response.code };
  } catch (error) {
    return { state: 'error', detail: errorMessage(error) };
  }
}

async function readAndFinish(api: CleanTabApi, tabId: number, force: boolean) {
  const response = await sendToTab(tabId, 'read', { force }, api);
  if (!response.ok) return response;
  const read = fromWire(
    await receive(response.read, async (id, index) => (await sendToTab(tabId, 'part', { id, index }, api)).text),
  );
  return { ok: true as const, result: finishClean(read, cleanOptions(force)) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The page took more than ${Math.round(ms / 1000)} s to clean`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
