/**
 * Where a page that is not an article keeps its main text. The prose map (prose-map.ts) counts
 * running text only, so on a shop's product or category page, whose text is names, prices,
 * specifications and short lines, it finds little or nothing, and its region is the wrong room
 * (the reviews under a product, or none at all). This region is chosen by all the text a reader
 * reads on the page that is not furniture, a dialog laid over it, reviews or comments: within the
 * page's own main landmark (`<main>`, `[role=main]`) when it has one with some text, the smallest
 * element holding most of the landmark's text (links included: a listing's items are links); else
 * the smallest element holding most of the page's text outside links (a site's menus are links).
 * Taken before Readability runs, as the prose region is.
 */
import type { ProseUnit } from './prose-map';

/** The region holds at least this share of the page's readable text (within its landmark, if any). */
const MAIN_SHARE = 0.8;
/**
 * A main landmark is taken when it holds at least this much text (words), whatever lies
 * outside it: the page says where its main content is, and what it leaves out is the site's
 * (menus, a terms-of-use dialog, a footer's link columns), however long.
 */
const MIN_LANDMARK_WEIGHT = 50;
/** Under this readable weight (words) a page has no main text to speak of. */
const MIN_MAIN_WEIGHT = 20;
/**
 * Class and id words of customer reviews and ratings: what buyers say of a product is not the
 * product's page (as comments are not the story). Counted back in when the page has next to no
 * other text (a page of reviews).
 */
export const REVIEW_WORDS = /(?:^|[^a-z])(?:reviews?|ratings?|testimonials?)(?:$|[^a-z])/i;

/** An element's class and id, camelCase split into words. */
export function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/**
 * Class and id words of boxes laid over the page or beside it that no page is about: a cookie or
 * consent dialog's long policy text would otherwise outweigh a shop's short lines.
 */
const OVERLAY_WORDS = /(?:^|[^a-z])(?:cookies?|consent|gdpr|modal|popup|overlay|newsletter)(?:$|[^a-z])/i;

export function isOverlayBox(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag !== 'BODY' && tag !== 'HTML' && tag !== 'MAIN' && OVERLAY_WORDS.test(namesOf(el));
}

export function isReviewBox(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return false;
  return REVIEW_WORDS.test(namesOf(el)) || /review/i.test(el.getAttribute('itemprop') ?? '');
}

const isLandmark = (el: Element): boolean =>
  el.tagName.toUpperCase() === 'MAIN' || el.getAttribute('role')?.trim().toLowerCase() === 'main';

export interface MainRegion {
  /** A detached copy of the region, stamps and all. */
  copy: Element;
  /** Its readable weight (words not in links, a CJK character one). */
  weight: number;
  /** The units that weight counts. */
  counted: ReadonlySet<number>;
}

interface Weights {
  /** Readable weight under each element: words not in links. */
  under: Map<Element, number>;
  /** All text weight under each element, links included (a listing's items are links). */
  text: Map<Element, number>;
  reviews: number;
  landmarks: Element[];
  /** The highest element each unit's weight was counted in (its review box, or the root). */
  reach: (Element | null)[];
}

const LANDMARK = 1;
const REVIEWS = 2;
const OVERLAY = 4;

/** What an element is to the weighing (LANDMARK, REVIEWS, OVERLAY bits), read once per element. */
function kindOf(el: Element, kinds: Map<Element, number>): number {
  let kind = kinds.get(el);
  if (kind === undefined) {
    kind = (isLandmark(el) ? LANDMARK : 0) | (isReviewBox(el) ? REVIEWS : 0) | (isOverlayBox(el) ? OVERLAY : 0);
    kinds.set(el, kind);
  }
  return kind;
}

/** Weights under each element, units inside reviews counted only up to their box when `skipReviews`. */
function weigh(root: Element, units: readonly ProseUnit[], els: readonly Element[], skipReviews: boolean): Weights {
  const w: Weights = { under: new Map(), text: new Map(), reviews: 0, landmarks: [], reach: [] };
  const kinds = new Map<Element, number>();
  const chain: Element[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    w.reach.push(null);
    if (unit.furniture || unit.weight <= 0) continue;
    chain.length = 0;
    let overlay = false;
    for (let up: Element | null = els[i]; up; up = up.parentElement) {
      chain.push(up);
      if (up !== root && kindOf(up, kinds) & OVERLAY) overlay = true;
      if (up === root) break;
    }
    if (overlay) continue;
    const readable = Math.max(0, unit.weight - unit.linkWeight);
    let counting = true;
    for (const up of chain) {
      const kind = kindOf(up, kinds);
      if (counting) {
        w.under.set(up, (w.under.get(up) ?? 0) + readable);
        w.text.set(up, (w.text.get(up) ?? 0) + unit.weight);
        w.reach[i] = up;
      }
      if (counting && skipReviews && kind & REVIEWS) {
        counting = false;
        w.reviews += readable;
      }
    }
  }
  for (const [el, kind] of kinds) if (kind & LANDMARK) w.landmarks.push(el);
  return w;
}

/** The page's main region, or null when the page has next to no readable text. */
export function mainRegion(root: Element, units: readonly ProseUnit[], els: readonly Element[]): MainRegion | null {
  let weights = weigh(root, units, els, true);
  if (weights.reviews > 0 && (weights.under.get(root) ?? 0) < MIN_MAIN_WEIGHT) weights = weigh(root, units, els, false);
  if ((weights.text.get(root) ?? 0) < MIN_MAIN_WEIGHT) return null;
  // Inside the page's main landmark its links are its items; outside one, text not in links leads
  // (a site's menus are all links).
  let region = root;
  let by = weights.under;
  let best = 0;
  for (const landmark of weights.landmarks) {
    const held = weights.text.get(landmark) ?? 0;
    if (held >= MIN_LANDMARK_WEIGHT && held > best) {
      region = landmark;
      best = held;
      by = weights.text;
    }
  }
  const within = by.get(region) ?? 0;
  for (;;) {
    let next: Element | null = null;
    for (let c = region.firstElementChild; c; c = c.nextElementSibling)
      if ((by.get(c) ?? 0) >= within * MAIN_SHARE) next = c;
    if (!next) break;
    region = next;
  }
  const counted = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const top = weights.reach[i];
    if (!top) continue;
    for (let up: Element | null = els[i]; up; up = up.parentElement) {
      if (up === region) counted.add(i);
      if (up === region || up === top) break;
    }
  }
  return { copy: region.cloneNode(true) as Element, weight: weights.under.get(region) ?? 0, counted };
}
