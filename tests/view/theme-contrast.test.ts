import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAINTED_THEMES, type PaintedTheme } from '@/utils/view/theme';

/**
 * WCAG 2.1 AA for every theme, computed from the colours the stylesheet really declares
 * (components/themes.css): text, muted text (captions, removed items), links, the status
 * colours, each figure kind's highlight, the primary button, and focus rings, each against
 * the page and against the raised surfaces (toolbar, panels, copy bar) they also sit on.
 * axe checks the rendered views in tests/e2e/accessibility.test.ts; this one fails first,
 * with the pair and its ratio.
 */
const css = readFileSync(join(import.meta.dirname, '..', '..', 'components', 'themes.css'), 'utf8');

function declaredColours(): Record<PaintedTheme, Record<string, string>> {
  const blocks = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => ({
    theme: /data-theme="([a-z]+)"/.exec(selector)?.[1] ?? 'light',
    vars: Object.fromEntries([...body.matchAll(/--sift-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]])),
  }));
  const base = blocks.find((b) => b.theme === 'light')!.vars;
  return Object.fromEntries(
    PAINTED_THEMES.map((theme) => [theme, { ...base, ...(blocks.find((b) => b.theme === theme)?.vars ?? {}) }]),
  ) as Record<PaintedTheme, Record<string, string>>;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5; // 1.4.3, body-size text
const NON_TEXT = 3; // 1.4.11, focus rings and the highlights' underlines
const KINDS = ['money', 'percent', 'date', 'quantity'];
const GROUNDS = ['bg', 'surface'];

/** [foreground, background, minimum] for every pair a view draws. */
const PAIRS: [string, string, number][] = [
  ...['text', 'muted', 'accent', 'ok', 'bad', 'restored'].flatMap((fg) =>
    GROUNDS.map((bg): [string, string, number] => [fg, bg, TEXT]),
  ),
  ['accent-text', 'accent', TEXT],
  ...GROUNDS.map((bg): [string, string, number] => ['focus', bg, NON_TEXT]),
  ...KINDS.map((kind): [string, string, number] => ['mark-text', `${kind}-bg`, TEXT]),
  ...KINDS.flatMap((kind) => GROUNDS.map((bg): [string, string, number] => [`${kind}-line`, bg, NON_TEXT])),
];

const colours = declaredColours();

test('the reference values are right (WCAG examples)', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});

describe.each(PAINTED_THEMES)('%s theme', (theme) => {
  test('declares every colour the pairs use', () => {
    for (const [fg, bg] of PAIRS) {
      expect(colours[theme][fg], fg).toMatch(/^#[0-9a-f]{6}$/i);
      expect(colours[theme][bg], bg).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  test.each(PAIRS)('%s on %s: at least %s:1', (fg, bg, minimum) => {
    expect(contrastRatio(colours[theme][fg], colours[theme][bg])).toBeGreaterThanOrEqual(minimum);
  });
});

test('high contrast is really high: every text pair at least 7:1 (AAA)', () => {
  for (const [fg, bg, minimum] of PAIRS)
    if (minimum === TEXT)
      expect(contrastRatio(colours.contrast[fg], colours.contrast[bg]), `${fg}/${bg}`).toBeGreaterThanOrEqual(7);
});

test('the themes differ: sepia is warm, dark and high contrast are dark', () => {
  const { light, sepia, dark, contrast } = colours;
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const [r, , b] = rgb(sepia.bg);
  expect(r - b, 'sepia paper is warmer than it is blue').toBeGreaterThan(20);
  expect(luminance(dark.bg)).toBeLessThan(0.05);
  expect(contrast.bg).toBe('#000000');
  expect(new Set([light.bg, sepia.bg, dark.bg, contrast.bg]).size).toBe(4);
});
