import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CleanResult } from '@/utils/clean/types';
import type { CleanResponse } from '@/utils/extension/messages';
import { installMessages } from '../support/i18n';
import { pageAnswer } from '../support/page-answer';
import { block, figure, removed, result } from '../support/result';
import { waitFor } from '../support/wait';
import { storedSites } from '../support/sites';

// The popup's own logic is under test here, not the formats (tested with utils/format).
vi.mock('@/utils/format', () => ({
  toText: (r: CleanResult) => `TEXT:${r.blocks.map((b) => b.id).join(',')}`,
  toMarkdown: (r: CleanResult) => `MD:${r.blocks.map((b) => b.id).join(',')}`,
  toHtml: (r: CleanResult) => `<p>${r.blocks.map((b) => b.id).join(',')}</p>`,
}));

// The page's side of a clean is faked (tests/support/page-answer.ts).
vi.mock('@/utils/clean', async (original) =>
  (await import('../support/page-answer')).withChosenResults(await original<object>()),
);

const { App } = await import('@/entrypoints/popup/App');

const para = 'Trade fell 8.1% to $245 billion.';
const story = result({
  blocks: [
    block({
      id: 'b0',
      index: 0,
      text: para,
      figures: [figure(para, '8.1%', 'percent'), figure(para, '$245 billion', 'money')],
    }),
    block({ id: 'b2', index: 2, text: 'The end.' }),
  ],
  removed: [
    removed(block({ id: 'b1', index: 1, text: para }), 'duplicate', {
      kind: 'exact',
      of: 'b0',
      ofText: para,
      similarity: 1,
    }),
    removed(block({ id: 'b3', index: 3, text: 'Celebrity news' }), 'related', {
      kind: 'label',
      label: 'You may also like',
      lang: 'en',
    }),
  ],
  keyFigures: [
    {
      text: '$245 billion',
      kind: 'money',
      context: para,
      blockId: 'b0',
      start: para.indexOf('$245'),
      end: para.indexOf('$245') + 12,
    },
    {
      text: '8.1%',
      kind: 'percent',
      context: para,
      blockId: 'b0',
      start: para.indexOf('8.1%'),
      end: para.indexOf('8.1%') + 4,
    },
  ],
});

let container: HTMLElement;
let answer: () => Promise<CleanResponse>;

function stubBrowser(url = 'https://news.example.com/story') {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4, url }] as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => ({ id, url }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => pageAnswer(await answer())) as never);
  Object.assign(fakeBrowser.scripting, { executeScript: vi.fn(async () => []) });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  Object.assign(fakeBrowser.extension, { isAllowedFileSchemeAccess: vi.fn(async () => false) });
}

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
  answer = async () => ({ ok: true, result: story });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
});

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const popupState = () => $('[data-testid=popup]')?.dataset.state;

async function open(search = '') {
  await act(async () => render(<App search={search} />, container));
  await waitFor(() => expect(popupState()).not.toBe('loading'));
}

