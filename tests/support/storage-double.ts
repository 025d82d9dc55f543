import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_QUOTA, itemBytes } from '@/utils/extension/settings/storage-faults';

/**
 * Makes fakeBrowser's storage refuse writes the way Chromium does, with Chromium's messages:
 * one item over 8,192 bytes, more than 102,400 bytes or 512 items in all, more than 120 writes
 * a minute or 1,800 an hour (sync), or an area that cannot be used at all. Limits can be
 * lowered to make a small value hit them; the rate windows follow Date.now (fake timers too).
 */
export interface StorageDouble {
  limits: { bytesPerItem: number; bytes: number; maxItems: number; writesPerMinute: number; writesPerHour: number };
  /** Sync (or local) refuses every call, as when sync is disabled by policy. */
  unavailable: { sync: boolean; local: boolean };
  /** Times of the sync writes that counted against the rate; tests may add writes "from other pages". */
  writeTimes: number[];
  /** Sync writes that were refused, with the browser's message. */
  refused: string[];
}

export function installStorageDouble(): StorageDouble {
  const double: StorageDouble = {
    limits: { ...SYNC_QUOTA },
    unavailable: { sync: false, local: false },
    writeTimes: [],
    refused: [],
  };
  const sync = fakeBrowser.storage.sync;
  const local = fakeBrowser.storage.local;
  const real = {
    syncGet: sync.get.bind(sync),
    syncSet: sync.set.bind(sync),
    syncRemove: sync.remove.bind(sync),
    localGet: local.get.bind(local),
    localSet: local.set.bind(local),
  };
  const refuse = (message: string): never => {
    double.refused.push(message);
    throw new Error(message);
  };
  const countWrite = () => {
    const now = Date.now();
    const lastMinute = double.writeTimes.filter((time) => time > now - 60_000).length;
    const lastHour = double.writeTimes.filter((time) => time > now - 3_600_000).length;
    if (lastMinute >= double.limits.writesPerMinute)
      refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (lastHour >= double.limits.writesPerHour)
      refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    double.writeTimes.push(now);
  };
  const syncDisabled = () => double.unavailable.sync && refuse('Sync storage is disabled by policy.');

  vi.spyOn(sync, 'get').mockImplementation((async (keys?: unknown) => {
    syncDisabled();
    return real.syncGet(keys as never);
  }) as never);
  vi.spyOn(sync, 'remove').mockImplementation((async (keys: string | string[]) => {
    syncDisabled();
    countWrite();
    return real.syncRemove(keys);
  }) as never);
  vi.spyOn(sync, 'set').mockImplementation((async (items: Record<string, unknown>) => {
    syncDisabled();
    for (const [key, value] of Object.entries(items))
      if (itemBytes(key, value) > double.limits.bytesPerItem) refuse('kQuotaBytesPerItem quota exceeded');
    const after = { ...(await real.syncGet(null)), ...items };
    const entries = Object.entries(after);
    if (entries.length > double.limits.maxItems) refuse('kMaxItems quota exceeded');
    if (entries.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0) > double.limits.bytes)
      refuse('kQuotaBytes quota exceeded');
    countWrite();
    return real.syncSet(items);
  }) as never);
  vi.spyOn(local, 'get').mockImplementation((async (keys?: unknown) => {
    if (double.unavailable.local) throw new Error('IO error: .../Local Extension Settings (read-only)');
    return real.localGet(keys as never);
  }) as never);
  vi.spyOn(local, 'set').mockImplementation((async (items: Record<string, unknown>) => {
    if (double.unavailable.local) throw new Error('IO error: .../Local Extension Settings (read-only)');
    return real.localSet(items);
  }) as never);
  return double;
}

/** Sync writes that reached storage, in the last `windowMs` before now. */
export function writesWithin(double: StorageDouble, windowMs: number): number {
  const now = Date.now();
  return double.writeTimes.filter((time) => time > now - windowMs).length;
}
