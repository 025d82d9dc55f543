/**
 * Bounds on a page's shape, checked before Readability runs. Readability's cost grows with the
 * square of the nesting depth or worse (on linkedom a 5,000-deep page runs for minutes; 800 deep
 * takes 3 s), and linearly with the number of elements. Deep nesting is flattened, so the page is
 * still read; a page with more elements than the budget is refused with a clear error, because
 * nothing can be dropped from it without guessing which part is the story.
 */
import { SiftError } from '../errors';

/** Deeper than this, the page's nesting is flattened; real pages stay well inside it (Lighthouse flags 32). */
export const MAX_NESTING = 100;
/** Inside a flattened subtree, elements more than this many levels further down are unwrapped too. */
const FLAT_SLACK = 16;

/** Pure grouping elements: unwrapping them keeps every word, its order and its paragraphs. */
const WRAPPERS = new Set([
  'DIV',
  'SPAN',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FONT',
  'CENTER',
  'FORM',
]);

export interface PageShape {
  elements: number;
  depth: number;
}

/**
 * Counts the elements of `root` and its deepest nesting in one walk, stopping with SiftError
 * ('too-large') as soon as there are more than `maxElements` (0: no limit).
 */
export function measurePage(root: Element, maxElements: number): PageShape {
  let elements = 0;
  let deepest = 0;
  const stack: Element[] = [root];
  const depths: number[] = [0];
  while (stack.length) {
    const el = stack.pop()!;
    const depth = depths.pop()!;
    elements++;
    if (maxElements > 0 && elements > maxElements) {
      throw new SiftError(
        'too-large',
        `The page is too large to read: more than ${maxElements.toLocaleString('en')} elements.`,
      );
    }
    if (depth > deepest) deepest = depth;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      stack.push(child);
      depths.push(depth + 1);
    }
  }
  return { elements, depth: deepest };
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

/** Flattens everything below `top`: wrappers go, and whatever still nests past FLAT_SLACK levels. */
function flattenBelow(top: Element): number {
  const depth = new Map<Node, number>([[top, 0]]);
  let unwrapped = 0;
  // A static list in document order: each element's parent has been settled before it.
  for (const el of Array.from(top.querySelectorAll('*'))) {
    const parentDepth = depth.get(el.parentNode!) ?? 0;
    if (WRAPPERS.has(el.tagName.toUpperCase()) || parentDepth + 1 > FLAT_SLACK) {
      unwrap(el);
      unwrapped++;
    } else depth.set(el, parentDepth + 1);
  }
  return unwrapped;
}

/**
 * Flattens the subtrees of `root` that nest deeper than MAX_NESTING, in place (on the clone
 * Readability reads, never on the caller's page). Returns how many elements were unwrapped.
 */
export function flattenDeepNesting(root: Element): number {
  let unwrapped = 0;
  const stack: Element[] = [root];
  const depths: number[] = [0];
  while (stack.length) {
    const el = stack.pop()!;
    const depth = depths.pop()!;
    if (depth === MAX_NESTING) {
      unwrapped += flattenBelow(el);
      continue;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      stack.push(child);
      depths.push(depth + 1);
    }
  }
  return unwrapped;
}
