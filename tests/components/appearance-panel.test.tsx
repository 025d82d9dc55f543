import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CleanView } from '@/components/CleanView';
import { Reader } from '@/components/Reader';
import { installMessages } from '../support/i18n';
import { block, result } from '../support/result';
import { waitFor } from '../support/wait';

/** The "Aa" panel: a disclosure of the appearance choices, in the reader (shadow root) and the popup's view. */
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

const story = result({ blocks: [block({ id: 'b0', index: 0, text: 'First paragraph.' })] });
const $ = <E extends HTMLElement = HTMLElement>(selector: string) => shadow.querySelector<E>(selector)!;
const stored = async (key: string) => (await fakeBrowser.storage.sync.get(key))[key];
const readerRoot = () => $('[data-testid=reader]');

async function openReader(onClose = () => {}) {
  await act(async () => render(<Reader result={story} scope={shadow} onClose={onClose} />, container));
}

describe('the Aa panel in the reader', () => {
  test('opens from its button, takes focus, and Escape closes it and gives focus back (not the reader)', async () => {
    const onClose = vi.fn();
    await openReader(onClose);
    const button = $('[data-testid=appearance-button]');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('Appearance');
    expect($('[data-testid=appearance-panel]').hidden).toBe(true);
    await act(async () => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect($('[data-testid=appearance-panel]').hidden).toBe(false);
    expect(shadow.activeElement).toBe($('[data-testid=theme-system]'));
    await act(async () => {
      shadow.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
    });
    expect($('[data-testid=appearance-panel]').hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(button);
    expect(onClose).not.toHaveBeenCalled();
  });

  test('each choice repaints the reader at once and is stored', async () => {
    await openReader();
    await act(async () => $('[data-testid=appearance-button]').click());
    await act(async () => $('[data-testid=theme-sepia]').click());
    await act(async () => $('[data-testid=typeface-legible]').click());
    const lineHeight = $<HTMLInputElement>('[data-testid=line-height]');
    await act(async () => {
      lineHeight.value = '2';
      lineHeight.dispatchEvent(new Event('input', { bubbles: true }));
      lineHeight.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const width = $<HTMLInputElement>('[data-testid=content-width]');
    await act(async () => {
      width.value = '920';
      width.dispatchEvent(new Event('input', { bubbles: true }));
      width.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const root = readerRoot();
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.typeface).toBe('legible');
    expect(root.style.getPropertyValue('--sift-line-height')).toBe('2');
    expect(root.style.getPropertyValue('--sift-content-width')).toBe('920px');
    expect($('[data-testid=line-height-value]').textContent).toBe('2.0');
    await waitFor(async () => {
      expect(await stored('theme')).toBe('sepia');
      expect(await stored('typeface')).toBe('legible');
      expect(await stored('lineHeight')).toBe(2);
      expect(await stored('contentWidth')).toBe(920);
    });
    expect((await fakeBrowser.storage.sync.get('theme$')).theme$).toEqual({ v: 2 });
  });

  test('a change made elsewhere (another tab, the options page) repaints the open reader and its panel', async () => {
    await openReader();
    await act(async () => {
      await fakeBrowser.storage.sync.set({ theme: 'contrast', typeface: 'sans', fontSize: 22 });
    });
    await waitFor(() => expect(readerRoot().dataset.theme).toBe('contrast'));
    expect(readerRoot().dataset.typeface).toBe('sans');
    expect(readerRoot().style.getPropertyValue('--sift-font-size')).toBe('22px');
    expect($<HTMLInputElement>('[data-testid=theme-contrast]').checked).toBe(true);
    expect($<HTMLInputElement>('[data-testid=font-size]').value).toBe('22');
  });

  test('the themes and typefaces are radio groups with names', async () => {
    await openReader();
    const groups = [...shadow.querySelectorAll('[data-testid=appearance-panel] fieldset')];
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).toEqual(['Theme', 'Typeface']);
    expect([...groups[0].querySelectorAll('input')].map((i) => [i.type, i.closest('label')!.textContent])).toEqual([
      ['radio', 'Follow the system'],
      ['radio', 'Light'],
      ['radio', 'Sepia'],
      ['radio', 'Dark'],
      ['radio', 'High contrast'],
    ]);
    expect([...groups[1].querySelectorAll('input')].map((i) => i.closest('label')!.textContent)).toEqual([
      'AaSerif',
      'AaSans-serif',
      'AaEasy to read (dyslexia)',
    ]);
  });
});

test('the popup’s panel has no column width (the browser fixes the popup’s width)', async () => {
  await act(async () => render(<CleanView result={story} showImages={false} />, container));
  await act(async () => $('[data-testid=appearance-button]').click());
  expect($('[data-testid=line-height]')).not.toBeNull();
  expect($('[data-testid=content-width]')).toBeNull();
});
