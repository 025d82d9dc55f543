import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FONT_SIZE } from '@/utils/extension/settings';
import { migrateSitesToV2 } from '@/utils/extension/settings/legacy-sites';
import { storedSites } from '../../support/sites';
import { freshSettings } from './fresh';

/**
 * Every shape Sift has stored since its first release (read from the history of
 * utils/settings.ts): each setting a WXT storage item in sync, with "<key>$": { v } beside it,
 * written only once a value was stored (so a first-release value may have no version at all);
 * the site list a plain array, version 1 as typed, version 2 normalised. And values that no
 * Sift wrote: corrupt, edited by hand, or from a newer Sift.
 */
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('migrateSitesToV2', () => {
  test.each<[string, unknown, string[]]>([
    [
      'normalises typed entries',
      ['https://www.Example.com/news', '*.example.org', 'localhost:3000'],
      ['example.com', 'example.org', 'localhost'],
    ],
    ['drops duplicates and sorts', ['b.com', 'www.b.com', 'a.com'], ['a.com', 'b.com']],
    ['drops junk', ['not a site', 42, null, 'ok.com'], ['ok.com']],
    ['a non-array becomes empty', 'example.com', []],
  ])('%s', (_, old, expected) => {
    expect(migrateSitesToV2(old)).toEqual(expected);
  });
});

describe('settings from older shapes', () => {
  test('nothing stored: every fallback, nothing to tell', async () => {
    const s = await freshSettings();
    expect(await s.figureKindsSetting.getValue()).toEqual(['money', 'percent', 'date', 'quantity']);
    expect(await s.copyFormatSetting.getValue()).toBe('text');
    expect(await s.includeTitleSetting.getValue()).toBe(true);
    expect(await s.includeSourceSetting.getValue()).toBe(true);
    expect(await s.themeSetting.getValue()).toBe('system');
    expect(await s.fontSizeSetting.getValue()).toBe(FONT_SIZE.default);
    expect(await s.sites.loadSites()).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  test.each([
    ['with its version', true],
    ['without a version (first release)', false],
  ])('version 1 of every setting %s reads as stored', async (_, withMeta) => {
    const values = {
      figureKinds: ['date', 'money'],
      copyFormat: 'markdown',
      includeTitle: false,
      includeSource: false,
      theme: 'dark',
      fontSize: 21,
    };
    const metas = withMeta ? Object.fromEntries(Object.keys(values).map((key) => [`${key}$`, { v: 1 }])) : {};
    await fakeBrowser.storage.sync.set({ ...values, ...metas });
    const s = await freshSettings();
    expect(await s.figureKindsSetting.getValue()).toEqual(['money', 'date']);
    expect(await s.copyFormatSetting.getValue()).toBe('markdown');
    expect(await s.includeTitleSetting.getValue()).toBe(false);
    expect(await s.includeSourceSetting.getValue()).toBe(false);
    expect(await s.themeSetting.getValue()).toBe('dark');
    expect(await s.fontSizeSetting.getValue()).toBe(21);
    expect(s.problems).toEqual([]);
  });

  test('a version-1 site list (as typed, no version) becomes the local list and leaves sync', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['https://www.Example.com/a', 'example.com', '127.0.0.1:8080'] });
    const s = await freshSettings();
    expect(await s.sites.loadSites()).toEqual(['127.0.0.1', 'example.com']);
    expect(await storedSites()).toEqual(['127.0.0.1', 'example.com']);
    await s.sites.pushSitesToSync(await s.sites.loadSiteBook());
    expect(await fakeBrowser.storage.sync.get(['sites', 'sites$'])).toEqual({});
    // What sync now holds is the shards, which bring both sites to a new device.
    await fakeBrowser.storage.local.clear();
    expect(await (await freshSettings()).sites.loadSites()).toEqual(['127.0.0.1', 'example.com']);
  });

  test('a version-2 site list is kept', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['a.com', 'b.org'], sites$: { v: 2 } });
    const s = await freshSettings();
    expect(await s.sites.loadSites()).toEqual(['a.com', 'b.org']);
  });

  test('a version-2 list merges with a local list already there (another page migrated first)', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['a.com'], sites$: { v: 2 } });
    await (await freshSettings()).sites.addChosenSites(['c.net']);
    expect(await (await freshSettings()).sites.loadSites()).toEqual(['a.com', 'c.net']);
  });
});

