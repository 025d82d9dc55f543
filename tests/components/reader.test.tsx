import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Reader } from '@/components/Reader';
import { installMessages } from '../support/i18n';
import { block, result } from '../support/result';
import { waitFor } from '../support/wait';

let host: HTMLElement;
let shadow: ShadowRoot;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
  host = document.createElement('sift-reader');
  shadow = host.attachShadow({ mode: 'open' });
  container = document.createElement('div');
  shadow.append(container);
  document.body.append(host);
});

afterEach(() => {
  act(() => render(null, container));
  host.remove();
  vi.restoreAllMocks();
});

const story = result({
  blocks: [
    block({ id: 'b0', index: 0, text: 'First paragraph.' }),
    block({
      id: 'b1',
      index: 1,
      kind: 'caption',
      text: 'Cranes at the port.',
      image: { src: 'https://img.example.com/a.jpg', alt: 'Cranes' },
    }),
    block({
      id: 'b2',
      index: 2,
      kind: 'caption',
      text: 'Tracking pixel.',
      image: { src: 'javascript:alert(1)', alt: '' },
    }),
  ],
});

describe('in-page reader', () => {
  test('renders the shared view inside the shadow root, with the article’s own http(s) images', async () => {
    await act(async () => render(<Reader result={story} scope={shadow} onClose={() => {}} />, container));
    const reader = shadow.querySelector<HTMLElement>('[data-testid=reader]')!;
    expect(reader.getAttribute('role')).toBe('dialog');
    expect(reader.querySelector('[data-testid=title]')!.textContent).toBe(story.title);
    expect(
      [...reader.querySelectorAll('[data-testid=article] [data-block-id]')].map((el) =>
        el.getAttribute('data-block-id'),
      ),
    ).toEqual(['b0', 'b1', 'b2']);
    expect([...reader.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'https://img.example.com/a.jpg',
    ]);
    expect(reader.querySelector('[data-testid=copy-text]')).not.toBeNull();
    expect(document.querySelector('[data-testid=reader]')).toBeNull(); // nothing leaks into the page's own DOM
  });

  test('"Show original" closes it', async () => {
    const onClose = vi.fn();
    await act(async () => render(<Reader result={story} scope={shadow} onClose={onClose} />, container));
    await act(async () => shadow.querySelector<HTMLElement>('[data-testid=show-original]')!.click());
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('Escape closes the removed panel first, then the reader', async () => {
    const onClose = vi.fn();
    const withRemoved = {
      ...story,
      removed: [
        {
          block: block({ id: 'r9', index: 9, text: 'Old' }),
          reason: 'related' as const,
          step: 'related' as const,
          evidence: { kind: 'label' as const, label: 'More', lang: 'en' },
        },
      ],
    };
    await act(async () => render(<Reader result={withRemoved} scope={shadow} onClose={onClose} />, container));
    const pressEscape = () =>
      shadow
        .querySelector('.sift-scroll')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await act(async () => shadow.querySelector<HTMLElement>('[data-testid=removed-summary]')!.click());
    expect(shadow.querySelector('[data-testid=removed-panel]')).not.toBeNull();
    await act(async () => {
      pressEscape();
    });
    expect(shadow.querySelector('[data-testid=removed-panel]')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await act(async () => {
      pressEscape();
    });
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('copy shortcuts listen inside the shadow root', async () => {
    const write = vi.spyOn(navigator.clipboard, 'write').mockResolvedValue(undefined);
    await act(async () => render(<Reader result={story} scope={shadow} onClose={() => {}} />, container));
    await act(async () => {
      shadow
        .querySelector('.sift-scroll')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'm', bubbles: true, composed: true }));
    });
    await waitFor(() => expect(write).toHaveBeenCalledOnce());
    await waitFor(() => expect(shadow.querySelector('[data-testid=copy-status]')!.textContent).toBe('Copied'));
  });

  test('follows the theme setting', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'dark' });
    await act(async () => render(<Reader result={story} scope={shadow} onClose={() => {}} />, container));
    await waitFor(() => expect(shadow.querySelector<HTMLElement>('[data-testid=reader]')!.dataset.theme).toBe('dark'));
  });

  test('its menu prints the article as shown (a restored block included), and so does Ctrl+P', async () => {
    const onPrint = vi.fn();
    const withRemoved = {
      ...story,
      removed: [
        {
          block: block({ id: 'r9', index: 9, text: 'Put back by the reader.' }),
          reason: 'related' as const,
          step: 'related' as const,
          evidence: { kind: 'label' as const, label: 'More', lang: 'en' },
        },
      ],
    };
    await act(async () =>
      render(<Reader result={withRemoved} scope={shadow} onClose={() => {}} onPrint={onPrint} />, container),
    );
    await act(async () => shadow.querySelector<HTMLElement>('[data-testid=removed-summary]')!.click());
    await act(async () => shadow.querySelector<HTMLElement>('[data-testid=restore]')!.click());
    await act(async () => shadow.querySelector<HTMLElement>('[data-testid=menu-button]')!.click());
    expect(shadow.querySelector('[data-testid=save-markdown]')).not.toBeNull();
    await act(async () => shadow.querySelector<HTMLElement>('[data-testid=print]')!.click());
    expect(onPrint).toHaveBeenCalledOnce();
    expect(onPrint.mock.calls[0][0].blocks.map((b: { id: string }) => b.id)).toEqual(['b0', 'b1', 'b2', 'r9']);
    await act(async () => {
      shadow
        .querySelector('.sift-scroll')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, composed: true }));
    });
    expect(onPrint).toHaveBeenCalledTimes(2);
  });

  test('without a printer (no onPrint) the reader has no Print', async () => {
    await act(async () => render(<Reader result={story} scope={shadow} onClose={() => {}} />, container));
    expect(shadow.querySelector('[data-testid=print]')).toBeNull();
  });
});
