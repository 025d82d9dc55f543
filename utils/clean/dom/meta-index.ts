/**
 * The page's meta tags by attribute and lower-cased value, first tag of each kept (what
 * `querySelector('meta[attr="value" i]')` finds), read in one pass: a selector per name walks
 * the whole page each time (the publication time alone asks for 13 names under 3 attributes),
 * which on a 10 MB page cost seconds and on an ordinary one a few ms.
 */
export type MetaIndex = ReadonlyMap<string, string | null>;

const META_ATTRIBUTES = ['property', 'name', 'itemprop'] as const;

export function metaIndex(doc: Document): MetaIndex {
  const index = new Map<string, string | null>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    for (const attr of META_ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const key = `${attr}=${value.toLowerCase()}`;
      if (!index.has(key)) index.set(key, el.getAttribute('content'));
    }
  }
  return index;
}

/** The trimmed content of the first meta tag naming one of `names` (in that order, each under property, name, itemprop). */
export function metaContent(index: MetaIndex, names: readonly string[]): string | null {
  for (const name of names) {
    for (const attr of META_ATTRIBUTES) {
      const value = index.get(`${attr}=${name.toLowerCase()}`)?.trim();
      if (value) return value;
    }
  }
  return null;
}
