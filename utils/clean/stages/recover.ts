import {
  HEADING_TAGS,
  isCommentSection,
  isFurnitureElement,
  type ProseMap,
  UNIT_ATTRIBUTE,
  unitOf,
  unitsIn,
} from '../dom/prose-map';
import { revealHiddenText } from '../dom/hidden-text';
import { namesOf } from '../dom/main-region';
import type { CleanOptions } from '../options';
import type { Block, Recovery, RecoveryRefusal } from '../types';
import { segment } from './segment';
import { textWeight } from '../text/tokens';

/**
 * Nothing silently lost. Readability picks one container; on a listicle or a guide whose items sit
 * in sibling containers it can pick one item and drop the rest, and on some pages it finds almost
 * nothing. Measured on the prose map drawn before it ran (dom/prose-map.ts): when its article holds
 * a small share of the page's main text, or the page numbers its items (1., 2., 3. …) and the
 * article holds only some of them, Sift looks again on the smallest wider container that holds
 * them, and reads that instead (with the page's furniture left out; the text stages still judge
 * every block). When what the wider container adds is not the article's (recover-gate.ts: links,
 * the pick again, other stories), Readability's pick stands. When the wider container does not
 * look like the article (mostly links, mostly no gain), the result is flagged as maybe incomplete and carries the page's whole
 * readable text, for a reader to switch to.
 */

export interface RecoverOutcome {
  blocks: Block[];
  recovery: Recovery | null;
  /** The page's whole readable text, when the article may be incomplete. */
  wholeText: Block[] | null;
  /** Readability's own blocks when the read was widened beside a pick of its own. */
  pick?: Block[] | null;
}

/** Numbered headings: "1.", "2)", "#3", "No. 4", "5 -", "6:" then the item's name. */
const NUMBERED = /^\s*(?:#|no\.?\s*|n[º°]\s*)?(\d{1,3})\s*(?:[.):：、\-–—]|\s)\s*\S/iu;
/** A run of numbered headings this long is an item structure. */
const MIN_NUMBERED_RUN = 3;
/** Class and id words of boxes beside the story: dropped from a wider container unless they hold its text. */
const BESIDE_WORDS =
  /(?:^|[^a-z])(?:sidebar|widget|related|recommended|share|sharing|social|sponsor(?:ed)?|newsletter|subscribe|signup|popup|modal|promo|breadcrumbs?|menu|pagination|pager|ads?|advert(?:isement)?|cookie|consent|toc)(?:$|[^a-z])/i;
/**
 * A box beside the story holds a few teasers at most; one holding more running text than this
 * (words) is part of the story whatever its class says (a theme's "sidebar-content" column).
 */
const MAX_BESIDE_PROSE = 80;

/** The region's elements stamped as units, by unit number. */
function unitElements(region: Element): Map<number, Element> {
  const byUnit = new Map<number, Element>();
  for (const el of [region, ...Array.from(region.querySelectorAll(`[${UNIT_ATTRIBUTE}]`))]) {
    const u = unitOf(el);
    if (u >= 0) byUnit.set(u, el);
  }
  return byUnit;
}

function ancestors(el: Element, root: Element): Element[] {
  const chain: Element[] = [];
  for (let up: Element | null = el; up; up = up.parentElement) {
    chain.push(up);
    if (up === root) break;
  }
  return chain;
}

/** The lowest element of `root` holding all of `els`. */
function commonAncestor(els: readonly Element[], root: Element): Element {
  if (els.length === 0) return root;
  let chain = ancestors(els[0], root);
  for (const el of els.slice(1)) {
    const mine = new Set(ancestors(el, root));
    chain = chain.filter((a) => mine.has(a));
  }
  return chain[0] ?? root;
}

/** The longest run of headings of one level numbered in sequence (up or down by one), in page order. */
export function numberedRun(headings: readonly { unit: number; tag: string; head: string }[]): number[] {
  let best: number[] = [];
  let run: number[] = [];
  let last: { tag: string; n: number; step: number } | null = null;
  for (const h of headings) {
    const match = NUMBERED.exec(h.head);
    const n = match ? Number(match[1]) : Number.NaN;
    if (Number.isNaN(n)) continue;
    const step: number = last && last.tag === h.tag ? n - last.n : 0;
    if (last && last.tag === h.tag && (step === 1 || step === -1) && (run.length < 2 || step === last.step)) {
      run.push(h.unit);
      last = { tag: h.tag, n, step };
    } else {
      run = [h.unit];
      last = { tag: h.tag, n, step: 0 };
    }
    if (run.length > best.length) best = [...run];
  }
  return best.length >= MIN_NUMBERED_RUN ? best : [];
}

interface Weights {
  prose: number;
  all: number;
  links: number;
}

function weigh(map: ProseMap, units: Iterable<number>): Weights {
  const w: Weights = { prose: 0, all: 0, links: 0 };
  for (const u of units) {
    const unit = map.units[u];
    if (!unit || unit.furniture) continue;
    w.all += unit.weight;
    w.links += unit.linkWeight;
    if (unit.prose) w.prose += unit.weight;
  }
  return w;
}

/** What an element of the copy holds, summed over its text units. */
interface Holding {
  prose: number;
  all: number;
  links: number;
  kept: boolean;
  heading: boolean;
}

/** Every element's holding, in one walk up from the units (a query per element would be quadratic). */
function holdings(copy: Element, map: ProseMap, kept: ReadonlySet<number>): Map<Element, Holding> {
  const held = new Map<Element, Holding>();
  for (const el of [copy, ...Array.from(copy.querySelectorAll(`[${UNIT_ATTRIBUTE}]`))]) {
    const u = unitOf(el);
    const unit = map.units[u];
    if (!unit) continue;
    const counted = !unit.furniture;
    for (let up: Element | null = el; up; up = up.parentElement) {
      let h = held.get(up);
      if (!h) held.set(up, (h = { prose: 0, all: 0, links: 0, kept: false, heading: false }));
      if (counted) {
        h.all += unit.weight;
        h.links += unit.linkWeight;
        if (unit.prose) h.prose += unit.weight;
      }
      if (kept.has(u)) h.kept = true;
      if (HEADING_TAGS.has(unit.tag)) h.heading = true;
      if (up === copy) break;
    }
  }
  return held;
}

const NOTHING: Holding = { prose: 0, all: 0, links: 0, kept: false, heading: false };
/** Boxes that are dropped when they hold no running text and are mostly links: cards pointing elsewhere, menus, small forms. */
const CARD_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'LI', 'A', 'FORM', 'SPAN', 'TABLE']);
/** A box whose text is at least this share links, with no running text, points elsewhere. */
const CARD_LINK_SHARE = 0.6;

