import { PRICE_PATTERN } from '../lexicon/page-types';
import { type JsonLdNode, typesOf } from '../text/json-ld';
import { collapsedLength } from '../text/space';
import { countTokens as textWeight } from '../text/weight';
import { markElement, type PageMarks } from './page-marks';

/**
 * What a page shows of its kind, measured on the page and on Readability's article: what its
 * JSON-LD and og:type say it is, how much prose the article holds (fair to every script), and
 * the structures of shops, listings and forums (prices, carts, repeated cards, posts). The
 * article decision (article-decision.ts) weighs these; none of them alone decides.
 *
 * Two reads: `readPage` on the page as loaded, before Readability runs (it may run on the page
 * itself and take it apart), and `pageSignals` on Readability's article, which adds what the
 * article holds to what the page showed.
 */
export interface PageSignals {
  /** Its structured data (JSON-LD or microdata) describes an article, a blog post, a report, a recipe or a how-to. */
  ldArticle: number;
  /** Its structured data describes a product or an offer. */
  ldProduct: number;
  /** Its structured data describes a list of items, a collection or search results. */
  ldList: number;
  /** Its structured data describes a forum thread or a question with answers. */
  ldForum: number;
  /** Its structured data describes a business or a service and nothing it publishes. */
  ldService: number;
  /** og:type is "article". */
  ogArticle: number;
  /** og:type names a product. */
  ogProduct: number;
  /** The page states when it was published. */
  dated: number;
  /** The page names its author (set with the byline, by finishClean: 0 in a PageRead). */
  byline: number;
  /** log2(1 + the article's text weight): words, with a Chinese or Japanese character counted as a word. */
  weight: number;
  /** log2(1 + paragraphs of the article with at least 25 words' weight). */
  paragraphs: number;
  /** The weight of the article's longest paragraph, log2(1 + …). */
  longestParagraph: number;
  /** Share of the article's text that is link text. */
  linkDensity: number;
  /** Share of the page's text the article holds. */
  shareOfPage: number;
  /** log2(1 + price-like figures on the page). */
  prices: number;
  /** log2(1 + buy / add-to-cart controls on the page). */
  cart: number;
  /** log2(1 + form fields a visitor fills in, other than search). */
  formFields: number;
  /** log2(1 + the largest group of same-shaped sibling cards, each a link with a picture or a heading). */
  cards: number;
  /** Share of the article's text inside repeated same-shaped siblings. */
  repeatedShare: number;
  /** log2(1 + posts in the article: repeated siblings each with its own time or author). */
  posts: number;
  /** log2(1 + posts on the whole page: a thread shows many, a story's comments a few). */
  pagePosts: number;
  /** Headings per paragraph in the article: landing pages are headings over short blurbs. */
  headingRatio: number;
  /** log2(1 + links that dial a phone number): a business asks to be called, a story rarely does. */
  phoneLinks: number;
  /** The page links to a next page of its items (rel="next", a pager): listings and threads run over pages. */
  pagination: number;
}

export type SignalName = keyof PageSignals;

/** What `readPage` learns from the page as loaded: the signals that need the whole page. */
export type PageFacts = Pick<
  PageSignals,
  'ldArticle' | 'ldProduct' | 'ldList' | 'ldForum' | 'ldService' | 'ogArticle' | 'ogProduct' | 'prices' | 'cart'
> &
  Pick<PageSignals, 'formFields' | 'cards' | 'pagePosts' | 'phoneLinks' | 'pagination'> & {
    /** Characters of the page's text, white space collapsed. */
    pageChars: number;
  };

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Recipe|HowTo|Review|Blog)$/;
const PRODUCT_TYPES = /^(?:Product|ProductGroup|IndividualProduct|ProductModel|Offer|AggregateOffer|Car|Vehicle)$/;
const LIST_TYPES = /^(?:ItemList|CollectionPage|SearchResultsPage|OfferCatalog)$/;
// Not Question or Comment alone: an FAQ is made of Questions and a story's JSON-LD may list its Comments.
const FORUM_TYPES = /^(?:DiscussionForumPosting|QAPage|SocialMediaPosting)$/;
const SERVICE_TYPES =
  /^(?:Service|\w*Service|LocalBusiness|\w*Business|Store|\w*Store|ProfessionalService|Dentist|Physician|Attorney|Restaurant|Hotel|\w*Agency|MedicalClinic|Organization|Corporation)$/;

/**
 * Budgets that keep the read cheap on huge pages: the signals are about a page's shape, and the
 * first tens of thousands of elements show it as well as all of them would.
 */
const MAX_ELEMENTS = 30_000;
const MAX_PARAGRAPHS = 3_000;
/** Prices are counted in the first this many characters of the page's text. */
const MAX_PRICE_CHARS = 200_000;
/** Deeper nesting than this is a hostile page's, read no further (the call stack stays small). */
const MAX_DEPTH = 300;

const log2p = (n: number): number => Math.round(Math.log2(1 + n) * 1000) / 1000;
const ratio = (a: number, b: number): number => (b > 0 ? Math.round((a / b) * 1000) / 1000 : 0);

