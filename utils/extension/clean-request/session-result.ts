import type { TabOutcome, TargetTab } from './tab';

/**
 * Instant reopen: the popup keeps what it showed for a tab in `storage.session` (memory only,
 * gone when the browser closes, readable by Sift's own pages and never by content scripts), so
 * opening it again on the same page shows the article without injecting the cleaner again.
 * The background drops a tab's entry when the tab loads anything or closes (dropOnNavigation);
 * the URL stored with it catches what the background cannot see (a same-document navigation).
 *
 * Two keys per tab: the result, gzip-compressed (a 1 MB article's result is ~2 MB of JSON and
 * ~0.2–0.5 MB compressed; the area holds 10 MB in Chrome and Firefox), and the reader's changes
 * to it (restored blocks, "Show removed in place"), small and rewritten on every change.
 */

/** The part of `storage.session` used here (the real area, or a fake in tests). */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** What the reader changed in the popup's article, kept with it. */
export interface ViewState {
  restoredIds: string[];
  removedInPlace: boolean;
}

export const EMPTY_VIEW: ViewState = Object.freeze({ restoredIds: [], removedInPlace: false }) as ViewState;

/** The outcomes worth keeping: a clean that finished. Errors and forbidden pages are asked again. */
export type RememberedOutcome = Extract<TabOutcome, { state: 'article' | 'not-article' }>;

export interface Remembered {
  outcome: RememberedOutcome;
  view: ViewState;
}

interface ResultEntry {
  url: string;
  savedAt: number;
  /** Base64 of the gzip of the outcome's JSON. */
  data: string;
}

interface ViewEntry extends ViewState {
  url: string;
}

/** Which tab entries exist, their size and age, so a save can make room without reading them all. */
type Index = Record<string, { bytes: number; savedAt: number }>;

const PREFIX = 'sift.popup.';
const INDEX_KEY = `${PREFIX}index`;
/**
 * Sift's share of the 10 MB area: room left for the index and the small view entries.
 * One result bigger than a quarter of it is not kept at all, so it never pushes out every other tab.
 */
export const SESSION_BUDGET_BYTES = 8 * 1024 * 1024;
export const MAX_ENTRY_BYTES = SESSION_BUDGET_BYTES / 4;

const resultKey = (tabId: number) => `${PREFIX}${tabId}`;
const viewKey = (tabId: number) => `${PREFIX}${tabId}.view`;

/** What was shown for this tab at this URL, or null (nothing kept, another page, unreadable). */
export async function recallOutcome(area: SessionArea, tab: TargetTab): Promise<Remembered | null> {
  if (!tab.url) return null;
  try {
    const got = await area.get([resultKey(tab.id), viewKey(tab.id)]);
    const entry = got[resultKey(tab.id)] as ResultEntry | undefined;
    if (!entry || entry.url !== tab.url) return null;
    const outcome = JSON.parse(await gunzipBase64(entry.data)) as RememberedOutcome;
    const view = got[viewKey(tab.id)] as ViewEntry | undefined;
    return {
      outcome,
      view: view?.url === tab.url ? { restoredIds: view.restoredIds, removedInPlace: view.removedInPlace } : EMPTY_VIEW,
    };
  } catch {
    // A cache that cannot be read is a cache miss: the page is cleaned again.
    return null;
  }
}

/**
 * Keeps an outcome for the tab's current URL, making room by dropping the oldest tabs'
 * entries. Never throws: failing to remember only costs the next opening a clean.
 */
export async function rememberOutcome(
  area: SessionArea,
  tab: TargetTab,
  outcome: TabOutcome,
  now = Date.now(),
): Promise<void> {
  if (!tab.url || (outcome.state !== 'article' && outcome.state !== 'not-article')) return;
  const url = tab.url;
  await inTurn(async () => {
    try {
      const entry: ResultEntry = { url, savedAt: now, data: await gzipBase64(JSON.stringify(outcome)) };
      // Quota trouble the index did not foresee (another writer, a stale index): start afresh once.
      await keep(area, tab.id, entry).catch(async () => {
        await forgetAll(area);
        await keep(area, tab.id, entry);
      });
    } catch {
      // This opening is simply not remembered.
    }
  });
}

