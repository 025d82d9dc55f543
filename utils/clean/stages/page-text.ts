import { isOverlayBox, isReviewBox, namesOf } from '../dom/main-region';
import { revealHiddenText } from '../dom/hidden-text';
import { isCommentSection, isFurnitureElement, type ProseMap, SKIPPED_TAGS, unitOf, unitsIn } from '../dom/prose-map';
import type { Block } from '../types';
import { textWeight } from '../text/tokens';
import { segment } from './segment';

/**
 * The page's text, for a page that is not an article. Readability looks for a story: on a shop's
 * product or category page, a documentation index or a directory it picks one box (the reviews,
 * the longest description, a promotion) or nothing, because the page's text is names, prices,
 * specifications and short lines, not paragraphs. What a reader of such a page wants is its main
 * region as the page lays it out (dom/main-region.ts), without the site's furniture: menus,
 * filters and sorting, breadcrumbs, pagination, forms, banners, reviews and comments, lists of
 * links that point elsewhere. Cards of a grid stay: a product's name and price are the page's text.
 * `finishClean` shows this instead of Readability's pick when the page is not an article.
 */

/** Class and id words of a shop's or a directory's furniture inside its main region. */
const FURNITURE_WORDS =
  /(?:^|[^a-z])(?:sidebar|share|sharing|social|newsletter|subscribe|signup|popup|modal|promo|breadcrumbs?|menu|pagination|pager|ads?|advert(?:isement)?|cookie|consent|filters?|facets?|sort(?:ing|by)?|toolbar|skip)(?:$|[^a-z])/i;
/**
 * A box named as furniture holds a few lines at most; one holding more text outside links than
 * this (words) is the page's layout whatever its class says (a "layout-sidebar-left" wrapper).
 */
const MAX_NAMED_TEXT = 80;
/** A box whose text is at least this share links points elsewhere (a menu, a list of categories), unless it is a card of a grid. */
const LINK_BOX_SHARE = 0.9;
/** Cards of a grid: at least this many siblings of one class, each with an item's text. */
const MIN_CARDS = 3;
/** A one-line card's name has at least this many words: a menu's entries are one to three. */
const MIN_CARD_NAME = 4;
/** Under this weight (words) the page text says nothing a reader needs. */
export const MIN_PAGE_TEXT = 20;

interface Holding {
  /** Text weight, and of which in links. */
  all: number;
  links: number;
  /** Text nodes holding words: lines, roughly. */
  units: number;
}

/**
 * What each element of the copy holds, from its text nodes: a card's name often sits in a span
 * the prose map does not stamp as a unit, so the copy is weighed afresh, once, bottom up.
 */
function holdings(copy: Element): Map<Element, Holding> {
  const held = new Map<Element, Holding>();
  const walk = (el: Element, inLink: boolean) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (!SKIPPED_TAGS.has(tag)) walk(c as Element, inLink || tag === 'A');
        continue;
      }
      if (c.nodeType !== 3) continue;
      const weight = textWeight(c.nodeValue ?? '');
      if (weight === 0) continue;
      for (let up: Element | null = el; up; up = up.parentElement) {
        let h = held.get(up);
        if (!h) held.set(up, (h = { all: 0, links: 0, units: 0 }));
        h.all += weight;
        if (inLink) h.links += weight;
        h.units++;
        if (up === copy) break;
      }
    }
  };
  walk(copy, false);
  return held;
}

/** A card's text: two lines or more (a name and a price), or a name longer than a menu's words. */
const isItem = (h: Holding | undefined): boolean => !!h && (h.units >= 2 || h.all >= MIN_CARD_NAME);

/** An element's first class: its kind, before the modifiers a card of a grid may add (`card card--sale`). */
const firstClass = (el: Element): string => (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];

/** One of several siblings of its class that each hold an item's text: a card of a grid. */
function isCard(el: Element, held: ReadonlyMap<Element, Holding>): boolean {
  const cls = firstClass(el);
  if (!cls || !el.parentElement) return false;
  let alike = 0;
  for (let c = el.parentElement.firstElementChild; c && alike < MIN_CARDS; c = c.nextElementSibling)
    if (c.tagName === el.tagName && firstClass(c) === cls && isItem(held.get(c))) alike++;
  return alike >= MIN_CARDS;
}

