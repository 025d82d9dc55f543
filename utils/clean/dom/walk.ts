/**
 * The elements `root.querySelectorAll('*')` lists, in the same order, without asking a selector
 * engine: some DOMs (linkedom) match even `*` or `[attr]` element by element through a general
 * matcher, several times the cost of stepping through the tree. A template's content is skipped,
 * as selectors skip it (in a browser it is no child; linkedom keeps it as children).
 */

const isTemplate = (el: Element): boolean => el.tagName.toUpperCase() === 'TEMPLATE';

/** The element after `el` under `root` in document order (not entering a template), or null. */
export function nextElement(el: Element, root: Element): Element | null {
  if (!isTemplate(el)) {
    const child = el.firstElementChild;
    if (child) return child;
  }
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
    const sibling = up.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** Calls `visit` on each element under `root` (not `root` itself), as `querySelectorAll('*')` lists them. */
export function forEachElement(root: Element, visit: (el: Element) => void): void {
  for (let el = nextElement(root, root); el; el = nextElement(el, root)) visit(el);
}
