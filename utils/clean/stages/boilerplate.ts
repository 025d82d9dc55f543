import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate';
import { linkDensity } from '../text/links';
import { BlockTexts, flatText } from '../text/block-texts';
import { topicalSimilarity } from '../text/topic';
import type { Block, BoilerplateRule, Evidence } from '../types';

/**
 * The site's own furniture that Readability keeps inside the article: adverts, newsletter and
 * follow prompts, share buttons, photo credits, copyright lines, tag lists, the author's bio.
 * Each rule matches a whole short block (anchored), so a sentence of the story never matches.
 */
export type { BoilerplateRule };

/** Blocks longer than this are the story's prose, whatever their first words. */
const MAX_BOILERPLATE_CHARS = 320;
/** A bio, a copyright line or an "originally published" note is furniture only at the article's end. */
const TAIL_BLOCKS = 4;

/** Which furniture rule the block matches, if any. */
export function matchBoilerplate(
  block: Block,
  fromEnd: number,
  flat: (block: Block) => string = (b) => flatText(b.text),
): BoilerplateRule | null {
  if (block.kind === 'code' || block.kind === 'table' || (block.kind === 'heading' && block.text.length > 40))
    return null;
  const text = flat(block);
  if (!text || text.length > MAX_BOILERPLATE_CHARS) return null;
  for (const { rule, pattern, tailOnly, startsWithCapital, requires, lowercase } of BOILERPLATE_PATTERNS) {
    if (tailOnly && fromEnd >= TAIL_BLOCKS) continue;
    if (startsWithCapital && !/^\p{Lu}/u.test(text)) continue;
    if (requires && !requires.test(text)) continue;
    if (pattern.test(lowercase ? text.toLowerCase() : text)) return rule;
  }
  return null;
}

/** A site menu kept as a list: several entries of a word or two, each a link to another page. */
const MIN_MENU_ITEMS = 4;
const MAX_MENU_ITEM_WORDS = 4;
/** Menus share almost no words with the story (Home, Sign in, Sports…). */
const MENU_MAX_SIMILARITY = 0.35;

function isMenuEntry(block: Block, headings: ReadonlySet<string>): boolean {
  return (
    block.kind === 'list-item' &&
    block.text.split(/\s+/).length <= MAX_MENU_ITEM_WORDS &&
    !/^https?:|www\./i.test(block.text) &&
    linkDensity(block.runs) >= 0.9 &&
    // A table of contents links to the article's own headings.
    !block.runs.some((r) => r.href?.includes('#')) &&
    !headings.has(block.text.toLowerCase())
  );
}

/** The story starts with its first paragraph of real length; menus kept by Readability come before it. */
const STORY_PARAGRAPH_CHARS = 200;

function markMenus(blocks: readonly Block[], found: Map<number, Evidence>, texts: BlockTexts): void {
  // Counted once, on the first candidate menu.
  let counts: Map<string, number> | undefined;
  const headings = new Set(blocks.filter((b) => b.kind === 'heading').map((b) => b.text.toLowerCase()));
  let storyStart = blocks.findIndex((b) => b.kind === 'paragraph' && b.text.length >= STORY_PARAGRAPH_CHARS);
  if (storyStart < 0) storyStart = blocks.findIndex((b) => b.kind === 'paragraph');
  // Lists after the story has begun are the author's (software used, references), not the site's.
  for (let i = 0; i < storyStart; ) {
    const list = blocks[i].list?.id;
    let end = i;
    while (
      end < blocks.length &&
      blocks[end].list?.id === list &&
      list !== undefined &&
      isMenuEntry(blocks[end], headings)
    )
      end++;
    // A "See also" list of the article's own subjects is on topic; a site menu is not.
    // A list under its own heading ("Mac Apps") is a section of the page's content.
    const titled = i > 0 && blocks[i - 1].kind === 'heading';
    if (end - i >= MIN_MENU_ITEMS && !titled) {
      counts ??= termCounts(blocks, texts);
      const body = bodyWithout(blocks, i, end, texts, counts);
      const entries = blocks
        .slice(i, end)
        .map((b) => b.text)
        .join(' ');
      if (topicalSimilarity(entries, body) < MENU_MAX_SIMILARITY) {
        for (let k = i; k < end; k++) found.set(k, { kind: 'boilerplate', rule: 'navigation' });
      }
    }
    i = Math.max(end, i + 1);
  }
}

/**
 * The topic terms of every block outside [from, to), from counts over the whole article kept
 * with the texts: each candidate menu costs its own length, not the article's.
 */
function bodyWithout(
  blocks: readonly Block[],
  from: number,
  to: number,
  texts: BlockTexts,
  counts: ReadonlyMap<string, number>,
) {
  const inside = new Map<string, number>();
  for (let k = from; k < to; k++)
    for (const term of texts.topicTerms(blocks[k])) inside.set(term, (inside.get(term) ?? 0) + 1);
  return { has: (term: string) => (counts.get(term) ?? 0) > (inside.get(term) ?? 0) };
}

/** How many times each topic term occurs in the blocks. */
function termCounts(blocks: readonly Block[], texts: BlockTexts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const term of texts.topicTerms(block)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** The furniture blocks of an article, by index, with their evidence. */
export function findBoilerplate(blocks: readonly Block[], texts: BlockTexts = new BlockTexts()): Map<number, Evidence> {
  const found = new Map<number, Evidence>();
  blocks.forEach((block, i) => {
    const rule = matchBoilerplate(block, blocks.length - 1 - i, (b) => texts.flat(b));
    if (rule) found.set(i, { kind: 'boilerplate', rule });
  });
  markMenus(blocks, found, texts);
  return found;
}
