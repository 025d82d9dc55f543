import type { CleanResult } from '@/utils/clean';
import { type ReaderAction, type ReaderResponse, sendToTab } from '@/utils/extension/messages';
import { READER_SCRIPT_FILE } from '@/utils/extension/registration';

/**
 * Set in the page's content-script world before the reader script is injected on demand, so
 * the script waits to be asked instead of opening by itself as it does on auto-clean sites.
 */
export const ON_DEMAND_FLAG = '__siftReaderOnDemand';

/** The slice of the extension API that opening the reader on demand uses. */
export interface ReaderTabApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting: {
    executeScript(
      injection: { target: { tabId: number }; files: string[] } | { target: { tabId: number }; func: () => void },
    ): Promise<unknown>;
  };
}

/**
 * Shows (`open`) or toggles the in-page reader on a tab. Works with activeTab alone: the popup
 * click and the keyboard command both grant it for the tab. Injecting again into a page that
 * already has the reader script is harmless (the script keeps its first instance), so this
 * never asks whether it is there. `result` is the popup's clean, reused as it is.
 */
export async function readerInTab(
  api: ReaderTabApi,
  tabId: number,
  action: ReaderAction,
  result?: CleanResult,
): Promise<ReaderResponse> {
  await api.scripting.executeScript({ target: { tabId }, func: markOnDemand });
  await api.scripting.executeScript({ target: { tabId }, files: [`/${READER_SCRIPT_FILE}`] });
  return sendToTab(tabId, 'reader', result ? { action, result } : { action }, api);
}

/** Runs in the page (serialised by executeScript): must be self-contained. */
function markOnDemand(): void {
  (globalThis as Record<string, unknown>).__siftReaderOnDemand = true;
}
