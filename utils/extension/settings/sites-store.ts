import { browser } from 'wxt/browser';
import { migrateSitesToV2 } from './legacy-sites';
import { reportSettingProblem } from './problems';
import {
  SHARD_KEYS,
  type SiteBook,
  addSites,
  bookOfShards,
  liveSites,
  mergeBooks,
  nowInSeconds,
  parseBook,
  removeSites,
  sameBook,
  shardsOf,
} from './site-book';
import type { StorageFault } from './storage-faults';
import { writeQueue } from './write-queue';

/**
 * Where the chosen sites live. The whole list (with its change times) is in `storage.local`,
 * which holds megabytes, so no list a person can build is ever refused. The background copies
 * as much of it as fits into sixteen `storage.sync` shards and merges what other devices put
 * there back into the local list. Views read and write only the local list.
 */
export const SITE_BOOK_KEY = 'siteBook';
export const SITE_BOOK_VERSION = 3;
export const SITES_SYNC_STATUS_KEY = 'sitesSyncStatus';
/** Versions 1 and 2 kept a plain array in sync storage under "sites" (version in "sites$"). */
export const LEGACY_SITES_KEY = 'sites';
const LEGACY_KEYS = [LEGACY_SITES_KEY, `${LEGACY_SITES_KEY}$`];

export interface SitesSyncStatus {
  /** Chosen sites in sync storage, of `total`. */
  synced: number;
  total: number;
  /** Why the last copy to sync storage failed, if it did. */
  fault?: StorageFault;
}

async function readLocalBook(): Promise<SiteBook | undefined> {
  const got = await browser.storage.local.get(SITE_BOOK_KEY);
  const stored = got[SITE_BOOK_KEY] as { v?: unknown; book?: unknown } | undefined;
  if (stored === undefined) return undefined;
  const parsed = parseBook(stored?.book);
  if (!parsed || parsed.dropped > 0) reportSettingProblem({ kind: 'unreadable', label: 'sitesHeading' });
  return parsed?.book ?? {};
}

interface RemoteSites {
  stored: Record<string, unknown>;
  book: SiteBook;
  hasLegacy: boolean;
}

/** The sites in sync storage, including a list left by Sift versions 1 and 2; null if sync cannot be read. */
async function readSyncBook(): Promise<RemoteSites | null> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.sync.get([...SHARD_KEYS, ...LEGACY_KEYS]);
  } catch {
    return null;
  }
  const legacy = stored[LEGACY_SITES_KEY];
  const hasLegacy = legacy !== undefined;
  const legacyBook = hasLegacy ? addSites({}, migrateSitesToV2(legacy), nowInSeconds()) : {};
  return { stored, book: mergeBooks(bookOfShards(stored), legacyBook), hasLegacy };
}

async function writeLocalBook(book: SiteBook): Promise<boolean> {
  const outcome = await writeQueue.write('local', SITE_BOOK_KEY, {
    [SITE_BOOK_KEY]: { v: SITE_BOOK_VERSION, book },
  });
  if (!outcome.ok) reportSettingProblem({ kind: 'not-saved', label: 'sitesHeading', fault: outcome.fault });
  return outcome.ok;
}

/** The chosen sites: the local list merged with sync storage (and an older version's list). */
export async function loadSiteBook(): Promise<SiteBook> {
  const [local, remote] = await Promise.all([readLocalBook().catch(() => undefined), readSyncBook()]);
  const merged = mergeBooks(local ?? {}, remote?.book ?? {});
  if (local === undefined ? Object.keys(merged).length > 0 : !sameBook(local, merged)) await writeLocalBook(merged);
  return merged;
}

export async function loadSites(): Promise<string[]> {
  return liveSites(await loadSiteBook());
}

/**
 * Changes the list and stores it. Resolves false (after telling the user) when the browser
 * refused the write; the stored list is then unchanged, and that is what views show.
 */
export async function changeSites(change: (book: SiteBook) => SiteBook): Promise<boolean> {
  const current = (await readLocalBook().catch(() => undefined)) ?? (await loadSiteBook());
  const next = change(current);
  if (sameBook(current, next)) return true;
  return writeLocalBook(next);
}

