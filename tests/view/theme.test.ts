import { describe, expect, test } from 'vitest';
import { colorSchemeOf, resolveTheme } from '@/utils/view/theme';

describe('resolveTheme', () => {
  test.each([
    ['light', false, false, 'light'],
    ['sepia', true, true, 'sepia'],
    ['dark', false, true, 'dark'],
    ['contrast', false, false, 'contrast'],
    ['system', false, false, 'light'],
    ['system', true, false, 'dark'],
    ['system', false, true, 'contrast'],
    ['system', true, true, 'contrast'],
  ] as const)('%s, prefers dark %s, prefers contrast %s → %s', (theme, prefersDark, prefersContrast, painted) => {
    expect(resolveTheme(theme, { prefersDark, prefersContrast })).toBe(painted);
  });

  test('dark and high contrast use dark form controls; light and sepia light ones', () => {
    expect(['light', 'sepia', 'dark', 'contrast'].map((t) => colorSchemeOf(t as 'light'))).toEqual([
      'light',
      'light',
      'dark',
      'dark',
    ]);
  });
});
