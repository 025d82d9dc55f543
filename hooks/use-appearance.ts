import { useEffect } from 'preact/hooks';
import {
  clampFontSize,
  contentWidthSetting,
  fontSizeSetting,
  lineHeightSetting,
  themeSetting,
  typefaceSetting,
} from '@/utils/extension/settings';
import { useResolvedTheme, useSetting } from '@/hooks/use-setting';
// The leaf module, not the view's index, which reaches the engine: the options page does not need it.
import { colorSchemeOf, type PaintedTheme, type Typeface } from '@/utils/view/theme';

export interface Appearance {
  theme: PaintedTheme;
  typeface: Typeface;
  fontSize: number;
  lineHeight: number;
  /** The reader's column width in CSS pixels; the popup ignores it. */
  contentWidth: number;
}

/** What to paint, live from the settings (a change anywhere repaints every open view). */
export function useAppearance(): Appearance {
  const [theme] = useSetting(themeSetting);
  const [typeface] = useSetting(typefaceSetting);
  const [fontSize] = useSetting(fontSizeSetting);
  const [lineHeight] = useSetting(lineHeightSetting);
  const [contentWidth] = useSetting(contentWidthSetting);
  return { theme: useResolvedTheme(theme), typeface, fontSize: clampFontSize(fontSize), lineHeight, contentWidth };
}

/** The custom properties the stylesheet reads (components/sift.css, the reader's reader.css). */
function customProperties({ fontSize, lineHeight, contentWidth }: Appearance): Record<string, string> {
  return {
    '--sift-font-size': `${fontSize}px`,
    '--sift-line-height': String(lineHeight),
    '--sift-content-width': `${contentWidth}px`,
  };
}

/** Attributes that paint an element (the popup's <main>, the reader's root) in the chosen appearance. */
export function appearanceAttributes(appearance: Appearance) {
  return {
    'data-theme': appearance.theme,
    'data-typeface': appearance.typeface,
    'data-font-size': String(appearance.fontSize),
    style: customProperties(appearance),
  };
}

/** Mirrors the appearance onto an element outside Preact's tree (the popup's and options page's <html>). */
export function useAppearanceOn(element: HTMLElement | null, appearance: Appearance): void {
  const { theme, typeface, fontSize, lineHeight, contentWidth } = appearance;
  useEffect(() => {
    if (!element) return;
    element.dataset.theme = theme;
    element.dataset.typeface = typeface;
    element.dataset.fontSize = String(fontSize);
    for (const [name, value] of Object.entries(customProperties(appearance))) element.style.setProperty(name, value);
    element.style.colorScheme = colorSchemeOf(theme);
  }, [element, theme, typeface, fontSize, lineHeight, contentWidth]);
}
