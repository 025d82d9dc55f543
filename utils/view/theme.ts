/**
 * The colour schemes a reader can pick. "system" follows the system: dark or light, and high
 * contrast when the system asks for more contrast. Version 1 of the setting knew only the first
 * three; every one of those still means what it meant.
 */
export type Theme = 'system' | 'light' | 'sepia' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark', 'contrast'];

/** A theme as painted: what `data-theme` says and the stylesheet has colours for. */
export type PaintedTheme = Exclude<Theme, 'system'>;
export const PAINTED_THEMES: readonly PaintedTheme[] = ['light', 'sepia', 'dark', 'contrast'];

export interface SystemPreference {
  prefersDark: boolean;
  /** `prefers-contrast: more` (Windows contrast themes, macOS "Increase contrast"). */
  prefersContrast?: boolean;
}

/** The colour scheme to paint: the setting, or the system's preference when the setting says so. */
export function resolveTheme(theme: Theme, system: SystemPreference): PaintedTheme {
  if (theme !== 'system') return theme;
  if (system.prefersContrast) return 'contrast';
  return system.prefersDark ? 'dark' : 'light';
}

/** Which colour scheme the browser should use for scrollbars and form controls under a theme. */
export function colorSchemeOf(theme: PaintedTheme): 'light' | 'dark' {
  return theme === 'dark' || theme === 'contrast' ? 'dark' : 'light';
}

/**
 * The article's typeface. The stacks themselves live in components/sift.css (one rule per
 * face); each is made of fonts operating systems ship, nothing is downloaded or bundled.
 */
export type Typeface = 'serif' | 'sans' | 'legible';
export const TYPEFACES: readonly Typeface[] = ['serif', 'sans', 'legible'];