describe('corrupt or hand-edited values fall back to a safe default, with a message', () => {
  test.each<[string, unknown, unknown]>([
    ['theme', 'purple', 'system'],
    ['theme', { dark: true }, 'system'],
    ['copyFormat', 'pdf', 'text'],
    ['includeTitle', 'yes', true],
    ['includeSource', 0, true],
    ['fontSize', 'big', FONT_SIZE.default],
    ['speechRate', 'fast', 1],
    ['figureKinds', 'money', ['money', 'percent', 'date', 'quantity']],
  ])('%s = %j → %j', async (key, stored, expected) => {
    await fakeBrowser.storage.sync.set({ [key]: stored, [`${key}$`]: { v: 1 } });
    const s = await freshSettings();
    const setting = s.ALL_SETTINGS.find((item) => item.key === key)!;
    expect(await setting.getValue()).toEqual(expected);
    expect(s.problems).toEqual([{ kind: 'unreadable', label: setting.label }]);
  });

  test.each<[string, unknown, unknown]>([
    ['fontSize', 99, FONT_SIZE.max],
    ['fontSize', 3.2, FONT_SIZE.min],
    ['speechRate', 9, 2],
    ['speechRate', 1.3, 1.25],
    ['figureKinds', ['money', 'bogus', 'money'], ['money']],
  ])('%s = %j is usable and kept in range: %j, without a message', async (key, stored, expected) => {
    await fakeBrowser.storage.sync.set({ [key]: stored });
    const s = await freshSettings();
    expect(await s.ALL_SETTINGS.find((item) => item.key === key)!.getValue()).toEqual(expected);
    expect(s.problems).toEqual([]);
  });

  test('a value from a newer Sift (higher version) is used if it reads, never thrown on', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'light', theme$: { v: 7 }, fontSize: [], fontSize$: { v: 9 } });
    const s = await freshSettings();
    expect(await s.themeSetting.getValue()).toBe('light');
    expect(await s.fontSizeSetting.getValue()).toBe(FONT_SIZE.default);
  });

  test('a hand-edited local site list keeps its good entries and says the rest was unreadable', async () => {
    await fakeBrowser.storage.local.set({
      siteBook: { v: 3, book: { 'a.com': 1_700_000_000, 'Not A Site': 5, 'b.org': 'yesterday' } },
    });
    const s = await freshSettings();
    expect(await s.sites.loadSites()).toEqual(['a.com']);
    expect(s.problems).toContainEqual({ kind: 'unreadable', label: 'sitesHeading' });
  });

  test('a local site list that is not a list at all: sync still has the sites, nothing breaks', async () => {
    const { addSites, shardsOf } = await import('@/utils/extension/settings/site-book');
    await fakeBrowser.storage.sync.set(shardsOf(addSites({}, ['kept.org'], 1_700_000_000)).shards);
    await fakeBrowser.storage.local.set({ siteBook: 'garbage' });
    const s = await freshSettings();
    expect(await s.sites.loadSites()).toEqual(['kept.org']);
    expect(s.problems).toContainEqual({ kind: 'unreadable', label: 'sitesHeading' });
  });

  test('a corrupt sync shard is ignored; the other shards and the local list still count', async () => {
    await fakeBrowser.storage.sync.set({ 'sites.3': [1, 2, 3], 'sites.4': { 'ok.com': 1_700_000_000 } });
    const s = await freshSettings();
    expect(await s.sites.loadSites()).toEqual(['ok.com']);
  });
});
