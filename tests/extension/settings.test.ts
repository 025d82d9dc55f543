import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FONT_SIZE, clampFontSize, migrateSitesToV2 } from '@/utils/extension/settings';
import { waitFor } from '../support/wait';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** Imports settings afresh, as a new extension page would, so item definitions (and migrations) run again. */
async function freshSettings() {
  return import('@/utils/extension/settings');
}

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

describe('settings storage', () => {
  test('fallbacks when nothing is stored', async () => {
    const s = await freshSettings();
    expect(await s.sitesSetting.getValue()).toEqual([]);
    expect(await s.figureKindsSetting.getValue()).toEqual(['money', 'percent', 'date', 'quantity']);
    expect(await s.copyFormatSetting.getValue()).toBe('text');
    expect(await s.includeTitleSetting.getValue()).toBe(true);
    expect(await s.includeSourceSetting.getValue()).toBe(true);
    expect(await s.themeSetting.getValue()).toBe('system');
    expect(await s.fontSizeSetting.getValue()).toBe(FONT_SIZE.default);
  });

  test('migrates a version-1 site list when the settings load', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['https://www.Example.com/a', 'example.com', '127.0.0.1:8080'] });
    const s = await freshSettings();
    expect(await s.sitesSetting.getValue()).toEqual(['127.0.0.1', 'example.com']);
    expect(await fakeBrowser.storage.sync.get('sites$')).toEqual({ sites$: { v: 2 } });
  });

  test('leaves a version-2 list alone', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['www.kept-as-is.com'], sites$: { v: 2 } });
    const s = await freshSettings();
    expect(await s.sitesSetting.getValue()).toEqual(['www.kept-as-is.com']);
  });

  test('watch() reports changes, which is how open views update live', async () => {
    const s = await freshSettings();
    const seen: string[] = [];
    const unwatch = s.themeSetting.watch((value) => seen.push(value));
    await s.themeSetting.setValue('dark');
    await waitFor(() => expect(seen).toEqual(['dark']));
    unwatch();
  });
});

describe('clampFontSize', () => {
  test.each([
    [16, 16],
    [12, 12],
    [8, FONT_SIZE.min],
    [40, FONT_SIZE.max],
    [17.6, 18],
    [Number.NaN, FONT_SIZE.default],
  ])('%s → %s', (input, expected) => {
    expect(clampFontSize(input)).toBe(expected);
  });
});
