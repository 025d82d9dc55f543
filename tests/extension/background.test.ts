import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { READER_SCRIPT_ID } from '@/utils/extension/registration';
import { installMessages } from '../support/i18n';
import { waitFor } from '../support/wait';
import { storeSites, storedSites } from '../support/sites';
import { addSites, shardsOf } from '@/utils/extension/settings/site-book';
import { removeChosenSites } from '@/utils/extension/settings/sites-store';
import { recallOutcome, rememberOutcome, type SessionArea } from '@/utils/extension/clean-request/session-result';
import { result } from '../support/result';

/** A tiny event like the browser's, for the APIs fakeBrowser leaves unimplemented. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => listeners.push(l),
    removeListener: (l: (...args: A) => unknown) => listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: (...args: A) => unknown) => listeners.includes(l),
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

let granted: Set<string>;
let registered: { id: string; matches: string[] }[];
const events = {
  permissionsAdded: fakeEvent<[unknown]>(),
  permissionsRemoved: fakeEvent<[unknown]>(),
  menuClicked: fakeEvent<[{ menuItemId: string }, { id?: number }]>(),
  command: fakeEvent<[string, { id?: number } | undefined]>(),
  tabReplaced: fakeEvent<[number, number]>(),
};

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.resetModules();
  installMessages();
  granted = new Set();
  registered = [];
  Object.assign(events, {
    permissionsAdded: fakeEvent(),
    permissionsRemoved: fakeEvent(),
    menuClicked: fakeEvent(),
    command: fakeEvent(),
    tabReplaced: fakeEvent(),
  });
  Object.assign(fakeBrowser, { commands: { onCommand: events.command } });
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o))),
    onAdded: events.permissionsAdded,
    onRemoved: events.permissionsRemoved,
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async () => registered),
    registerContentScripts: vi.fn(async (scripts: typeof registered) => void registered.push(...scripts)),
    updateContentScripts: vi.fn(async ([s]: typeof registered) => void Object.assign(registered[0], s)),
    unregisterContentScripts: vi.fn(async () => void (registered = [])),
    executeScript: vi.fn(async () => []),
  });
  Object.assign(fakeBrowser.tabs, {
    sendMessage: vi.fn(async () => ({ shown: true })),
    onReplaced: events.tabReplaced,
  });
  Object.assign(fakeBrowser.contextMenus, {
    create: vi.fn(),
    removeAll: vi.fn(async () => {}),
    onClicked: events.menuClicked,
  });
  Object.assign(fakeBrowser, { action: { openPopup: vi.fn(async () => {}) } });
  const { default: background } = await import('@/entrypoints/background/index');
  background.main();
});

const matches = () => registered.find((s) => s.id === READER_SCRIPT_ID)?.matches ?? null;

describe('background', () => {
  test('on install: the context menu entry, and registration for sites already chosen (synced from elsewhere)', async () => {
    await storeSites(['127.0.0.1']);
    granted.add('http://127.0.0.1/*');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await waitFor(() => expect(matches()).toEqual(['http://127.0.0.1/*']));
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({
      id: 'sift-clean-page',
      title: 'Clean this page with Sift',
      contexts: ['page'],
    });
  });

  test('a site chosen in the settings is registered once its permission is granted', async () => {
    await storeSites(['example.com']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(matches()).toBeNull(); // chosen, but no permission yet
    granted.add('*://example.com/*').add('*://*.example.com/*');
    await events.permissionsAdded.trigger({ origins: ['*://example.com/*'] });
    await waitFor(() => expect(matches()).toEqual(['*://*.example.com/*', '*://example.com/*']));
  });

  test('revoking a permission in the browser stops the reader there', async () => {
    await storeSites(['example.com']);
    granted.add('*://example.com/*').add('*://*.example.com/*');
    await fakeBrowser.runtime.onStartup.trigger();
    await waitFor(() => expect(matches()).not.toBeNull());
    granted.clear();
    await events.permissionsRemoved.trigger({ origins: ['*://example.com/*'] });
    await waitFor(() => expect(registered).toEqual([]));
  });

  test('removing the last site unregisters the reader', async () => {
    await storeSites(['127.0.0.1']);
    granted.add('http://127.0.0.1/*');
    await fakeBrowser.runtime.onStartup.trigger();
    await waitFor(() => expect(matches()).not.toBeNull());
    await removeChosenSites(['127.0.0.1']);
    await waitFor(() => expect(registered).toEqual([]));
  });

  test('a site another device synced is registered here once granted', async () => {
    granted.add('*://example.com/*').add('*://*.example.com/*');
    const { shards } = shardsOf(addSites({}, ['example.com'], 1_800_000_000));
    await fakeBrowser.storage.sync.set(shards);
    await waitFor(async () => expect(await storedSites()).toEqual(['example.com']));
    await waitFor(() => expect(matches()).toEqual(['*://*.example.com/*', '*://example.com/*']));
  });

  // Kept just before the context-menu test: the merge it starts can still write after it ends,
  // and that test reads no sites.
  test('a list left in sync storage by Sift 1 or 2 is folded into the local list and registered', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['http://127.0.0.1:8080/x'] });
    granted.add('http://127.0.0.1/*');
    await fakeBrowser.runtime.onStartup.trigger();
    await waitFor(() => expect(matches()).toEqual(['http://127.0.0.1/*']));
    expect(await storedSites()).toEqual(['127.0.0.1']);
  });

  test('the context-menu entry opens the popup for that page', async () => {
    await events.menuClicked.trigger({ menuItemId: 'sift-clean-page' }, { id: 12 });
    expect((fakeBrowser as unknown as { action: { openPopup: () => void } }).action.openPopup).toHaveBeenCalled();
  });

  test('the reader command injects the reader into the tab it was pressed in and toggles it', async () => {
    await events.command.trigger('toggle-reader', { id: 12 });
    await waitFor(() => expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledTimes(1));
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 12 },
      files: ['/content-scripts/reader.js'],
    });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(12, { sift: 'reader', data: { action: 'toggle' } });
  });

  test('other commands leave the page alone', async () => {
    await events.command.trigger('something-else', { id: 12 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  test("the popup's kept result goes when its tab loads a page or closes; other tabs keep theirs", async () => {
    const session = fakeBrowser.storage.session as unknown as SessionArea;
    const article = { state: 'article', result: result() } as const;
    const keep = (id: number) => rememberOutcome(session, { id, url: `https://a.example/${id}` }, article);
    const isKept = async (id: number) =>
      (await recallOutcome(session, { id, url: `https://a.example/${id}` })) !== null;
    await Promise.all([keep(1), keep(2), keep(3)]);
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' } as never, { id: 1 } as never);
    await fakeBrowser.tabs.onRemoved.trigger(2, { windowId: 1, isWindowClosing: false });
    await waitFor(async () =>
      expect([await isKept(1), await isKept(2), await isKept(3)]).toEqual([false, false, true]),
    );
  });
});
