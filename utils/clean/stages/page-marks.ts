import { CART_WORDS } from '../lexicon/page-types';

/**
 * The marks of a shop's, a business's or a listing's page in its controls and markup (buy
 * buttons, form fields, microdata types, phone links, pagers), read element by element in the
 * walk page-signals.ts makes over the page anyway.
 */

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const CART_CONTROL = new RegExp(
  `^(?:${CART_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`,
  'iu',
);

const lower = (el: Element, name: string): string => (el.getAttribute(name) ?? '').toLowerCase();
const NOT_FILLED_IN = new Set(['hidden', 'search', 'submit', 'button', 'image', 'reset']);

/** What the page's controls and markup show, gathered element by element during the page walk. */
export interface PageMarks {
  /** Buy / add-to-cart controls, and forms or fields that put an item in a basket. */
  cart: number;
  /** Fields of forms a visitor fills in (contact, booking, quote), not search boxes or hidden ones. */
  formFields: number;
  /** The schema.org types of the page's microdata (`itemtype` URLs), without their prefix. */
  types: string[];
  phoneLinks: number;
  pagination: boolean;
}

/**
 * One element's part in the marks. Selectors would say it shorter, but each one walks the whole
 * page again, and some DOMs (linkedom) match attribute selectors slowly: this reads each element
 * once, in the walk that groups siblings anyway.
 */
export function markElement(
  marks: PageMarks,
  el: Element,
  tag: string,
  form: Element | null,
  cls: string | null,
): void {
  // An element without attributes has no itemtype, name, itemprop or class to read.
  if (el.hasAttributes()) markAttributes(marks, el, cls);
  markElementByTag(marks, el, tag, form);
}

function markAttributes(marks: PageMarks, el: Element, rawClass: string | null): void {
  const itemtype = el.getAttribute('itemtype');
  if (itemtype)
    marks.types.push(
      ...itemtype
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => t.replace(/^.*[/#:]/, '')),
    );
  if (lower(el, 'name') === 'add-to-cart' || lower(el, 'itemprop') === 'offers') marks.cart++;
  const cls = (rawClass ?? '').toLowerCase();
  if (cls.includes('pagination') || cls.includes('pager')) marks.pagination = true;
}

function markElementByTag(marks: PageMarks, el: Element, tag: string, form: Element | null): void {
  switch (tag) {
    case 'A':
    case 'LINK': {
      if (tag === 'A' && lower(el, 'href').startsWith('tel:')) marks.phoneLinks++;
      if (lower(el, 'rel').split(/\s+/).includes('next')) marks.pagination = true;
      if (tag === 'A' && (form || lower(el, 'role') === 'button')) marks.cart += isCartLabel(el);
      return;
    }
    case 'NAV':
      if (lower(el, 'aria-label').includes('pagination')) marks.pagination = true;
      return;
    case 'FORM': {
      const action = lower(el, 'action');
      if (action.includes('cart') || action.includes('basket')) marks.cart++;
      return;
    }
    case 'BUTTON':
      marks.cart += isCartLabel(el);
      return;
    case 'INPUT':
    case 'TEXTAREA':
    case 'SELECT': {
      const type = tag === 'INPUT' ? lower(el, 'type') || 'text' : 'text';
      if (type === 'submit') marks.cart += isCartLabel(el);
      if (NOT_FILLED_IN.has(type)) return;
      const where = form
        ? `${lower(form, 'role')} ${lower(form, 'action')} ${lower(form, 'class')} ${lower(el, 'name')}`
        : lower(el, 'name');
      if (!/search|query|newsletter|subscribe/.test(where) && el.getAttribute('name') !== 'q') marks.formFields++;
      return;
    }
  }
}

function isCartLabel(el: Element): number {
  const label = (el.getAttribute('value') ?? textOf(el)).trim();
  return label.length <= 40 && CART_CONTROL.test(label) ? 1 : 0;
}
