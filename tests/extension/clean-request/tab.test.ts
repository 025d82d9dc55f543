import { describe, expect, test, vi } from 'vitest';
import { CLEANER_SCRIPT_FILE, cleanTab, resolveTargetTab, type CleanTabApi } from '@/utils/extension/clean-request/tab';
import type { CleanResponse } from '@/utils/extension/messages';
import { result } from '../../support/result';

function fakeApi(answer: CleanResponse | Error, options: { injectError?: string; fileAccess?: boolean } = {}) {
  const api = {
    tabs: {
      get: vi.fn(async (id: number) => ({ id, url: `https://example.com/${id}` })),
      query: vi.fn(async () => [{ id: 7, url: 'https://example.com/active' }]),
      sendMessage: vi.fn(async () => {
        if (answer instanceof Error) throw answer;
        return answer;
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

const article = result();
const notReaderable = result({ isArticle: false, articleReason: { kind: 'signals', signals: [] } });

describe('resolveTargetTab', () => {
  test('uses ?tabId= when given', async () => {
    const api = fakeApi({ ok: true, result: article });
    expect(await resolveTargetTab(api, '?tabId=42')).toEqual({ id: 42, url: 'https://example.com/42' });
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  test('otherwise the active tab of this window', async () => {
    const api = fakeApi({ ok: true, result: article });
    expect(await resolveTargetTab(api, '')).toEqual({ id: 7, url: 'https://example.com/active' });
  });
});

describe('cleanTab', () => {
  const tab = { id: 3, url: 'https://example.com/story' };

  test('injects the cleaner, asks it to clean, and shows the article', async () => {
    const api = fakeApi({ ok: true, result: article });
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'article', result: article });
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: [CLEANER_SCRIPT_FILE] });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(3, { sift: 'clean', data: { force: false } });
  });

  test.each<[string, string, string]>([
    ['chrome page', 'chrome://settings', 'browser-page'],
    ['web store', 'https://chromewebstore.google.com/detail/x', 'store'],
    ['pdf', 'https://example.com/a.pdf', 'pdf'],
    ['file without access', 'file:///tmp/a.html', 'file'],
  ])('a %s is forbidden without trying to inject', async (_, url, reason) => {
    const api = fakeApi({ ok: true, result: article });
    expect(await cleanTab(api, { id: 1, url }, false)).toEqual({ state: 'forbidden', reason });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('a file page with access granted is cleaned', async () => {
    const api = fakeApi({ ok: true, result: article }, { fileAccess: true });
    expect((await cleanTab(api, { id: 1, url: 'file:///tmp/a.html' }, false)).state).toBe('article');
  });

  test('an injection the browser refuses is a forbidden page, not a crash', async () => {
    const api = fakeApi({ ok: true, result: article }, { injectError: 'Cannot access contents of the page.' });
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'forbidden', reason: 'browser-page' });
  });

  test('another injection failure is an error with its detail', async () => {
    const api = fakeApi({ ok: true, result: article }, { injectError: 'No tab with id: 3.' });
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'error', detail: 'No tab with id: 3.' });
  });

  test('a page that cleaned but did not look like an article offers "Clean anyway" with the result ready', async () => {
    const api = fakeApi({ ok: true, result: notReaderable });
    expect(await cleanTab(api, tab, false)).toEqual({
      state: 'not-article',
      reason: 'no-article',
      result: notReaderable,
    });
  });

  test('forcing shows such a page as an article', async () => {
    const api = fakeApi({ ok: true, result: notReaderable });
    expect(await cleanTab(api, tab, true)).toEqual({ state: 'article', result: notReaderable });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(3, { sift: 'clean', data: { force: true } });
  });

  test.each(['no-article', 'empty-page'] as const)('the engine saying %s is the not-article state', async (code) => {
    const api = fakeApi({ ok: false, code, message: 'x' });
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'not-article', reason: code });
  });

  test('an engine crash is an error with its detail', async () => {
    const api = fakeApi({ ok: false, code: 'error', message: 'TypeError: boom' });
    expect(await cleanTab(api, tab, false)).toEqual({ state: 'error', detail: 'TypeError: boom' });
  });

  test('a page that never answers ends in an error, not an endless spinner', async () => {
    const api = fakeApi({ ok: true, result: article });
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
