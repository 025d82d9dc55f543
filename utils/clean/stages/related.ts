import { READ_ALSO_PREFIXES, RELATED_LABELS } from '../lexicon/related-labels';
import type { CleanOptions } from '../options';
import { linkDensity } from '../text/links';
import { collapseSpace } from '../text/normalise';
import { countCJK, hasCJK } from '../text/tokens';
import { BlockTexts } from '../text/block-texts';
import { topicalSimilarity } from '../text/topic';
import type { Block, Evidence, Removed, StageOutput } from '../types';
import { findBoilerplate } from './boilerplate';
import { isCreditOnly } from './furniture';

/** Labels are short: a block longer than this is prose, whatever words it starts with. */
const MAX_LABEL_CHARS = 60;
/** A "Read also: …" paragraph is one line. */
const MAX_READ_ALSO_CHARS = 250;
/** An item of a recommendation list is a headline, not a paragraph of prose. */
const MAX_ITEM_CHARS = 220;
/** Headlines have a few words; shorter link lists (tags, names) are something else. */
const MIN_HEADLINE_WORDS = 3;
/** Share of a block's text in links that makes it a headline link. */
const HEADLINE_LINK_DENSITY = 0.6;
/** An unlabelled trailing list needs this many headline links to be a list at all. */
const MIN_UNLABELLED_ITEMS = 3;
/** An unlabelled trailing run of cards needs this many, each a linked heading over its summary. */
const MIN_CARD_ITEMS = 1;
/** From this many items on, a list whose items are mostly prose is the story's own (see related()). */
const MIN_PROSE_LIST_ITEMS = 4;
/** An item with words of its own: a sentence or more, not a headline link. */
const PROSE_ITEM_WORDS = 10;

