/**
 * What a failed `browser.storage` call means for the user, read from the browser's error text.
 * Chromium names the limit it hit ("kQuotaBytesPerItem quota exceeded", "This request exceeds
 * the MAX_WRITE_OPERATIONS_PER_MINUTE quota."); Firefox says "QuotaExceededError" for sync
 * quotas. Anything else (sync disabled by policy, an area missing in this browser, a profile
 * that cannot be written) is treated as the area being unavailable.
 */
export type StorageFault =
  /** One item is over 8,192 bytes (sync). Retrying the same value cannot help. */
  | 'item-quota'
  /** Sync holds 102,400 bytes or 512 items in all. Retrying cannot help until something is removed. */
  | 'total-quota'
  /** More than 120 writes in a minute (sync). Retrying after a pause helps. */
  | 'rate-minute'
  /** More than 1,800 writes in an hour (sync). Only a long wait helps, so it is not retried. */
  | 'rate-hour'
  /** The area cannot be used at all. */
  | 'unavailable';

const PATTERNS: [RegExp, StorageFault][] = [
  [/QUOTA_BYTES_PER_ITEM|QuotaBytesPerItem/i, 'item-quota'],
  [/MAX_WRITE_OPERATIONS_PER_MINUTE|MaxWriteOperationsPerMinute/i, 'rate-minute'],
  [/MAX_WRITE_OPERATIONS_PER_HOUR|MaxWriteOperationsPerHour/i, 'rate-hour'],
  [/QUOTA_BYTES|QuotaBytes|MAX_ITEMS|MaxItems|QuotaExceeded|exceeded its quota/i, 'total-quota'],
];

export function classifyStorageError(error: unknown): StorageFault {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? 'unavailable';
}

/** Whether waiting and writing the same value again can succeed. */
export function retryHelps(fault: StorageFault): boolean {
  return fault === 'rate-minute';
}

/** Chromium's documented `storage.sync` limits (Firefox's are looser, or absent for the rate). */
export const SYNC_QUOTA = {
  bytesPerItem: 8_192,
  bytes: 102_400,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** Bytes an item counts for in Chromium's sync quota: its key plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}
