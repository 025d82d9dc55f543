import { describe, expect, test, vi } from 'vitest';
import { ON_DEMAND_FLAG, readerInTab, type ReaderTabApi } from '@/utils/extension/clean-request/reader';
import { READER_SCRIPT_FILE } from '@/utils/extension/registration';
import { result } from '../../support/result';

function fakeApi(answers: { answer: unknown } = { answer: { shown: true } }) {
  const injections: unknown[] = [];
  const api = {
    tabs: { sendMessage: vi.fn(async () => answers.answer) },
    scripting: {
      executeScript: vi.fn(async (injection: unknown) => {
        injections.push(injection);
        return [];
      }),
    },
  } satisfies ReaderTabApi;
  return { api, injections };
}

describe('readerInTab', () => {
  test('marks the page as on demand, injects the reader script, then asks it to toggle', async () => {
    const { api, injections } = fakeApi();
    expect(await readerInTab(api, 5, 'toggle')).toEqual({ shown: true });
    expect(injections).toHaveLength(2);
    const [mark, script] = injections as [{ func: () => void }, { files: string[] }];
    expect(script).toEqual({ target: { tabId: 5 }, files: [`/${READER_SCRIPT_FILE}`] });
    // The mark runs in the page's world: run it here and see the flag it leaves.
    const page = globalThis as Record<string, unknown>;
    delete page[ON_DEMAND_FLAG];
    mark.func();
    expect(page[ON_DEMAND_FLAG]).toBe(true);
    delete page[ON_DEMAND_FLAG];
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, { sift: 'reader', data: { action: 'toggle' } });
  });

  test("passes the popup's clean along, so the page is not cleaned twice", async () => {
    const { api } = fakeApi();
    const popupResult = result();
    await readerInTab(api, 5, 'open', popupResult);
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(5, {
      sift: 'reader',
      data: { action: 'open', result: popupResult },
    });
  });

  test('a page that cannot take scripts fails loudly, before any message', async () => {
    const { api } = fakeApi();
    api.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await expect(readerInTab(api, 5, 'toggle')).rejects.toThrow('chrome://');
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
  });

  test('no answer from the page is an error, not a silent nothing', async () => {
    const { api } = fakeApi({ answer: undefined });
    await expect(readerInTab(api, 5, 'toggle')).rejects.toThrow(/No answer/);
  });
});
