import {
  ABOUT_HEADING,
  ABOUT_NAME,
  AD_LABEL,
  BARE_CONTACT,
  BUTTON_LABEL,
  BREADCRUMB,
  CALL_TO_ACTION,
  CAPTION_WITH_CREDIT,
  COMPANY_PROFILE,
  CONTACT_NOTE,
  CONTRIBUTORS,
  COOKIE_CONSENT,
  COOKIE_NOTICE,
  COPYRIGHT_LINE,
  COUNTER_WORD,
  CREDIT_ONLY,
  DATE_ONLY,
  DISCLOSURE,
  NEWSLETTER_PROMPT,
  PROMO,
  PROMO_PROSE,
  RELATED_HEADING,
  RELATED_PREFIX,
  SHORTCODE,
  UI_TEXT,
  VIEW_COUNTER,
  WRITTEN_BY,
} from '../lexicon/furniture';
import WEIGHTS from '../lexicon/furniture-weights.json' with { type: 'json' };
import { BlockTexts, flatText } from '../text/block-texts';
import { linkDensity } from '../text/links';
import { isLinkList, rankNumbers, strayNumbers } from './furniture-shapes';
import { normaliseText } from '../text/normalise';
import { countCJK } from '../text/tokens';
import type { Block, Evidence, FurnitureFeature, Provenance, Removed, StageOutput } from '../types';

/**
 * Site furniture judged block by block on evidence a reader would defend: where the block sits
 * (before the first or after the last body paragraph), its length and links, the page markup it
 * sat in (Block.provenance), and phrases per language (lexicon/furniture.ts). Each feature has a
 * log-odds weight (lexicon/furniture-weights.json); a block whose sum passes 0 is removed, its
 * evidence naming the features that counted for it. Captions printed as paragraphs ("… | Agency")
 * become caption blocks: kept and shown, not body text.
 */

