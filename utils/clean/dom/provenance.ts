import { nonSpaceLength } from '../text/space';
import type { Provenance } from '../types';
import { nextElement } from './walk';

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

/** What a class, id or itemprop value says, by its text: pages repeat the same few values. */
type WordCache = Map<string, readonly Provenance[]>;

function wordProvenance(value: string, cache: WordCache): readonly Provenance[] {
  let found = cache.get(value);
  if (found === undefined) {
    const out: Provenance[] = [];
    for (const word of words(value)) {
      const provenance = WORD_PROVENANCE[word];
      if (provenance && !out.includes(provenance)) out.push(provenance);
    }
    cache.set(value, (found = out));
  }
  return found;
}

const NAMING_ATTRIBUTES = ['class', 'id', 'itemprop'] as const;

/** What `el` itself says it is (not its ancestors), by tag, role and attribute words; no repeats. */
function ownProvenance(el: Element, tag: Provenance | undefined, cache: WordCache): Provenance[] {
  const found: Provenance[] = tag ? [tag] : [];
  if (!el.hasAttributes()) return found;
  const role = el.getAttribute('role');
  const byRole = role ? ROLE_PROVENANCE[role.trim().toLowerCase()] : undefined;
  if (byRole && !found.includes(byRole)) found.push(byRole);
  // Each attribute on its own: words never run from one into the next.
  for (const name of NAMING_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (!value) continue;
    for (const provenance of wordProvenance(value, cache)) if (!found.includes(provenance)) found.push(provenance);
  }
  return found;
}

/**
 * Elements whose content is never shown as text. A browser parses a <noscript> as raw text
 * (its <img> markup becomes characters) where linkedom parses elements: counted, it made the
 * same author box too long to stamp in one DOM and not in the other.
 */
const UNSHOWN = new Set(['NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** Characters of text under `el`, counted only up to `limit` + 1: a huge wrapper costs no more than a small one. */
export function textLength(el: Node, limit: number): number {
  let total = 0;
  const stack: Node[] = [el];
  while (stack.length && total <= limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) total += nonSpaceLength(node.nodeValue ?? '');
    else if (!UNSHOWN.has((node as Element).tagName?.toUpperCase() ?? ''))
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return total;
}

/** A caption, a credit or a bio box holds a paragraph or two; a wrapper of the story holds more. */
const MAX_WORD_STAMPED_PARAGRAPHS = 2;

const PROSE_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'LI']);

/** Whether more than MAX_WORD_STAMPED_PARAGRAPHS elements inside `el` are prose: walked only until that is known. */
function holdsProse(el: Element): boolean {
  let count = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    const tag = node.tagName.toUpperCase();
    if (node !== el && PROSE_TAGS.has(tag) && ++count > MAX_WORD_STAMPED_PARAGRAPHS) return true;
    // A template's content is no part of the page (selectors never match inside it).
    if (tag === 'TEMPLATE') continue;
    for (let c = node.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return false;
}

/** A stamped element whose descendants are being walked: their stamps include `carried`. */
interface OpenStamp {
  el: Element;
  carried: readonly Provenance[];
}

/** `a` and `b` together, sorted, without repeats. */
function union(a: readonly Provenance[], b: readonly Provenance[]): Provenance[] {
  const out = [...a];
  for (const p of b) if (!out.includes(p)) out.push(p);
  return out.sort();
}

/**
 * Stamps the telling elements of `root` (Readability's working copy, never the caller's page),
 * in one walk in document order: a stamped element's descendants follow it, so what it carries
 * down is known without walking its subtree again. (Where its subtree ends is asked of the DOM,
 * not guessed from its last child: a template's content is a child the walk never visits.)
 */
export function stampProvenance(root: Element): void {
  // Stepped through, not querySelectorAll('*'): linkedom matches `*` element by element.
  const cache: WordCache = new Map();
  const open: OpenStamp[] = [];
  for (let el = nextElement(root, root); el; el = nextElement(el, root)) {
    while (open.length && !open[open.length - 1].el.contains(el)) open.pop();
    const carried = open.length ? open[open.length - 1].carried : null;
    const tag = TAG_PROVENANCE[el.tagName.toUpperCase()];
    const found = ownProvenance(el, tag, cache);
    let stamps = false;
    if (found.length) {
      const byTagOnly = found.every((p) => p === tag);
      const limit = byTagOnly ? MAX_TAG_STAMPED_CHARS : MAX_WORD_STAMPED_CHARS;
      stamps = textLength(el, limit) <= limit && (byTagOnly || !holdsProse(el));
    }
    if (stamps) {
      // Readability replaces a wrapper that holds one element by that element, dropping the
      // wrapper's attributes: its descendants carry the stamp too (segment merges them).
      const value = union(carried ?? [], found);
      el.setAttribute(PROVENANCE_ATTRIBUTE, value.join(' '));
      if (el.firstElementChild) open.push({ el, carried: value });
    } else {
      // The page's own attribute of that name says nothing.
      if (el.hasAttribute(PROVENANCE_ATTRIBUTE)) el.removeAttribute(PROVENANCE_ATTRIBUTE);
      if (carried) el.setAttribute(PROVENANCE_ATTRIBUTE, carried.join(' '));
    }
  }
}

const KNOWN = new Set<string>([...Object.values(TAG_PROVENANCE), ...Object.values(WORD_PROVENANCE)]);

/** The stamps on one element (only known values: the page may carry an attribute of that name). */
export function readProvenance(el: Element): Provenance[] {
  const value = el.getAttribute(PROVENANCE_ATTRIBUTE);
  if (!value) return [];
  return value.split(' ').filter((v): v is Provenance => KNOWN.has(v));
}
