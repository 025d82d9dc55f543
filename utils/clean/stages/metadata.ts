import { BYLINE_DATE_WORDS, BYLINE_INTRO, BYLINE_LABELS } from '../lexicon/bylines';
import { type MetaIndex, metaContent } from '../dom/meta-index';
import { type JsonLdNode, nameOf, typesOf } from '../text/json-ld';

/**
 * The article's header facts as a reader expects them: the headline without the site's name,
 * the site's name rather than its social handle, the author without labels or dates, and the
 * publication date when the page states one. Readability's own guesses are one source among
 * the page's meta tags and JSON-LD.
 */

export function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

const isHandle = (name: string): boolean => /^@\S+$/u.test(name);
const isAddress = (name: string): boolean =>
  /^(?:https?:\/\/|www\.)/i.test(name) ||
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:[a-z]{2}|com|net|org|info|biz|blog|news|media|app|dev)$/u.test(name);

/** JSON-LD types whose `publisher` or `name` is the site's name. */
const PUBLISHED_TYPES = /Article|Posting|Report|WebPage|Blog|NewsMediaOrganization/;

/**
 * The site's name: what the page calls itself (og:site_name, its JSON-LD publisher or WebSite
 * name, the application name) before a social handle, which is an account and not a name
 * ("@CBSNews" shows as "CBSNews" only when nothing else names the site). The page's own
 * candidates are read now (before Readability, which may change the page); the function
 * returned places Readability's reading among them.
 */
export function siteNameReader(
  meta: MetaIndex,
  nodes: readonly JsonLdNode[],
): (readability: string | null) => string | null {
  const fromJsonLd = (test: (types: string[]) => boolean, field: string) =>
    nodes.filter((n) => test(typesOf(n))).map((n) => nameOf(n[field]));
  const before = [
    metaContent(meta, ['og:site_name']),
    ...fromJsonLd((t) => t.some((x) => PUBLISHED_TYPES.test(x)), 'publisher'),
    ...fromJsonLd((t) => t.includes('WebSite'), 'name'),
  ];
  const after = [metaContent(meta, ['application-name', 'apple-mobile-web-app-title'])];
  const twitter = metaContent(meta, ['twitter:site']);
  return (readability) => {
    const candidates = [...before, readability, ...after]
      .map(cleanText)
      .filter((n): n is string => !!n && n.length <= 80);
    const name = candidates.find((n) => !isHandle(n) && !isAddress(n));
    if (name) return name;
    const handle = candidates.find(isHandle) ?? cleanText(twitter);
    return handle && isHandle(handle) ? handle.slice(1) : (handle ?? null);
  };
}

/** Separators between a headline and the site's name in a page title, in any script. */
const TITLE_SEPARATOR = /\s*(?:[|｜丨·•»›‹«_／]|\s[-–—:~]\s|\s?[–—]{2}\s?|\s-{2}\s)\s*/u;

/** Letters and digits only, lower-cased: "CBS News", "CBSNews" and "cbsnews.com" compare alike. */
function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\.(?:com|org|net|co|[a-z]{2})(?:\.[a-z]{2})?$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The host's distinctive label: "www.news.example.co.uk" → "example". */
function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    const tail = labels.length > 2 && labels[labels.length - 2].length <= 3 ? 3 : 2;
    return labels[labels.length - tail] ?? labels[0] ?? null;
  } catch {
    return null;
  }
}

/** Whether a title part names the site: its name, or its address, however spaced or cased. */
function namesSite(part: string, siteName: string | null, url: string | null): boolean {
  const p = compact(part);
  if (!p) return false;
  const site = siteName ? compact(siteName) : '';
  if (site && (p === site || (site.length >= 4 && p.includes(site)) || (p.length >= 4 && site.includes(p))))
    return true;
  // The name before its gloss: "EXA" for a site called "EXA® (Example Spine Association)".
  const short = siteName ? compact(siteName.split(SITE_NAME_GLOSS)[0]) : '';
  if (short && short !== site && p === short) return true;
  const host = hostLabel(url);
  if (!host || host.length < 3) return false;
  // "Example Labs" on example.ai, "Example" on example-news.com, "Crate" on getcrate.com,
  // "The Example Chess Co" on examplechess.com.
  return (
    p === host ||
    p.replace(/\d+/g, '') === host ||
    (host.length >= 5 && (p.startsWith(host) || host.startsWith(p)) && p.length >= 4) ||
    (p.length >= 5 && host.length - p.length <= 4 && host.endsWith(p)) ||
    (host.length >= 6 && p.length - host.length <= 6 && p.includes(host))
  );
}

