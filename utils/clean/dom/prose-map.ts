import { BLOCK_TAGS } from '../stages/segment';
import { countTokens as textWeight } from '../text/weight';
import { type MainRegion, mainRegion } from './main-region';
import { textLength } from './provenance';
import { forEachElement } from './walk';

/**
 * A map of the page's readable text, drawn before Readability takes its working copy apart, so
 * that afterwards Sift can tell how much of the page's main text Readability's article holds and
 * look again on a wider container when it holds too little (stages/recover.ts).
 *
 * Each leaf text unit (a paragraph, heading, list item, cell, quote, a div of bare text) of the
 * working copy is stamped with its number; Readability keeps other attributes, so the stamps
 * inside its article say which units it kept. The smallest element that holds nearly all of the
 * page's prose is copied as it was (a detached clone, stamps and all): the room a wider look can
 * search, whatever Readability did to the page afterwards.
 */
export const UNIT_ATTRIBUTE = 'data-sift-u';

export interface ProseUnit {
  /** 'P', 'H2', 'LI', … */
  tag: string;
  /** Text weight (words; a Chinese or Japanese character counts as one). */
  weight: number;
  /** Weight of the unit's link text. */
  linkWeight: number;
  /** Sits in a nav, footer, aside, form, header, a hidden element or an element in the roles of those. */
  furniture: boolean;
  /** Counts as the page's main text: long enough, not mostly links, not furniture. */
  prose: boolean;
  /** The text's start, for headings only (numbered items are told by it). */
  head?: string;
}

export interface ProseMap {
  units: ProseUnit[];
  /** Weight of all prose units on the page. */
  proseWeight: number;
  /** A copy of the smallest element holding `REGION_SHARE` of the prose, taken before Readability ran; null when the page has no prose. */
  region: Element | null;
  /** A copy of the page's main region by all its readable text (main-region.ts), for pages that are not articles; null when it has next to none. */
  main: MainRegion | null;
}

/** A unit with less text than this is a label, a price or a button, not running text. */
export const MIN_PROSE_WEIGHT = 8;
/** A unit whose text is more than this share links is navigation, not text. */
const MAX_PROSE_LINK_DENSITY = 0.5;
/** The region copied holds at least this share of the page's prose. */
const REGION_SHARE = 0.9;

const UNIT_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'BLOCKQUOTE', 'DD', 'DT', 'TD', 'TH']);
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Never text: their content is skipped (as segment skips it). */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
]);
/**
 * Never the story's text when short; a long one wraps real text (a sidebar essay, a page built
 * inside a form or a header). Forms and headers are left to `readableCopy`.
 */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'DIALOG']);
const MAX_FURNITURE_CHARS = 3000;
/**
 * A hidden part this long holds the page's text (a render waiting for its place), not a popup:
 * a dialog asking to subscribe or to republish runs to a screen or two.
 */
const MAX_HIDDEN_FURNITURE_CHARS = 3000;
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'menu', 'menubar', 'dialog']);

/**
 * Furniture by tag, role or hiding. Hidden text counts only when short: a long hidden part is
 * text the page's script shows (a closed accordion's answers, a streamed render waiting for its
 * place), which a reader sees once the page has run.
 */
export function isFurnitureElement(el: Element): boolean {
  const hidden = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || isStyledHidden(el);
  const role = el.getAttribute('role')?.trim().toLowerCase();
  const furniture = FURNITURE_TAGS.has(el.tagName.toUpperCase()) || (!!role && FURNITURE_ROLES.has(role));
  if (!hidden && !furniture) return false;
  const limit = furniture ? MAX_FURNITURE_CHARS : MAX_HIDDEN_FURNITURE_CHARS;
  return textLength(el, limit) <= limit;
}

/** Class and id words of the comments under a story: never its text, however long. */
const COMMENT_WORDS = /(?:^|[^a-z])(?:comments?|disqus|replies|respond)(?:$|[^a-z])/i;
/** Words of a wrapper that holds the story too (a theme's "comments-open" body, a "comment-content" paragraph box). */
const WRAPPER_WORDS = /article|body|column|content|main|shadow/i;
const WRAPPER_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** The comments section under a story, or one comment. */
export function isCommentSection(el: Element): boolean {
  if (WRAPPER_TAGS.has(el.tagName.toUpperCase())) return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
  return COMMENT_WORDS.test(names) && !WRAPPER_WORDS.test(names);
}

