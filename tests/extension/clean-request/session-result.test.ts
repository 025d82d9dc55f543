import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  dropOnNavigation,
  EMPTY_VIEW,
  MAX_ENTRY_BYTES,
  recallOutcome,
  rememberOutcome,
  rememberView,
  SESSION_BUDGET_BYTES,
  type SessionArea,
  type TabEvents,
} from '@/utils/extension/clean-request/session-result';
import type { TabOutcome } from '@/utils/extension/clean-request/tab';
import { block, result } from '../../support/result';

/** storage.session as Chrome counts it: JSON bytes of keys and values against a 10 MB quota. */
function fakeSession(quota = 10 * 1024 * 1024) {
  const items = new Map<string, unknown>();
  const bytes = () => [...items].reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
  const area: SessionArea & { items: Map<string, unknown>; bytes(): number } = {
    items,
    bytes,
    async get(keys) {
      const list = keys === null ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => items.has(k)).map((k) => [k, structuredClone(items.get(k))]));
    },
    async set(values) {
      const before = new Map(items);
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
      if (bytes() > quota) {
        items.clear();
        for (const [k, v] of before) items.set(k, v);
        throw new Error('Session storage quota bytes exceeded');
      }
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) items.delete(k);
    },
  };
  return area;
}

const article: TabOutcome = {
  state: 'article',
  result: result({ blocks: [block({ text: 'Exports rose 8.1% in July.' }), block({ text: 'The end.' })] }),
};
const tab = { id: 3, url: 'https://news.example.com/exports' };

/**
 * Random base64 text: a result of about `size` bytes once kept (its JSON holds the text twice,
 * as the block's text and its run; gzip takes random base64 to ~3/4, base64 adds a third).
 */
function incompressible(size: number): TabOutcome {
  const text = randomBytes(Math.ceil(size / 2.7)).toString('base64');
  return { state: 'article', result: result({ blocks: [block({ text })] }) };
}

/** Whether something is kept for the tab (a boolean, so a failure does not print megabytes). */
const isKept = async (area: SessionArea, id: number, url = `https://a.example/${id}`) =>
  (await recallOutcome(area, { id, url })) !== null;

