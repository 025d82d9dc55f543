import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { installMessages } from '../support/i18n';
import { waitFor } from '../support/wait';
import { storeSites, storedSites } from '../support/sites';

let container: HTMLElement;
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
  granted = new Set(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => granted.has(o))) as never);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async ({ origins = [] }: { origins?: string[] }) => {
    for (const o of origins) granted.add(o);
    return true;
  }) as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async ({ origins = [] }: { origins?: string[] }) => {
    for (const o of origins) granted.delete(o);
    return true;
  }) as never);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
});

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const stored = async (key: string) => (await fakeBrowser.storage.sync.get(key))[key];

async function mount() {
  await act(async () => render(<App />, container));
}

async function typeSite(value: string) {
  const input = $<HTMLInputElement>('[data-testid=site-input]');
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    $('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('options: sites', () => {
  test('adding a site already granted (the e2e build) asks for nothing and lists it', async () => {
    await mount();
    await typeSite('127.0.0.1');
    await waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalled());
    await submit();
    await waitFor(async () => expect(await storedSites()).toEqual(['127.0.0.1']));
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    await waitFor(() => expect($$('[data-testid=site-item]').map((li) => li.dataset.site)).toEqual(['127.0.0.1']));
  });

  test('adding a new site asks for that site only, normalised', async () => {
    await mount();
    await typeSite('https://www.Example.com/news');
    await submit();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: ['*://example.com/*', '*://*.example.com/*'],
    });
    await waitFor(async () => expect(await storedSites()).toEqual(['example.com']));
  });

  test('a denied permission leaves the list as it was and says why', async () => {
    vi.mocked(fakeBrowser.permissions.request).mockResolvedValue(false as never);
    await mount();
    await typeSite('example.com');
    await submit();
    // The site is stored at once (the prompt may close the popup) and taken out on the denial.
    await waitFor(() => expect(container.textContent).toContain('Permission not granted'));
    expect(await storedSites()).toEqual([]);
  });

  test.each([
    ['not a site', '“not a site” is not a site name or address.'],
    ['javascript:alert(1)', '“javascript:alert(1)” is not a site name or address.'],
  ])('refuses %j with a message', async (input, message) => {
    await mount();
    await typeSite(input);
    await submit();
    expect(container.textContent).toContain(message);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  test('removing a site gives its permission back', async () => {
    await storeSites(['example.com']);
    granted.add('*://example.com/*').add('*://*.example.com/*');
    await mount();
    await waitFor(() => expect($$('[data-testid=site-item]')).toHaveLength(1));
    await act(async () => $('[data-testid=site-remove]').click());
    await waitFor(async () => expect(await storedSites()).toEqual([]));
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({
      origins: ['*://example.com/*', '*://*.example.com/*'],
    });
    expect(granted.has('*://example.com/*')).toBe(false);
  });

  test('a listed site without permission offers to allow access', async () => {
    await storeSites(['example.com']);
    await mount();
    // data-granted reads "false" before the lookup answers too; the button shows once it has.
    await waitFor(() => expect(container.textContent).toContain('Allow access'));
    expect($('[data-testid=site-item]').dataset.granted).toBe('false');
  });

  test('import merges a file of sites and reports junk', async () => {
    await storeSites(['a.com']);
    await mount();
    const file = new File(['{"format":"sift-sites","version":1,"sites":["b.org","a.com","??"]}'], 'sites.json', {
      type: 'application/json',
    });
    const input = $<HTMLInputElement>('[data-testid=import-sites]');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(async () => expect(await storedSites()).toEqual(['a.com', 'b.org']));
    expect(container.textContent).toContain('Imported 1 new sites');
    expect(container.textContent).toContain('Skipped entries that are not sites: ??');
  });

  test('export downloads the list as a JSON file', async () => {
    await storeSites(['a.com']);
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:sift';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await mount();
    await waitFor(() => expect($$('[data-testid=site-item]')).toHaveLength(1));
    await act(async () => $('[data-testid=export-sites]').click());
    expect(click).toHaveBeenCalled();
    expect(JSON.parse(await created[0].text())).toEqual({ format: 'sift-sites', version: 1, sites: ['a.com'] });
  });
});

describe('options: appearance, figures and copying', () => {
  test('each control writes its setting', async () => {
    await mount();
    await act(async () => $('[data-testid=theme-dark]').click());
    const font = $<HTMLInputElement>('[data-testid=font-size]');
    await act(async () => {
      font.value = '20';
      font.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => $('[data-testid=kind-date]').click());
    const format = $<HTMLSelectElement>('[data-testid=copy-format]');
    await act(async () => {
      format.value = 'markdown';
      format.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => $('[data-testid=include-source]').click());

    await waitFor(async () => {
      expect(await stored('theme')).toBe('dark');
      expect(await stored('fontSize')).toBe(20);
      expect(await stored('figureKinds')).toEqual(['money', 'percent', 'quantity']);
      expect(await stored('copyFormat')).toBe('markdown');
      expect(await stored('includeSource')).toBe(false);
    });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  test('a font size outside the range is not saved while typing', async () => {
    await mount();
    const font = $<HTMLInputElement>('[data-testid=font-size]');
    await act(async () => {
      font.value = '2';
      font.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await stored('fontSize')).toBeUndefined();
  });
});
