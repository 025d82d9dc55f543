import type { CleanResult, PageRead } from '@/utils/clean';
import type { CleanResponse, ReadResponse } from '@/utils/extension/messages';
import { Parking } from '@/utils/extension/transfer';

/**
 * The popup's tests fake the page's side of a clean: the cleaner content script answers with a
 * PageRead, and the popup's `finishClean` is replaced (vi.mock of '@/utils/clean', below) by one
 * that gives back the result the test chose. The engine's halves are tested in
 * tests/clean/split.test.ts and tests/extension/clean-request/tab.test.ts.
 */
const finished = new Map<number, CleanResult>();

/** What the cleaner content script answers for a page whose clean comes out as `response`. */
export function pageAnswer(response: CleanResponse): ReadResponse {
  if (!response.ok) return response;
  const { blocks, timingsMs: _, articleSignals, recovery, wholeText, mayBeIncomplete: __, ...meta } = response.result;
  const read = {
    meta,
    signals: articleSignals,
    blocks,
    recovery,
    wholeText,
    timingsMs: { extract: 1, segment: 1, recover: 1 },
    answer: finished.size,
  };
  finished.set(read.answer, response.result);
  return { ok: true, read: new Parking().park(read) };
}

/**
 * The engine's index with `finishClean` giving back the chosen result:
 * `vi.mock('@/utils/clean', async (original) => (await import('../support/page-answer')).withChosenResults(await original()))`.
 */
export function withChosenResults<T extends object>(engine: T): T {
  return { ...engine, finishClean: (read: PageRead & { answer: number }) => finished.get(read.answer) };
}
