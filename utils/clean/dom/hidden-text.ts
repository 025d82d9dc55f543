import { isFurnitureElement } from './prose-map';

/**
 * The prose map counts a long hidden part as the page's text (a streamed render waiting for its
 * place, a closed accordion's answers: text a reader sees once the page's script has run), and
 * only a short one as furniture (a popup). A copy read on a wider container has its short
 * hidden parts dropped already (stages/recover.ts); the long ones must then be read too, where
 * segment skips every element marked hidden: their marks are lifted in the copy.
 */
const HIDDEN_SELECTOR = '[hidden], [aria-hidden="true"]';

/** Lifts the hidden marks of the long hidden parts of `copy` (a detached copy, never the page). */
export function revealHiddenText(copy: Element): void {
  for (const el of Array.from(copy.querySelectorAll(HIDDEN_SELECTOR))) {
    if (isFurnitureElement(el)) continue;
    el.removeAttribute('hidden');
    if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
  }
}
