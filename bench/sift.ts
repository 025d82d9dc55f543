/** Running Sift on one document and describing what it removed, for every section. */
import type { CleanResult, Removed } from '../utils/clean/index.ts';
import type { CleanFn } from './extractors';

/** The group a removal is counted in: reason and evidence kind, e.g. `related/label`. */
export const removalGroup = (removed: Removed): string => `${removed.reason}/${removed.evidence.kind}`;

export interface SiftRun {
  result: CleanResult | null;
  error: string | null;
  ms: number;
}

export function runSift(clean: CleanFn, doc: Document, url: string): SiftRun {
  const started = performance.now();
  try {
    const result = clean(doc, { url });
    return { result, error: null, ms: performance.now() - started };
  } catch (error) {
    const e = error as Error;
    return {
      result: null,
      error: `${e.name}${'code' in e ? `(${String((e as { code: unknown }).code)})` : ''}: ${e.message}`,
      ms: performance.now() - started,
    };
  }
}

/**
 * What Sift contributes to the metric: its kept blocks' texts, one per line, caption blocks left
 * out as when copying (captions show in the popup as captions, not as body text). The title is
 * not in the truth. (extractors.ts keeps the older `siftText`, all blocks: that file keys the
 * baseline cache.)
 */
export function siftCopyText(result: CleanResult): string {
  return result.blocks
    .filter((block) => block.kind !== 'caption')
    .map((block) => block.text)
    .join('\n');
}