function isStyledHidden(el: Element): boolean {
  const style = el.getAttribute('style');
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** A div none of whose children starts a block: Readability reads it as a paragraph. */
function isBareTextDiv(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (BLOCK_TAGS.has(c.tagName.toUpperCase())) return false;
  return true;
}

/**
 * A unit's text and its link text, as a reader sees them: not `textContent`, which holds the
 * text of scripts and styles, and in a browser running scripts a <noscript>'s markup as text
 * (which linkedom parses into elements): both DOMs must weigh a page alike.
 */
function unitText(el: Element): { text: string; links: string } {
  let text = '';
  let links = '';
  const walk = (node: Element, inLink: boolean) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        text += c.nodeValue ?? '';
        if (inLink) links += ` ${c.nodeValue ?? ''}`;
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (!SKIPPED_TAGS.has(tag)) walk(c as Element, inLink || tag === 'A');
      }
    }
  };
  walk(el, false);
  return { text, links };
}

/** Beyond this depth the walk stops: Sift flattens deeper nesting before Readability anyway. */
const MAX_DEPTH = 400;

class Mapper {
  readonly units: ProseUnit[] = [];
  /** Each unit's element, by unit number. */
  readonly els: Element[] = [];
  /** Prose weight under each element that holds any. */
  readonly proseUnder = new Map<Element, number>();

  /** Walks `el`'s subtree; returns whether it holds a unit (so that only leaf units are stamped). */
  walk(el: Element, furniture: boolean, depth: number): boolean {
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || depth > MAX_DEPTH) return false;
    const inFurniture = furniture || isFurnitureElement(el) || isCommentSection(el);
    let holdsUnit = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling)
      if (this.walk(c, inFurniture, depth + 1)) holdsUnit = true;
    if (holdsUnit) return true;
    if (!(UNIT_TAGS.has(tag) || (tag === 'DIV' && isBareTextDiv(el)))) return false;
    const { text, links } = unitText(el);
    const weight = textWeight(text);
    if (weight === 0) return false;
    const linkWeight = textWeight(links);
    const prose =
      !inFurniture &&
      !HEADING_TAGS.has(tag) &&
      weight >= MIN_PROSE_WEIGHT &&
      linkWeight <= weight * MAX_PROSE_LINK_DENSITY;
    const unit: ProseUnit = { tag, weight, linkWeight, furniture: inFurniture, prose };
    if (HEADING_TAGS.has(tag)) unit.head = text.trim().slice(0, 24);
    el.setAttribute(UNIT_ATTRIBUTE, String(this.units.length));
    this.units.push(unit);
    this.els.push(el);
    if (prose)
      for (let up: Element | null = el; up; up = up.parentElement)
        this.proseUnder.set(up, (this.proseUnder.get(up) ?? 0) + weight);
    return true;
  }
}

/**
 * Stamps the text units of `root` (Readability's working copy, never the caller's page) and
 * copies the region that holds the page's prose. Pages whose nesting is deeper than the walk
 * goes are flattened by extract first.
 */
export function mapProse(root: Element): ProseMap {
  // The page's own attributes of that name would be taken for stamps.
  // Stepped through: linkedom matches an attribute selector slowly, element by element.
  forEachElement(root, (el) => {
    if (el.hasAttributes() && el.hasAttribute(UNIT_ATTRIBUTE)) el.removeAttribute(UNIT_ATTRIBUTE);
  });
  const mapper = new Mapper();
  mapper.walk(root, false, 0);
  const proseWeight = mapper.proseUnder.get(root) ?? 0;
  const main = mainRegion(root, mapper.units, mapper.els);
  if (proseWeight === 0) return { units: mapper.units, proseWeight, region: null, main };
  let region = root;
  for (;;) {
    let next: Element | null = null;
    for (let c = region.firstElementChild; c; c = c.nextElementSibling)
      if ((mapper.proseUnder.get(c) ?? 0) >= proseWeight * REGION_SHARE) next = c;
    if (!next) break;
    region = next;
  }
  return { units: mapper.units, proseWeight, region: region.cloneNode(true) as Element, main };
}

/** The unit number an element is stamped with, or -1. */
export function unitOf(el: Element): number {
  const value = el.getAttribute(UNIT_ATTRIBUTE);
  return value === null ? -1 : Number(value);
}

/** The numbers of the units inside `el` (itself included). */
export function unitsIn(el: Element): number[] {
  const found: number[] = [];
  const own = unitOf(el);
  if (own >= 0) found.push(own);
  for (const u of Array.from(el.querySelectorAll(`[${UNIT_ATTRIBUTE}]`))) found.push(unitOf(u));
  return found;
}
