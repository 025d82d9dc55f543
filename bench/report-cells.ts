/** The small cell formatters and the goals every RESULTS.md section shares. */
import type { Tally } from './planted-eval';
import { shorten } from './text';

/** The targets issue 5 sets, shown next to the measured numbers. */
export const GOALS = {
  f1: 0.975,
  precision: 0.965,
  recall: 0.985,
  repeatsRemoved: 0.99,
  itemsRemoved: 0.97,
  realKept: 0.995,
  cleaningShare: 0.1,
};

export const f3 = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(3));
export const ms = (n: number): string => (Number.isNaN(n) ? '–' : n.toFixed(1));
export const pct = (t: Tally): string =>
  t.total ? `${((100 * t.removed) / t.total).toFixed(1)}% (${t.removed}/${t.total})` : '–';
export const bySift = (t: Tally): string =>
  t.removed ? `${t.bySift ?? 0} by Sift's stages, ${t.removed - (t.bySift ?? 0)} already by extraction` : '';
export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
export const short = (text: string, max = 160) => cell(shorten(text, max));
export const goal = (ok: boolean): string => (ok ? 'met' : 'not met');
