import { describe, expect, test, vi } from 'vitest';
import { isEnvelope, listenNative, nativeRuntime, type NativeListener } from '@/utils/extension/envelope';
import { envelope } from '@/utils/extension/messages';

/** The browser's own runtime.onMessage: listeners answer by sendResponse, true to answer later. */
function fakeRuntime() {
  const listeners: NativeListener[] = [];
  return {
    runtime: {
      onMessage: {
        addListener: (l: NativeListener) => listeners.push(l),
        removeListener: (l: NativeListener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
    /** Each listener's return value, and a promise of the first answer sent back. */
    send(message: unknown) {
      let answer!: (value: unknown) => void;
      const answered = new Promise((resolve) => {
        answer = resolve;
      });
      const returned = listeners.map((l) => l(message, {}, answer));
      return { returned, answered };
    },
    listeners,
  };
}

describe('listenNative (the cleaner answers without the webextension-polyfill)', () => {
  test('answers our message by sendResponse, after returning true to keep the channel open', async () => {
    const fake = fakeRuntime();
    const read = vi.fn(() => ({ ok: true as const, read: { json: '{}' } }));
    listenNative({ read }, fake.runtime);
    const { returned, answered } = fake.send(envelope('read', { force: false }));
    expect(returned).toEqual([true]);
    await expect(answered).resolves.toEqual({ ok: true, read: { json: '{}' } });
    expect(read).toHaveBeenCalledWith({ force: false });
  });

  test('an asynchronous handler answers when it settles', async () => {
    const fake = fakeRuntime();
    listenNative({ part: async ({ index }) => ({ text: `part ${index}` }) }, fake.runtime);
    await expect(fake.send(envelope('part', { id: 'x', index: 2 })).answered).resolves.toEqual({ text: 'part 2' });
  });

  test('a handler that throws answers an error as data, so the sender is not left waiting', async () => {
    const fake = fakeRuntime();
    listenNative(
      {
        read: () => {
          throw new RangeError('too deep');
        },
      },
      fake.runtime,
    );
    await expect(fake.send(envelope('read', { force: false })).answered).resolves.toEqual({
      ok: false,
      code: 'error',
      message: 'too deep',
    });
  });

  test.each([[{ type: 'read' }], [{ sift: 'unknown', data: {} }], ['read'], [null]])(
    'leaves other messages alone (returns false, sends nothing): %j',
    (message) => {
      const fake = fakeRuntime();
      const read = vi.fn();
      listenNative({ read }, fake.runtime);
      expect(fake.send(message).returned).toEqual([false]);
      expect(read).not.toHaveBeenCalled();
      expect(isEnvelope(message)).toBe(false);
    },
  );

  test('leaves a message it has no handler for to the other script of the page', () => {
    const fake = fakeRuntime();
    listenNative({ read: vi.fn() }, fake.runtime);
    expect(fake.send(envelope('reader', { action: 'toggle' })).returned).toEqual([false]);
  });

  test('stops listening when asked', () => {
    const fake = fakeRuntime();
    const stop = listenNative({ read: vi.fn() }, fake.runtime);
    stop();
    expect(fake.listeners).toHaveLength(0);
  });

  test("finds the browser's own runtime: chrome first, then browser; none is an error", () => {
    const scope = globalThis as { chrome?: unknown; browser?: unknown };
    const saved = { chrome: scope.chrome, browser: scope.browser };
    const onMessage = { addListener() {}, removeListener() {} };
    try {
      scope.chrome = undefined;
      scope.browser = { runtime: { onMessage } };
      expect(nativeRuntime().onMessage).toBe(onMessage);
      const chromeOnMessage = { ...onMessage };
      scope.chrome = { runtime: { onMessage: chromeOnMessage } };
      expect(nativeRuntime().onMessage).toBe(chromeOnMessage);
      scope.chrome = undefined;
      scope.browser = undefined;
      expect(() => nativeRuntime()).toThrow(/No extension runtime/);
    } finally {
      scope.chrome = saved.chrome;
      scope.browser = saved.browser;
    }
  });
});