/**
 * `text.replace(/\s+/g, ' ').trim().slice(0, max)`, collapsing only a prefix long enough for it:
 * a prefix collapses to a prefix of the whole collapsed text, so once it holds more than `max`
 * characters its first `max` are those of the whole.
 */
export function collapsedPrefix(text: string, max: number): string {
  for (let raw = max + (max >> 2) + 1; ; raw *= 2) {
    if (raw >= text.length) return text.replace(/\s+/g, ' ').trim().slice(0, max);
    const part = text.slice(0, raw).replace(/\s+/g, ' ').trimStart();
    if (part.length > max) return part.slice(0, max);
  }
}

/** A class attribute's part of a shape: its classes without digits, sorted. */
type ShapeCache = Map<string, string>;

/** The tag and class list (`raw`, the element's class attribute) that makes siblings "the same shape". */
function shape(el: Element, raw: string, cache: ShapeCache): string {
  let cls = cache.get(raw);
  if (cls === undefined) {
    cls = raw
      .split(/\s+/)
      .filter((c) => c && !/\d/.test(c))
      .sort()
      .join('.');
    cache.set(raw, cls);
  }
  return `${el.tagName}.${cls}`;
}

interface Groups {
  /** Size of the largest group of card-like siblings. */
  cards: number;
  /** Characters inside groups of 3+ same-shaped siblings with text (containers, not inline runs). */
  repeatedChars: number;
  /** Siblings in groups whose members each carry their own time or author element. */
  posts: number;
}

/** What one pass learns of each element: its text length and what it holds. */
interface Facts {
  /** shape(el), when its parent groups its children; else empty. */
  shape: string;
  chars: number;
  link: boolean;
  media: boolean;
  post: boolean;
}

const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** What marks an element as one person's post: an author or user name, a poster's avatar, post or comment microdata. */
const POST_MARK = /author|user|poster|avatar|Comment|DiscussionForumPosting/i;
const INLINE_TAGS = /^(?:P|BR|SPAN|A|EM|STRONG|B|I)$/;

/**
 * POST_MARK in the class (`cls`), itemprop or itemtype: each read on its own (no mark holds a
 * space, so none spans two).
 */
function isPostMarked(el: Element, cls: string | null): boolean {
  if (cls && POST_MARK.test(cls)) return true;
  for (const name of ['itemprop', 'itemtype']) {
    const value = el.getAttribute(name);
    if (value && POST_MARK.test(value)) return true;
  }
  return false;
}

/**
 * Whether `el` has at least three element children, counted only that far: a DOM may build the
 * list of children to count them (linkedom does, on every call), which on a 50,000-paragraph
 * page is slow.
 */
function hasThreeElementChildren(el: Element): boolean {
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (++n >= 3) return true;
  return false;
}

/** Called on each element the walk visits, with the form it sits in (if any). */
type Inspect = (el: Element, tag: string, form: Element | null, cls: string | null) => void;

/**
 * Groups of same-shaped siblings under `root` (cards, repeated items, posts), in one pass over the
 * tree; `inspect` sees every element of that pass, so a caller learns more without a second walk.
 */
function siblingGroups(root: Element, inspect?: Inspect): Groups {
  const out: Groups = { cards: 0, repeatedChars: 0, posts: 0 };
  let budget = MAX_ELEMENTS;
  const shapes: ShapeCache = new Map();
  // `grouped`: the parent groups its children by shape. The class is read once per element:
  // some DOMs (linkedom) rebuild it from the class list on every read.
  const visit = (el: Element, depth: number, inForm: Element | null, grouped: boolean): Facts => {
    const tag = el.tagName.toUpperCase();
    const form = tag === 'FORM' ? el : inForm;
    const attributes = el.hasAttributes();
    const cls = attributes ? el.getAttribute('class') : null;
    inspect?.(el, tag, inForm, cls);
    const own: Facts = {
      shape: grouped ? shape(el, cls ?? '', shapes) : '',
      chars: 0,
      link: tag === 'A' && el.hasAttribute('href'),
      media: MEDIA_TAGS.has(tag),
      post: tag === 'TIME' || (attributes && isPostMarked(el, cls)),
    };
    if (budget-- <= 0 || depth > MAX_DEPTH || tag === 'SCRIPT' || tag === 'STYLE') return own;
    const byShape = hasThreeElementChildren(el) ? new Map<string, Facts[]>() : null;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        own.chars += collapsedLength(node.nodeValue ?? '');
      } else if (node.nodeType === 1) {
        const child = node as Element;
        const facts = visit(child, depth + 1, form, byShape !== null);
        own.chars += facts.chars;
        own.link ||= facts.link;
        own.media ||= facts.media;
        own.post ||= facts.post;
        if (byShape) {
          const list = byShape.get(facts.shape);
          if (list) list.push(facts);
          else byShape.set(facts.shape, [facts]);
        }
      }
    }
    if (!byShape) return own;
    for (const [key, group] of byShape) {
      if (group.length < 3 || group.filter((f) => f.chars >= 2).length < 3) continue;
      if (!INLINE_TAGS.test(key.split('.')[0])) out.repeatedChars += group.reduce((n, f) => n + f.chars, 0);
      const cards = group.filter((f) => f.chars <= 400 && f.link && f.media).length;
      if (cards >= 3) out.cards = Math.max(out.cards, cards);
      const posts = group.filter((f) => f.post).length;
      if (posts >= 3 && posts >= group.length / 2) out.posts = Math.max(out.posts, posts);
    }
    return own;
  };
  visit(root, 0, null, false);
  return out;
}

