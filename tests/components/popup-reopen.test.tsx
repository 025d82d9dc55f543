import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CleanResponse } from '@/utils/extension/messages';
import { forgetTab, recallOutcome, type SessionArea } from '@/utils/extension/clean-request/session-result';
import { installMessages } from '../support/i18n';
import { pageAnswer } from '../support/page-answer';
import { block, removed, result } from '../support/result';
import { waitFor } from '../support/wait';

// The page's side of a clean is faked (tests/support/page-answer.ts).
vi.mock('@/utils/clean', async (original) =>
  (await import('../support/page-answer')).withChosenResults(await original<object>()),
);

const { App } = await import('@/entrypoints/popup/App');

const story = result({
  blocks: [
    block({ id: 'b0', index: 0, text: 'Exports rose in July.' }),
    block({ id: 'b2', index: 2, text: 'The end.' }),
  ],
  removed: [
    removed(block({ id: 'b1', index: 1, text: 'Exports rose in July.' }), 'duplicate', {
      kind: 'exact',
      of: 'b0',
      ofText: 'Exports rose in July.',
      similarity: 1,
    }),
  ],
});

let container: HTMLElement;
let url: string;
let answer: () => Promise<CleanResponse>;

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
  url = 'https://news.example.com/story';
  answer = async () => ({ ok: true, result: story });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 4, url }]) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => pageAnswer(await answer())) as never);
  Object.assign(fakeBrowser.scripting, { executeScript: vi.fn(async () => []) });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  Object.assign(fakeBrowser.extension, { isAllowedFileSchemeAccess: vi.fn(async () => false) });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
});

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const shownIds = () =>
  [...container.querySelectorAll<HTMLElement>('[data-testid=article] [data-block-id]')].map((el) => el.dataset.blockId);
const popupState = () => $('[data-testid=popup]')?.dataset.state;
const session = () => fakeBrowser.storage.session as unknown as SessionArea;
const cleans = () => vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.length;

/** Opens the popup, waits for its answer and for what it keeps (written after the paint). */
async function open() {
  act(() => render(null, container));
  await act(async () => render(<App />, container));
  await waitFor(() => expect(popupState()).not.toBe('loading'));
}

async function kept(): Promise<boolean> {
  const got = await session().get('sift.popup.4');
  return got['sift.popup.4'] !== undefined;
}

describe('popup: instant reopen from storage.session', () => {
  test('opened again on the same page: the article at once, not cleaned again, restored blocks still restored', async () => {
    await open();
    expect(shownIds()).toEqual(['b0', 'b2']);
    await waitFor(async () => expect(await kept()).toBe(true));
    await act(async () => $('[data-testid=removed-summary]')!.click());
    await act(async () => $('[data-testid=removed-item][data-block-id=b1] [data-testid=restore]')!.click());
    expect(shownIds()).toEqual(['b0', 'b1', 'b2']);

    await open();
    expect(popupState()).toBe('article');
    expect(cleans()).toBe(1);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(shownIds()).toEqual(['b0', 'b1', 'b2']));
    expect($('[data-testid=article] [data-block-id=b1]')!.dataset.restored).toBe('true');
  });

  test('"Show removed in place" comes back on, with the removed list open where its switch is', async () => {
    await open();
    await waitFor(async () => expect(await kept()).toBe(true));
    await act(async () => $('[data-testid=removed-summary]')!.click());
    await act(async () => ($('[data-testid=removed-in-place-toggle]') as HTMLInputElement).click());
    await waitFor(async () => {
      const got = await session().get('sift.popup.4.view');
      expect(got['sift.popup.4.view']).toMatchObject({ removedInPlace: true });
    });

    await open();
    expect(cleans()).toBe(1);
    expect(($('[data-testid=removed-in-place-toggle]') as HTMLInputElement).checked).toBe(true);
    expect(shownIds()).toEqual(['b0', 'b1', 'b2']);
  });

  test('another URL in the tab, or the tab forgotten by the background: cleaned again, view changes gone', async () => {
    await open();
    await waitFor(async () => expect(await kept()).toBe(true));
    url = 'https://news.example.com/story#comments';
    await open();
    expect(cleans()).toBe(2);

    await waitFor(async () => expect(await kept()).toBe(true));
    await forgetTab(session(), 4);
    await open();
    expect(cleans()).toBe(3);
  });

  test('"Clean anyway" is what reopens: the article, not the question', async () => {
    answer = async () => ({
      ok: true,
      result: {
        ...story,
        isArticle: false,
        articleReason: { kind: 'signals', signals: [{ name: 'cards', value: 40 }] },
      },
    });
    await open();
    expect(popupState()).toBe('not-article');
    await act(async () => $('[data-testid=clean-anyway]')!.click());
    expect(popupState()).toBe('article');
    // The kept outcome becomes the forced one: reopening shows the article straight away.
    await waitFor(async () => expect((await recallOutcome(session(), { id: 4, url }))?.outcome.state).toBe('article'));
    await open();
    expect(popupState()).toBe('article');
    expect(cleans()).toBe(1);
  });

  test('an error is not kept: opening again asks the page again', async () => {
    answer = async () => ({ ok: false, code: 'error', message: 'boom' });
    await open();
    expect(popupState()).toBe('error');
    answer = async () => ({ ok: true, result: story });
    await open();
    expect(popupState()).toBe('article');
    expect(cleans()).toBe(2);
  });
});
