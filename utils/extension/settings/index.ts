import type { FigureKind } from '@/utils/clean';
// Leaf modules, not the indexes, which reach the engine: the options page does not need it.
import { COPY_FORMATS, type CopyFormat } from '@/utils/format/names';
import { THEMES, type Theme, TYPEFACES, type Typeface } from '@/utils/view/theme';
import { defineSetting, parsers } from './define-setting';

/**
 * Sift's settings, declared once each (a new one is one more `defineSetting`: key, label,
 * fallback, version, parse, and migrations when its shape changes). Each lives in
 * `storage.sync` so it follows the user across browsers; views go through hooks/use-setting,
 * which shows what is stored and reports a refused write. The chosen sites are bigger than sync
 * allows and live in ./sites-store.
 */

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'date', 'quantity'];
export const FONT_SIZE = { min: 12, max: 24, default: 16 } as const;
/** Line height, as a multiple of the text size; 1.5 and more is what WCAG 1.4.12 asks a page to bear. */
export const LINE_HEIGHT = { min: 1.2, max: 2.2, step: 0.1, default: 1.6 } as const;
/** The reader's column, in CSS pixels (padding included); the popup's width is the browser's. */
export const CONTENT_WIDTH = { min: 480, max: 1200, step: 40, default: 640 } as const;
/** How long a continuous control must be still before its value is written. */
export const SETTLE_MS = 500;

/** Which kinds of key figure are highlighted and listed. */
export const figureKindsSetting = defineSetting<FigureKind[]>({
  key: 'figureKinds',
  label: 'kindsHeading',
  fallback: [...FIGURE_KINDS],
  version: 1,
  parse: parsers.subsetOf(FIGURE_KINDS),
});

/** Which copy button is the main one (styled as primary, listed first). */
export const copyFormatSetting = defineSetting<CopyFormat>({
  key: 'copyFormat',
  label: 'copyFormatLabel',
  fallback: 'text',
  version: 1,
  parse: parsers.oneOf(COPY_FORMATS),
});

/** Put the article's title at the top of what is copied. */
export const includeTitleSetting = defineSetting<boolean>({
  key: 'includeTitle',
  label: 'includeTitleDefault',
  fallback: true,
  version: 1,
  parse: parsers.boolean,
});

/** Put the page's address at the end of what is copied. */
export const includeSourceSetting = defineSetting<boolean>({
  key: 'includeSource',
  label: 'includeSourceDefault',
  fallback: true,
  version: 1,
  parse: parsers.boolean,
});

/** Keep image captions and credits in what is copied or saved (they are shown, but are not body text). */
export const includeCaptionsSetting = defineSetting<boolean>({
  key: 'includeCaptions',
  label: 'includeCaptionsDefault',
  fallback: false,
  version: 1,
  parse: parsers.boolean,
});

/** The colour scheme: light, sepia, dark, high contrast, or whatever the system prefers. */
export const themeSetting = defineSetting<Theme>({
  key: 'theme',
  label: 'themeLabel',
  fallback: 'system',
  // 2: sepia and high contrast joined system, light and dark.
  version: 2,
  migrations: { 2: migrateThemeV1 },
  parse: parsers.oneOf(THEMES),
});

/**
 * Version 1 stored 'system' | 'light' | 'dark'; each keeps its meaning in version 2. Anything
 * else was never written by Sift and stays unreadable (the fallback is shown and the user told).
 */
export function migrateThemeV1(old: unknown): unknown {
  return old === 'system' || old === 'light' || old === 'dark' ? old : undefined;
}

/** The article's typeface: serif, sans-serif, or the legible stack (components/sift.css). */
export const typefaceSetting = defineSetting<Typeface>({
  key: 'typeface',
  label: 'typefaceLabel',
  fallback: 'serif',
  version: 1,
  parse: parsers.oneOf(TYPEFACES),
});

/** The article's line height, a multiple of the text size, within LINE_HEIGHT. */
export const lineHeightSetting = defineSetting<number>({
  key: 'lineHeight',
  label: 'lineHeightLabel',
  fallback: LINE_HEIGHT.default,
  version: 1,
  parse: parsers.numberIn(LINE_HEIGHT, LINE_HEIGHT.step),
  settleMs: SETTLE_MS,
});

/** The in-page reader's column width in CSS pixels, within CONTENT_WIDTH. */
export const contentWidthSetting = defineSetting<number>({
  key: 'contentWidth',
  label: 'contentWidthLabel',
  fallback: CONTENT_WIDTH.default,
  version: 1,
  parse: parsers.numberIn(CONTENT_WIDTH, CONTENT_WIDTH.step),
  settleMs: SETTLE_MS,
});

/** Article text size in CSS pixels, within FONT_SIZE.min..max. */
export const fontSizeSetting = defineSetting<number>({
  key: 'fontSize',
  label: 'fontSizeLabel',
  fallback: FONT_SIZE.default,
  version: 1,
  parse: parsers.numberIn(FONT_SIZE, 1),
  settleMs: SETTLE_MS,
});

/** Read-aloud speeds, as the speech API's rate (1 is the voice's normal pace). */
export const SPEECH_RATE = { min: 0.5, max: 2, step: 0.25, default: 1 } as const;

/** How fast read aloud speaks. */
export const speechRateSetting = defineSetting<number>({
  key: 'speechRate',
  label: 'speechRateLabel',
  fallback: SPEECH_RATE.default,
  version: 1,
  parse: parsers.numberIn(SPEECH_RATE, SPEECH_RATE.step),
});

/** Every setting above, for the fault-injection tests and the README's table. */
export const ALL_SETTINGS = [
  figureKindsSetting,
  copyFormatSetting,
  includeTitleSetting,
  includeSourceSetting,
  includeCaptionsSetting,
  themeSetting,
  fontSizeSetting,
  typefaceSetting,
  lineHeightSetting,
  contentWidthSetting,
  speechRateSetting,
] as const;

/** Keeps a font size typed or stored by hand inside the range the layout is made for. */
export function clampFontSize(value: number): number {
  if (!Number.isFinite(value)) return FONT_SIZE.default;
  return Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, Math.round(value)));
}