describe('popup', () => {
  test('shows the date the page says it was published, and none when it states none', async () => {
    stubBrowser();
    answer = async () => ({ ok: true, result: { ...story, publishedTime: '2025-03-14T09:30:00Z' } });
    await open();
    const date = $('[data-testid=published-date]')!;
    expect(date.textContent).toMatch(/2025/);
    expect(date.querySelector('time')!.getAttribute('datetime')).toBe('2025-03-14T09:30:00Z');
    act(() => render(null, container));
    answer = async () => ({ ok: true, result: { ...story, publishedTime: 'sometime last week' } });
    await open();
    expect($('[data-testid=published-date]')).toBeNull();
  });

  test('shows the cleaned article with its header, figures, legend and removed summary', async () => {
    stubBrowser();
    await open();
    expect(popupState()).toBe('article');
    expect($('[data-testid=title]')!.textContent).toBe(story.title);
    expect($('[data-testid=site-name]')!.textContent).toBe('The Daily Example');
    expect($('[data-testid=byline]')!.textContent).toBe('By Ana Ruiz');
    // Timed from the text shown (two short paragraphs), not from the engine's word count.
    expect($('[data-testid=reading-time]')!.textContent).toBe('1 min read');
    expect($$('[data-testid=key-figure]').map((b) => b.dataset.target)).toEqual([
      `fig-b0-${para.indexOf('$245')}`,
      `fig-b0-${para.indexOf('8.1%')}`,
    ]);
    expect($('[data-testid=legend]')).not.toBeNull();
    expect($('[data-testid=removed-summary]')!.textContent).toBe('Removed: 1 repeated paragraph · 1 unrelated item');
    expect($$('[data-testid=article] [data-block-id]').map((el) => el.dataset.blockId)).toEqual(['b0', 'b2']);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 4 },
      files: ['/cleaner.js'],
    });
  });

  test('cleans the tab named by ?tabId=', async () => {
    stubBrowser();
    await open('?tabId=99');
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(99, { sift: 'read', data: { force: false } });
  });

  test('a restored block comes back in place and is copied too, as text/plain and text/html', async () => {
    stubBrowser();
    const write = vi.spyOn(navigator.clipboard, 'write').mockResolvedValue(undefined);
    await open();
    await act(async () => $('[data-testid=removed-summary]')!.click());
    await act(async () => $('[data-testid=removed-item][data-block-id=b1] [data-testid=restore]')!.click());
    expect($$('[data-testid=article] [data-block-id]').map((el) => el.dataset.blockId)).toEqual(['b0', 'b1', 'b2']);
    expect($('[data-testid=article] [data-block-id=b1]')!.dataset.restored).toBe('true');

    await act(async () => $('[data-testid=copy-markdown]')!.click());
    await waitFor(() => expect($('[data-testid=copy-status]')!.textContent).toBe('Copied'));
    const [items] = write.mock.calls[0] as [ClipboardItem[]];
    expect([...items[0].types].sort()).toEqual(['text/html', 'text/plain']);
    expect(await (await items[0].getType('text/plain')).text()).toBe('MD:b0,b1,b2');
    expect(await (await items[0].getType('text/html')).text()).toBe('<p>b0,b1,b2</p>');
  });

  test('"Show removed in place" puts every removed block at its place, struck, with its reason; Restore there; Copy unchanged', async () => {
    stubBrowser();
    const write = vi.spyOn(navigator.clipboard, 'write').mockResolvedValue(undefined);
    await open();
    await act(async () => $('[data-testid=removed-summary]')!.click());
    const toggle = $('[data-testid=removed-in-place-toggle]') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    await act(async () => toggle.click());
    expect($$('[data-testid=article] [data-block-id]').map((el) => el.dataset.blockId)).toEqual([
      'b0',
      'b1',
      'b2',
      'b3',
    ]);
    const inPlace = $$('[data-testid=removed-in-place]');
    expect(inPlace.map((el) => el.dataset.reason)).toEqual(['duplicate', 'related']);
    expect(inPlace[0].querySelector('[data-block-id=b1]')!.classList.contains('sift-removed-block')).toBe(true);
    expect(inPlace[1].querySelector('.sift-in-place-why')!.textContent).toContain('You may also like');
    // The counts and the copy are still the article as it reads.
    await act(async () => $('[data-testid=copy-markdown]')!.click());
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    const [items] = write.mock.calls[0] as [ClipboardItem[]];
    expect(await (await items[0].getType('text/plain')).text()).toBe('MD:b0,b2');

    // Restore from the article itself: the block is back for good, no longer marked removed.
    await act(async () => inPlace[1].querySelector<HTMLElement>('[data-testid=restore-in-place]')!.click());
    expect($$('[data-testid=removed-in-place]').map((el) => el.dataset.reason)).toEqual(['duplicate']);
    expect($('[data-testid=article] [data-block-id=b3]')!.dataset.restored).toBe('true');
    expect($('[data-testid=removed-item][data-block-id=b3] [data-testid=restore]')!.getAttribute('aria-pressed')).toBe(
      'true',
    );

    await act(async () => toggle.click());
    expect($$('[data-testid=removed-in-place]')).toHaveLength(0);
    expect($$('[data-testid=article] [data-block-id]').map((el) => el.dataset.blockId)).toEqual(['b0', 'b2', 'b3']);
  });

  test('not an article: says so, and "Clean anyway" shows the result', async () => {
    stubBrowser();
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
    expect($('[data-testid=message]')!.textContent).toBe("This page doesn't look like an article.");
    // The engine's reason is the hint: the reader sees why.
    expect($('.sift-state-hint')!.textContent).toBe('Why: same-shaped cards linking elsewhere: 40.');
    await act(async () => $('[data-testid=clean-anyway]')!.click());
    expect(popupState()).toBe('article');
  });

  test('the engine finding no article: "Clean anyway" asks again with force', async () => {
    stubBrowser();
    answer = async () => ({ ok: false, code: 'no-article', message: 'none' });
    await open();
    expect(popupState()).toBe('not-article');
    answer = async () => ({ ok: true, result: story });
    await act(async () => $('[data-testid=clean-anyway]')!.click());
    await waitFor(() => expect(popupState()).toBe('article'));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenLastCalledWith(4, { sift: 'read', data: { force: true } });
  });

  test('a page over the element budget: a translated message, and no "Clean anyway" (it would not help)', async () => {
    stubBrowser();
    answer = async () => ({ ok: false, code: 'too-large', message: 'more than 1,000,000 elements' });
    await open();
    expect(popupState()).toBe('not-article');
    expect($('[data-testid=message]')!.textContent).toBe('This page is too large for Sift to read.');
    expect($('[data-testid=clean-anyway]')).toBeNull();
  });

  test('a page browsers forbid gets a clear message and no injection', async () => {
    stubBrowser('chrome://settings/');
    await open();
    expect(popupState()).toBe('forbidden');
    expect($('[data-testid=message]')!.textContent).toBe("Browsers don't let extensions read this page.");
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('an unexpected error shows the detail to report', async () => {
    stubBrowser();
    answer = async () => ({ ok: false, code: 'error', message: 'RangeError: too deep' });
    await open();
    expect(popupState()).toBe('error');
    expect($('[data-testid=error-detail]')!.textContent).toBe('RangeError: too deep');
  });

  test('"Cleaning…" appears only when cleaning takes longer than 300 ms', async () => {
    stubBrowser();
    let finish: (r: CleanResponse) => void = () => {};
    answer = () => new Promise((resolve) => (finish = resolve));
    await act(async () => render(<App search="" />, container));
    expect(popupState()).toBe('loading');
    expect(container.textContent).not.toContain('Cleaning…');
    await waitFor(() => expect(container.textContent).toContain('Cleaning…'));
    await act(async () => finish({ ok: true, result: story }));
    await waitFor(() => expect(popupState()).toBe('article'));
  });

  test('theme and font size follow the settings, live', async () => {
    stubBrowser();
    await fakeBrowser.storage.sync.set({ theme: 'dark', fontSize: 19 });
    await open();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(document.documentElement.style.getPropertyValue('--sift-font-size')).toBe('19px');
    await act(async () => {
      await fakeBrowser.storage.sync.set({ theme: 'light' });
    });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
  });

  test('turning a figure kind off in the settings unmarks it in the open popup', async () => {
    stubBrowser();
    await open();
    expect($$('[data-testid=article] mark').map((m) => m.dataset.kind)).toEqual(['percent', 'money']);
    await act(async () => {
      await fakeBrowser.storage.sync.set({ figureKinds: ['money'] });
    });
    await waitFor(() => expect($$('[data-testid=article] mark').map((m) => m.dataset.kind)).toEqual(['money']));
    expect($$('[data-testid=key-figure]')).toHaveLength(1);
  });

  test('the auto-clean switch adds the site, asking for its permission in the click', async () => {
    stubBrowser();
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await open();
    const toggle = $('[data-testid=auto-clean-toggle]') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    await act(async () => toggle.click());
    expect(request).toHaveBeenCalledWith({ origins: ['*://news.example.com/*', '*://*.news.example.com/*'] });
    await waitFor(async () => expect(await storedSites()).toEqual(['news.example.com']));
    await waitFor(() => expect(($('[data-testid=auto-clean-toggle]') as HTMLInputElement).checked).toBe(true));
  });

  test('a denied permission takes the site back out', async () => {
    stubBrowser();
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    await open();
    await act(async () => $('[data-testid=auto-clean-toggle]')!.click());
    // The site is stored at once (the prompt may close the popup) and taken out on the denial.
    await waitFor(() => expect(container.textContent).toContain('Permission not granted'));
    expect(await storedSites()).toEqual([]);
  });
});
