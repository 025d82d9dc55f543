import type { Block } from '../types';
import { collapseSpace, normaliseText } from './normalise';
import { topicTerms } from './topic';

/** Unicode-compatible text with its white space collapsed to single spaces and trimmed. */
export function flatText(text: string): string {
  return collapseSpace(text.normalize('NFKC')).trim();
}

/**
 * What the stages derive from a block's text, computed at most once per `clean()` and shared:
 * one object per run, handed from stage to stage in the pipeline state (never a module global,
 * so nothing outlives the run). Keyed by the block object, which no stage changes.
 */
export class BlockTexts {
  private readonly norms = new WeakMap<Block, string>();
  private readonly terms = new WeakMap<Block, readonly string[]>();
  private readonly flats = new WeakMap<Block, string>();

  /** normaliseText(block.text): what repeats are compared on. */
  normalised(block: Block): string {
    let norm = this.norms.get(block);
    if (norm === undefined) this.norms.set(block, (norm = normaliseText(block.text)));
    return norm;
  }

  /** flatText(block.text): what the furniture phrases are matched on. */
  flat(block: Block): string {
    let flat = this.flats.get(block);
    if (flat === undefined) this.flats.set(block, (flat = flatText(block.text)));
    return flat;
  }

  /** topicTerms(block.text): what topical similarity is measured on. */
  topicTerms(block: Block): readonly string[] {
    let terms = this.terms.get(block);
    if (terms === undefined) this.terms.set(block, (terms = topicTerms(block.text)));
    return terms;
  }

  /** The topic terms of many blocks, as a set. */
  topicProfile(blocks: readonly Block[]): Set<string> {
    const out = new Set<string>();
    for (const block of blocks) for (const term of this.topicTerms(block)) out.add(term);
    return out;
  }
}