async function keep(area: SessionArea, tabId: number, entry: ResultEntry): Promise<void> {
  const key = resultKey(tabId);
  const bytes = entry.data.length + entry.url.length + 64;
  const index = await readIndex(area);
  delete index[key];
  // A new result starts with the reader's changes undone, as the view does.
  const stale = [key, viewKey(tabId)];
  if (bytes > MAX_ENTRY_BYTES) {
    await area.remove(stale);
    await area.set({ [INDEX_KEY]: index });
    return;
  }
  let total = Object.values(index).reduce((sum, e) => sum + e.bytes, 0);
  for (const [oldKey, old] of Object.entries(index).sort((a, b) => a[1].savedAt - b[1].savedAt)) {
    if (total + bytes <= SESSION_BUDGET_BYTES) break;
    total -= old.bytes;
    delete index[oldKey];
    stale.push(oldKey, `${oldKey}.view`);
  }
  index[key] = { bytes, savedAt: entry.savedAt };
  await area.remove(stale);
  await area.set({ [key]: entry, [INDEX_KEY]: index });
}

/** Every entry of Sift's popup, found by its prefix (`get(null)` reads the whole area: rare path only). */
async function forgetAll(area: SessionArea): Promise<void> {
  const all = await area.get(null);
  await area.remove(Object.keys(all).filter((k) => k.startsWith(PREFIX)));
}

/**
 * The index is read, changed and written back: within one page (the popup, the background)
 * those steps run one change at a time, or two closing tabs would each write back the other.
 */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** Keeps the reader's changes to the article shown for this tab and URL. */
export async function rememberView(area: SessionArea, tab: TargetTab, view: ViewState): Promise<void> {
  if (!tab.url) return;
  const entry: ViewEntry = { url: tab.url, restoredIds: view.restoredIds, removedInPlace: view.removedInPlace };
  await area.set({ [viewKey(tab.id)]: entry }).catch(() => undefined);
}

/** Forgets a tab: it navigated, reloaded or closed. */
export function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  return inTurn(async () => {
    const key = resultKey(tabId);
    const index = await readIndex(area);
    await area.remove([key, viewKey(tabId)]);
    if (key in index) {
      delete index[key];
      await area.set({ [INDEX_KEY]: index });
    }
  });
}

/** The tab events the background listens to; none of them needs the "tabs" permission. */
export interface TabEvents {
  onUpdated: { addListener(listener: (tabId: number, changeInfo: { status?: string }) => void): void };
  onRemoved: { addListener(listener: (tabId: number) => void): void };
  onReplaced?: { addListener(listener: (addedTabId: number, removedTabId: number) => void): void };
}

/**
 * Drops a tab's entry whenever its load status changes (Chrome and Firefox report `status` to
 * every extension; `url` would need the "tabs" permission): 'loading' is a navigation or a
 * reload, 'complete' the end of a load a clean may have caught half-way. Closed and replaced
 * (prerendered) tabs go too.
 */
export function dropOnNavigation(tabs: TabEvents, area: SessionArea): void {
  const forget = (tabId: number) => void forgetTab(area, tabId).catch(() => undefined);
  tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status) forget(tabId);
  });
  tabs.onRemoved.addListener(forget);
  tabs.onReplaced?.addListener((_added, removed) => forget(removed));
}

async function readIndex(area: SessionArea): Promise<Index> {
  const got = await area.get(INDEX_KEY);
  const index = got[INDEX_KEY];
  return index && typeof index === 'object' ? { ...(index as Index) } : {};
}

async function gzipBase64(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  // String.fromCharCode takes arguments: chunks keep it under the engines' argument limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function gunzipBase64(data: string): Promise<string> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