export const addChosenSites = (sites: readonly string[]) => changeSites((book) => addSites(book, sites));
export const removeChosenSites = (sites: readonly string[]) => changeSites((book) => removeSites(book, sites));

/** Calls back with the chosen sites whenever the local list changes (this page, another, or a merge). */
export function watchSites(callback: (sites: string[], book: SiteBook) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SITE_BOOK_KEY in changes)) return;
    const book = parseBook((changes[SITE_BOOK_KEY].newValue as { book?: unknown } | undefined)?.book)?.book ?? {};
    callback(liveSites(book), book);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function readSyncStatus(): Promise<SitesSyncStatus | undefined> {
  const got = await browser.storage.local.get(SITES_SYNC_STATUS_KEY).catch(() => ({}) as Record<string, unknown>);
  return got[SITES_SYNC_STATUS_KEY] as SitesSyncStatus | undefined;
}

export function watchSyncStatus(callback: (status: SitesSyncStatus) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[SITES_SYNC_STATUS_KEY]?.newValue;
    if (area === 'local' && next) callback(next as SitesSyncStatus);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Copies the local list into the sync shards that differ (one write for all of them), merging
 * first whatever another device stored there, and records how much is synced.
 */
export async function pushSitesToSync(book: SiteBook): Promise<SitesSyncStatus> {
  const total = liveSites(book).length;
  const remote = await readSyncBook();
  if (!remote) return recordStatus({ synced: 0, total, fault: 'unavailable' });
  const merged = mergeBooks(book, remote.book);
  if (!sameBook(merged, book)) await writeLocalBook(merged);
  const { shards, syncedSites } = shardsOf(merged);
  const changed = Object.fromEntries(
    Object.entries(shards).filter(([key, shard]) => {
      const stored = parseBook(remote.stored[key])?.book;
      return stored ? !sameBook(stored, shard) : Object.keys(shard).length > 0;
    }),
  );
  if (Object.keys(changed).length > 0) {
    const outcome = await writeQueue.write('sync', 'sites', changed);
    if (!outcome.ok) {
      reportSettingProblem({ kind: 'sites-not-synced', fault: outcome.fault });
      return recordStatus({ synced: 0, total: liveSites(merged).length, fault: outcome.fault });
    }
  }
  // The old single-item list is folded into the book now; removing it frees sync space.
  if (remote.hasLegacy) await browser.storage.sync.remove(LEGACY_KEYS).catch(() => undefined);
  return recordStatus({ synced: syncedSites, total: liveSites(merged).length });
}

async function recordStatus(status: SitesSyncStatus): Promise<SitesSyncStatus> {
  const previous = await readSyncStatus();
  const same =
    previous?.synced === status.synced && previous?.total === status.total && previous?.fault === status.fault;
  if (!same) await writeQueue.write('local', SITES_SYNC_STATUS_KEY, { [SITES_SYNC_STATUS_KEY]: status });
  return status;
}

/**
 * The background's part: keep sync storage following the local list, and the local list
 * following what other devices sync. Returns a function that stops following.
 */
export function followSites(): () => void {
  let last = Promise.resolve();
  const queue = (task: () => Promise<unknown>) => {
    last = last.then(task).then(
      () => undefined,
      (error) => console.error('Sift: could not sync the chosen sites', error),
    );
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SITE_BOOK_KEY in changes) queue(async () => pushSitesToSync(await loadSiteBook()));
    if (area === 'sync' && SHARD_KEYS.some((key) => key in changes))
      queue(async () => {
        const local = (await readLocalBook().catch(() => undefined)) ?? {};
        const incoming = bookOfShards(Object.fromEntries(SHARD_KEYS.map((key) => [key, changes[key]?.newValue])));
        const merged = mergeBooks(local, incoming);
        // Only a merge that adds something is written; the local change then pushes back what
        // this device knows and the other does not.
        if (!sameBook(merged, local)) await writeLocalBook(merged);
        else await pushSitesToSync(local);
      });
  };
  browser.storage.onChanged.addListener(listener);
  queue(async () => pushSitesToSync(await loadSiteBook()));
  return () => browser.storage.onChanged.removeListener(listener);
}