/** A weight table: the judgement's bias and each feature's log-odds weight. */
export interface FurnitureTable {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export const FURNITURE_WEIGHTS: FurnitureTable = { bias: WEIGHTS.bias, weights: WEIGHTS.weights };

/** A body paragraph: prose of this many words (a CJK character counts as half a word). */
const BODY_WORDS = 20;
/** Fewer words than this is a short line. */
const SHORT_WORDS = 10;
/** A block this long is judged only on its whole-block patterns (a cookie notice, an about section). */
const LONG_CHARS = 320;
/** Past this length nothing here applies: it is the story. */
const MAX_JUDGED_CHARS = 1200;
/** Link share that makes a block a link. */
const LINKED = 0.6;
/** A prompt of the site's (a newsletter, an offer) is furniture wherever it stands up to this many words. */
const PROMPT_WORDS = 12;
/** How many short furniture lines may follow an "About <name>" section at the article's end. */
const ABOUT_TAIL_SLACK = 3;

function words(text: string): number {
  const cjk = countCJK(text);
  return text.split(/\s+/).filter(Boolean).length + cjk / 2;
}

const flat = flatText;

function isProse(text: string, wordCount = words(text)): boolean {
  return wordCount >= BODY_WORDS && /[.!?。！？:;"”»)]$/u.test(text);
}

function isBody(block: Block, text: () => string): boolean {
  return (
    (block.kind === 'paragraph' || block.kind === 'quote') &&
    isProse(text()) &&
    linkDensity(block.runs) < 0.5 &&
    // A disclosure is prose, but the site's: it opens or closes the page, never starts the story.
    !DISCLOSURE.test(text()) &&
    !PROMO_PROSE.test(text()) &&
    !block.provenance?.some((p) => p === 'caption' || p === 'credit' || p === 'nav' || p === 'advert')
  );
}

/** A credit alone (no caption words) and no picture to sign: the leftover of a dropped image. */
export function isCreditOnly(block: Block, text = flat(block.text)): boolean {
  return !block.image && block.text.length <= 160 && CREDIT_ONLY.test(text);
}

/** A caption printed as a paragraph, its credit at the end. */
export function isCaptionWithCredit(block: Block, text?: string): boolean {
  if (block.kind !== 'paragraph' || block.text.length > 320) return false;
  const flatText = text ?? flat(block.text);
  return !isCreditOnly(block, flatText) && CAPTION_WITH_CREDIT.test(flatText);
}

/** Third person about the writer: "Jane Doe is a reporter covering …". */
const BIO =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}(?: \([^()]{1,60}\))? (?:is|was|has been|covers|writes|reports) (?:a |an |the |our )?(?:[\p{L}-]+ ){0,6}(?:reporter|editor|writer|correspondent|journalist|columnist|contributor|author|producer|critic|analyst|photographer|freelancer|blogger)\b/u;

/** "Jane Doe is the CEO and co-founder of …": a bio only outside the story or in an author box (a news story names CEOs too). */
const FOUNDER_BIO =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (?:is|was) (?:the |a |an )?(?:[\p{L}-]+ ){0,3}(?:CEO|CTO|[Ff]ounder|[Cc]o-?founder)\b/u;

/** The "About <name>" section that ends a press release: from its heading to the end. */
function aboutSection(blocks: readonly Block[], flatAt: FlatText): number {
  const start = Math.floor(blocks.length / 2);
  let profileAt = -1;
  for (let i = blocks.length - 1; i >= start; i--) {
    const block = blocks[i];
    const text = flatAt(i);
    const headingLike = block.kind === 'heading' || (block.kind === 'paragraph' && words(text) <= 8);
    const name = !headingLike && i >= blocks.length - PROFILE_TAIL ? issuerName(blocks, i, text, flatAt) : null;
    if (!name && (!headingLike || !(ABOUT_HEADING.test(text) || ABOUT_NAME.test(text)))) continue;
    // The section runs to the end, but for a few short lines (a contact, a copyright line).
    let prose = 0;
    let slack = 0;
    for (let k = i + 1; k < blocks.length; k++) {
      if (blocks[k].kind === 'heading' && !ABOUT_HEADING.test(flatAt(k)) && !ABOUT_NAME.test(flatAt(k)))
        slack += ABOUT_TAIL_SLACK + 1;
      // After a profile without its heading, prose still about the issuer opens with its name.
      else if (name && isProse(flatAt(k)) && !flatAt(k).startsWith(name)) slack += ABOUT_TAIL_SLACK + 1;
      else if (isProse(flatAt(k))) prose++;
      else slack++;
    }
    if (prose > 4 || slack > ABOUT_TAIL_SLACK) continue;
    // A profile may sit under its "About …" heading: the section then starts at the heading.
    if (name) profileAt = i;
    else if (prose >= 1) return i;
  }
  return profileAt;
}

/** How close to the end an issuer's profile without a heading may start. */
const PROFILE_TAIL = 4;

/** The issuer's name when the block is "Northwind Labs is a global provider of …" about a name the release used before. */
function issuerName(blocks: readonly Block[], i: number, text: string, flatAt: FlatText): string | null {
  const name = blocks[i].kind === 'paragraph' ? COMPANY_PROFILE.exec(text)?.[1] : undefined;
  if (!name) return null;
  for (let k = 0; k < i; k++) if (flatAt(k).includes(name)) return name;
  return null;
}

/** flat(blocks[i].text), computed once per block: the judgement asks for it up to six times. */
type FlatText = (i: number) => string;

function flatTexts(blocks: readonly Block[], texts: BlockTexts = new BlockTexts()): FlatText {
  return (i) => texts.flat(blocks[i]);
}

/** Each block's features, in article order. */
export function furnitureFeatures(
  blocks: readonly Block[],
  title: string | null,
  flatAt: FlatText = flatTexts(blocks),
  texts: BlockTexts = new BlockTexts(),
): FurnitureFeature[][] {
  let first = -1;
  let last = -1;
  blocks.forEach((b, i) => {
    if (!isBody(b, () => flatAt(i))) return;
    if (first < 0) first = i;
    last = i;
  });
  const about = aboutSection(blocks, flatAt);
  const counts = new Map<string, number>();
  const norms = blocks.map((b) => (b.text.length <= 80 ? texts.normalised(b) : ''));
  for (const norm of norms) if (norm) counts.set(norm, (counts.get(norm) ?? 0) + 1);
  const titleNorm = title ? normaliseText(title) : '';
  const strays = strayNumbers(blocks);
  const loneDate = blocks.filter((b, i) => b.text.length <= 40 && DATE_ONLY.test(flatAt(i))).length === 1;

  return blocks.map((block, i) => {
    const out: FurnitureFeature[] = [];
    if (block.kind === 'code' || block.kind === 'table' || block.text.length > MAX_JUDGED_CHARS) return out;
    const text = flatAt(i);
    const add = (feature: FurnitureFeature, when: boolean) => when && out.push(feature);
    const density = linkDensity(block.runs);
    // Asked up to five times below; the answer depends on the text alone.
    const wordCount = words(text);
    const prose = isProse(text, wordCount);
    add('about-section', about >= 0 && i >= about);
    add('cookie', COOKIE_NOTICE.test(text) && COOKIE_CONSENT.test(text));
    if (text.length > LONG_CHARS) {
      add('long', true);
      add('prose', prose);
      return out;
    }
    if (first < 0 || i < first) add('before-body', true);
    else if (i > last) add('after-body', true);
    add('short', wordCount < SHORT_WORDS);
    add('linked', density >= LINKED);
    add('caps-link', density >= LINKED && /\p{Lu}{2}/u.test(text) && text === text.toUpperCase() && wordCount >= 3);
    add('repeated', (counts.get(norms[i]) ?? 0) >= 2);
    // A table of contents links to the article's own headings: navigation of the story, kept
    // with it, and so is its label (a nav line without links just before such links).
    const toContents = isContentsLink(block) || (density === 0 && isContentsLink(blocks[i + 1]));
    for (const p of block.provenance ?? []) if (!(toContents && p === 'nav')) out.push(`in-${p}` as FurnitureFeature);
    add('credit', isCreditOnly(block, text));
    add('ad-label', AD_LABEL.test(text));
    add('ui-text', UI_TEXT.test(text));
    add('view-counter', VIEW_COUNTER.test(text) || counterPair(blocks, i, flatAt));
    add('shortcode', SHORTCODE.test(text));
    add('link-list', isLinkList(block));
    add('contact', CONTACT_NOTE.test(text) || (first >= 0 && i > last && BARE_CONTACT.test(text)));
    add('stray-number', strays.has(i));
    add('copyright', COPYRIGHT_LINE.test(text));
    add('breadcrumb', BREADCRUMB.test(text));
    add('crumb-title', crumbEndingInTitle(text, titleNorm));
    add('call-to-action', CALL_TO_ACTION.test(text) || BUTTON_LABEL.test(text));
    add(
      'related-prefix',
      ((block.kind === 'heading' || density >= 0.3) && RELATED_PREFIX.test(text)) ||
        ((first < 0 || i < first || i > last || YOU_MAY_LIKE.test(text)) &&
          wordCount <= 10 &&
          RELATED_HEADING.test(text)),
    );
    // Between body paragraphs the same words are the story's own (a piece about newsletters).
    const outside = first < 0 || i < first || i > last;
    add('bio', BIO.test(text) || ((outside || !!block.provenance?.includes('author')) && FOUNDER_BIO.test(text)));
    add('disclosure', DISCLOSURE.test(text));
    add(
      'promo',
      (outside && PROMO_PROSE.test(text)) ||
        (!prose && ((outside && PROMO.test(text)) || (wordCount <= PROMPT_WORDS && NEWSLETTER_PROMPT.test(text)))),
    );
    add(
      'contributors',
      (outside && CONTRIBUTORS.test(text)) ||
        (first >= 0 && (outside || block.kind === 'heading') && WRITTEN_BY.test(text)),
    );
    // A date between body paragraphs, or one of many, is the page's own structure (a timeline, a thread's posts).
    add(
      'date-only',
      loneDate && block.kind !== 'heading' && (first < 0 || i < first || i > last) && DATE_ONLY.test(text),
    );
    add('prose', prose);
    return out;
  });
}

/** A link line whose every link points into the page itself ("#section"). */
function isContentsLink(block: Block | undefined): boolean {
  return !!block && block.runs.some((r) => r.href) && block.runs.every((r) => !r.href || r.href.includes('#'));
}

/** "3.409" above "letture": a number and a counter's word, each its own line. */
function counterPair(blocks: readonly Block[], i: number, flatAt: FlatText): boolean {
  const number = (k: number) => k >= 0 && k < blocks.length && /^[\d.,\s ]{1,12}$/u.test(blocks[k].text.trim());
  const word = (k: number) => k >= 0 && k < blocks.length && COUNTER_WORD.test(flatAt(k));
  return (number(i) && word(i + 1)) || (word(i) && number(i - 1));
}

/** "News › World › <the headline>": a path whose last step is the title (normalised only when it may be one). */
function crumbEndingInTitle(text: string, title: string): boolean {
  if (title.length < 10 || !/[>›»/|→]/u.test(text)) return false;
  const norm = normaliseText(text);
  return norm.endsWith(title) && norm.length > title.length;
}

export function furnitureScore(
  features: readonly FurnitureFeature[],
  table: FurnitureTable = FURNITURE_WEIGHTS,
): number {
  return features.reduce((sum, f) => sum + (table.weights[f] ?? 0), table.bias);
}

/**
 * Where a block sits, its length, links and repeats describe every block of a page: they weigh
 * in, but never decide alone. A removal needs one feature of what the block is (its markup, a
 * phrase, a pattern): a table's cells after the story or a list of contents links are neither.
 */
const CONTEXT_ONLY = new Set<FurnitureFeature>([
  'before-body',
  'after-body',
  'short',
  'long',
  'prose',
  'linked',
  'repeated',
  // A page header also holds the standfirst, a figure its caption: where a block sat, not what it is.
  'in-header',
  'in-figure',
]);

/** A label that speaks to the reader about other posts never opens a section of the story, wherever it stands. */
const YOU_MAY_LIKE = /\byou (?:may|might|will) (?:also )?(?:like|enjoy|love|be interested in)\b|^explore other\b/iu;

/** The features that counted for removal, strongest first. */
function deciding(features: readonly FurnitureFeature[], table: FurnitureTable): FurnitureFeature[] {
  const weight = (f: FurnitureFeature) => table.weights[f] ?? 0;
  return features.filter((f) => weight(f) > 0).sort((a, b) => weight(b) - weight(a));
}

/**
 * The furniture stage: blocks scored as furniture are removed (reason boilerplate), captions
 * printed as paragraphs become caption blocks; every other block goes on unchanged.
 */
export function furniture(
  blocks: readonly Block[],
  title: string | null,
  table: FurnitureTable = FURNITURE_WEIGHTS,
  texts: BlockTexts = new BlockTexts(),
): StageOutput {
  const flatAt = flatTexts(blocks, texts);
  const features = furnitureFeatures(blocks, title, flatAt, texts);
  const ranks = rankNumbers(blocks);
  const kept: Block[] = [];
  const removed: Removed[] = [];
  blocks.forEach((block, i) => {
    // A ranked entry's number printed on a line of its own goes in front of its heading.
    if (ranks.has(i)) return;
    const rank = ranks.get(i - 1);
    if (rank) block = { ...block, text: `${rank}. ${block.text}`, runs: [{ text: `${rank}. ` }, ...block.runs] };
    const score = furnitureScore(features[i], table);
    // A caption block with its picture stays: the reader shows the picture with it.
    const removable =
      score > 0 && !block.image && features[i].some((f) => !CONTEXT_ONLY.has(f) && (table.weights[f] ?? 0) > 0);
    // A photo credit whose picture is gone is a caption, not body text: kept as one, left out of copies.
    if (removable && features[i].includes('credit')) kept.push({ ...block, kind: 'caption' });
    else if (removable) {
      const evidence: Evidence = {
        kind: 'furniture',
        score: Math.round(score * 100) / 100,
        features: deciding(features[i], table),
      };
      removed.push({ block, reason: 'boilerplate', evidence });
    } else if (isCaptionWithCredit(block, block.kind === 'paragraph' ? flatAt(i) : undefined))
      kept.push({ ...block, kind: 'caption' });
    else kept.push(block);
  });
  return { kept, removed };
}

export type { FurnitureFeature, Provenance };
