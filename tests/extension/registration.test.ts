import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  READER_SCRIPT_FILE,
  READER_SCRIPT_ID,
  grantedPatterns,
  serialize,
  syncRegistrations,
  type RegistrationApi,
} from '@/utils/extension/registration';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  persistAcrossSessions?: boolean;
}

/**
 * fakeBrowser does not implement permissions or scripting registration, so this stubs them
 * over its objects with a tiny in-memory model of what the browser keeps.
 */
function installFakes(granted: string[]) {
  const grantedSet = new Set(granted);
  let registered: Registered[] = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => grantedSet.has(o))) as never);
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) =>
      registered.filter((s) => !ids || ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      for (const s of scripts)
        if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered.push(...scripts);
    }),
    updateContentScripts: vi.fn(async (scripts: Registered[]) => {
      registered = registered.map((r) => ({ ...r, ...scripts.find((s) => s.id === r.id) }));
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) => {
      registered = registered.filter((r) => ids && !ids.includes(r.id));
    }),
  };
  Object.assign(fakeBrowser.scripting, scripting);
  return {
    api: fakeBrowser as unknown as RegistrationApi,
    scripting,
    registered: () => registered,
    grant: (origin: string) => grantedSet.add(origin),
    revoke: (origin: string) => grantedSet.delete(origin),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('grantedPatterns', () => {
  test('keeps only the granted patterns of the chosen sites', async () => {
    const { api } = installFakes(['*://example.com/*', '*://*.example.com/*', 'http://127.0.0.1/*']);
    expect(await grantedPatterns(api, ['example.com', 'other.org', '127.0.0.1'])).toEqual([
      '*://*.example.com/*',
      '*://example.com/*',
      'http://127.0.0.1/*',
    ]);
  });

  test('a site whose subdomain pattern was revoked keeps its bare-domain pattern', async () => {
    const { api } = installFakes(['*://example.com/*']);
    expect(await grantedPatterns(api, ['example.com'])).toEqual(['*://example.com/*']);
  });
});

describe('syncRegistrations', () => {
  test('registers the reader for granted sites, persisted across sessions', async () => {
    const fake = installFakes(['http://127.0.0.1/*']);
    expect(await syncRegistrations(fake.api, ['127.0.0.1'])).toBe('registered');
    expect(fake.registered()).toEqual([
      {
        id: READER_SCRIPT_ID,
        js: [READER_SCRIPT_FILE],
        matches: ['http://127.0.0.1/*'],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  test('does nothing when no chosen site is granted', async () => {
    const fake = installFakes([]);
    expect(await syncRegistrations(fake.api, ['example.com'])).toBe('unchanged');
    expect(fake.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  test('is idempotent: a second sync with the same state changes nothing', async () => {
    const fake = installFakes(['http://127.0.0.1/*']);
    await syncRegistrations(fake.api, ['127.0.0.1']);
    expect(await syncRegistrations(fake.api, ['127.0.0.1'])).toBe('unchanged');
    expect(fake.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(fake.scripting.updateContentScripts).not.toHaveBeenCalled();
  });

  test('updates the matches when a site is added', async () => {
    const fake = installFakes(['http://127.0.0.1/*', '*://example.com/*', '*://*.example.com/*']);
    await syncRegistrations(fake.api, ['127.0.0.1']);
    expect(await syncRegistrations(fake.api, ['127.0.0.1', 'example.com'])).toBe('updated');
    expect(fake.registered()[0].matches).toEqual(['*://*.example.com/*', '*://example.com/*', 'http://127.0.0.1/*']);
  });

  test('drops a site whose permission the user revoked in the browser', async () => {
    const fake = installFakes(['http://127.0.0.1/*', '*://example.com/*', '*://*.example.com/*']);
    await syncRegistrations(fake.api, ['127.0.0.1', 'example.com']);
    fake.revoke('*://example.com/*');
    fake.revoke('*://*.example.com/*');
    expect(await syncRegistrations(fake.api, ['127.0.0.1', 'example.com'])).toBe('updated');
    expect(fake.registered()[0].matches).toEqual(['http://127.0.0.1/*']);
  });

  test('unregisters when the last site is removed', async () => {
    const fake = installFakes(['http://127.0.0.1/*']);
    await syncRegistrations(fake.api, ['127.0.0.1']);
    expect(await syncRegistrations(fake.api, [])).toBe('unregistered');
    expect(fake.registered()).toEqual([]);
  });

  test('after a browser restart (registration gone) it registers again', async () => {
    const fake = installFakes(['http://127.0.0.1/*']);
    await syncRegistrations(fake.api, ['127.0.0.1']);
    await fake.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] });
    expect(await syncRegistrations(fake.api, ['127.0.0.1'])).toBe('registered');
  });
});

describe('serialize', () => {
  test('overlapping syncs run one after another and never register twice', async () => {
    const fake = installFakes(['http://127.0.0.1/*']);
    const sync = serialize(() => syncRegistrations(fake.api, ['127.0.0.1']));
    const outcomes = await Promise.all([sync(), sync(), sync()]);
    expect(outcomes).toEqual(['registered', 'unchanged', 'unchanged']);
    expect(fake.registered()).toHaveLength(1);
  });

  test('a failed sync does not block the next one', async () => {
    let calls = 0;
    const task = serialize(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return calls;
    });
    await expect(task()).rejects.toThrow('boom');
    await expect(task()).resolves.toBe(2);
  });
});