/** Whether a heading is the site's name and nothing more (a banner printed as an h1). */
function isSiteName(text: string, siteName: string | null, url: string | null): boolean {
  const t = compact(text);
  return !!t && (t === (siteName ? compact(siteName) : null) || t === hostLabel(url));
}

/** Where a site's name turns into its gloss: "EXA® (Example Spine Association)", "Exa – the example people". */
const SITE_NAME_GLOSS = /\s*(?:[(（[]|\s[-–—|:]\s)/u;

/** Markup a page left in its title: a Markdown heading mark, an empty pair of brackets. */
const TITLE_MARKUP_START = /^#{1,6}\s+/u;
/** Markdown emphasis around a name in the title: "*A Treatise on Tea* (1790)". A lone star stays. */
const TITLE_EMPHASIS = /(?<![\p{L}\p{N}*])\*{1,2}(?=\S)([^*]+?)(?<=\S)\*{1,2}(?![\p{L}\p{N}*])/gu;
const TITLE_EMPTY_BRACKETS = /\s*(?:\(\s*\)|\[\s*\])\s*$/u;
/** A separator left dangling at either end ("| Example Magazine", "Headline |"). */
const DANGLING_SEPARATOR = /^\s*[|｜丨·•»›_／:-]+\s+|\s+[|｜丨·•»›‹«_／:-]+\s*$/gu;
/** The site's name in brackets after the headline: "Searching [Example Docs]". */
const BRACKETED_TAIL = /\s*[[(（]([^\])）(]{2,60})[\])）]\s*$/u;

/** The title without what is not words of it, and without a bracketed site name at its end. */
function tidyTitle(title: string, siteName: string | null, url: string | null): string {
  let text = title
    .replace(TITLE_MARKUP_START, '')
    .replace(TITLE_EMPHASIS, '$1')
    .replace(TITLE_EMPTY_BRACKETS, '')
    .replace(DANGLING_SEPARATOR, '');
  const bracketed = BRACKETED_TAIL.exec(text);
  if (bracketed && bracketed.index > 0 && namesSite(bracketed[1], siteName, url)) text = text.slice(0, bracketed.index);
  text = text.trim();
  return text || title;
}

const norm = (t: string) => t.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The headline out of "Headline | Site" (or "Site - Headline", "标题丨网站名"): the part the
 * article prints as a heading, else the title with the parts that name the site taken off
 * either end. A title that is all site name stays as it is.
 */
export function headlineOf(
  rawTitle: string,
  siteName: string | null,
  headings: readonly string[],
  url: string | null = null,
  pageHeadlines: readonly string[] = [],
): string {
  const title = tidyTitle(rawTitle, siteName, url);
  const parts = title
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  // "| Example Magazine": the page left its headline out of the title; the page's h1 has it.
  const dangling = rawTitle.replace(DANGLING_SEPARATOR, '') !== rawTitle;
  const lostHeadline = dangling && parts.length === 1 && namesSite(title, siteName, url);
  if (lostHeadline) return printedHeadline(pageHeadlines, siteName, url) ?? title;
  if (parts.length < 2) return title;
  const printed = new Set(headings.map(norm));
  // An h1 outside the article may be the site's banner: it names only the title's opening part.
  const printedOnPage = new Set(pageHeadlines.filter((h) => !isSiteName(h, siteName, url)).map(norm));
  // Every run of consecutive parts, joined back as the title wrote it, longest first.
  const spans: string[] = [];
  for (let len = parts.length - 1; len >= 1; len--) {
    for (let start = 0; start + len <= parts.length; start++) {
      const first = title.indexOf(parts[start]);
      const last = parts[start + len - 1];
      const end = start + len - 1 === start ? first + last.length : title.lastIndexOf(last) + last.length;
      if (first >= 0 && end > first) spans.push(title.slice(first, end));
    }
  }
  const heading =
    spans.find((s) => printed.has(norm(s)) && !isSiteName(s, siteName, url)) ??
    spans.find((s) => printedOnPage.has(norm(s)) && title.startsWith(s));
  if (heading) return heading;
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && namesSite(parts[to - 1], siteName, url)) to--;
  while (to - from > 1 && namesSite(parts[from], siteName, url)) from++;
  if (from === 0 && to === parts.length) return title;
  const start = title.indexOf(parts[from]);
  const end = title.lastIndexOf(parts[to - 1]) + parts[to - 1].length;
  return title.slice(start, end).trim();
}

