import { describe, expect, test, vi } from 'vitest';
import { finishClean, readPage } from '@/utils/clean';
import { finishHandlers, finishInBackground } from '@/utils/extension/clean-request/finish';
import { toWire } from '@/utils/extension/clean-request/page-read-wire';
import type { MessageMap, MessageName } from '@/utils/extension/messages';
import { Parking } from '@/utils/extension/transfer';
import { fixtureOptions, parseFixture, readFixture } from '../../support/fixtures';

const html = readFixture('pipeline--seed-story');
const read = readPage(parseFixture(html), fixtureOptions(html));
const withoutTimings = <T extends { timingsMs: unknown }>(r: T) => ({ ...r, timingsMs: null });

/** The reader's messages delivered to the background's handlers, cloned as a browser would. */
function wire(handlers = finishHandlers()) {
  const sent: MessageName[] = [];
  const send = vi.fn(async <K extends MessageName>(name: K, data: MessageMap[K]['request']) => {
    sent.push(name);
    const handler = handlers[name] as (d: unknown) => unknown;
    return structuredClone(await handler(structuredClone(data))) as MessageMap[K]['response'];
  });
  return { send, sent };
}

describe('the in-page reader has the background finish its clean', () => {
  test('one message there and back on an ordinary page; the result is the whole clean', async () => {
    const { send, sent } = wire();
    const response = await finishInBackground(read, false, send);
    expect(sent).toEqual(['finish']);
    expect(response.ok && withoutTimings(response.result)).toEqual(withoutTimings(finishClean(read)));
  });

  test('a page read and a result too large for one message go in parts both ways', async () => {
    const { send, sent } = wire(finishHandlers(new Parking(), 2_000));
    const response = await finishInBackground(read, false, send, 1_000);
    expect(sent.filter((name) => name === 'stash').length).toBeGreaterThan(5);
    expect(sent.filter((name) => name === 'part').length).toBeGreaterThan(2);
    expect(sent.indexOf('finish')).toBe(sent.lastIndexOf('stash') + 1);
    expect(response.ok && withoutTimings(response.result)).toEqual(withoutTimings(finishClean(read)));
  });

  test('"Clean anyway" reaches the background as force', async () => {
    const { send } = wire();
    await finishInBackground(read, true, send);
    expect(send).toHaveBeenCalledWith('finish', { read: { json: JSON.stringify(toWire(read)) }, force: true });
  });

  test('parts the background no longer holds (it was restarted half-way) are an error, not a half article', async () => {
    const { send } = wire();
    const lossy = vi.fn(async (name: MessageName, data: never) =>
      name === 'stash' ? { ok: true as const } : send(name, data),
    );
    const response = await finishInBackground(read, false, lossy as never, 1_000);
    expect(response).toEqual({
      ok: false,
      code: 'error',
      message: expect.stringMatching(/^Error: Part 1 of \d+ was lost/),
    });
  });

  test('a background that cannot be reached is an error the reader can show', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await finishInBackground(read, false, send as never)).toEqual({
      ok: false,
      code: 'error',
      message: 'Error: Could not establish connection. Receiving end does not exist.',
    });
  });
});
