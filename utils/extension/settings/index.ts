import type { FigureKind } from '@/utils/clean';
// Leaf modules, not the indexes, which reach the engine: the options page does not need it.
import { COPY_FORMATS, type CopyFormat } from '@/utils/format/names';
import { THEMES, type Theme } from '@/utils/view/theme';
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

/** Light, dark, or whatever the system prefers. */
export const themeSetting = defineSetting<Theme>({
  key: 'theme',
  label: 'themeLabel',
  fallback: 'system',
  version: 1,
  parse: parsers.oneOf(THEMES),
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

/** Every setting above, for the fault-injection tests and the README's table. */
export const ALL_SETTINGS = [
  figureKindsSetting,
  copyFormatSetting,
  includeTitleSetting,
  includeSourceSetting,
  themeSetting,
  fontSizeSetting,
] as const;

/** Keeps a font size typed or stored by hand inside the range the layout is made for. */
export function clampFontSize(value: number): number {
  if (!Number.isFinite(value)) return FONT_SIZE.default;
  return Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, Math.round(value)));
}
