import { MIN_PROSE_WEIGHT } from '../dom/prose-map';
import type { CleanOptions } from '../options';
import { normaliseText } from '../text/normalise';
import { textWeight } from '../text/tokens';
import { topicProfile, topicalSimilarity } from '../text/topic';
import type { Block, PageRead, Recovery, RecoveryRefusal } from '../types';

/**
 * Does the text a wider container adds belong to the article? A share of the page's prose says
 * only that Readability's pick is small beside the rest of the page; on a news page the rest is
 * often the site's other stories (teaser lists, "more in …" rails, link lists around a story
 * Readability read whole). Judged on the ADDED blocks only, not on the whole container (whose
 * figures the pick itself dilutes):
 * - mostly links: a list pointing elsewhere;
 * - mostly the pick again: a second copy of the story (a hidden full-text field, a print copy),
 *   so nothing is missing;
 * - a teaser of this very story (its headline, then its opening) among the added paragraphs: the
 *   wider container is a list of stories the pick is one of, not the rest of it;
 * - when the pick is a story of its own, off its topic: the added running text shares little
 *   vocabulary with the title and the pick. A listicle or guide cut short continues the pick's
 *   subject; other stories do not. A short pick (one item of a list, a lead) says too little about
 *   the topic to judge on, and is widened on the share alone.
 */

/** A title shorter than this (characters) is too generic to tell a teaser of this story by. */
const MIN_TEASED_TITLE = 20;
/** A paragraph's start this long identifies it when compared with the pick's text. */
const REPEAT_PROBE_CHARS = 200;

export interface AddedText {
  /** Weight of the added blocks (words, a CJK character one), captions left out. */
  weight: number;
  /** Of which link text. */
  linkWeight: number;
  /** Running text (not headings, not labels) that the pick does not hold. */
  fresh: number;
  /** Running text that repeats the pick's. */
  repeats: number;
  /** Fresh running text's mean topical similarity to the title and the pick, weighted by length. */
  topic: number | null;
  /** Added paragraphs that open with the title and go on: a teaser of this very story. */
  teasers: number;
}

export function measureAdded(pick: readonly Block[], wider: readonly Block[], title: string): AddedText {
  const before = new Set(pick.map((b) => b.text));
  const pickText = normaliseText(pick.map((b) => b.text).join('\n'));
  const profile = topicProfile([title, ...pick.map((b) => b.text)]);
  const out: AddedText = { weight: 0, linkWeight: 0, fresh: 0, repeats: 0, topic: null, teasers: 0 };
  const headline = normaliseText(title);
  let similar = 0;
  for (const b of wider) {
    if (b.kind === 'caption' || before.has(b.text)) continue;
    const weight = textWeight(b.text);
    out.weight += weight;
    out.linkWeight += textWeight(
      b.runs
        .filter((r) => r.href)
        .map((r) => r.text)
        .join(' '),
    );
    if (b.kind === 'heading' || weight < MIN_PROSE_WEIGHT) continue;
    const norm = normaliseText(b.text);
    if (headline.length >= MIN_TEASED_TITLE && norm.startsWith(headline) && norm.length > headline.length)
      out.teasers++;
    if (pickText.includes(norm.slice(0, REPEAT_PROBE_CHARS))) {
      out.repeats += weight;
      continue;
    }
    out.fresh += weight;
    similar += topicalSimilarity(b.text, profile) * weight;
  }
  if (out.fresh > 0) out.topic = similar / out.fresh;
  return out;
}

/** Why the added text is not the article's, or null when it is. `pickWeight`: the pick's text weight. */
export function addedRefusal(added: AddedText, pickWeight: number, options: CleanOptions): RecoveryRefusal | null {
  if (added.weight > 0 && added.linkWeight >= added.weight * options.recoverMaxAddedLinkDensity) return 'link-dense';
  if (added.repeats > 0 && added.repeats >= added.fresh) return 'repeats-pick';
  if (added.teasers > 0) return 'story-list';
  if (pickWeight >= options.recoverMinStory && added.topic !== null && added.topic < options.recoverMinTopic)
    return 'off-topic';
  return null;
}

/**
 * The text half's word on a widened read (readPage hands over Readability's own blocks as
 * `pick`): the wider container's blocks when what they add belongs to the article, else the pick,
 * with the recovery saying it was kept and why.
 */
export function settleWidening(
  read: Pick<PageRead, 'blocks' | 'pick' | 'recovery' | 'meta'>,
  options: CleanOptions,
): { blocks: Block[]; recovery: Recovery | null } {
  const { pick, recovery } = read;
  if (!pick || recovery?.outcome !== 'widened') return { blocks: read.blocks, recovery: read.recovery };
  const pickWeight = pick.reduce((sum, b) => sum + textWeight(b.text), 0);
  const gate = addedRefusal(measureAdded(pick, read.blocks, read.meta.title), pickWeight, options);
  if (!gate) return { blocks: read.blocks, recovery };
  return {
    blocks: pick,
    recovery: { ...recovery, outcome: 'kept', refused: gate, recoveredWeight: recovery.keptWeight, added: [] },
  };
}
