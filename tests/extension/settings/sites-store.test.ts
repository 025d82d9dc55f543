import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type RegistrationApi, grantedPatterns, syncRegistrations } from '@/utils/extension/registration';
import {
  addSites,
  bookOfShards,
  liveSites,
  mergeBooks,
  removeSites,
  shardsOf,
} from '@/utils/extension/settings/site-book';
import { SYNC_QUOTA, itemBytes } from '@/utils/extension/settings/storage-faults';
import { siteMatchPatterns } from '@/utils/extension/sites/patterns';
import { storedSites } from '../../support/sites';
import { type StorageDouble, installStorageDouble, writesWithin } from '../../support/storage-double';
import { waitFor } from '../../support/wait';
import { freshSettings } from './fresh';

const manySites = (n: number, domain = 'example-news.com') =>
  Array.from({ length: n }, (_, i) => `section${String(i).padStart(4, '0')}.${domain}`);

let double: StorageDouble;

beforeEach(() => {
  fakeBrowser.reset();
  double = installStorageDouble();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function syncBytesAndItems() {
  const all = await fakeBrowser.storage.sync.get(null);
  const entries = Object.entries(all);
  return {
    bytes: entries.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0),
    items: entries.length,
    largest: Math.max(...entries.map(([key, value]) => itemBytes(key, value))),
  };
}

describe('a site list of any realistic size', () => {
  test('5,000 sites: all kept here, as many as fit synced within every sync quota, no refusal', async () => {
    const s = await freshSettings();
    // The other settings are stored too: the sites must leave room for them.
    for (const setting of s.ALL_SETTINGS) await setting.setValue(setting.fallback as never);
    const sites = manySites(5_000);
    expect(await s.sites.addChosenSites(sites)).toBe(true);
    expect(await storedSites()).toEqual(sites);

    const status = await s.sites.pushSitesToSync(await s.sites.loadSiteBook());
    expect(double.refused).toEqual([]);
    expect(status.total).toBe(5_000);
    expect(status.fault).toBeUndefined();
    // Names of 28 characters here; about 2,100 of them fit the 90,000-byte budget (shorter names, more).
    expect(status.synced).toBeGreaterThan(2_000);
    const usage = await syncBytesAndItems();
    expect(usage.largest).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    expect(usage.bytes).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(usage.items).toBeLessThanOrEqual(SYNC_QUOTA.maxItems);
    expect(await fakeBrowser.storage.local.get('sitesSyncStatus')).toEqual({ sitesSyncStatus: status });

    // A new device signed in to the same account receives the synced part.
    await fakeBrowser.storage.local.clear();
    const other = await freshSettings();
    const received = await other.sites.loadSites();
    expect(received).toHaveLength(status.synced);
    expect(received.every((site) => sites.includes(site))).toBe(true);
  });

  test('600 sites (21 KB: refused as one sync item by the old layout) sync in one write without refusal', async () => {
    const s = await freshSettings();
    await s.sites.addChosenSites(manySites(600));
    const status = await s.sites.pushSitesToSync(await s.sites.loadSiteBook());
    expect(status).toEqual({ synced: 600, total: 600 });
    expect(double.refused).toEqual([]);
    expect(double.writeTimes).toHaveLength(1);
    expect(liveSites(bookOfShards(await fakeBrowser.storage.sync.get(null)))).toHaveLength(600);
  });

  test('150 sites added one by one in a minute: all kept, sync writes kept under 120 a minute, none refused', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const s = await freshSettings();
    let maxPerMinute = 0;
    for (const site of manySites(150)) {
      const added = s.sites.addChosenSites([site]);
      await vi.advanceTimersByTimeAsync(0);
      expect(await added).toBe(true);
      // What the background does on each change (followSites), waiting for the budget if needed.
      const pushed = s.sites.pushSitesToSync(await s.sites.loadSiteBook());
      await vi.advanceTimersByTimeAsync(400);
      maxPerMinute = Math.max(maxPerMinute, writesWithin(double, 60_000));
      void pushed;
    }
    await vi.advanceTimersByTimeAsync(120_000);
    maxPerMinute = Math.max(maxPerMinute, writesWithin(double, 60_000));
    expect(await storedSites()).toHaveLength(150);
    expect(double.refused).toEqual([]);
    expect(maxPerMinute).toBeLessThanOrEqual(s.queue.SYNC_WRITE_BUDGET.perMinute);
    expect(liveSites(bookOfShards(await fakeBrowser.storage.sync.get(null)))).toHaveLength(150);
  }, 60_000);

  test('a sync quota refusal leaves the local list whole, records the fault, and tells the user', async () => {
    const s = await freshSettings();
    await s.sites.addChosenSites(manySites(50));
    double.limits.bytes = 100;
    const status = await s.sites.pushSitesToSync(await s.sites.loadSiteBook());
    expect(status).toEqual({ synced: 0, total: 50, fault: 'total-quota' });
    expect(await storedSites()).toHaveLength(50);
    expect(s.problems).toEqual([{ kind: 'sites-not-synced', fault: 'total-quota' }]);
  });

  test('sync unavailable: the list stays here and the options page can say so', async () => {
    const s = await freshSettings();
    double.unavailable.sync = true;
    expect(await s.sites.addChosenSites(['a.com'])).toBe(true);
    expect(await s.sites.pushSitesToSync(await s.sites.loadSiteBook())).toEqual({
      synced: 0,
      total: 1,
      fault: 'unavailable',
    });
    expect(await s.sites.loadSites()).toEqual(['a.com']);
  });

  test('local storage refusing the write: the change is refused, reported, and the old list stays', async () => {
    const s = await freshSettings();
    await s.sites.addChosenSites(['a.com']);
    double.unavailable.local = true;
    expect(await s.sites.addChosenSites(['b.com'])).toBe(false);
    expect(s.problems).toEqual([{ kind: 'not-saved', label: 'sitesHeading', fault: 'unavailable' }]);
    double.unavailable.local = false;
    expect(await s.sites.loadSites()).toEqual(['a.com']);
  });
});

