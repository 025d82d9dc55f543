/**
 * Section 4: a second opinion. On Defuddle's fixture pages, each block of Readability's output
 * (as Sift cuts it: kept plus removed) is checked against Defuddle's expected Markdown.
 */
import type { Block } from '../utils/clean/index.ts';
import type { DefuddleCase } from './datasets';
import { parseDocument } from './dom';
import type { CleanFn } from './extractors';
import { ENGLISH } from '../utils/view/english.ts';
import { evidenceMessage } from '../utils/view/index.ts';
import { removalGroup, runSift } from './sift';
import { countOccurrences, Coverage, errorMessage, tokenString } from './text';

/** At or above this share of its shingles in Defuddle's expected text, Defuddle kept the block. */
export const DEFUDDLE_KEPT_SHARE = 0.5;
/** Blocks mostly made of link text: the shape of recommendation lists. */
const LINKY_SHARE = 0.5;

/** Markdown to the words a reader sees: link and image targets, markers and footnote refs dropped. */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' $1 ')
    .replace(/\[\^[^\]]+\]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<https?:[^>]+>/g, ' ')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1 ')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '');
}

export interface FixtureBlock {
  page: string;
  text: string;
  kind: string;
  linkShare: number;
  defuddleShare: number;
  /** For blocks Sift removed. */
  group?: string;
  evidence?: string;
}

export interface DefuddleFixturesResult {
  pages: number;
  errors: { page: string; error: string }[];
  bothRemove: FixtureBlock[];
  onlySiftRemoves: FixtureBlock[];
  onlyDefuddleRemoves: FixtureBlock[];
  bothKeep: number;
}

const linkShare = (block: Block): number => {
  const linked = block.runs.filter((r) => r.href).reduce((n, r) => n + r.text.trim().length, 0);
  const total = block.text.trim().length;
  return total ? linked / total : 0;
};

export function runDefuddleFixtures(cases: readonly DefuddleCase[], clean: CleanFn): DefuddleFixturesResult {
  const res: DefuddleFixturesResult = {
    pages: 0,
    errors: [],
    bothRemove: [],
    onlySiftRemoves: [],
    onlyDefuddleRemoves: [],
    bothKeep: 0,
  };
  for (const c of cases) {
    res.pages++;
    let html: string;
    let expected: Coverage;
    try {
      html = c.html();
      expected = new Coverage(markdownText(c.expectedMarkdown()));
    } catch (error) {
      res.errors.push({ page: c.id, error: errorMessage(error) });
      continue;
    }
    const run = runSift(clean, parseDocument(html, c.url), c.url);
    if (!run.result) {
      res.errors.push({ page: c.id, error: run.error ?? 'no result' });
      continue;
    }
    const describe = (block: Block): FixtureBlock => ({
      page: c.id,
      text: block.text,
      kind: block.kind,
      linkShare: linkShare(block),
      defuddleShare: expected.share(block.text),
    });
    for (const block of run.result.blocks) {
      const b = describe(block);
      if (b.defuddleShare >= DEFUDDLE_KEPT_SHARE) res.bothKeep++;
      else res.onlyDefuddleRemoves.push(b);
    }
    const keptTokens = tokenString(run.result.blocks.map((b) => b.text).join('\n'));
    for (const removed of run.result.removed) {
      const b = {
        ...describe(removed.block),
        group: removalGroup(removed),
        evidence: evidenceMessage(removed.evidence, ENGLISH),
      };
      // A removed repeat is a disagreement only if Defuddle prints the text more often than Sift still does.
      const defuddleKeeps =
        removed.reason === 'duplicate'
          ? expected.occurrences(removed.block.text) > countOccurrences(keptTokens, tokenString(removed.block.text))
          : b.defuddleShare >= DEFUDDLE_KEPT_SHARE;
      (defuddleKeeps ? res.onlySiftRemoves : res.bothRemove).push(b);
    }
  }
  return res;
}

export const isLinky = (block: FixtureBlock): boolean => block.linkShare >= LINKY_SHARE;
