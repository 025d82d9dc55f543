import { afterEach, describe, expect, test, vi } from 'vitest';
import { cut, pack, Parking, receive } from '@/utils/extension/transfer';

describe('moving large values between contexts', () => {
  afterEach(() => vi.useRealTimers());

  test('cut keeps every surrogate pair whole and loses nothing', () => {
    const text = 'a😀b😀😀c'.repeat(50);
    for (const size of [1, 2, 3, 7]) {
      const parts = cut(text, size);
      expect(parts.join('')).toBe(text);
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(size);
        expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(part) && size > 1).toBe(false);
      }
    }
  });

  test('a value crosses as its JSON text: whole when it fits one message, else in parts', () => {
    expect(pack({ a: 1 }, 100)).toEqual({ json: '{"a":1}' });
    const big = { text: 'z'.repeat(1_000) };
    const packed = pack(big, 100);
    expect('parts' in packed && packed.parts.length).toBeGreaterThanOrEqual(10);
    expect('parts' in packed && JSON.parse(packed.parts.join(''))).toEqual(big);
  });

  test('parked parts are taken once each, then forgotten; the receiver gets the value back', async () => {
    const parking = new Parking();
    const big = { text: 'w😀'.repeat(400), list: [1, 2, 3] };
    const sent = parking.park(big, 100);
    expect(sent).toMatchObject({ parked: expect.any(String), parts: expect.any(Number) });
    expect(await receive(sent, (id, index) => parking.take(id, index))).toEqual(big);
    expect(await receive(parking.park(big), () => null)).toEqual(big);
    if ('parked' in sent) expect(parking.take(sent.parked, 0)).toBeNull();
  });

  test('parts nobody comes for are dropped after a minute', () => {
    vi.useFakeTimers();
    const parking = new Parking();
    const sent = parking.park({ text: 'q'.repeat(500) }, 100);
    if (!('parked' in sent)) throw new Error('expected parts');
    vi.advanceTimersByTime(61_000);
    expect(parking.take(sent.parked, 0)).toBeNull();
  });
});
