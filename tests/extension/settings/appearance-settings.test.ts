import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_WIDTH, LINE_HEIGHT, migrateThemeV1 } from '@/utils/extension/settings';
import { freshSettings } from './fresh';

/**
 * The appearance settings of issue 12: the theme's stored shape gained sepia and high
 * contrast (version 2), typeface, line height and column width are new (version 1).
 * What version 1 stored (today's: 'system' | 'light' | 'dark', with or without "theme$")
 * must read as it did and be stored again as version 2.
 */
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('migrateThemeV1', () => {
  test.each(['system', 'light', 'dark'])('%s keeps its meaning', (value) => {
    expect(migrateThemeV1(value)).toBe(value);
  });

  test.each([['sepia'], ['contrast'], ['purple'], [42], [null], [{ dark: true }]])(
    '%j was never a version-1 value: unreadable',
    (value) => {
      expect(migrateThemeV1(value)).toBeUndefined();
    },
  );
});

describe('the theme from version 1', () => {
  test.each([
    ['system', true],
    ['light', true],
    ['dark', true],
    ['dark', false],
  ] as const)('%s (version stored: %s) reads as stored and is rewritten as version 2', async (theme, withMeta) => {
    await fakeBrowser.storage.sync.set({ theme, ...(withMeta ? { theme$: { v: 1 } } : {}) });
    const s = await freshSettings();
    expect(await s.themeSetting.getValue()).toBe(theme);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.sync.get(['theme', 'theme$'])).toEqual({ theme, theme$: { v: 2 } }),
    );
    expect(s.problems).toEqual([]);
  });

  test('a version-1 value no Sift wrote falls back to the system theme, with a message', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'sepia', theme$: { v: 1 } });
    const s = await freshSettings();
    expect(await s.themeSetting.getValue()).toBe('system');
    expect(s.problems).toEqual([{ kind: 'unreadable', label: 'themeLabel' }]);
  });

  test.each(['sepia', 'contrast'])('version 2 stores and reads %s', async (theme) => {
    const s = await freshSettings();
    expect(await s.themeSetting.setValue(theme as 'sepia')).toMatchObject({ ok: true });
    expect(await fakeBrowser.storage.sync.get(['theme', 'theme$'])).toEqual({ theme, theme$: { v: 2 } });
    expect(await (await freshSettings()).themeSetting.getValue()).toBe(theme);
  });
});

describe('typeface, line height and column width', () => {
  test('nothing stored: today’s look (serif, 1.6, the reader’s old column)', async () => {
    const s = await freshSettings();
    expect(await s.typefaceSetting.getValue()).toBe('serif');
    expect(await s.lineHeightSetting.getValue()).toBe(LINE_HEIGHT.default);
    expect(await s.contentWidthSetting.getValue()).toBe(CONTENT_WIDTH.default);
    expect(s.problems).toEqual([]);
  });

  test.each<[string, unknown, unknown]>([
    ['lineHeight', 1.75, 1.8],
    ['lineHeight', 9, LINE_HEIGHT.max],
    ['lineHeight', 0.5, LINE_HEIGHT.min],
    ['contentWidth', 655, 640],
    ['contentWidth', 5000, CONTENT_WIDTH.max],
    ['typeface', 'legible', 'legible'],
  ])('%s = %j reads as %j', async (key, stored, expected) => {
    await fakeBrowser.storage.sync.set({ [key]: stored, [`${key}$`]: { v: 1 } });
    const s = await freshSettings();
    expect(await s.ALL_SETTINGS.find((item) => item.key === key)!.getValue()).toEqual(expected);
    expect(s.problems).toEqual([]);
  });

  test.each<[string, unknown, unknown]>([
    ['typeface', 'comic', 'serif'],
    ['lineHeight', 'tall', LINE_HEIGHT.default],
    ['contentWidth', null, CONTENT_WIDTH.default],
  ])('%s = %j is unreadable: %j', async (key, stored, expected) => {
    await fakeBrowser.storage.sync.set({ [key]: stored, [`${key}$`]: { v: 1 } });
    const s = await freshSettings();
    expect(await s.ALL_SETTINGS.find((item) => item.key === key)!.getValue()).toEqual(expected);
  });
});
