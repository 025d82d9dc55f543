import { describe, expect, test, vi } from 'vitest';
import { SiftError } from '@/utils/clean/errors';
import { FORCE_OPTIONS, readThisPage } from '@/utils/extension/clean-request/page';
import { envelope, listen } from '@/utils/extension/messages';
import type { PageRead } from '@/utils/clean';
import { result } from '../../support/result';

const pageRead = (): PageRead => ({
  meta: { ...result(), readerable: true } as PageRead['meta'],
  signals: result().articleSignals,
  blocks: [],
  recovery: null,
  wholeText: null,
  timingsMs: { extract: 1, segment: 1, recover: 1 },
});

describe('readThisPage (the content script side of a clean: the DOM half)', () => {
  test('reads with the page URL and hands back the PageRead', () => {
    const read = vi.fn(() => pageRead());
    const response = readThisPage(document, 'https://example.com/a', false, read);
    expect(response).toEqual({ ok: true, read: pageRead() });
    expect(read).toHaveBeenCalledWith(document, { url: 'https://example.com/a' });
  });

  test('"Clean anyway" lowers the length threshold; extra options (the auto-clean budget) pass on', () => {
    const read = vi.fn(() => pageRead());
    readThisPage(document, 'https://example.com/a', true, read, { maxElemsToParse: 5 });
    expect(read).toHaveBeenCalledWith(document, { url: 'https://example.com/a', maxElemsToParse: 5, ...FORCE_OPTIONS });
  });

  test.each(['no-article', 'empty-page'] as const)('a SiftError %s travels as data', (code) => {
    const response = readThisPage(document, 'u', false, () => {
      throw new SiftError(code, 'why');
    });
    expect(response).toEqual({ ok: false, code, message: 'why' });
  });

  test('any other failure is an error with its name and message', () => {
    const response = readThisPage(document, 'u', false, () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(response).toEqual({ ok: false, code: 'error', message: 'RangeError: Maximum call stack size exceeded' });
  });
});

describe('listen (typed message map)', () => {
  function fakeRuntime() {
    const listeners: ((message: unknown) => unknown)[] = [];
    return {
      runtime: {
        onMessage: {
          addListener: (l: (message: unknown) => unknown) => listeners.push(l),
          removeListener: (l: (message: unknown) => unknown) => listeners.splice(listeners.indexOf(l), 1),
        },
      },
      send: (message: unknown) => listeners.map((l) => l(message)),
      listeners,
    };
  }

  test('routes our messages to their handler and answers with its result', async () => {
    const fake = fakeRuntime();
    const read = vi.fn(() => ({ ok: true as const, read: { json: JSON.stringify(pageRead()) } }));
    listen({ read }, fake as never);
    const [answer] = fake.send(envelope('read', { force: true }));
    await expect(answer).resolves.toEqual({ ok: true, read: { json: JSON.stringify(pageRead()) } });
    expect(read).toHaveBeenCalledWith({ force: true });
  });

  test.each([[{ type: 'read' }], [{ sift: 'unknown', data: {} }], ['read'], [null]])(
    'ignores other messages: %j',
    (message) => {
      const fake = fakeRuntime();
      listen({ read: vi.fn() }, fake as never);
      expect(fake.send(message)).toEqual([undefined]);
    },
  );

  test('leaves a message it has no handler for to the other content script of the page', async () => {
    const fake = fakeRuntime();
    const reader = vi.fn(async () => ({ shown: true }));
    listen({ read: vi.fn() }, fake as never);
    listen({ reader }, fake as never);
    const [fromCleaner, fromReader] = fake.send(envelope('reader', { action: 'toggle' }));
    expect(fromCleaner).toBeUndefined();
    await expect(fromReader).resolves.toEqual({ shown: true });
  });

  test('stops listening when asked', () => {
    const fake = fakeRuntime();
    const stop = listen({ read: vi.fn() }, fake as never);
    stop();
    expect(fake.listeners).toHaveLength(0);
  });
});
