import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type StorageDouble, installStorageDouble } from '../../support/storage-double';
import { freshSettings } from './fresh';

/**
 * Every setting, against each way the browser refuses a sync write. A value different from the
 * fallback is written; the test then checks what is stored and what the user was told.
 */
const CASES = [
  ['figureKinds', ['money']],
  ['copyFormat', 'markdown'],
  ['includeTitle', false],
  ['includeSource', false],
  ['includeCaptions', true],
  ['theme', 'sepia'],
  ['fontSize', 20],
  ['typeface', 'legible'],
  ['lineHeight', 1.9],
  ['contentWidth', 880],
  ['speechRate', 1.5],
] as const;

let double: StorageDouble;

beforeEach(() => {
  fakeBrowser.reset();
  double = installStorageDouble();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function settingFor(key: string) {
  const s = await freshSettings();
  const setting = s.ALL_SETTINGS.find((item) => item.key === key);
  if (!setting) throw new Error(`no setting ${key}`);
  return { s, setting: setting as unknown as import('@/utils/extension/settings/define-setting').Setting<unknown> };
}

/** Starts a write and lets every timer it needs (settling, the rate budget, retries) run. */
async function save(setting: { setValue(value: never): Promise<unknown> }, value: unknown) {
  const done = setting.setValue(value as never);
  await vi.advanceTimersByTimeAsync(5 * 60_000);
  return done;
}

/** Stores filler items (each under the per-item limit) until sync holds `bytes` bytes. */
async function fillSync(bytes: number) {
  const items: Record<string, string> = {};
  let left = bytes;
  for (let i = 0; left > 0; i++) {
    const key = `filler${i}`;
    const size = Math.min(8_000, left) - key.length - 2;
    items[key] = 'x'.repeat(Math.max(0, size));
    left -= key.length + 2 + Math.max(0, size);
  }
  await fakeBrowser.storage.sync.set(items);
}

test('every declared setting is covered here', async () => {
  const s = await freshSettings();
  expect(s.ALL_SETTINGS.map((setting) => setting.key).sort()).toEqual(CASES.map(([key]) => key).sort());
});

describe.each(CASES)('%s', (key, value) => {
  test('is written to sync storage with its version', async () => {
    const { setting, s } = await settingFor(key);
    expect(await save(setting, value)).toEqual({ ok: true, area: 'sync' });
    expect(await fakeBrowser.storage.sync.get([key, `${key}$`])).toEqual({
      [key]: value,
      [`${key}$`]: { v: setting.version },
    });
    expect(await setting.getValue()).toEqual(value);
    expect(s.problems).toEqual([]);
  });

  test('per-item quota: refused, not retried, the stored value stays and the user is told', async () => {
    const { setting, s } = await settingFor(key);
    double.limits.bytesPerItem = key.length + 2; // smaller than any value of this setting
    expect(await save(setting, value)).toEqual({ ok: false, fault: 'item-quota' });
    expect(double.refused).toEqual(['kQuotaBytesPerItem quota exceeded']);
    expect(await setting.getValue()).toEqual(setting.fallback);
    expect(s.problems).toEqual([{ kind: 'not-saved', label: setting.label, fault: 'item-quota' }]);
  });

  test('total quota (102,400 bytes): refused, the stored value stays and the user is told', async () => {
    const { setting, s } = await settingFor(key);
    await fillSync(102_400 - 4);
    expect(await save(setting, value)).toEqual({ ok: false, fault: 'total-quota' });
    expect(double.refused).toEqual(['kQuotaBytes quota exceeded']);
    expect(await setting.getValue()).toEqual(setting.fallback);
    expect(s.problems).toEqual([{ kind: 'not-saved', label: setting.label, fault: 'total-quota' }]);
  });

  test('512 items: refused as a full storage', async () => {
    const { setting, s } = await settingFor(key);
    await fakeBrowser.storage.sync.set(Object.fromEntries(Array.from({ length: 511 }, (_, i) => [`f${i}`, 0])));
    expect(await save(setting, value)).toEqual({ ok: false, fault: 'total-quota' });
    expect(double.refused).toEqual(['kMaxItems quota exceeded']);
    expect(s.problems).toHaveLength(1);
  });

  test('120 writes a minute (other pages wrote them): retried after a pause, then stored, nothing to tell', async () => {
    const { setting, s } = await settingFor(key);
    double.writeTimes.push(...Array.from({ length: 120 }, () => Date.now() - 45_000));
    expect(await save(setting, value)).toEqual({ ok: true, area: 'sync' });
    expect(double.refused).toEqual(['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.']);
    expect(await setting.getValue()).toEqual(value);
    expect(s.problems).toEqual([]);
  });

  test('a minute limit that never clears: three retries, then the user is told', async () => {
    const { setting, s } = await settingFor(key);
    double.limits.writesPerMinute = 0;
    expect(await save(setting, value)).toEqual({ ok: false, fault: 'rate-minute' });
    expect(double.refused).toHaveLength(4);
    expect(s.problems).toEqual([{ kind: 'not-saved', label: setting.label, fault: 'rate-minute' }]);
  });

  test('1,800 writes an hour: not retried (only a long wait helps), the user is told', async () => {
    const { setting, s } = await settingFor(key);
    double.writeTimes.push(...Array.from({ length: 1_800 }, (_, i) => Date.now() - 3_000_000 + i));
    expect(await save(setting, value)).toEqual({ ok: false, fault: 'rate-hour' });
    expect(double.refused).toHaveLength(1);
    expect(s.problems).toEqual([{ kind: 'not-saved', label: setting.label, fault: 'rate-hour' }]);
  });

  test('sync unavailable (disabled by policy): kept in this browser, and the user is told so', async () => {
    const { setting, s } = await settingFor(key);
    double.unavailable.sync = true;
    expect(await save(setting, value)).toEqual({ ok: true, area: 'local' });
    expect(await setting.getValue()).toEqual(value);
    expect(s.problems).toEqual([{ kind: 'saved-here-only', label: setting.label }]);
  });

  test('no storage at all: nothing saved, the fallback shown, the user told', async () => {
    const { setting, s } = await settingFor(key);
    double.unavailable.sync = true;
    double.unavailable.local = true;
    expect(await save(setting, value)).toEqual({ ok: false, fault: 'unavailable' });
    expect(await setting.getValue()).toEqual(setting.fallback);
    expect(s.problems).toEqual([{ kind: 'not-saved', label: setting.label, fault: 'unavailable' }]);
  });
});
