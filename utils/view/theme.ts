import type { Theme } from '@/utils/extension/settings';

/** The colour scheme to paint: the setting, or the system's preference when the setting says so. */
export function resolveTheme(theme: Theme, prefersDark: boolean): 'light' | 'dark' {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}