function isProseItem(block: Block): boolean {
  // A card's teaser paragraph under its headline link is part of the card, not an entry of its own.
  return (
    block.kind === 'list-item' &&
    linkDensity(block.runs) < HEADLINE_LINK_DENSITY &&
    // A sentence, or a line as long as one: headlines of other stories are links.
    (wordCount(block.text) >= PROSE_ITEM_WORDS + 2 ||
      (wordCount(block.text) >= PROSE_ITEM_WORDS && /[.!?。！？]["'»”’)]?$/u.test(block.text.trim())))
  );
}

/**
 * The count a title announces: "10 easy wood projects", "Top 20 electric cars", "Die 5 besten …".
 * A run of that many items is the article's list, whatever it shares with the intro.
 */
export function announcedCount(title: string | null): number | null {
  const match = /(?:^|[\s:–—-])(\d{1,3})(?=\s+\p{L})/u.exec(title ?? '');
  const n = match ? Number(match[1]) : Number.NaN;
  return n >= MIN_UNLABELLED_ITEMS && n <= 100 ? n : null;
}

/** Dates, times and category tags between cards: short blocks that belong to the card around them. */
const MAX_CARD_DETAIL_CHARS = 40;

const TRIM_LABEL = /^[\s\p{P}\p{S}]+|[\s:：»›>→|\-–—…·.]+$/gu;
const SEPARATOR = /^\s*[:：\-–—|»›>]\s*/u;

interface LabelMatch {
  label: string;
  lang: string;
}

interface RelatedLabel extends LabelMatch {
  /** Names a topic ("More on the rescue") rather than a list of other stories. */
  weak: boolean;
}

/** A phrase with a free-form part ("More on …") names a topic; it may head the story's own material. */
const FREE_FORM = '.{1,40}';

const LABEL_PATTERNS = Object.entries(RELATED_LABELS).flatMap(([lang, phrases]) => {
  const strong = phrases.filter((p) => !p.includes(FREE_FORM));
  const weak = phrases.filter((p) => p.includes(FREE_FORM));
  return [
    { lang, weak: false, pattern: new RegExp(`^(?:${strong.join('|')})$`, 'iu') },
    ...(weak.length ? [{ lang, weak: true, pattern: new RegExp(`^(?:${weak.join('|')})$`, 'iu') }] : []),
  ];
});
const READ_ALSO_PATTERNS = Object.entries(READ_ALSO_PREFIXES).map(
  ([lang, phrases]) => [lang, new RegExp(`^(?:${phrases.join('|')})(?=$|[\\s:：\\-–—|»›>])`, 'iu')] as const,
);

function labelText(text: string): string {
  return collapseSpace(text.normalize('NFKC')).replace(TRIM_LABEL, '').toLowerCase().replace(/[’`]/g, "'");
}

/** The language and phrase when `text` as a whole names a recommendation list. */
export function matchRelatedLabel(text: string): RelatedLabel | null {
  if (text.length > MAX_LABEL_CHARS) return null;
  const label = labelText(text);
  if (!label) return null;
  for (const { lang, weak, pattern } of LABEL_PATTERNS)
    if (pattern.test(label)) return { label: text.trim(), lang, weak };
  return null;
}

/** Words in a headline; CJK headlines count about one word per two characters. */
function wordCount(text: string): number {
  const cjk = countCJK(text);
  return text.split(/\s+/).filter(Boolean).length + Math.floor(cjk / 2);
}

function isLabelBlock(block: Block): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph' && block.kind !== 'caption') return false;
  const emphasised = block.runs.every((r) => r.emphasis || !r.text.trim());
  return emphasised || /[:：]\s*$/.test(block.text) || block.text.length <= 40;
}

/** Headlines are printed without a closing full stop. */
function isHeadlineShaped(block: Block): boolean {
  return !/[.!?。！？]["'»”’)]?$/u.test(block.text.trim());
}

function isRelatedLabel(block: Block): boolean {
  return isLabelBlock(block) && matchRelatedLabel(block.text) !== null;
}

function isHeadlineLink(block: Block): boolean {
  return (
    block.kind !== 'code' &&
    block.kind !== 'table' &&
    block.text.length <= MAX_ITEM_CHARS &&
    wordCount(block.text) >= MIN_HEADLINE_WORDS &&
    linkDensity(block.runs) >= HEADLINE_LINK_DENSITY
  );
}

/** After a label, what may still belong to the list: headlines, cards, their teasers, dates and tags. */
function looksLikeListItem(block: Block, label: Block): boolean {
  if (block.kind === 'code' || block.kind === 'table' || block.text.length > MAX_ITEM_CHARS) return false;
  if (block.kind === 'heading') return label.kind !== 'heading' || (block.level ?? 6) > (label.level ?? 6);
  return true;
}

/** "Read also: <headline>" — a prefix from the table, a separator, then mostly link text. */
export function matchReadAlso(block: Block): LabelMatch | null {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return null;
  if (block.text.length > MAX_READ_ALSO_CHARS) return null;
  const text = block.text.normalize('NFKC').trim().toLowerCase();
  for (const [lang, pattern] of READ_ALSO_PATTERNS) {
    const prefix = pattern.exec(text);
    if (!prefix) continue;
    const rest = text.slice(prefix[0].length);
    if (!rest.trim() || (!SEPARATOR.test(rest) && !/^\s/.test(rest))) continue;
    // The rest must be a headline link, not a sentence that happens to start with "Related".
    const restStart = block.text.length - block.text.trimStart().length + prefix[0].length;
    const restRuns = sliceRuns(block, restStart);
    if (
      linkDensity(restRuns) >= HEADLINE_LINK_DENSITY &&
      (wordCount(rest) >= 2 || (hasCJK(rest) && rest.trim().length >= 4))
    ) {
      return { label: block.text.slice(0, restStart).trim(), lang };
    }
  }
  return null;
}

function sliceRuns(block: Block, from: number): { text: string; href?: string }[] {
  const out: { text: string; href?: string }[] = [];
  let offset = 0;
  for (const run of block.runs) {
    const end = offset + run.text.length;
    if (end > from) out.push({ text: run.text.slice(Math.max(0, from - offset)), href: run.href });
    offset = end;
  }
  return out;
}

/**
 * Removes what is not the story: recommendation lists (blocks under a label that names one,
 * one-line "Read also" links, unlabelled trailing runs of headlines unrelated to the story) and
 * the site's own furniture (adverts, newsletter prompts, credits, tags, the author's bio).
 */
export function related(
  blocks: readonly Block[],
  options: CleanOptions,
  texts: BlockTexts = new BlockTexts(),
  title: string | null = null,
): StageOutput {
  const removal = new Map<number, Evidence>();

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (removal.has(i)) continue;
    const readAlso = matchReadAlso(block);
    if (readAlso) {
      removal.set(i, { kind: 'read-also', ...readAlso });
      continue;
    }
    if (!isLabelBlock(block)) continue;
    const label = matchRelatedLabel(block.text);
    if (!label) continue;
    let end = i + 1;
    while (end < blocks.length && looksLikeListItem(blocks[end], block) && !isRelatedLabel(blocks[end])) end++;
    // Under a label naming other stories everything list-like goes; under a topic label ("More on
    // the rescue"), which may head the story's own facts, only headline links do.
    // Unlinked lines belong to the list between its headline links (teasers, dates), or when the
    // list runs to the end of the article; otherwise they are the story going on.
    const linked = (k: number) => linkDensity(blocks[k].runs) >= HEADLINE_LINK_DENSITY;
    let lastLinked = -1;
    for (let k = i + 1; k < end; k++) if (linked(k)) lastLinked = k;
    // A list of links ends with its last link; a list without any (headlines printed as text)
    // counts only when it runs to the end of the article.
    const lastCardTeaser = lastLinked >= 0 && lastLinked + 1 === blocks.length - 1 && end === blocks.length;
    const reach =
      lastLinked >= 0 || label.weak ? lastLinked + (lastCardTeaser ? 1 : 0) : end === blocks.length ? end - 1 : -1;
    const items: number[] = [];
    for (let k = i + 1; k <= reach; k++) {
      // Past the last link only headlines (no closing full stop) belong to the list, and the last
      // card's teaser when the article ends with it.
      const lastTeaser = k === lastLinked + 1 && k === blocks.length - 1;
      const ok = label.weak ? linked(k) : linked(k) || k < lastLinked || lastTeaser || isHeadlineShaped(blocks[k]);
      if (ok) items.push(k);
      else break;
    }
    // A list of other stories is headlines; when most of what follows the label is unlinked
    // prose (a "most popular" ranking whose entries are written up), the label heads content.
    if (items.length >= MIN_PROSE_LIST_ITEMS && items.filter((k) => isProseItem(blocks[k])).length * 2 >= items.length)
      continue;
    // A label with nothing after it, or only another label, is what is left of a list the page loads later.
    const orphan = items.length === 0 && (i + 1 === blocks.length || isRelatedLabel(blocks[i + 1]));
    if (items.length === 0 && !orphan) continue;
    const evidence: Evidence = { kind: 'label', label: label.label, lang: label.lang };
    removal.set(i, evidence);
    for (const k of items) removal.set(k, evidence);
    i = items.length ? items[items.length - 1] : i;
  }

  for (const [i, evidence] of findBoilerplate(blocks, texts)) if (!removal.has(i)) removal.set(i, evidence);
  markOffTopicTail(blocks, removal, options.offTopicThreshold, texts, announcedCount(title));
  markOtherPosts(blocks, removal, texts);

  const kept: Block[] = [];
  const removed: Removed[] = [];
  blocks.forEach((block, i) => {
    const why = removal.get(i);
    // A photo credit is a caption, not body text: shown as one, left out of copies, never removed.
    if (why?.kind === 'boilerplate' && why.rule === 'credit' && isCreditOnly(block))
      kept.push({ ...block, kind: 'caption' });
    else if (why)
      removed.push({ block, reason: why.kind === 'boilerplate' ? 'boilerplate' : 'related', evidence: why });
    else kept.push(block);
  });
  return { kept, removed };
}

/**
 * An unlabelled run of headline links at the end of the article: the items whose words barely
 * overlap the story's are other stories.
 */
/** A card's one-sentence summary: a short unlinked paragraph right under a headline link. */
function isCardDek(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  return (
    i > 0 &&
    block.kind === 'paragraph' &&
    block.text.length <= MAX_ITEM_CHARS &&
    linkDensity(block.runs) < HEADLINE_LINK_DENSITY &&
    isHeadlineLink(blocks[i - 1])
  );
}

function markOffTopicTail(
  blocks: readonly Block[],
  removal: Map<number, Evidence>,
  threshold: number,
  texts: BlockTexts,
  announced: number | null,
): void {
  let end = blocks.length;
  while (end > 0 && removal.has(end - 1)) end--;
  let start = end;
  let items = 0;
  while (start > 0) {
    const block = blocks[start - 1];
    if (removal.has(start - 1)) break;
    if (isHeadlineLink(block)) items++;
    else if (!(block.text.length <= MAX_CARD_DETAIL_CHARS && block.kind !== 'heading') && !isCardDek(blocks, start - 1))
      break;
    start--;
  }
  // Cards (a linked heading, its one-sentence summary under it) have a list's shape from the first:
  // the story does not end on a heading that links elsewhere.
  let cards = 0;
  for (let i = start + 1; i < end; i++) if (isCardDek(blocks, i) && blocks[i - 1].kind === 'heading') cards++;
  if (items < MIN_UNLABELLED_ITEMS && !(items >= MIN_CARD_ITEMS && cards === items)) return;
  // "10 easy wood projects" ending in ten linked project names: the list the title promised.
  if (announced !== null && Math.abs(items - announced) <= 1) return;
  // When the "tail" outweighs the story before it, the page is an index of posts, not a story.
  const chars = (from: number, to: number) =>
    blocks.slice(from, to).reduce((sum, b, k) => sum + (removal.has(from + k) ? 0 : b.text.length), 0);
  if (chars(0, start) < chars(start, end)) return;
  const body = texts.topicProfile(blocks.slice(0, start).filter((_, i) => !removal.has(i)));
  const offTopic = new Set<number>();
  for (let i = start; i < end; i++) {
    if (!isHeadlineLink(blocks[i])) continue;
    const similarity = topicalSimilarity(texts.topicTerms(blocks[i]), body);
    if (similarity < threshold) {
      offTopic.add(i);
      removal.set(i, { kind: 'off-topic', similarity: Math.round(similarity * 1000) / 1000, threshold });
    }
  }
  keepListsMostlyOnTopic(blocks, start, end, offTopic, removal);
  // A card's date, tag or one-sentence summary goes with its headline.
  for (let i = start; i < end; i++) {
    if (offTopic.has(i) || isHeadlineLink(blocks[i])) continue;
    const near = offTopic.has(i - 1) || (offTopic.has(i + 1) && !isCardDek(blocks, i));
    const similarity = topicalSimilarity(texts.topicTerms(blocks[i]), body);
    if (near && similarity < threshold) {
      removal.set(i, { kind: 'off-topic', similarity: Math.round(similarity * 1000) / 1000, threshold });
    }
  }
}

/**
 * A list is judged as one: when most of its headline links share the story's words, it is the
 * article's own (an "External links" section of the subject's sites), and the entry whose name
 * happens to share none stays with the others. A list of other stories is off topic throughout.
 */
function keepListsMostlyOnTopic(
  blocks: readonly Block[],
  start: number,
  end: number,
  offTopic: Set<number>,
  removal: Map<number, Evidence>,
): void {
  const tally = new Map<number, { on: number; off: number[] }>();
  for (let i = start; i < end; i++) {
    const list = blocks[i].list?.id;
    if (list === undefined || !isHeadlineLink(blocks[i])) continue;
    const entry = tally.get(list) ?? { on: 0, off: [] };
    if (offTopic.has(i)) entry.off.push(i);
    else entry.on++;
    tally.set(list, entry);
  }
  for (const { on, off } of tally.values()) {
    if (on <= off.length) continue;
    for (const i of off) {
      offTopic.delete(i);
      removal.delete(i);
    }
  }
}

/** A share bar (or another furniture line) printed after each post: how many make a list of posts. */
const MIN_POST_SEPARATORS = 3;
/** A post of a list is a paragraph or three; a story's section under a repeated widget is longer. */
const MAX_POST_BLOCKS = 3;
/** A post sharing less than this of its words with the story before the first separator is another one. */
const OTHER_POST_SIMILARITY = 0.3;

/**
 * A page that lists posts, each followed by the same furniture line (its share bar), gives
 * Readability the whole list: the story is what stands before the first such line, and each
 * short unit after one that barely shares the story's words is another post.
 */
function markOtherPosts(blocks: readonly Block[], removal: Map<number, Evidence>, texts: BlockTexts): void {
  const byText = new Map<string, number[]>();
  for (const [i, evidence] of removal) {
    if (evidence.kind !== 'boilerplate') continue;
    const key = texts.normalised(blocks[i]);
    byText.set(key, [...(byText.get(key) ?? []), i]);
  }
  for (const separators of byText.values()) {
    if (separators.length < MIN_POST_SEPARATORS) continue;
    separators.sort((a, b) => a - b);
    // The stretches between separators; the story is the first that holds a paragraph of length.
    const stretches = [-1, ...separators].map((s, k) => {
      const end = separators[k] ?? blocks.length;
      const stretch: number[] = [];
      for (let i = s + 1; i < end; i++) if (!removal.has(i)) stretch.push(i);
      return stretch;
    });
    const at = stretches.findIndex((st) =>
      st.some((i) => blocks[i].kind === 'paragraph' && blocks[i].text.length >= 200),
    );
    if (at < 0) continue;
    const story = stretches[at].map((i) => blocks[i]);
    const units = stretches.slice(at + 1);
    const shaped = units.every(
      (unit) => unit.length <= MAX_POST_BLOCKS && unit.every((i) => blocks[i].kind === 'paragraph'),
    );
    if (!shaped || units.filter((u) => u.length).length < MIN_POST_SEPARATORS - 1) continue;
    const body = texts.topicProfile(story);
    for (const unit of units) {
      const terms = unit.flatMap((i) => texts.topicTerms(blocks[i]));
      const similarity = topicalSimilarity(terms, body);
      if (similarity >= OTHER_POST_SIMILARITY) continue;
      const evidence: Evidence = {
        kind: 'off-topic',
        similarity: Math.round(similarity * 1000) / 1000,
        threshold: OTHER_POST_SIMILARITY,
      };
      for (const i of unit) removal.set(i, evidence);
    }
  }
}