/** How deep under a box its cards are looked for (a grid's wrappers: list, row, cell). */
const CARD_DEPTH = 4;

/** A list, table or grid whose items are cards, within a few levels: a listing's links are its text. */
function holdsCards(el: Element, held: ReadonlyMap<Element, Holding>, depth = CARD_DEPTH): boolean {
  if (depth === 0) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (held.has(c) && (isCard(c, held) || holdsCards(c, held, depth - 1))) return true;
  return false;
}

/** A copy of the main region as a reader reads it: furniture, reviews and link boxes left out. */
export function pageTextCopy(main: Element): Element {
  const copy = main.cloneNode(true) as Element;
  const held = holdings(copy);
  const doomed: Element[] = [];
  const visit = (el: Element, inCard: boolean) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const h = held.get(c);
      const tag = c.tagName.toUpperCase();
      let drop: boolean;
      if (isCommentSection(c) || isReviewBox(c) || isOverlayBox(c) || isFurnitureElement(c) || tag === 'FORM')
        drop = true;
      // No counted text: an image, a button, left as it is.
      else if (!h) continue;
      else if (tag === 'HEADER' || c.getAttribute('role') === 'banner') {
        drop = false;
        visit(c, inCard);
      } else if (FURNITURE_WORDS.test(namesOf(c)) && h.all - h.links <= MAX_NAMED_TEXT) drop = true;
      else {
        // Inside a card, its name is the link to the product: the card stands or goes whole.
        const card = inCard || isCard(c, held);
        drop = !card && h.links >= h.all * LINK_BOX_SHARE && !holdsCards(c, held);
        if (!drop && unitOf(c) < 0) visit(c, card);
      }
      if (drop) doomed.push(c);
    }
  };
  visit(copy, false);
  for (const el of doomed) el.remove();
  revealHiddenText(copy);
  return copy;
}

/** The page's text as blocks, or null when its main region holds next to nothing. */
export function readPageText(map: ProseMap, base: string | null): Block[] | null {
  if (!map.main) return null;
  const blocks = segment(pageTextCopy(map.main.copy), base);
  const weight = blocks.reduce((sum, b) => sum + textWeight(b.text), 0);
  return weight >= MIN_PAGE_TEXT ? blocks : null;
}

/**
 * Readability's pick holds under this share of the main region's readable text, or the main region
 * counts under this share of the pick's (it holds reviews, comments, another region): the pick may
 * not be the page's text.
 */
const PICK_SHARE = 0.6;

/** The page's text beside Readability's pick (PageRead.pageText), for `finishClean` to show when the page is not an article. */
export interface PageText {
  blocks: Block[];
  /** Readable weight of Readability's pick and of the page's main region. */
  pickWeight: number;
  mainWeight: number;
}

/**
 * The page's text when Readability's pick (`content`) and the main region's text differ (PICK_SHARE),
 * or when Readability found nothing; else null (the pick is the page's text, and the main region
 * need not be read twice).
 */
export function pageTextBeside(
  map: ProseMap,
  content: Element,
  foundNothing: boolean,
  base: string | null,
): PageText | null {
  if (!map.main) return null;
  // The pick's readable text, and how much of it the main region counts (not reviews, not furniture).
  let pickWeight = 0;
  let pickAll = 0;
  if (!foundNothing)
    for (const u of unitsIn(content)) {
      const unit = map.units[u];
      if (!unit || unit.furniture) continue;
      const weight = Math.max(0, unit.weight - unit.linkWeight);
      pickAll += weight;
      if (map.main.counted.has(u)) pickWeight += weight;
    }
  if (pickWeight >= map.main.weight * PICK_SHARE && pickWeight >= pickAll * PICK_SHARE) return null;
  const blocks = readPageText(map, base);
  return blocks ? { blocks, pickWeight, mainWeight: map.main.weight } : null;
}
