import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { installMessages } from '../support/i18n';
import { storeSites } from '../support/sites';
import { type StorageDouble, installStorageDouble } from '../support/storage-double';
import { waitFor } from '../support/wait';

/** The options page over a storage that refuses writes the way Chromium does. */
let container: HTMLElement;
let double: StorageDouble;

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
  double = installStorageDouble();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  // fakeBrowser has no permission events; the sites section listens to them.
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() });
  Object.assign(fakeBrowser.permissions, { onAdded: event(), onRemoved: event() });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const stored = async (key: string) => (await fakeBrowser.storage.sync.get(key))[key];

async function mount() {
  await act(async () => render(<App />, container));
}

async function choose(selector: string, value: string) {
  const select = $<HTMLSelectElement>(selector);
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('options page and storage', () => {
  test('a change synced from another device shows while the page is open', async () => {
    await mount();
    await waitFor(() => expect($<HTMLInputElement>('[data-testid=theme] input:checked').value).toBe('system'));
    await act(async () => {
      await fakeBrowser.storage.sync.set({ theme: 'dark', theme$: { v: 1 } });
    });
    await waitFor(() => expect($<HTMLInputElement>('[data-testid=theme] input:checked').value).toBe('dark'));
  });

  test('a refused write: the control goes back to what is stored, and a translated alert says why', async () => {
    await fakeBrowser.storage.sync.set({ copyFormat: 'markdown' });
    await mount();
    await waitFor(() => expect($<HTMLSelectElement>('[data-testid=copy-format]').value).toBe('markdown'));
    double.limits.bytes = 0;
    await choose('[data-testid=copy-format]', 'text');
    await waitFor(() => expect($('[data-testid=settings-alert]').textContent).toContain('was not saved'));
    expect($('[data-testid=settings-alert]').textContent).toBe(
      "“Main copy button” was not saved, so it shows the value that is stored. The browser's synced storage (100 KB in all) is full.Dismiss",
    );
    expect($<HTMLSelectElement>('[data-testid=copy-format]').value).toBe('markdown');
    expect(await stored('copyFormat')).toBe('markdown');
  });

  test('an unreadable stored value: the default shows, with a message, not a blank page', async () => {
    await fakeBrowser.storage.sync.set({ theme: 42, fontSize: 'huge' });
    await mount();
    await waitFor(() => expect($('[data-testid=settings-alert]')).not.toBeNull());
    expect($<HTMLInputElement>('[data-testid=theme] input:checked').value).toBe('system');
    expect($<HTMLInputElement>('[data-testid=font-size]').value).toBe('16');
    expect($('[data-testid=settings-alert]').textContent).toMatch(/could not be read, so the default is used/);
  });

  test('text size typed quickly: the page follows each value, storage gets one write once it settles', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await mount();
    const font = $<HTMLInputElement>('[data-testid=font-size]');
    const writesBefore = double.writeTimes.length;
    for (let i = 0; i < 150; i++) {
      const size = 12 + (i % 13);
      await act(async () => {
        font.value = String(size);
        font.dispatchEvent(new Event('input', { bubbles: true }));
        await vi.advanceTimersByTimeAsync(20);
      });
      expect(document.documentElement.dataset.fontSize).toBe(String(size));
    }
    expect(double.writeTimes.length).toBe(writesBefore);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(double.writeTimes.length).toBe(writesBefore + 1);
    expect(double.refused).toEqual([]);
    expect(await stored('fontSize')).toBe(12 + (149 % 13));
  });

  test('text size committed (change: the field left, a step, a slider released) is written at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await mount();
    const font = $<HTMLInputElement>('[data-testid=font-size]');
    await act(async () => {
      font.value = '22';
      font.dispatchEvent(new Event('input', { bubbles: true }));
      font.dispatchEvent(new Event('change', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(await stored('fontSize')).toBe(22);
  });

  test('the sites section says plainly where the list is kept and how much of it syncs', async () => {
    await storeSites(['a.com', 'b.com']);
    await fakeBrowser.storage.local.set({ sitesSyncStatus: { synced: 1, total: 2 } });
    await mount();
    await waitFor(() =>
      expect($('[data-testid=sites-sync-note]').textContent).toBe(
        'Your sites are kept in this browser; 1 of 2 also sync to your other browsers, as many as synced storage has room for.',
      ),
    );
    await act(async () => {
      await fakeBrowser.storage.local.set({ sitesSyncStatus: { synced: 0, total: 2, fault: 'unavailable' } });
    });
    await waitFor(() =>
      expect($('[data-testid=sites-sync-note]').textContent).toBe(
        'Your sites are kept in this browser only: synced storage is not available.',
      ),
    );
  });
});
