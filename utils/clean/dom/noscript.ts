import { countTokens as textWeight } from '../text/weight';

/**
 * A page read without running its scripts (the CLI, a saved page, a DOM parsed with scripting
 * off) shows its <noscript> parts: some sites (forum engines, shops rendered in the browser)
 * send their whole text there for readers and crawlers without scripts, and leave the rest of
 * the body an empty shell for the script to fill. Readability drops every <noscript>, so on such a
 * page it finds nothing. When the parsed <noscript> parts hold more text than everything outside
 * them, they are the page as such a reader sees it: each is replaced by its children.
 *
 * In a browser running scripts a <noscript> holds its markup as one text node, never elements,
 * and the page the script built is read instead: nothing changes there.
 */

/** Below this weight (words) the <noscript> parts are a tracking pixel's or a "please enable" notice. */
export const MIN_NOSCRIPT_WEIGHT = 100;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG']);

interface Weights {
  inside: number;
  outside: number;
}

function weigh(el: Element, inNoscript: boolean, w: Weights): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const n = textWeight(c.nodeValue ?? '');
      if (inNoscript) w.inside += n;
      else w.outside += n;
    } else if (c.nodeType === 1) {
      const tag = (c as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      // A <noscript> holding only text is one a script-running DOM left unparsed: not read.
      if (tag === 'NOSCRIPT' && !(c as Element).firstElementChild) continue;
      weigh(c as Element, inNoscript || tag === 'NOSCRIPT', w);
    }
  }
}

/**
 * Unwraps the parsed <noscript> elements of `root` (a working copy, never the caller's page)
 * when they hold the page's text; returns whether it did.
 */
export function readNoscriptText(root: Element): boolean {
  const parsed = Array.from(root.querySelectorAll('noscript')).filter((n) => n.firstElementChild);
  if (parsed.length === 0) return false;
  const w: Weights = { inside: 0, outside: 0 };
  weigh(root, false, w);
  if (w.inside < MIN_NOSCRIPT_WEIGHT || w.inside <= w.outside) return false;
  // Outermost first; a nested one is unwrapped with (and then inside) its parent's children.
  for (const ns of parsed) {
    const parent = ns.parentNode;
    if (!parent) continue;
    while (ns.firstChild) parent.insertBefore(ns.firstChild, ns);
    ns.remove();
  }
  return true;
}
