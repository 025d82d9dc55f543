import { storage } from 'wxt/utils/storage';
import type { FigureKind } from '@/utils/clean';
import type { CopyFormat } from '@/utils/format';
import type { Theme } from '@/utils/view';
import { normalizeSite } from '@/utils/extension/sites/patterns';

/**
 * Sift's settings, declared once. Each is its own storage item in `sync:` so it follows the
 * user across browsers, and views `watch()` it so a change applies to open popups and readers.
 */

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'date', 'quantity'];
export const FONT_SIZE = { min: 12, max: 24, default: 16 } as const;

/**
 * Version 1 stored the site list as typed ("https://www.Example.com/news", "*.example.com");
 * version 2 stores normalised sites ("example.com"), sorted, without duplicates or junk.
 */
export function migrateSitesToV2(old: unknown): string[] {
  if (!Array.isArray(old)) return [];
  const sites = old
    .filter((entry): entry is string => typeof entry === 'string')
    .map(normalizeSite)
    .filter((site): site is string => site !== null);
  return [...new Set(sites)].sort();
}

/** Sites whose articles open in the in-page reader automatically: "example.com" (with subdomains) or "127.0.0.1". */
export const sitesSetting = storage.defineItem<string[]>('sync:sites', {
  fallback: [],
  version: 2,
  migrations: { 2: migrateSitesToV2 },
});

/** Which kinds of key figure are highlighted and listed. */
export const figureKindsSetting = storage.defineItem<FigureKind[]>('sync:figureKinds', {
  fallback: [...FIGURE_KINDS],
  version: 1,
});

/** Which copy button is the main one (styled as primary, listed first). */
export const copyFormatSetting = storage.defineItem<CopyFormat>('sync:copyFormat', {
  fallback: 'text',
  version: 1,
});

/** Put the article's title at the top of what is copied. */
export const includeTitleSetting = storage.defineItem<boolean>('sync:includeTitle', {
  fallback: true,
  version: 1,
});

/** Put the page's address at the end of what is copied. */
export const includeSourceSetting = storage.defineItem<boolean>('sync:includeSource', {
  fallback: true,
  version: 1,
});

/** Light, dark, or whatever the system prefers. */
export const themeSetting = storage.defineItem<Theme>('sync:theme', {
  fallback: 'system',
  version: 1,
});

/** Article text size in CSS pixels, within FONT_SIZE.min..max. */
export const fontSizeSetting = storage.defineItem<number>('sync:fontSize', {
  fallback: FONT_SIZE.default,
  version: 1,
});

/** Keeps a font size typed or stored by hand inside the range the layout is made for. */
export function clampFontSize(value: number): number {
  if (!Number.isFinite(value)) return FONT_SIZE.default;
  return Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, Math.round(value)));
}
