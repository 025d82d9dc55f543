import { normalizeSite } from '@/utils/extension/sites/patterns';
import { SYNC_QUOTA, itemBytes } from './storage-faults';

/**
 * The chosen sites as a record of changes that devices can merge: each site maps to the time
 * (whole seconds) it was last added (positive) or removed (negative). Merging keeps, per site,
 * the later change, so two devices adding different sites keep both, and a removal made on one
 * device is not undone by another device that still lists the site.
 */
export type SiteBook = Readonly<Record<string, number>>;

export const nowInSeconds = (): number => Math.floor(Date.now() / 1000);

export function liveSites(book: SiteBook): string[] {
  return Object.keys(book)
    .filter((site) => book[site] > 0)
    .sort();
}

/** A change time later than the site's last one, so a quick add-then-remove keeps its order. */
function stampFor(book: SiteBook, site: string, now: number): number {
  return Math.max(now, Math.abs(book[site] ?? 0) + 1);
}

export function addSites(book: SiteBook, sites: readonly string[], now = nowInSeconds()): SiteBook {
  const next: Record<string, number> = { ...book };
  for (const site of sites) if (!(next[site] > 0)) next[site] = stampFor(next, site, now);
  return next;
}

export function removeSites(book: SiteBook, sites: readonly string[], now = nowInSeconds()): SiteBook {
  const next: Record<string, number> = { ...book };
  for (const site of sites) if (next[site] > 0) next[site] = -stampFor(next, site, now);
  return next;
}

/** Per site, the later change wins; at the same second an addition wins (nothing is lost). */
export function mergeBooks(...books: SiteBook[]): SiteBook {
  const merged: Record<string, number> = {};
  for (const book of books)
    for (const [site, stamp] of Object.entries(book)) {
      const have = merged[site];
      if (have === undefined || Math.abs(stamp) > Math.abs(have) || (Math.abs(stamp) === Math.abs(have) && stamp > 0))
        merged[site] = stamp;
    }
  return merged;
}

export function sameBook(a: SiteBook, b: SiteBook): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((site) => a[site] === b[site]);
}

/** The entries of a stored book that are sites with a change time; anything else is dropped. */
export function parseBook(raw: unknown): { book: SiteBook; dropped: number } | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const book: Record<string, number> = {};
  let dropped = 0;
  for (const [site, stamp] of Object.entries(raw)) {
    if (normalizeSite(site) === site && Number.isSafeInteger(stamp) && stamp !== 0) book[site] = stamp as number;
    else dropped++;
  }
  return { book, dropped };
}

/**
 * How the book is spread over `storage.sync`. A site always lands in the same shard (a hash of
 * its name), so adding or removing one site rewrites one shard. Each shard stays within its
 * share of the sync budget; what does not fit (the oldest changes first) is kept in this browser
 * only. The budget leaves room for the other settings, well under Chromium's 102,400 bytes.
 */
export const SITE_SHARDS = 16;
export const SITE_SHARD_PREFIX = 'sites.';
export const SITES_SYNC_BUDGET = 90_000;
export const SHARD_BYTES = Math.min(SYNC_QUOTA.bytesPerItem, Math.floor(SITES_SYNC_BUDGET / SITE_SHARDS));
export const SHARD_KEYS: readonly string[] = Array.from({ length: SITE_SHARDS }, (_, i) => `${SITE_SHARD_PREFIX}${i}`);

/** FNV-1a: a stable, even spread of names over the shards. */
export function shardOf(site: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) hash = Math.imul(hash ^ site.charCodeAt(i), 0x01000193) >>> 0;
  return hash % SITE_SHARDS;
}

export interface SyncedShards {
  shards: Record<string, Record<string, number>>;
  /** How many of the chosen (live) sites are in sync storage. */
  syncedSites: number;
}

export function shardsOf(book: SiteBook): SyncedShards {
  const buckets: [string, number][][] = SHARD_KEYS.map(() => []);
  for (const entry of Object.entries(book)) buckets[shardOf(entry[0])].push(entry);
  let syncedSites = 0;
  const shards: Record<string, Record<string, number>> = {};
  buckets.forEach((entries, i) => {
    const key = SHARD_KEYS[i];
    // Newest changes first: they are the ones other devices have not seen yet.
    entries.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
    const shard: Record<string, number> = {};
    let bytes = itemBytes(key, {});
    for (const [site, stamp] of entries) {
      const cost = JSON.stringify(site).length + 1 + String(stamp).length + (bytes > key.length + 2 ? 1 : 0);
      if (bytes + cost > SHARD_BYTES) continue;
      shard[site] = stamp;
      bytes += cost;
      if (stamp > 0) syncedSites++;
    }
    shards[key] = shard;
  });
  return { shards, syncedSites };
}

/** The book that a set of stored shards describes (unreadable shards count as empty). */
export function bookOfShards(stored: Record<string, unknown>): SiteBook {
  return mergeBooks(...SHARD_KEYS.map((key) => parseBook(stored[key])?.book ?? {}));
}