/**
 * A copy of `container` as a reader would read it: the page's navigation, forms, hidden parts,
 * comments, boxes beside the story and cards pointing elsewhere left out, unless Readability
 * itself kept text in them.
 */
export function readableCopy(container: Element, map: ProseMap, kept: ReadonlySet<number>): Element {
  const copy = container.cloneNode(true) as Element;
  const held = holdings(copy, map, kept);
  const doomed: Element[] = [];
  const visit = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const h = held.get(c) ?? NOTHING;
      const tag = c.tagName.toUpperCase();
      let drop = false;
      if (isCommentSection(c)) drop = true;
      else if (h.kept) drop = false;
      else if (tag === 'HEADER' || c.getAttribute('role') === 'banner') drop = !h.heading;
      else if (isFurnitureElement(c)) drop = true;
      else if (BESIDE_WORDS.test(namesOf(c))) drop = !isRepeatedItem(c, held) && h.prose <= MAX_BESIDE_PROSE;
      else if (CARD_TAGS.has(tag))
        drop = h.prose === 0 && h.all > 0 && (tag === 'FORM' || h.links >= h.all * CARD_LINK_SHARE);
      if (drop) doomed.push(c);
      else visit(c);
    }
  };
  visit(copy);
  for (const el of doomed) el.remove();
  revealHiddenText(copy);
  unlistItems(copy);
  return copy;
}

/**
 * A list whose items hold headings is a listicle's run of items laid out as a list, not a list
 * of lines: each item is read as a section of its own (heading, then paragraphs), as a reader
 * sees it, instead of one list line holding a whole item.
 */
function unlistItems(root: Element): void {
  const doc = root.ownerDocument;
  for (const list of Array.from(root.querySelectorAll('ol, ul'))) {
    const items = Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI');
    if (items.length === 0 || !items.every((li) => li.querySelector('h1, h2, h3, h4, h5, h6'))) continue;
    const wrapper = doc.createElement('div');
    for (const li of items) {
      const section = doc.createElement('section');
      while (li.firstChild) section.appendChild(li.firstChild);
      wrapper.appendChild(section);
    }
    list.replaceWith(wrapper);
  }
}

/** Prose an item of a repeated structure holds at least (a card's blurb does not count). */
const MIN_ITEM_PROSE = 40;

/**
 * One of three or more siblings of one class that each hold prose: the items of a listicle or a
 * guide (a "product widget" per reviewed product), whatever the class says.
 */
function isRepeatedItem(el: Element, held: ReadonlyMap<Element, Holding>): boolean {
  const cls = el.getAttribute('class');
  if (!cls || !el.parentElement) return false;
  let alike = 0;
  for (let c = el.parentElement.firstElementChild; c && alike < 3; c = c.nextElementSibling)
    if (c.getAttribute('class') === cls && (held.get(c)?.prose ?? 0) >= MIN_ITEM_PROSE) alike++;
  return alike >= 3;
}

interface Candidate {
  container: Element;
  reason: Recovery['reason'];
  numbered: { found: number; kept: number } | null;
}

/** Why the wider container is not the article, or null when it is. */
function refusal(map: ProseMap, container: Element, kept: Weights, options: CleanOptions): RecoveryRefusal | null {
  const units = unitsIn(container);
  const wide = weigh(map, units);
  if (wide.prose - kept.prose < options.recoverMinMissing) return 'no-gain';
  if (wide.links > wide.all * options.recoverMaxLinkDensity) return 'link-dense';
  return null;
}

