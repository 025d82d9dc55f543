/** A small seeded PRNG (mulberry32) so planted pages are the same on every machine and every run. */

export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a page's seed comes from its own key, so `--limit` never changes the pages it keeps. */
export function hashSeed(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export const randomInt = (random: Random, maxExclusive: number): number => Math.floor(random() * maxExclusive);

export const pick = <T>(random: Random, items: readonly T[]): T => items[randomInt(random, items.length)];

/** `count` distinct items in random order (all of them when there are fewer). */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(randomInt(random, pool.length), 1)[0]);
  return out;
}
