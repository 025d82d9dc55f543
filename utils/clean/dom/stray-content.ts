/**
 * Page content that a parser left outside <body>. A browser's HTML parser closes the head at the
 * first element that does not belong there (a <div>, a <p>, text) and puts it and everything after
 * it in the body; content after </body>, or between the head and the body, goes into the body too
 * (the HTML standard's "in head", "after head" and "after body" insertion modes). Node parsers
 * such as linkedom leave it where it was written, where Readability, walking up from its pick to
 * <body>, runs off the top of the tree and throws. Moving it where a browser puts it keeps the
 * CLI, the benchmarks and the popup on the same page; a browser's own DOM has nothing to move.
 */

/** What the "in head" insertion mode keeps in the head (noscript too: scripting is off in a reader). */
const HEAD_ELEMENTS = new Set([
  'BASE',
  'BASEFONT',
  'BGSOUND',
  'LINK',
  'META',
  'NOFRAMES',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'TITLE',
  'NOSCRIPT',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Moves stray content into the body, in document order; returns how many nodes moved. */
export function moveStrayContentIntoBody(doc: Document): number {
  const root = doc.documentElement;
  if (!root) return 0;
  // Found among the root's children, not by document.head/body: linkedom's getters insert a new
  // body when the head's next sibling is not one, which is the very shape being repaired.
  const head = childTagged(root, 'HEAD');
  const body = childTagged(root, 'BODY');
  if (!body) return 0;
  const before: ChildNode[] = [];
  const after: ChildNode[] = [];
  if (head) {
    let node: ChildNode | null = head.firstChild;
    while (node && !isContent(node, true)) node = node.nextSibling;
    for (; node; node = node.nextSibling) before.push(node);
  }
  let seenBody = false;
  for (const node of Array.from(root.childNodes)) {
    if (node === body) seenBody = true;
    else if (node !== head && isContent(node, false)) (seenBody ? after : before).push(node);
  }
  const anchor = body.firstChild;
  for (const node of before) body.insertBefore(node, anchor);
  for (const node of after) body.appendChild(node);
  return before.length + after.length;
}

function childTagged(root: Element, tag: string): Element | null {
  for (const child of Array.from(root.children)) if (child.tagName.toUpperCase() === tag) return child;
  return null;
}

/** Text with letters or an element; in the head, an element the head may not hold. */
function isContent(node: ChildNode, inHead: boolean): boolean {
  if (node.nodeType === TEXT_NODE) return /\S/.test(node.nodeValue ?? '');
  if (node.nodeType !== ELEMENT_NODE) return false;
  return !inHead || !HEAD_ELEMENTS.has((node as Element).tagName.toUpperCase());
}