describe('instant reopen: the popup result kept in storage.session', () => {
  test('recalls what was kept for the same tab and URL, with the view changes', async () => {
    const area = fakeSession();
    await rememberOutcome(area, tab, article);
    expect(await recallOutcome(area, tab)).toEqual({ outcome: article, view: EMPTY_VIEW });
    await rememberView(area, tab, { restoredIds: ['b7'], removedInPlace: true });
    expect((await recallOutcome(area, tab))?.view).toEqual({ restoredIds: ['b7'], removedInPlace: true });
  });

  test('another URL in the same tab, another tab, or no URL: nothing', async () => {
    const area = fakeSession();
    await rememberOutcome(area, tab, article);
    expect(await recallOutcome(area, { id: 3, url: 'https://news.example.com/exports#comments' })).toBeNull();
    expect(await recallOutcome(area, { id: 4, url: tab.url })).toBeNull();
    expect(await recallOutcome(area, { id: 3 })).toBeNull();
  });

  test('a new result for the tab starts with the view changes undone', async () => {
    const area = fakeSession();
    await rememberOutcome(area, tab, article);
    await rememberView(area, tab, { restoredIds: ['b7'], removedInPlace: true });
    await rememberOutcome(area, tab, { state: 'not-article', reason: 'no-article' });
    expect(await recallOutcome(area, tab)).toEqual({
      outcome: { state: 'not-article', reason: 'no-article' },
      view: EMPTY_VIEW,
    });
  });

  test('errors and forbidden pages are not kept: they are asked again', async () => {
    const area = fakeSession();
    await rememberOutcome(area, tab, { state: 'error', detail: 'timeout' });
    await rememberOutcome(area, tab, { state: 'forbidden', reason: 'store' });
    expect(area.items.size).toBe(0);
  });

  test('kept compressed: a long repetitive article takes a fraction of its JSON', async () => {
    const area = fakeSession();
    const paragraphs = Array.from({ length: 400 }, (_, i) =>
      block({ text: `Paragraph ${i}: the council met again and agreed on the budget for the next year.` }),
    );
    const long: TabOutcome = { state: 'article', result: result({ blocks: paragraphs }) };
    await rememberOutcome(area, tab, long);
    expect(area.bytes()).toBeLessThan(JSON.stringify(long).length / 5);
    expect(await recallOutcome(area, tab)).toEqual({ outcome: long, view: EMPTY_VIEW });
  });

  test('past the budget the oldest tabs make room; one result over its cap is not kept', async () => {
    const area = fakeSession();
    const size = Math.floor(SESSION_BUDGET_BYTES / 5);
    await rememberOutcome(area, { id: 1, url: 'https://a.example/1' }, incompressible(size), 1);
    expect(area.bytes() / size).toBeGreaterThan(0.8);
    expect(area.bytes() / size).toBeLessThan(1.2);
    for (let id = 2; id <= 7; id++)
      await rememberOutcome(area, { id, url: `https://a.example/${id}` }, incompressible(size), id);
    expect(area.bytes()).toBeLessThanOrEqual(SESSION_BUDGET_BYTES + 4096);
    const kept = [];
    for (let id = 1; id <= 7; id++)
      if (await recallOutcome(area, { id, url: `https://a.example/${id}` })) kept.push(id);
    // Four or five fit (each is a fifth of the budget, give or take the compression): the newest.
    expect([
      [4, 5, 6, 7],
      [3, 4, 5, 6, 7],
    ]).toContainEqual(kept);

    await rememberOutcome(area, { id: 9, url: 'https://a.example/9' }, incompressible(MAX_ENTRY_BYTES * 1.2), 9);
    expect(await isKept(area, 9)).toBe(false);
    expect(await isKept(area, 7)).toBe(true);
  });

  test('a full area (other writers) or a broken entry costs a clean, never an error', async () => {
    const area = fakeSession(2000);
    await expect(rememberOutcome(area, tab, incompressible(5000))).resolves.toBeUndefined();
    expect(await isKept(area, tab.id, tab.url)).toBe(false);
    const roomy = fakeSession();
    await roomy.set({ 'sift.popup.3': { url: tab.url, savedAt: 1, data: 'not base64 gzip' } });
    expect(await recallOutcome(roomy, tab)).toBeNull();
  });

  test('the background drops a tab on any load status and when it closes or is replaced', async () => {
    const area = fakeSession();
    const listeners: Record<string, (...args: never[]) => void> = {};
    const events = {
      onUpdated: { addListener: (l: never) => void (listeners.updated = l) },
      onRemoved: { addListener: (l: never) => void (listeners.removed = l) },
      onReplaced: { addListener: (l: never) => void (listeners.replaced = l) },
    } as unknown as TabEvents;
    dropOnNavigation(events, area);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    const keep = async (id: number) => {
      await rememberOutcome(area, { id, url: 'https://a.example/' }, article);
      await rememberView(area, { id, url: 'https://a.example/' }, { restoredIds: ['b1'], removedInPlace: false });
    };
    const kept = async (id: number) => (await recallOutcome(area, { id, url: 'https://a.example/' })) !== null;

    await keep(1);
    (listeners.updated as (id: number, info: object) => void)(1, { audible: true });
    await settle();
    expect(await kept(1)).toBe(true);
    (listeners.updated as (id: number, info: object) => void)(1, { status: 'loading' });
    await settle();
    expect(await kept(1)).toBe(false);
    expect([...area.items.keys()].filter((k) => k.startsWith('sift.popup.1'))).toEqual([]);

    await keep(2);
    (listeners.updated as (id: number, info: object) => void)(2, { status: 'complete' });
    await settle();
    expect(await kept(2)).toBe(false);

    await keep(3);
    await keep(4);
    (listeners.removed as (id: number) => void)(3);
    (listeners.replaced as (added: number, removed: number) => void)(5, 4);
    await settle();
    expect([await kept(3), await kept(4)]).toEqual([false, false]);
    expect(area.items.get('sift.popup.index')).toEqual({});
  });
});