describe('many devices', () => {
  test('merge: the later change per site wins; different additions are all kept', () => {
    const a = addSites({}, ['a.com', 'shared.org'], 100);
    const b = removeSites(addSites({}, ['b.com', 'shared.org'], 100), ['shared.org'], 200);
    expect(liveSites(mergeBooks(a, b))).toEqual(['a.com', 'b.com']);
    const readded = addSites(a, ['shared.org'], 300); // already listed: no new change
    expect(liveSites(mergeBooks(readded, b))).toEqual(['a.com', 'b.com']);
    const again = addSites(mergeBooks(a, b), ['shared.org'], 300);
    expect(liveSites(mergeBooks(again, b))).toEqual(['a.com', 'b.com', 'shared.org']);
  });

  test('two devices adding different sites keep both, here and in sync storage', async () => {
    const s = await freshSettings();
    const stop = s.sites.followSites();
    await s.sites.addChosenSites(['here.com']);
    await waitFor(async () =>
      expect(liveSites(bookOfShards(await fakeBrowser.storage.sync.get(null)))).toEqual(['here.com']),
    );
    // The other device wrote its shards without knowing about here.com (last writer of that shard).
    const theirs = shardsOf(addSites({}, ['there.org', 'also-there.net'], Math.floor(Date.now() / 1000)));
    await fakeBrowser.storage.sync.set(theirs.shards);
    await waitFor(async () => expect(await storedSites()).toEqual(['also-there.net', 'here.com', 'there.org']));
    await waitFor(async () =>
      expect(liveSites(bookOfShards(await fakeBrowser.storage.sync.get(null)))).toEqual([
        'also-there.net',
        'here.com',
        'there.org',
      ]),
    );
    stop();
  });

  test('an older change synced late does not overwrite a newer one made here', async () => {
    const s = await freshSettings();
    const stop = s.sites.followSites();
    await s.sites.addChosenSites(['gone.com', 'kept.com']);
    await s.sites.removeChosenSites(['gone.com']);
    const stale = shardsOf(addSites({}, ['gone.com'], 1_000_000_000));
    await fakeBrowser.storage.sync.set(stale.shards);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await waitFor(async () =>
      expect(liveSites(bookOfShards(await fakeBrowser.storage.sync.get(null)))).toEqual(['kept.com']),
    );
    expect(await storedSites()).toEqual(['kept.com']);
    stop();
  });

  test('a removal made on another device reaches this one', async () => {
    const s = await freshSettings();
    const stop = s.sites.followSites();
    await s.sites.addChosenSites(['a.com', 'b.com']);
    const book = await s.sites.loadSiteBook();
    const later = removeSites(book, ['a.com'], Math.floor(Date.now() / 1000) + 5);
    await fakeBrowser.storage.sync.set(shardsOf(later).shards);
    await waitFor(async () => expect(await storedSites()).toEqual(['b.com']));
    stop();
  });

  test('an open view sees a change synced from elsewhere', async () => {
    const s = await freshSettings();
    const stop = s.sites.followSites();
    const seen: string[][] = [];
    const unwatch = s.sites.watchSites((sites) => seen.push(sites));
    await fakeBrowser.storage.sync.set(shardsOf(addSites({}, ['remote.org'], 1_800_000_000)).shards);
    await waitFor(() => expect(seen.at(-1)).toEqual(['remote.org']));
    unwatch();
    stop();
  });
});

describe('registration = chosen sites ∩ granted permissions, however many', () => {
  test('5,000 chosen, half granted: the reader matches exactly the granted half', async () => {
    const granted = manySites(2_500, 'granted.com');
    const sites = [...granted, ...manySites(2_500, 'not-granted.com')];
    const grantedSet = new Set(granted.flatMap(siteMatchPatterns));
    let registered: { id: string; matches: string[] }[] = [];
    const api: RegistrationApi = {
      permissions: { contains: async ({ origins }) => origins.every((o) => grantedSet.has(o)) },
      scripting: {
        getRegisteredContentScripts: async () => registered,
        registerContentScripts: async (scripts) => {
          registered = scripts.map(({ id, matches }) => ({ id, matches }));
        },
        updateContentScripts: async () => undefined,
        unregisterContentScripts: async () => {
          registered = [];
        },
      },
    };
    expect(await syncRegistrations(api, sites)).toBe('registered');
    expect(registered[0].matches).toEqual([...grantedSet].sort());
    expect(await grantedPatterns(api, sites)).toHaveLength(5_000);
  });
});
