import type { Provenance } from '../types';

/**
 * Readability throws away most of what a page's markup says about its parts (class names, and
 * the `aside`/`footer` it removes), but it keeps other attributes. So before it runs, every
 * telling element of its working copy is stamped with what it is; segment reads the stamps of a
 * block's ancestors into `Block.provenance`.
 */
export const PROVENANCE_ATTRIBUTE = 'data-sift-from';

const TAG_PROVENANCE: Readonly<Record<string, Provenance>> = {
  FIGURE: 'figure',
  FIGCAPTION: 'caption',
  ASIDE: 'aside',
  NAV: 'nav',
  FOOTER: 'footer',
  HEADER: 'header',
};

const ROLE_PROVENANCE: Readonly<Record<string, Provenance>> = {
  complementary: 'aside',
  navigation: 'nav',
  contentinfo: 'footer',
  banner: 'header',
  figure: 'figure',
};

/**
 * Words of class names, ids and itemprop values (split at "-", "_", spaces and camel humps) and
 * what they say. General words that any site may use, never one site's names.
 */
const WORD_PROVENANCE: Readonly<Record<string, Provenance>> = {
  caption: 'caption',
  captions: 'caption',
  figcaption: 'caption',
  credit: 'credit',
  credits: 'credit',
  copyright: 'credit',
  photographer: 'credit',
  attribution: 'credit',
  figure: 'figure',
  breadcrumb: 'nav',
  breadcrumbs: 'nav',
  byline: 'author',
  bio: 'author',
  biography: 'author',
  author: 'author',
  advert: 'advert',
  advertisement: 'advert',
  ad: 'advert',
  ads: 'advert',
  sponsor: 'advert',
  sponsored: 'advert',
  promo: 'advert',
  share: 'share',
  sharing: 'share',
  social: 'share',
  related: 'related',
  recommended: 'related',
  newsletter: 'newsletter',
  subscribe: 'newsletter',
  signup: 'newsletter',
};

/**
 * A caption, a credit or a bio is short; an element this long that calls itself "author" or
 * "related" is a wrapper around the story (a theme's "has-author-box" article), not furniture.
 */
const MAX_WORD_STAMPED_CHARS = 800;
/** An `aside` or `header` this long holds real text (a sidebar essay): its stamp would mislead. */
const MAX_TAG_STAMPED_CHARS = 3000;

function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** What `el` itself says it is (not its ancestors), by tag, role and attribute words. */
function ownProvenance(el: Element): Set<Provenance> {
  const found = new Set<Provenance>();
  const tag = TAG_PROVENANCE[el.tagName.toUpperCase()];
  if (tag) found.add(tag);
  const role = el.getAttribute('role');
  if (role && ROLE_PROVENANCE[role.trim().toLowerCase()]) found.add(ROLE_PROVENANCE[role.trim().toLowerCase()]);
  const named = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  if (named.trim()) {
    for (const word of words(named)) {
      const provenance = WORD_PROVENANCE[word];
      if (provenance) found.add(provenance);
    }
  }
  return found;
}

/** Characters of text under `el`, counted only up to `limit` + 1: a huge wrapper costs no more than a small one. */
function textLength(el: Node, limit: number): number {
  let total = 0;
  const stack: Node[] = [el];
  while (stack.length && total <= limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) total += (node.nodeValue ?? '').replace(/\s+/g, '').length;
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return total;
}

/** A caption, a credit or a bio box holds a paragraph or two; a wrapper of the story holds more. */
const MAX_WORD_STAMPED_PARAGRAPHS = 2;

function holdsProse(el: Element): boolean {
  return el.querySelectorAll('p, h2, h3, h4, li').length > MAX_WORD_STAMPED_PARAGRAPHS;
}

/** Stamps the telling elements of `root` (Readability's working copy, never the caller's page). */
export function stampProvenance(root: Element): void {
  // querySelectorAll: linkedom's getElementsByTagName('*') finds nothing.
  const all = root.querySelectorAll('*');
  const stamped = new Map<Element, Provenance[]>();
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const found = ownProvenance(el);
    if (found.size === 0) {
      // The page's own attribute of that name says nothing.
      if (el.hasAttribute(PROVENANCE_ATTRIBUTE)) el.removeAttribute(PROVENANCE_ATTRIBUTE);
      continue;
    }
    const byTagOnly = [...found].every((p) => TAG_PROVENANCE[el.tagName.toUpperCase()] === p);
    const limit = byTagOnly ? MAX_TAG_STAMPED_CHARS : MAX_WORD_STAMPED_CHARS;
    if (textLength(el, limit) > limit || (!byTagOnly && holdsProse(el))) {
      if (el.hasAttribute(PROVENANCE_ATTRIBUTE)) el.removeAttribute(PROVENANCE_ATTRIBUTE);
      continue;
    }
    el.setAttribute(PROVENANCE_ATTRIBUTE, [...found].sort().join(' '));
    // Readability replaces a wrapper that holds one element by that element, dropping the
    // wrapper's attributes: its descendants carry the stamp too (segment merges them).
    for (const inner of Array.from(el.querySelectorAll('*')))
      stamped.set(inner, [...(stamped.get(inner) ?? []), ...found]);
  }
  for (const [inner, more] of stamped) {
    const own = inner.getAttribute(PROVENANCE_ATTRIBUTE)?.split(' ') ?? [];
    inner.setAttribute(PROVENANCE_ATTRIBUTE, [...new Set([...own, ...more])].sort().join(' '));
  }
}

const KNOWN = new Set<string>([...Object.values(TAG_PROVENANCE), ...Object.values(WORD_PROVENANCE)]);

/** The stamps on one element (only known values: the page may carry an attribute of that name). */
export function readProvenance(el: Element): Provenance[] {
  const value = el.getAttribute(PROVENANCE_ATTRIBUTE);
  if (!value) return [];
  return value.split(' ').filter((v): v is Provenance => KNOWN.has(v));
}
