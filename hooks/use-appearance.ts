import { useEffect } from 'preact/hooks';
import { clampFontSize, fontSizeSetting, themeSetting } from '@/utils/extension/settings';
import { useResolvedTheme, useSetting } from '@/hooks/use-setting';

export interface Appearance {
  theme: 'light' | 'dark';
  fontSize: number;
}

/** The theme and text size to paint, live from the settings. */
export function useAppearance(): Appearance {
  const [theme] = useSetting(themeSetting);
  const [fontSize] = useSetting(fontSizeSetting);
  return { theme: useResolvedTheme(theme), fontSize: clampFontSize(fontSize) };
}

/** Attributes that paint an element (the popup's <html>, the reader's root) in the chosen appearance. */
export function appearanceAttributes({ theme, fontSize }: Appearance) {
  return {
    'data-theme': theme,
    'data-font-size': String(fontSize),
    style: { '--sift-font-size': `${fontSize}px` },
  };
}

/** Mirrors the appearance onto an element outside Preact's tree (the popup's <html>). */
export function useAppearanceOn(element: HTMLElement | null, appearance: Appearance): void {
  useEffect(() => {
    if (!element) return;
    element.dataset.theme = appearance.theme;
    element.dataset.fontSize = String(appearance.fontSize);
    element.style.setProperty('--sift-font-size', `${appearance.fontSize}px`);
    element.style.colorScheme = appearance.theme;
  }, [element, appearance.theme, appearance.fontSize]);
}
