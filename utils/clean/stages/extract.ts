import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { flattenDeepNesting, MAX_NESTING, measurePage } from '../dom/budget';
import { moveStrayContentIntoBody } from '../dom/stray-content';
import { type MetaIndex, metaContent, metaIndex } from '../dom/meta-index';
import { stampProvenance } from '../dom/provenance';
import { readNoscriptText } from '../dom/noscript';
import { mapProse, type ProseMap } from '../dom/prose-map';
import { SiftError } from '../errors';
import { jsonLdNodes } from '../text/json-ld';
import { isWhiteSpace } from '../text/space';
import type { CleanOptions } from '../options';
import type { CleanResult } from '../types';
import { pageSignals, readPage, type PageSignals } from './page-signals';
import { cleanText as clean, type PageHeader, publishedTimeReader, siteNameReader } from './metadata';

/** The result's fields that extraction fills in: what is known before the article is cut into blocks. */
export type ArticleMeta = Pick<
  CleanResult,
  'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'url' | 'publishedTime' | 'excerpt' | 'readerable'
>;

/** What extraction knows about the article, and the article itself. */
export interface Extracted extends ArticleMeta {
  /**
   * What the title and byline are settled against (metadata.ts, settleHeader), outside the
   * page: `title` and `byline` are as the page and Readability gave them until then.
   */
  header: PageHeader;
  /** What the page shows of its kind, for the article decision (article-decision.ts). */
  signals: PageSignals;
  /** The article as Readability left it, inside a clone: never part of the caller's document. */
  content: Element;
  /** The page's readable text as it was before Readability ran, for the recover stage. */
  prose: ProseMap;
  /** Readability's article is under the length of an article: the recover stage looks wider, or says there is none. */
  foundNothing: boolean;
}

/** The page's own address: the document's URL in a browser, else what the page says it is. */
function documentUrl(doc: Document, meta: MetaIndex): string | null {
  const candidates = [
    (doc as Document & { URL?: string }).URL,
    doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'),
    metaContent(meta, ['og:url']),
  ];
  for (const url of candidates) if (url && /^https?:\/\//i.test(url.trim())) return url.trim();
  return null;
}

function normaliseDir(dir: string | null | undefined): 'ltr' | 'rtl' | null {
  const value = dir?.toLowerCase();
  return value === 'ltr' || value === 'rtl' ? value : null;
}

/**
 * Readability makes links absolute against the document's base URI; outside a browser (the CLI,
 * tests) that is unknown or wrong, so the page's given address becomes the clone's base.
 */
function anchorLinks(clone: Document, url: string | null): void {
  if (!url || clone.querySelector('base[href]')) return;
  const head = clone.head ?? clone.querySelector('head');
  if (!head) return;
  const base = clone.createElement('base');
  base.setAttribute('href', url);
  head.insertBefore(base, head.firstChild);
}

/** Texts of the page's first few h1 elements: where the page prints its headline. */
function pageHeadlines(doc: Document): string[] {
  const found: string[] = [];
  for (const h of Array.from(doc.querySelectorAll('h1'))) {
    const text = clean(h.textContent);
    if (text && text.length <= 300) found.push(text);
    if (found.length >= 3) break;
  }
  return found;
}

/** What the page itself says and shows, read before Readability runs (it may run on `doc` itself and change it). */
function pageMetadata(doc: Document, options: CleanOptions) {
  const meta = metaIndex(doc);
  const nodes = jsonLdNodes(doc);
  return {
    title: doc.title,
    // Readability drops the headline it takes for the title from its content; the page keeps it.
    headlines: pageHeadlines(doc),
    lang: doc.documentElement?.getAttribute('lang'),
    dir: doc.documentElement?.getAttribute('dir'),
    url: options.url ?? documentUrl(doc, meta),
    siteName: siteNameReader(meta, nodes),
    publishedTime: publishedTimeReader(doc, meta, nodes),
    facts: readPage(doc, nodes, metaContent(meta, ['og:type'])),
  };
}

/**
 * Whether the text of `node`, its white space collapsed and trimmed, has at least `min`
 * characters (and at least one): read only as far as that, text node by text node, where
 * `textContent.replace(/\s+/g, ' ')` would copy the whole article twice (tens of ms on a 1 MB
 * page, on the page's own thread).
 */
export function hasText(node: Element, min: number): boolean {
  const need = Math.max(1, min);
  const walker = node.ownerDocument.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  // White space after some text counts as one character once more text follows it.
  let space = false;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = text.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      if (isWhiteSpace(value.charCodeAt(i))) {
        space = length > 0;
        continue;
      }
      length += space ? 2 : 1;
      space = false;
      if (length >= need) return true;
    }
  }
  return false;
}

/**
 * Readability's article, or null when it throws: a page shaped as no browser would build it can
 * send its walks off the tree, and the page's prose map can still be read then (the recover stage).
 */
function readabilityArticle(target: Document, charThreshold: number) {
  try {
    return new Readability<Element>(target, { charThreshold, serializer: (node) => node as Element }).parse();
  } catch {
    return null;
  }
}

/**
 * Runs Readability on a clone of the document (Readability rewrites the DOM it is given), or on
 * the document itself when the caller allows it, and gathers the metadata a reader shows.
 * Throws SiftError when there is nothing to read or the page is over the element budget;
 * nesting deeper than Readability can walk in time is flattened first (dom/budget.ts).
 */
export function extract(doc: Document, options: CleanOptions): Extracted {
  // The whole document, not just <body>: a malformed page can leave its text outside it.
  const root = doc.documentElement;
  if (!root || !hasText(root, 1)) {
    throw new SiftError('empty-page', 'The page is empty: it has no text to read.');
  }
  const shape = measurePage(root, options.maxElemsToParse);
  const readerable = isProbablyReaderable(doc);
  const page = pageMetadata(doc, options);
  const target = options.mayChangeDocument ? doc : (doc.cloneNode(true) as Document);
  moveStrayContentIntoBody(target);
  if (shape.depth > MAX_NESTING && target.documentElement) flattenDeepNesting(target.documentElement);
  anchorLinks(target, options.url);
  if (target.documentElement) readNoscriptText(target.documentElement);
  if (target.documentElement) stampProvenance(target.documentElement);
  // The whole document, not <body>: a malformed page can leave its text outside it.
  const prose = mapProse(target.documentElement);
  const article = readabilityArticle(target, options.charThreshold);
  // Readability may find nothing at all; the recover stage then looks on the page's prose map.
  const content = article?.content ?? target.createElement('div');
  const foundNothing = !hasText(content, options.minArticleChars);
  if (foundNothing && !(options.recover && (prose.proseWeight >= options.recoverMinMissing || prose.main))) {
    throw new SiftError('no-article', 'No article was found on this page.');
  }
  const siteName = page.siteName(clean(article?.siteName));
  const headings = Array.from(content.querySelectorAll('h1, h2')).map((h) => h.textContent ?? '');
  const publishedTime = page.publishedTime(clean(article?.publishedTime));
  // The headline and the author's name are settled by finishClean (settleHeader), off the
  // page's thread: their rules and word lists stay out of the page's script.
  return {
    title: clean(article?.title) ?? clean(page.title) ?? '',
    byline: article?.byline ?? null,
    siteName,
    lang: clean(article?.lang) ?? clean(page.lang),
    dir: normaliseDir(article?.dir ?? page.dir),
    url: page.url,
    publishedTime,
    excerpt: clean(article?.excerpt),
    readerable,
    signals: pageSignals(page.facts, content, publishedTime),
    header: { headings, headlines: page.headlines },
    content,
    prose,
    foundNothing,
  };
}
