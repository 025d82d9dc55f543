/** Section 2: on Readability's own test pages, every block Sift removes from Readability's output. */
import type { ReadabilityCase } from './datasets';
import { parseDocument } from './dom';
import type { CleanFn } from './extractors';
import { ENGLISH } from '../utils/view/english.ts';
import { evidenceMessage } from '../utils/view/index.ts';
import { removalGroup, runSift } from './sift';
import { errorMessage } from './text';

export interface OverRemovalEntry {
  page: string;
  group: string;
  evidence: string;
  text: string;
}

export interface OverRemovalResult {
  pages: number;
  keptBlocks: number;
  removed: OverRemovalEntry[];
  /** Pages where Sift threw (SiftError on non-articles is expected for a few). */
  errors: { page: string; error: string }[];
}

export function runOverRemoval(cases: readonly ReadabilityCase[], clean: CleanFn): OverRemovalResult {
  const out: OverRemovalResult = { pages: 0, keptBlocks: 0, removed: [], errors: [] };
  for (const c of cases) {
    out.pages++;
    let html: string;
    try {
      html = c.source();
    } catch (error) {
      out.errors.push({ page: c.id, error: errorMessage(error) });
      continue;
    }
    const run = runSift(clean, parseDocument(html, c.url), c.url);
    if (!run.result) {
      out.errors.push({ page: c.id, error: run.error ?? 'no result' });
      continue;
    }
    out.keptBlocks += run.result.blocks.length;
    for (const r of run.result.removed) {
      out.removed.push({
        page: c.id,
        group: removalGroup(r),
        evidence: evidenceMessage(r.evidence, ENGLISH),
        text: r.block.text,
      });
    }
  }
  return out;
}
