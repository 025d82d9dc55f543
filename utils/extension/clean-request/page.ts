import { isSiftError, readPage as readDocument } from '@/utils/clean';
import type { CleanOptions, PageRead } from '@/utils/clean';
import type { CleanFailure } from '@/utils/extension/messages';

/**
 * "Clean anyway": length thresholds are what turn short or unusual pages away, so a forced
 * clean accepts any amount of text.
 */
export const FORCE_OPTIONS: Readonly<Partial<CleanOptions>> = Object.freeze({ charThreshold: 20, minArticleChars: 0 });

/** The options of a clean, on both sides of the split (the page reads, the extension finishes). */
export function cleanOptions(force: boolean, extra: Partial<CleanOptions> = {}): Partial<CleanOptions> {
  return { ...extra, ...(force ? FORCE_OPTIONS : {}) };
}

type Read = (document: Document, options?: Partial<CleanOptions>) => PageRead;

/**
 * The only part of a clean that runs on the page's own thread: the DOM stages (`readPage`),
 * packed as plain data for the extension, which runs the rest. What the page shows of its kind
 * travels in `read.signals`; the extension decides from it whether it is an article.
 */
export function readThisPage(
  document: Document,
  url: string,
  force: boolean,
  read: Read = readDocument,
  extra: Partial<CleanOptions> = {},
): { ok: true; read: PageRead } | CleanFailure {
  try {
    return { ok: true, read: read(document, cleanOptions(force, { url, ...extra })) };
  } catch (error) {
    return failure(error);
  }
}

/** Any error as data: a SiftError keeps its code, anything else is an error with its name. */
export function failure(error: unknown): CleanFailure {
  if (isSiftError(error)) return { ok: false, code: error.code, message: error.message };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, code: 'error', message: detail };
}
