import { browser } from 'wxt/browser';
import type { MessageKey } from '@/utils/extension/i18n';
import { reportSettingProblem } from './problems';
import { type WriteOutcome, writeQueue } from './write-queue';

/**
 * One declaration per setting. The value lives in `storage.sync` under `key`, its shape's
 * version under `key$` ({ v }), the layout WXT's storage items used since the first release.
 * If sync cannot be used at all (disabled by policy, missing), the value is kept in
 * `storage.local` under the same key and the user is told it stays in this browser.
 */
export interface SettingSpec<T> {
  key: string;
  /** The message that names the setting in the options page, reused in error messages. */
  label: MessageKey;
  fallback: T;
  /** The version of the stored shape; raise it together with a migration. */
  version: number;
  /** `migrations[n]` turns a version n−1 value into a version n one. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** The stored value as a T, or undefined when it is none (corrupt, edited by hand). */
  parse: (raw: unknown) => T | undefined;
  /** Continuous controls (size, line height, width) write once the value has been still this long. */
  settleMs?: number;
}

export type SaveOutcome = WriteOutcome & { area?: 'sync' | 'local' };

export interface Setting<T> extends Readonly<SettingSpec<T>> {
  /** The stored value (migrated, checked), or the fallback when nothing usable is stored. */
  getValue(): Promise<T>;
  /** Writes, retrying where that helps; a refused write is reported and resolves with ok: false. */
  setValue(value: T): Promise<SaveOutcome>;
  /** Calls back with each change made anywhere (another page, another device). */
  watch(callback: (value: T) => void): () => void;
}

const metaKeyOf = (key: string) => `${key}$`;

function storedVersion(meta: unknown): number {
  const v = (meta as { v?: unknown } | undefined)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

export function defineSetting<T>(spec: SettingSpec<T>): Setting<T> {
  const { key, version, label } = spec;
  const metaKey = metaKeyOf(key);

  async function read(): Promise<{ raw: unknown; meta: unknown; area: 'sync' | 'local' } | null> {
    for (const area of ['sync', 'local'] as const) {
      try {
        const got = await browser.storage[area].get([key, metaKey]);
        if (area === 'sync' || got[key] !== undefined) return { raw: got[key], meta: got[metaKey], area };
      } catch {
        // This area cannot be read; the next one may hold the value.
      }
    }
    return null;
  }

  /** Runs the migrations from the stored version up to the current one; undefined if one throws. */
  function migrate(raw: unknown, from: number): unknown {
    let value = raw;
    try {
      for (let v = from + 1; v <= version; v++) value = spec.migrations?.[v] ? spec.migrations[v](value) : value;
      return value;
    } catch {
      return undefined;
    }
  }

  async function write(value: T): Promise<SaveOutcome> {
    const items = { [key]: value, [metaKey]: { v: version } };
    const outcome = await writeQueue.write('sync', key, items, spec.settleMs ?? 0);
    if (outcome.ok) return { ...outcome, area: 'sync' };
    if (outcome.fault === 'unavailable') {
      const local = await writeQueue.write('local', key, items);
      if (local.ok) {
        reportSettingProblem({ kind: 'saved-here-only', label });
        return { ...local, area: 'local' };
      }
    }
    reportSettingProblem({ kind: 'not-saved', label, fault: outcome.fault });
    return outcome;
  }

  return {
    ...spec,
    async getValue() {
      const stored = await read();
      if (!stored || stored.raw === undefined || stored.raw === null) return spec.fallback;
      const from = storedVersion(stored.meta);
      const value = from < version ? migrate(stored.raw, from) : stored.raw;
      const parsed = value === undefined ? undefined : spec.parse(value);
      if (parsed === undefined) {
        reportSettingProblem({ kind: 'unreadable', label });
        return spec.fallback;
      }
      // Stored in an older shape: store the migrated value so the next read is plain.
      if (from < version) void write(parsed);
      return parsed;
    },
    setValue: write,
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>) => {
        if (!(key in changes)) return;
        const next = changes[key].newValue;
        callback(next === undefined ? spec.fallback : (spec.parse(next) ?? spec.fallback));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Parses for the common shapes of settings. */
export const parsers = {
  oneOf:
    <V extends string>(values: readonly V[]) =>
    (raw: unknown): V | undefined =>
      values.includes(raw as V) ? (raw as V) : undefined,
  boolean: (raw: unknown): boolean | undefined => (typeof raw === 'boolean' ? raw : undefined),
  /** A number kept inside the range the layout is made for; not a number at all is unreadable. */
  numberIn:
    (range: { min: number; max: number }, step: number) =>
    (raw: unknown): number | undefined => {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
      const stepped = Math.round(raw / step) * step;
      return Math.min(range.max, Math.max(range.min, Number(stepped.toFixed(4))));
    },
  /** A list of known values, in their canonical order, without duplicates. */
  subsetOf:
    <V extends string>(values: readonly V[]) =>
    (raw: unknown): V[] | undefined =>
      Array.isArray(raw) ? values.filter((value) => raw.includes(value)) : undefined,
};