/** The smallest element of `from`'s ancestors (itself included) holding `share` of the page's prose. */
function reaching(map: ProseMap, from: Element, root: Element, share: number): Element {
  for (const el of ancestors(from, root)) if (weigh(map, unitsIn(el)).prose >= map.proseWeight * share) return el;
  return root;
}

function candidate(
  map: ProseMap,
  region: Element,
  kept: ReadonlySet<number>,
  keptShare: number,
  foundNothing: boolean,
  options: CleanOptions,
): Candidate | null {
  const byUnit = unitElements(region);
  const keptEls = [...kept].map((u) => byUnit.get(u)).filter((el): el is Element => !!el);
  const headings = [...byUnit.entries()]
    .filter(([u]) => map.units[u]?.head !== undefined && !map.units[u].furniture)
    .map(([unit]) => ({ unit, tag: map.units[unit].tag, head: map.units[unit].head ?? '' }));
  const run = numberedRun(headings);
  const keptOfRun = run.filter((u) => kept.has(u)).length;
  if (run.length && keptOfRun < run.length && !foundNothing) {
    const items = run.map((u) => byUnit.get(u)).filter((el): el is Element => !!el);
    return {
      container: commonAncestor([...items, ...keptEls], region),
      reason: 'numbered-items',
      numbered: { found: run.length, kept: keptOfRun },
    };
  }
  // The region holds 90% of the page's prose: on a page Readability found nothing on, it is the article.
  if (foundNothing) return { container: region, reason: 'no-pick', numbered: null };
  if (keptShare >= options.recoverBelowShare) return null;
  const from = keptEls.length ? commonAncestor(keptEls, region) : region;
  return { container: reaching(map, from, region, options.recoverReach), reason: 'small-share', numbered: null };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Looks again on a wider container when Readability's `content` (segmented as `blocks`) holds too
 * little of the page's main text. `foundNothing`: Readability's article is under the length of an
 * article; the result is then the wider container or nothing (the caller says "no article").
 */
export function recover(
  map: ProseMap,
  content: Element,
  blocks: readonly Block[],
  foundNothing: boolean,
  options: CleanOptions,
  base: string | null,
): RecoverOutcome {
  const unchanged: RecoverOutcome = { blocks: [...blocks], recovery: null, wholeText: null };
  const region = map.region;
  if (!options.recover || !region || map.proseWeight === 0) return unchanged;
  const kept = new Set(unitsIn(content));
  const keptWeights = weigh(map, kept);
  const keptShare = keptWeights.prose / map.proseWeight;
  if (!foundNothing && map.proseWeight - keptWeights.prose < options.recoverMinMissing) return unchanged;
  const found = candidate(map, region, kept, keptShare, foundNothing, options);
  if (!found) return unchanged;
  const evidence = {
    reason: found.reason,
    keptShare: round(keptShare),
    pageWeight: map.proseWeight,
    keptWeight: keptWeights.prose,
    ...(found.numbered ? { numbered: found.numbered } : {}),
  };
  const refused = refusal(map, found.container, keptWeights, options);
  if (refused) {
    // Numbered headings Readability cut short are a weaker sign than a small share: only the
    // latter says the article is probably partial.
    if (found.reason === 'numbered-items' && keptShare >= options.recoverBelowShare) return unchanged;
    const whole = segment(readableCopy(region, map, kept), base);
    return {
      blocks: [...blocks],
      recovery: { ...evidence, outcome: 'incomplete', refused, recoveredWeight: keptWeights.prose, added: [] },
      wholeText: whole,
    };
  }
  const wider = segment(readableCopy(found.container, map, kept), base);
  if (!foundNothing) {
    // A pick whose text the prose map did not count (it sits outside the mapped region) would be
    // replaced by a copy without it: never trade the story for less text than it had.
    const pickWeight = blocks.reduce((sum, b) => sum + textWeight(b.text), 0);
    const widerWeight = wider.reduce((sum, b) => sum + textWeight(b.text), 0);
    if (widerWeight < pickWeight)
      return {
        ...unchanged,
        recovery: {
          ...evidence,
          outcome: 'kept',
          refused: 'loses-pick',
          recoveredWeight: keptWeights.prose,
          added: [],
        },
      };
  }
  const before = new Set(blocks.map((b) => b.text));
  const added = wider.filter((b) => !before.has(b.text)).map((b) => b.id);
  const recoveredWeight = weigh(map, unitsIn(found.container)).prose;
  return {
    blocks: wider,
    recovery: { ...evidence, outcome: 'widened', recoveredWeight, added },
    wholeText: null,
    // Whether what the wider container adds belongs to the article is judged with the text
    // stages (recover-gate.ts, settleWidening): its topic lexicons stay out of the page's script.
    pick: foundNothing ? null : [...blocks],
  };
}
