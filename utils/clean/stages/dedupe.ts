import { BYLINE_INTRO } from '../lexicon/bylines';
import type { CleanOptions } from '../options';
import { BlockTexts } from '../text/block-texts';
import { normaliseText, preview, withoutReadMoreTail } from '../text/normalise';
import { bigrams, countCJK, tokens } from '../text/tokens';
import type { Block, Evidence, Removed, StageOutput } from '../types';
import {
  releaseReferenceEntries,
  releaseScheduleEntries,
  releaseSectionEntries,
  releaseTemplates,
} from './dedupe-releases';

/** Teasers shorter than this (normalised characters) are too short to attribute to one paragraph. */
const MIN_TEASER_CHARS = 30;
/** A CJK character carries about as much as three Latin ones when judging a block's length. */
const CJK_CHAR_WEIGHT = 3;
/**
 * Bigrams this common across blocks don't help find a block's twin (a near-duplicate shares most
 * of its bigrams, so the rarer ones find it); capping them keeps huge pages linear.
 */
const MAX_POSTINGS = 40;
/** Fewer bigrams than this make containment meaningless (short blocks are contained everywhere). */
const MIN_CONTAINED_BIGRAMS = 8;
/**
 * A block inside another repeats it only from this length (weighted, a CJK character as three):
 * a pull quote is a sentence of some length; a short closing line that an earlier paragraph
 * also ends with is the story restating its point.
 */
const MIN_CONTAINED_CHARS = 60;
/** When neither block has this many normalised characters, only exact repeats count. */
const MIN_NEAR_CHARS = 100;
/** How much of a longer later block its earlier twin must make up for "a sentence appended". */
const MIN_APPENDED_SIMILARITY = 0.5;
/** Share of an earlier block found inside a later one (or the reverse) that makes a sentence-appended repeat. */
const CONTAINMENT_THRESHOLD = 0.9;

interface Profile {
  norm: string;
  /** exactKey(block, norm), built once: it is looked up to three times. */
  key: string;
  /** teaserPrefix(block, norm). */
  teaser: string | null;
  features: Set<number>;
  eligible: boolean;
  /** The numbers in the text, joined: computed once, compared for every candidate pair. */
  numbers: string;
  /** weightedLength(norm), likewise. */
  length: number;
}

/** A byline line may add a date or an agency, but stays short. */
const MAX_BYLINE_BLOCK_CHARS = 120;

/** What the view shows above the article; a block that only repeats it is a repeat too. */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
}

function weightedLength(norm: string): number {
  return norm.length + (CJK_CHAR_WEIGHT - 1) * countCJK(norm);
}

function profile(block: Block, minChars: number, texts: BlockTexts): Profile {
  const norm = texts.normalised(block);
  const features = bigrams(tokens(norm));
  // Teasers are matched by their prefix alone (markTeasers), never as the original of a longer block.
  const teaser = teaserPrefix(block, norm);
  const length = weightedLength(norm);
  return {
    norm,
    key: exactKey(block, norm),
    teaser,
    features,
    eligible: block.kind !== 'code' && teaser === null && length >= minChars,
    numbers: (norm.match(NUMBER) ?? []).join(' '),
    length,
  };
}

/** The normalised prefix a teaser promises, without its last word, which the ellipsis may have cut. */
function teaserPrefix(block: Block, norm: string): string | null {
  // A teaser ends in an ellipsis, perhaps followed by a "read more" link.
  const raw = withoutReadMoreTail(block.text).trim();
  if (!raw.endsWith('...') && !raw.endsWith('…')) return null;
  const prefix = norm.replace(/\s*\S+$/, '');
  return prefix.length >= MIN_TEASER_CHARS ? prefix : null;
}

export interface Match {
  of: number;
  similarity: number;
  kind: 'exact' | 'near';
  strong: boolean;
}

/**
 * Removes repeated blocks, keeping the first: exact repeats after normalisation, near-duplicates,
 * teasers of a paragraph printed in full elsewhere, and whole runs printed twice.
 */