/** The page's first heading unless it is the site's name: the headline when the title is only the site's name. */
function printedHeadline(headings: readonly string[], siteName: string | null, url: string | null): string | null {
  const first = headings[0]?.trim();
  return first && first.length >= 3 && !namesSite(first, siteName, url) ? first : null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Built when first asked for: the page's script never settles a byline, and so never builds these. */
let bylinePatterns: { label: RegExp; dateWord: RegExp } | null = null;

function bylineLabels(): { label: RegExp; dateWord: RegExp } {
  bylinePatterns ??= {
    label: new RegExp(
      `^\\s*(?:${[...new Set(Object.values(BYLINE_LABELS).flat())]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})\\s*[:：/|]\\s*`,
      'iu',
    ),
    dateWord: new RegExp(
      `(?:^|[\\s|·•,;–—(-])(?:${BYLINE_DATE_WORDS.map(escapeRegExp).join('|')})(?![\\p{L}])[\\s:：]*(?=.*(?:\\d|\\bago\\b))`,
      'iu',
    ),
  };
  return bylinePatterns;
}
/** A date or a time at the end of a byline: "11 Mar 2026", "2026-03-11", "March 11, 2026 10:04 am". */
const TRAILING_DATE =
  /[\s|·•,;–—-]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{4}年\d{1,2}月\d{1,2}日)(?:[\s,T]+\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?)?[\s|·•,;.–—-]*$/iu;
const READING_TIME =
  /[\s|·•,;–—-]*\d+\s*(?:min(?:ute)?s?|мин\.?|分钟|分)\s*(?:read|de lecture|lesezeit|lectura|lettura|чтения)?[\s|·•,;–—-]*$/iu;

/** Words a page prints around the name that are not the name: a link to the bio, a role label. */
const NOT_A_NAME =
  /^(?:by|the author|author|authors|full bio|bio|view profile|profile|about the author|written by|posted by|staff|admin|get in touch|contact us|sign in|log in|sign up|subscribe|share|menu)$/iu;