/** What the page's structured data says it is: JSON-LD and microdata types together. */
function structuredDataSignals(types: readonly string[]) {
  const has = (re: RegExp) => (types.some((t) => re.test(t)) ? 1 : 0);
  const ldArticle = has(ARTICLE_TYPES);
  return {
    ldArticle,
    ldProduct: has(PRODUCT_TYPES),
    ldList: has(LIST_TYPES),
    ldForum: has(FORUM_TYPES),
    // Every publisher is an Organization: only a page that describes nothing else is a business's own.
    ldService: ldArticle ? 0 : types.some((t) => SERVICE_TYPES.test(t) && t !== 'Organization') ? 1 : 0,
  };
}

const first = <T>(list: ArrayLike<T>, n: number): T[] =>
  Array.from({ length: Math.min(n, list.length) }, (_, i) => list[i]);

/**
 * The page as loaded: its data's kind, its og:type, and the shop, listing and forum structures
 * of the whole page. Read before Readability runs, which may take the page itself apart.
 */
export function readPage(doc: Document, nodes: readonly JsonLdNode[], ogType: string | null): PageFacts {
  const og = (ogType ?? '').toLowerCase();
  const body = doc.body ?? doc.documentElement;
  // Its length and first characters with white space collapsed, without copying the whole text
  // collapsed (a megabyte on a large page, on the page's own thread).
  const rawText = body?.textContent ?? '';
  const marks: PageMarks = { cart: 0, formFields: 0, types: [], phoneLinks: 0, pagination: false };
  // The whole document: the head holds rel="next", the html element may carry microdata.
  const root = doc.documentElement;
  const onPage = root
    ? siblingGroups(root, (el, tag, form, cls) => markElement(marks, el, tag, form, cls))
    : { cards: 0, posts: 0 };
  return {
    ...structuredDataSignals([...nodes.flatMap(typesOf), ...marks.types]),
    ogArticle: og === 'article' ? 1 : 0,
    ogProduct: /product/.test(og) ? 1 : 0,
    prices: log2p((collapsedPrefix(rawText, MAX_PRICE_CHARS).match(PRICE_PATTERN) ?? []).length),
    cart: log2p(marks.cart),
    formFields: log2p(marks.formFields),
    cards: log2p(onPage.cards),
    pagePosts: log2p(onPage.posts),
    phoneLinks: log2p(marks.phoneLinks),
    pagination: marks.pagination ? 1 : 0,
    pageChars: collapsedLength(rawText),
  };
}

function linkShare(root: Element, total: number): number {
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a'))) linked += collapsedLength(a.textContent ?? '');
  return ratio(Math.min(linked, total), total);
}

/**
 * The page's signals: what `readPage` saw on the page, and what Readability's article (`content`,
 * read, never changed) holds; `publishedTime` as extraction settled it. `byline` is 0 here: the
 * byline is settled outside the page (metadata.ts, settleHeader), which sets it.
 */
export function pageSignals(page: PageFacts, content: Element, publishedTime: string | null): PageSignals {
  const { pageChars, ...fromPage } = page;
  // Weights and lengths read off the raw text: collapsing white space changes no token.
  const raw = content.textContent ?? '';
  const textLength = collapsedLength(raw);
  // The first few thousand are enough to tell prose from cards; a 50,000-paragraph page is read no further.
  const paragraphWeights = first(content.querySelectorAll('p, li, dd, td, blockquote'), MAX_PARAGRAPHS)
    .filter((p) => !p.querySelector('p, li, dd, td, blockquote'))
    .map((p) => textWeight(p.textContent ?? ''));
  const headings = content.querySelectorAll('h2, h3, h4, h5, h6').length;
  const long = paragraphWeights.filter((w) => w >= 25).length;
  const inContent = siblingGroups(content);
  return {
    ...fromPage,
    dated: publishedTime ? 1 : 0,
    byline: 0,
    weight: log2p(textWeight(raw)),
    paragraphs: log2p(long),
    longestParagraph: log2p(Math.max(0, ...paragraphWeights)),
    linkDensity: linkShare(content, textLength),
    shareOfPage: ratio(Math.min(textLength, pageChars), pageChars),
    repeatedShare: ratio(Math.min(inContent.repeatedChars, textLength), textLength),
    posts: log2p(inContent.posts),
    headingRatio: ratio(headings, Math.max(1, long)),
  };
}
