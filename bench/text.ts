/** Small text helpers the sections share. */
import { shingles, tokenize } from './metric';

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A one-line excerpt for the report: whitespace collapsed, cut at `max` characters. */
export function shorten(text: string, max = 160): string {
  const flat = normalise(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Text as a space-bounded token string, for containment tests that ignore punctuation and spacing. */
export const tokenString = (text: string): string => ` ${tokenize(text).join(' ')} `;

/**
 * How much of `text` a reference contains: the share of its 4-token shingles found there
 * (for texts under 4 tokens, 1 if the whole token run appears, else 0).
 */
export class Coverage {
  private readonly set: Set<string>;
  private readonly joined: string;

  constructor(reference: string) {
    this.set = new Set(shingles(tokenize(reference)).keys());
    this.joined = tokenString(reference);
  }

  /** How many times the text's whole token run appears in the reference. */
  occurrences(text: string): number {
    return countOccurrences(this.joined, tokenString(text));
  }

  share(text: string): number {
    const tokens = tokenize(text);
    if (tokens.length === 0) return 1;
    if (tokens.length < 4) return this.joined.includes(` ${tokens.join(' ')} `) ? 1 : 0;
    const own = [...shingles(tokens).keys()];
    return own.filter((s) => this.set.has(s)).length / own.length;
  }
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile of unsorted values; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Runs `fn` with console output swallowed: Defuddle logs every malformed JSON-LD block. */
export async function quietly<T>(fn: () => Promise<T> | T): Promise<T> {
  const saved = {
    log: console.log,
    warn: console.warn,
    error: console.error,
    info: console.info,
    debug: console.debug,
  };
  const mute = () => {};
  Object.assign(console, { log: mute, warn: mute, error: mute, info: mute, debug: mute });
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}

export const errorMessage = (error: unknown): string =>
  shorten(error instanceof Error ? `${error.name}: ${error.message}` : String(error), 200);

/** Occurrences of `needle` in `haystack`, overlapping ones included (both space-bounded token strings). */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle.trim() === '') return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/** `n` items spread evenly over the list (every k-th), so a sample keeps the list's mix. */
export function evenSample<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}
