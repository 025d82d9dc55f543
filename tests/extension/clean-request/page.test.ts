import { describe, expect, test, vi } from 'vitest';
import { SiftError } from '@/utils/clean/errors';
import { FORCE_OPTIONS, cleanPage } from '@/utils/extension/clean-request/page';
import { envelope, listen } from '@/utils/extension/messages';
import { result } from '../../support/result';

describe('cleanPage (the content script side of the popup)', () => {
  test('cleans with the page URL and hands back the result', () => {
    const clean = vi.fn(() => result());
    const response = cleanPage(document, 'https://example.com/a', false, clean);
    expect(response).toEqual({ ok: true, result: result() });
    expect(clean).toHaveBeenCalledWith(document, { url: 'https://example.com/a' });
  });

  test('"Clean anyway" lowers the length threshold', () => {
    const clean = vi.fn(() => result());
    cleanPage(document, 'https://example.com/a', true, clean);
    expect(clean).toHaveBeenCalledWith(document, { url: 'https://example.com/a', ...FORCE_OPTIONS });
  });

  test.each(['no-article', 'empty-page'] as const)('a SiftError %s travels as data', (code) => {
    const response = cleanPage(document, 'u', false, () => {
      throw new SiftError(code, 'why');
    });
    expect(response).toEqual({ ok: false, code, message: 'why' });
  });

  test('any other failure is an error with its name and message', () => {
    const response = cleanPage(document, 'u', false, () => {
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
    const clean = vi.fn(() => ({ ok: true as const, result: result() }));
    listen({ clean }, fake as never);
    const [answer] = fake.send(envelope('clean', { force: true }));
    await expect(answer).resolves.toEqual({ ok: true, result: result() });
    expect(clean).toHaveBeenCalledWith({ force: true });
  });

  test.each([[{ type: 'clean' }], [{ sift: 'unknown', data: {} }], ['clean'], [null]])(
    'ignores other messages: %j',
    (message) => {
      const fake = fakeRuntime();
      listen({ clean: vi.fn() }, fake as never);
      expect(fake.send(message)).toEqual([undefined]);
    },
  );

  test('leaves a message it has no handler for to the other content script of the page', async () => {
    const fake = fakeRuntime();
    const reader = vi.fn(async () => ({ shown: true }));
    listen({ clean: vi.fn() }, fake as never);
    listen({ reader }, fake as never);
    const [fromCleaner, fromReader] = fake.send(envelope('reader', { action: 'toggle' }));
    expect(fromCleaner).toBeUndefined();
    await expect(fromReader).resolves.toEqual({ shown: true });
  });

  test('stops listening when asked', () => {
    const fake = fakeRuntime();
    const stop = listen({ clean: vi.fn() }, fake as never);
    stop();
    expect(fake.listeners).toHaveLength(0);
  });
});