export function dedupe(
  blocks: readonly Block[],
  options: CleanOptions,
  meta: ArticleMetadata = { title: null, byline: null },
  texts: BlockTexts = new BlockTexts(),
): StageOutput {
  const profiles = blocks.map((b) => profile(b, options.minDuplicateChars, texts));
  const removal = new Map<number, Evidence>();
  markMetadataRepeats(blocks, profiles, meta, removal);
  const matchOf: (Match | null)[] = blocks.map(() => null);
  const firstByNorm = new Map<string, number>();
  const postings = new Map<number, number[]>();

  const evidence = (kind: 'exact' | 'near' | 'teaser' | 'run', of: number, similarity: number): Evidence => ({
    kind,
    of: blocks[of].id,
    ofText: preview(blocks[of].text),
    similarity: Math.round(similarity * 1000) / 1000,
  });

  for (let j = 0; j < blocks.length; j++) {
    const p = profiles[j];
    if (!p.eligible || removal.has(j)) continue;
    const exact = firstByNorm.get(p.key);
    if (exact !== undefined && comparable(blocks[exact], blocks[j])) {
      matchOf[j] = { of: exact, similarity: 1, kind: 'exact', strong: true };
      removal.set(j, evidence('exact', exact, 1));
      continue;
    }
    const best = bestEarlierMatch(j, blocks, profiles, postings, options);
    if (best && best.similarity >= options.runDuplicateThreshold) {
      matchOf[j] = { of: best.of, similarity: best.similarity, kind: 'near', strong: false };
    }
    if (best && (best.similarity >= options.nearDuplicateThreshold || best.contained)) {
      matchOf[j] = { of: best.of, similarity: best.similarity, kind: 'near', strong: true };
      removal.set(j, evidence('near', best.of, best.similarity));
      continue;
    }
    if (!firstByNorm.has(p.key)) firstByNorm.set(p.key, j);
    for (const feature of p.features) {
      const list = postings.get(feature);
      if (!list) postings.set(feature, [j]);
      else if (list.length <= MAX_POSTINGS) list.push(j);
    }
  }

  releaseTemplates(blocks, profiles, matchOf, removal);
  releaseScheduleEntries(blocks, matchOf, removal);
  releaseSectionEntries(blocks, matchOf, removal);
  releaseReferenceEntries(blocks, matchOf, removal);
  markRuns(blocks, profiles, matchOf, removal, options, evidence);
  markTeasers(blocks, profiles, removal, evidence);

  const kept: Block[] = [];
  const removed: Removed[] = [];
  blocks.forEach((block, i) => {
    const why = removal.get(i);
    if (why) removed.push({ block, reason: 'duplicate', evidence: why });
    else kept.push(block);
  });
  return { kept, removed };
}

/** Kinds whose blocks can hold a pull quote or gain an appended sentence. */
const PROSE_KINDS = new Set<Block['kind']>(['paragraph', 'quote']);
const NUMBER = /\d+/g;

/** Exact repeats are looked up among blocks of the same role: a heading never repeats a paragraph. */
function exactKey(block: Block, norm: string): string {
  return `${block.kind === 'heading' ? 'h' : 'b'}:${norm}`;
}

/**
 * Whether `later` may repeat `earlier` at all: a heading only a heading (a table of contents
 * repeats the headings), and never an item of the same list (references may repeat).
 */
function comparable(earlier: Block, later: Block): boolean {
  if ((earlier.kind === 'heading') !== (later.kind === 'heading')) return false;
  if (earlier.list && later.list && earlier.list.id === later.list.id) return false;
  return true;
}

