import { clean as cleanDocument } from '@/utils/clean';
import { isSiftError } from '@/utils/clean';
import type { CleanOptions } from '@/utils/clean';
import type { CleanResponse } from '@/utils/extension/messages';

/**
 * "Clean anyway": length thresholds are what turn short or unusual pages away, so a forced
 * clean accepts any amount of text.
 */
export const FORCE_OPTIONS: Readonly<Partial<CleanOptions>> = Object.freeze({ charThreshold: 20, minArticleChars: 0 });

type Clean = (document: Document, options?: Partial<CleanOptions>) => ReturnType<typeof cleanDocument>;

/**
 * Cleans the page the content script runs in and packs the outcome as plain data for the
 * popup. Whether the page is an article travels in `result.isArticle` (and why, in `articleReason`); the popup
 * decides what to show.
 */
export function cleanPage(
  document: Document,
  url: string,
  force: boolean,
  clean: Clean = cleanDocument,
): CleanResponse {
  try {
    const result = clean(document, { url, ...(force ? FORCE_OPTIONS : {}) });
    return { ok: true, result };
  } catch (error) {
    if (isSiftError(error)) return { ok: false, code: error.code, message: error.message };
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, code: 'error', message: detail };
  }
}
