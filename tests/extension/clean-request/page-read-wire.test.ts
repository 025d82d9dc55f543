import { describe, expect, test } from 'vitest';
import { readPage, SiftError, type PageRead } from '@/utils/clean';
import { fromWire, toWire } from '@/utils/extension/clean-request/page-read-wire';
import { fixtureNames, fixtureOptions, parseFixture, readFixture } from '../../support/fixtures';

function readFixturePage(name: string): PageRead | null {
  const html = readFixture(name);
  try {
    return readPage(parseFixture(html), fixtureOptions(html));
  } catch (error) {
    if (error instanceof SiftError) return null;
    throw error;
  }
}

describe('a PageRead on the wire (what the page sends the extension)', () => {
  test('every fixture page crosses unchanged, keys in the same order, and the wire is smaller', () => {
    let pages = 0;
    for (const name of fixtureNames()) {
      const read = readFixturePage(name);
      if (!read) continue;
      pages++;
      const wire = JSON.stringify(toWire(read));
      const back = fromWire(JSON.parse(wire));
      // Byte for byte: the same values and the same key order as segment made them.
      expect(JSON.stringify(back), name).toBe(JSON.stringify(read));
      if (read.blocks.length) expect(wire.length, name).toBeLessThan(JSON.stringify(read).length);
    }
    expect(pages).toBeGreaterThan(50);
  });

  test('a block that is not what the receiver would rebuild keeps its own text, id and figures', () => {
    const read = readFixturePage('pipeline--seed-story')!;
    const [first, second, third] = read.blocks;
    const odd: PageRead = {
      ...read,
      blocks: [
        { ...first, text: `${first.text} (changed)` },
        { ...second, id: 'custom' },
        { ...third, figures: [{ kind: 'percent', start: 0, end: 1, text: 'x', value: 1 }] as never },
      ],
    };
    expect(fromWire(JSON.parse(JSON.stringify(toWire(odd))))).toEqual(odd);
  });

  test('a PageRead sent whole (not through toWire) is read as it is', () => {
    const read = readFixturePage('pipeline--seed-story')!;
    expect(JSON.stringify(fromWire(JSON.parse(JSON.stringify(read))))).toBe(JSON.stringify(read));
  });
});
