import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { type Block, clean, DEFAULT_OPTIONS, finishClean, isSiftError, readPage } from '../../utils/clean/index.ts';
import { addedRefusal, measureAdded } from '../../utils/clean/stages/recover-gate.ts';
import { numberedRun } from '../../utils/clean/stages/recover.ts';
import { cleanFixture, fixtureOptions, parseFixture, readFixture } from '../support/fixtures';

// The recover stage (stages/recover.ts): its fixtures and counter-cases are tests/fixtures/recover--*;
// these check the parts a fixture does not show on its own.

const page = (body: string) =>
  parseHTML(`<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`)
    .document as unknown as Document;

const sentence = (i: number) =>
  `Paragraph ${i} of the story goes on for a while about the harbour, the boats and the people who work on them every day of the year.`;

describe('numberedRun (item headings numbered in sequence)', () => {
  const h = (unit: number, head: string, tag = 'H2') => ({ unit, tag, head });

  test('a run of three or more, counting up or down, in any of the usual forms', () => {
    expect(numberedRun([h(1, '1. Alder'), h(2, '2) Birch'), h(3, '#3 Cedar')])).toEqual([1, 2, 3]);
    expect(numberedRun([h(1, '10 - Alder'), h(2, '9 - Birch'), h(3, '8 - Cedar'), h(4, '7 - Elm')])).toEqual([
      1, 2, 3, 4,
    ]);
  });

  test('no run: two items, a gap, mixed levels, a year', () => {
    expect(numberedRun([h(1, '1. Alder'), h(2, '2. Birch')])).toEqual([]);
    expect(numberedRun([h(1, '1. Alder'), h(2, '3. Birch'), h(3, '5. Cedar')])).toEqual([]);
    expect(numberedRun([h(1, '1. Alder'), h(2, '2. Birch', 'H3'), h(3, '3. Cedar')])).toEqual([]);
    expect(numberedRun([h(1, '2023 in review'), h(2, '2024 in review'), h(3, '2025 in review')])).toEqual([]);
  });

  test('the longest run wins', () => {
    const heads = [
      h(1, '1. A'),
      h(2, '2. B'),
      h(3, '3. C'),
      h(4, 'Notes'),
      h(5, '1. D'),
      h(6, '2. E'),
      h(7, '3. F'),
      h(8, '4. G'),
    ];
    expect(numberedRun(heads)).toEqual([5, 6, 7, 8]);
  });
});

describe('recover', () => {
  test('recover: false leaves Readability its pick (one item of the listicle)', () => {
    const html = readFixture('recover--listicle-sibling-items');
    const off = clean(parseFixture(html), { ...fixtureOptions(html), recover: false });
    expect(off.recovery).toBeNull();
    expect(off.blocks).toHaveLength(4);
    expect(cleanFixture('recover--listicle-sibling-items').blocks.length).toBeGreaterThan(off.blocks.length);
  });

  test('what the wider container added is named, and the text stages still judge it (the title heading is removed)', () => {
    const result = cleanFixture('recover--listicle-sibling-items');
    expect(result.recovery?.outcome).toBe('widened');
    expect(result.recovery?.added.length).toBeGreaterThan(0);
    expect(result.removed.map((r) => r.evidence.kind)).toContain('metadata');
    expect(result.blocks.some((b) => b.text.includes('Valley Walks is written by volunteers'))).toBe(false);
  });

  test('comments hold most of the prose: not the article, so neither widened nor flagged', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const comments = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="comment"><p>${sentence(100 + i)} I have lived here all my life and remember it well.</p></div>`,
    ).join('');
    const result = clean(page(`<main><article>${story}</article><section id="comments">${comments}</section></main>`));
    expect(result.recovery).toBeNull();
    expect(result.mayBeIncomplete).toBe(false);
    expect(result.blocks).toHaveLength(4);
  });

  test('a page whose only text is a short hidden notice still has no article', () => {
    const doc = page(
      '<nav><a href="/">Home</a></nav><div hidden><p>Sign up for the weekly letter from the harbour.</p></div>',
    );
    try {
      clean(doc);
      expect.unreachable('clean() should refuse the page');
    } catch (error) {
      expect(isSiftError(error) && error.code).toBe('no-article');
    }
  });

  test('the flag and the whole text cross the page/extension boundary (readPage then finishClean)', () => {
    const html = readFixture('recover--incomplete-link-heavy');
    const read = structuredClone(readPage(parseFixture(html), fixtureOptions(html)));
    const result = finishClean(read, fixtureOptions(html));
    expect(result.mayBeIncomplete).toBe(true);
    expect(result.recovery).toMatchObject({ outcome: 'incomplete', refused: 'link-dense' });
    expect(result.wholeText?.length).toBeGreaterThan(result.blocks.length);
    expect(result.timingsMs.recover).toBeGreaterThanOrEqual(0);
  });

  test('an ordinary article is left alone: no recovery, no flag, no whole text', () => {
    const result = cleanFixture('recover--sidebar-cards-not-widened');
    expect(result).toMatchObject({ recovery: null, mayBeIncomplete: false, wholeText: null });
  });
});

describe('what a wider container adds (stages/recover-gate.ts)', () => {
  const block = (text: string, kind: Block['kind'] = 'paragraph', href?: string): Block => ({
    id: 'b',
    index: 0,
    kind,
    text,
    runs: [{ text, ...(href ? { href } : {}) }],
    figures: [],
  });
  const harbour = Array.from({ length: 8 }, (_, i) => block(`${sentence(i)} The harbour basin silt dredging ${i}.`));
  const pickWeight = 400;

  test('added blocks that are all links point elsewhere; a few links in running text do not', () => {
    const links = [block('Bridge repairs delayed again until the late autumn', 'paragraph', 'https://x.example/a')];
    expect(addedRefusal(measureAdded(harbour, [...harbour, ...links], 'Harbour'), 100, DEFAULT_OPTIONS)).toBe(
      'link-dense',
    );
    const prose = [block(`${sentence(20)} More about the harbour basin and the boats.`)];
    expect(addedRefusal(measureAdded(harbour, [...harbour, ...prose], 'Harbour'), 100, DEFAULT_OPTIONS)).toBeNull();
  });

  test('added text that is the pick again (a second copy) is no missing text', () => {
    const copy = [block(harbour.map((b) => b.text).join(' '))];
    const added = measureAdded(harbour, [...harbour, ...copy], 'Harbour');
    expect(added.repeats).toBeGreaterThan(0);
    expect(addedRefusal(added, pickWeight, DEFAULT_OPTIONS)).toBe('repeats-pick');
  });

  test('other subjects beside a story of its own are refused; a short pick is not judged on topic', () => {
    const others = [
      block('The town choir sang to a full church on Saturday and raised money to repair the organ bellows.'),
      block('Two sisters have turned the old post office into a bakery with a wood-fired oven in the back room.'),
    ];
    const added = measureAdded(harbour, [...harbour, ...others], 'Dredging begins in the old harbour');
    expect(added.topic).toBeLessThan(DEFAULT_OPTIONS.recoverMinTopic);
    expect(addedRefusal(added, pickWeight, DEFAULT_OPTIONS)).toBe('off-topic');
    expect(addedRefusal(added, DEFAULT_OPTIONS.recoverMinStory - 1, DEFAULT_OPTIONS)).toBeNull();
  });
});
