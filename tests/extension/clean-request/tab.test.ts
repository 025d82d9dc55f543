import { describe, expect, test, vi } from 'vitest';
import { finishClean, readPage, type CleanResult, type PageRead } from '@/utils/clean';
import {
  CLEANER_SCRIPT_FILE,
  cleanTab,
  resolveTargetTab,
  type CleanTabApi,
  type TabOutcome,
} from '@/utils/extension/clean-request/tab';
import { envelope, type ReadResponse } from '@/utils/extension/messages';
import { Parking } from '@/utils/extension/transfer';
import { fixtureOptions, parseFixture, readFixture } from '../../support/fixtures';

/** The page the fake tab holds, read as the cleaner content script reads it. */
const html = readFixture('pipeline--seed-story');
const seedRead = readPage(parseFixture(html), fixtureOptions(html));
/** A shop's page: cleaned, but Sift's article decision refuses it. */
const productHtml = readFixture('extract--not-article-product');
const notReaderable = readPage(parseFixture(productHtml), fixtureOptions(productHtml));

/** The cleaner content script, as the popup sees it: answers `read`, and `part` for a large read. */
function fakeCleaner(read: PageRead | Exclude<ReadResponse, { ok: true }>, partChars?: number) {
  const parking = new Parking();
  return (message: { sift: string; data: { id: string; index: number } }) => {
    if (message.sift === 'part') return { text: parking.take(message.data.id, message.data.index) };
    if ('ok' in read) return read;
    return { ok: true, read: parking.park(read, partChars) };
  };
}

function fakeApi(
  answer: ReturnType<typeof fakeCleaner> | Error = fakeCleaner(seedRead),
  options: { injectError?: string; fileAccess?: boolean } = {},
) {
  const api = {
    tabs: {
      get: vi.fn(async (id: number) => ({ id, url: `https://example.com/${id}` })),
      query: vi.fn(async () => [{ id: 7, url: 'https://example.com/active' }]),
      sendMessage: vi.fn(async (_tabId: number, message: unknown) => {
        if (answer instanceof Error) throw answer;
        return answer(message as never);
      }),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        if (options.injectError) throw new Error(options.injectError);
        return [];
      }),
    },
    extension: { isAllowedFileSchemeAccess: vi.fn(async () => options.fileAccess ?? false) },
  } satisfies CleanTabApi;
  return api;
}

/** What the popup shows, without the timings (they differ run to run). */
function shown(outcome: TabOutcome) {
  if (!('result' in outcome) || !outcome.result) return outcome;
  return { ...outcome, result: { ...outcome.result, timingsMs: null } };
}
const finished = (read: PageRead, force = false): CleanResult => ({
  ...finishClean(read, force ? { charThreshold: 20, minArticleChars: 0 } : {}),
  timingsMs: null as never,
});

describe('resolveTargetTab', () => {
  test('uses ?tabId= when given', async () => {
    const api = fakeApi();
    expect(await resolveTargetTab(api, '?tabId=42')).toEqual({ id: 42, url: 'https://example.com/42' });
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  test('otherwise the active tab of this window', async () => {
    const api = fakeApi();
    expect(await resolveTargetTab(api, '')).toEqual({ id: 7, url: 'https://example.com/active' });
  });
});

describe('cleanTab', () => {
  const tab = { id: 3, url: 'https://example.com/story' };

  test('injects the cleaner, asks it to read the page, finishes the clean here and shows the article', async () => {
    const api = fakeApi();
    expect(shown(await cleanTab(api, tab, false))).toEqual({ state: 'article', result: finished(seedRead) });
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: [CLEANER_SCRIPT_FILE] });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(3, { sift: 'read', data: { force: false } });
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  test('a page read too large for one message comes in parts, and cleans the same', async () => {
    const api = fakeApi(fakeCleaner(seedRead, 1_000));
    expect(shown(await cleanTab(api, tab, false))).toEqual({ state: 'article', result: finished(seedRead) });
    const parts = api.tabs.sendMessage.mock.calls.filter(([, m]) => (m as { sift: string }).sift === 'part');
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[1]).toEqual([3, envelope('part', { id: expect.any(String), index: 1 })]);
  });

  test('a part the page no longer holds is an error, not a half article', async () => {
    const cleaner = fakeCleaner(seedRead, 1_000);
    const api = fakeApi((message) =>
      message.sift === 'part' && message.data.index === 2 ? { text: null } : cleaner(message),
    );
    expect(await cleanTab(api, tab, false)).toEqual({
      state: 'error',
      detail: expect.stringMatching(/^Part 3 of \d+ was lost on the way$/),
    });
  });

  test.each<[string, string, string]>([
    ['chrome page', 'chrome://settings', 'browser-page'],
    ['web store', 'https://chromewebstore.google.com/detail/x', 'store'],
    ['pdf', 'https://example.com/a.pdf', 'pdf'],
    ['file without access', 'file:///tmp/a.html', 'file'],
  ])('a %s is forbidden without trying to inject', async (_, url, reason) => {
    const api = fakeApi();
    expect(await cleanTab(api, { id: 1, url }, false)).toEqual({ state: 'forbidden', reason });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('a file page with access granted is cleaned', async () => {
    const api = fakeApi(undefined, { fileAccess: true });
    expect((await cleanTab(api, { id: 1, url: 'file:///tmp/a.html' }, false)).state).toBe('article');
  });

  test('an injection the browser refuses is a forbidden page, not a crash', async () => {
    const api = fakeApi(undefined, { injectError: 'Cannot access contents of the page.' });
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'forbidden', reason: 'browser-page' });
  });

  test('another injection failure is an error with its detail', async () => {
    const api = fakeApi(undefined, { injectError: 'No tab with id: 3.' });
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'error', detail: 'No tab with id: 3.' });
  });

  test('a page that cleaned but did not look like an article offers "Clean anyway" with the result ready', async () => {
    const api = fakeApi(fakeCleaner(notReaderable));
    expect(shown(await cleanTab(api, tab, false))).toEqual({
      state: 'not-article',
      reason: 'no-article',
      result: finished(notReaderable),
    });
  });

  test('forcing shows such a page as an article', async () => {
    const api = fakeApi(fakeCleaner(notReaderable));
    expect(shown(await cleanTab(api, tab, true))).toEqual({ state: 'article', result: finished(notReaderable, true) });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(3, { sift: 'read', data: { force: true } });
  });

  test.each(['no-article', 'empty-page'] as const)('the engine saying %s is the not-article state', async (code) => {
    const api = fakeApi(fakeCleaner({ ok: false, code, message: 'x' }));
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'not-article', reason: code });
  });

  test('an engine crash is an error with its detail', async () => {
    const api = fakeApi(fakeCleaner({ ok: false, code: 'error', message: 'TypeError: boom' }));
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'error', detail: 'TypeError: boom' });
  });

  test('a page that never answers ends in an error, not an endless spinner', async () => {
    const api = fakeApi();
    api.tabs.sendMessage.mockImplementation(() => new Promise(() => {}));
    expect(await cleanTab(api, tab, false, 30)).toEqual({
      state: 'error',
      detail: 'The page took more than 0 s to clean',
    });
  });

  test('no answer from the page is an error', async () => {
    const api = fakeApi(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await cleanTab(api, tab, false)).toMatchObject({
      state: 'error',
      detail: expect.stringContaining('Receiving end'),
    });
  });
});