function bestEarlierMatch(
  j: number,
  blocks: readonly Block[],
  profiles: readonly Profile[],
  postings: Map<number, number[]>,
  options: CleanOptions,
): { of: number; similarity: number; contained: boolean } | null {
  // Captions repeat credits and descriptions by design: only exact repeats of them go.
  if (blocks[j].kind === 'caption') return null;
  const shared = new Map<number, number>();
  for (const feature of profiles[j].features) {
    const list = postings.get(feature);
    if (!list || list.length > MAX_POSTINGS) continue;
    for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  let best: { of: number; similarity: number; contained: boolean } | null = null;
  const size = profiles[j].features.size;
  const prose = PROSE_KINDS.has(blocks[j].kind);
  // A candidate below both thresholds and not contained can never be used, nor beat one that can.
  const useful = Math.min(options.runDuplicateThreshold, options.nearDuplicateThreshold);
  for (const [i, count] of shared) {
    const other = profiles[i].features.size;
    const similarity = count / (size + other - count);
    const smaller = Math.min(size, other);
    // A later block inside an earlier one repeats it (a pull quote after its paragraph); a later block
    // that contains an earlier one repeats it only if that is most of it (a sentence appended), not a
    // pull quote printed before the paragraph it comes from.
    const contained =
      prose &&
      PROSE_KINDS.has(blocks[i].kind) &&
      smaller >= MIN_CONTAINED_BIGRAMS &&
      Math.min(profiles[i].length, profiles[j].length) >= MIN_CONTAINED_CHARS &&
      count / smaller >= CONTAINMENT_THRESHOLD &&
      (size <= other || similarity >= MIN_APPENDED_SIMILARITY);
    if (!contained && similarity < useful) continue;
    if (
      blocks[i].kind === 'caption' ||
      !comparable(blocks[i], blocks[j]) ||
      // A paragraph with other numbers says something else ("item 22222" is not "item 11111").
      profiles[i].numbers !== profiles[j].numbers
    )
      continue;
    // Two short lines a word apart are usually two entries of one kind ("Anime based on …",
    // "Third film based on …"), not one line printed twice; a pull quote has a long original.
    if (Math.max(profiles[i].length, profiles[j].length) < MIN_NEAR_CHARS) continue;
    const score = contained ? Math.max(similarity, CONTAINMENT_THRESHOLD) : similarity;
    if (!best || score > (best.contained ? Math.max(best.similarity, CONTAINMENT_THRESHOLD) : best.similarity)) {
      best = { of: i, similarity, contained };
    }
  }
  return best;
}

/**
 * The body printed twice shows as consecutive blocks matching consecutive earlier blocks. Inside
 * such a run the looser threshold holds, and short blocks (headings, credits) that repeat their
 * counterpart exactly go too.
 */
function markRuns(
  blocks: readonly Block[],
  profiles: readonly Profile[],
  matchOf: readonly (Match | null)[],
  removal: Map<number, Evidence>,
  options: CleanOptions,
  evidence: (kind: 'run', of: number, similarity: number) => Evidence,
): void {
  const eligible = blocks.map((_, i) => i).filter((i) => profiles[i].eligible);
  let start = 0;
  while (start < eligible.length) {
    let end = start;
    if (matchOf[eligible[start]]) {
      while (
        end + 1 < eligible.length &&
        matchOf[eligible[end + 1]] &&
        matchOf[eligible[end + 1]]!.of > matchOf[eligible[end]]!.of
      ) {
        end++;
      }
    }
    const length = end - start + 1;
    if (matchOf[eligible[start]] && length >= options.minRunLength) {
      const first = eligible[start];
      const last = eligible[end];
      for (let k = start; k <= end; k++) {
        const j = eligible[k];
        if (!removal.has(j)) removal.set(j, evidence('run', matchOf[j]!.of, matchOf[j]!.similarity));
      }
      alignShortBlocks(blocks, profiles, matchOf[first]!.of, first, last, matchOf[last]!.of, removal, evidence);
    }
    start = end + 1;
  }
}

/** Within a repeated run, and just before and after it, removes short blocks equal to the block at the same place in the original. */
function alignShortBlocks(
  blocks: readonly Block[],
  profiles: readonly Profile[],
  originalStart: number,
  first: number,
  last: number,
  originalLast: number,
  removal: Map<number, Evidence>,
  evidence: (kind: 'run', of: number, similarity: number) => Evidence,
): void {
  // A separator line ("___", "* * *") has no words to normalise: it is compared as printed.
  const key = (k: number) => profiles[k].norm || (/\S/.test(blocks[k].text) ? `\u0000${blocks[k].text.trim()}` : '');
  // Walk on from the run's end while the blocks after both copies agree (credits, a closing line).
  for (let j = last + 1, i = originalLast + 1; i < first && j < blocks.length; j++, i++) {
    if (!key(j) || key(j) !== key(i) || removal.has(i) || blocks[j].kind === 'code') break;
    removal.set(j, evidence('run', i, 1));
  }
  // Walk backwards from the run's start while the blocks before both copies agree.
  for (let j = first - 1, i = originalStart - 1; j > i && i >= 0; j--, i--) {
    if (!key(j) || key(j) !== key(i) || removal.has(i)) break;
    removal.set(j, evidence('run', i, 1));
  }
  // Inside the run: each short block is compared with the originals between its neighbours' originals.
  const originals = new Map<string, number>();
  for (let i = originalStart; i < first; i++) {
    if (!profiles[i].eligible && key(i) && !originals.has(key(i))) originals.set(key(i), i);
  }
  for (let j = first + 1; j < last; j++) {
    if (profiles[j].eligible || removal.has(j) || blocks[j].kind === 'code') continue;
    const i = originals.get(key(j));
    if (i !== undefined) removal.set(j, evidence('run', i, 1));
  }
}

/**
 * A teaser ("The first words of a paragraph…") goes when the paragraph it promises is in the
 * article. Blocks are indexed by their first MIN_TEASER_CHARS characters, which every teaser's
 * prefix has, so each teaser looks only at the blocks that start like it.
 */
function markTeasers(
  blocks: readonly Block[],
  profiles: readonly Profile[],
  removal: Map<number, Evidence>,
  evidence: (kind: 'teaser', of: number, similarity: number) => Evidence,
): void {
  const byStart = new Map<string, number[]>();
  profiles.forEach((p, f) => {
    if (p.norm.length < MIN_TEASER_CHARS) return;
    const key = p.norm.slice(0, MIN_TEASER_CHARS);
    const list = byStart.get(key);
    if (list) list.push(f);
    else byStart.set(key, [f]);
  });
  for (let t = 0; t < blocks.length; t++) {
    if (removal.has(t) || blocks[t].kind === 'code') continue;
    const prefix = profiles[t].teaser;
    if (!prefix) continue;
    for (const f of byStart.get(prefix.slice(0, MIN_TEASER_CHARS)) ?? []) {
      if (f === t || removal.has(f) || blocks[f].kind === 'code') continue;
      const full = profiles[f].norm;
      if (full.length > prefix.length + 1 && full.startsWith(prefix)) {
        removal.set(t, evidence('teaser', f, prefix.length / full.length));
        break;
      }
    }
  }
}

/** The byline printed again as the article's first lines, or the title repeated as a heading. */
function markMetadataRepeats(
  blocks: readonly Block[],
  profiles: readonly Profile[],
  meta: ArticleMetadata,
  removal: Map<number, Evidence>,
): void {
  const title = meta.title ? normaliseText(meta.title) : '';
  const byline = meta.byline ? normaliseText(meta.byline).replace(BYLINE_INTRO, '') : '';
  blocks.forEach((block, i) => {
    if (block.kind === 'code' || block.kind === 'table' || block.kind === 'list-item') return;
    const norm = profiles[i].norm;
    if (title && norm === title && (block.kind === 'heading' || i === 0)) {
      removal.set(i, { kind: 'metadata', field: 'title', value: meta.title! });
    } else if (
      byline.length >= 3 &&
      block.text.length <= MAX_BYLINE_BLOCK_CHARS &&
      block.kind !== 'heading' &&
      (norm === byline || (BYLINE_INTRO.test(norm) && norm.replace(BYLINE_INTRO, '').startsWith(byline)))
    ) {
      removal.set(i, { kind: 'metadata', field: 'byline', value: meta.byline! });
    }
  });
}