const PROFILE_TAIL =
  /[\s|·•,–—-]*(?:author[’']s profile|view (?:full )?profile|full bio|more by [\p{L} .]+|follow(?: on \p{L}+)?|fact checked(?: by)?.*)$/iu;
/** "By" glued to the name by textContent ("BySummer Swann"): a capital straight after it. */
const GLUED_BY = /^(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Ww]ords [Bb]y|By)(?=\p{Lu})/u;
/** A date word glued to the end of the name ("Reyan PerumalPublished on …"). */
const GLUED_DATE = /(?<=\p{Ll})(?=(?:Published|Updated|Posted|Last updated)\b)/u;
/** A date in digits glued to the end of the name ("Ana Reis3/4/2025", "Ana Reis05 Nov 2025"). */
const GLUED_DIGIT_DATE = /(?<=\p{L})(?=\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s*\p{L}{3,}\.?\s+\d{4})/u;
/** A label ending in "by" before the name, with or without a colon ("Text by Jane Smith", "Recipe by …", "Authored by: …"). */
const LABEL_BY =
  /^\s*(?:written|posted|words|text|story|reported|authored|article|recipe|review|column|interview|photos and text|text and photos)\s+by\b[\s:：]*/iu;
/** A byline that opens with a date or a date label, then names the author after "By". */
const LATE_BY = /^(?=.*(?:\d|updated|published|posted)).*?(?:^|\s|\p{Ll})(?:written by|by)\s*(?=\p{Lu})/iu;

/**
 * The author's name without what pages glue to it: a label ("Текст:", "Written by"), a date
 * part ("| Published: 11 Mar 2026"), a reading time, a link to the bio, the site's name
 * ("Jane Smith, The Daily Example"). Null when nothing of a name is left or the "byline" is
 * really a sentence or an address.
 */
export function bylineOf(raw: string | null | undefined, siteName: string | null = null): string | null {
  let text = cleanText(raw);
  if (!text) return null;
  text = text.replace(LATE_BY, '').replace(GLUED_BY, '');
  text = text.replace(LABEL_BY, '');
  for (const pattern of [GLUED_DATE, GLUED_DIGIT_DATE]) {
    const glued = pattern.exec(text);
    if (glued && glued.index > 0) text = text.slice(0, glued.index);
  }
  const { label, dateWord } = bylineLabels();
  for (let i = 0; i < 2; i++) text = text.replace(label, '').replace(BYLINE_INTRO, '');
  const dated = dateWord.exec(text);
  if (dated && dated.index > 0) text = text.slice(0, dated.index);
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text.replace(TRAILING_DATE, '').replace(READING_TIME, '').replace(PROFILE_TAIL, '');
  }
  // The site's name after the author's: "Jane Smith, The Daily Example", "Jane Smith | Example".
  const parts = text.split(/\s*(?:[|·•]|,|\s[-–—]\s)\s*/u);
  if (siteName && parts.length > 1 && namesSite(parts[parts.length - 1], siteName, null)) {
    text = text.slice(0, text.lastIndexOf(parts[parts.length - 1]));
  }
  text = text.replace(/^[\s|·•,;:–—~*-]+|[\s|·•,;:–—~*-]+$/gu, '');
  if (!text || !/\p{L}/u.test(text) || isAddress(text) || text.length > 120 || NOT_A_NAME.test(text)) return null;
  return text;
}

/** Meta tags that carry a publication time, most specific first. */
const PUBLISHED_TIME_META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'pubdate',
  'publish-date',
  'publishdate',
  'article.published',
];

/**
 * A `<time>` the page marks as the publication time, else the first one in article-like markup,
 * else any element marked datePublished. Only asked when neither JSON-LD nor a meta tag says
 * it: each selector walks the whole page.
 */
function statedByMarkup(doc: Document): string | null {
  const timeEl =
    doc.querySelector('time[datetime][itemprop="datePublished" i], time[datetime][pubdate]') ??
    doc.querySelector('article time[datetime], main time[datetime], [class*="date" i] time[datetime]');
  const fromTime = cleanText(timeEl?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  const timeText = doc.querySelector('[itemprop="datePublished" i]:not(meta)');
  return cleanText(timeText?.getAttribute('content') ?? timeText?.textContent);
}

/**
 * When the article was published, as the page states it: Readability's reading, the JSON-LD of
 * any item the page describes, the meta tags, then a `<time>` element the page marks as the
 * publication time, or the first one inside the article's own markup. The page's own statement
 * is read now; Readability's reading, given later, goes first.
 */
export function publishedTimeReader(
  doc: Document,
  meta: MetaIndex,
  nodes: readonly JsonLdNode[],
): (readability: string | null) => string | null {
  const fromJsonLd = nodes.map((n) => (typeof n.datePublished === 'string' ? n.datePublished : null)).find(Boolean);
  const stated = cleanText(fromJsonLd) ?? cleanText(metaContent(meta, PUBLISHED_TIME_META)) ?? statedByMarkup(doc);
  return (readability) => cleanText(readability) ?? stated;
}

/** The headings a title is settled against. */
export interface PageHeader {
  /** Texts of the h1 and h2 elements of Readability's article. */
  headings: string[];
  /** Texts of the page's first few h1 elements: Readability drops the headline it takes for the title. */
  headlines: string[];
}

/**
 * The headline and the author's name settled (headlineOf, bylineOf) from what the page read:
 * its title and byline as given, the site's name, its address and `header`. Run by finishClean,
 * outside the page.
 */
export function settleHeader<
  M extends { title: string; byline: string | null; siteName: string | null; url: string | null },
>(meta: M, header: PageHeader | null | undefined): M {
  return {
    ...meta,
    title: headlineOf(meta.title, meta.siteName, header?.headings ?? [], meta.url, header?.headlines ?? []),
    byline: bylineOf(meta.byline, meta.siteName),
  };
}
