import { describe, expect, test } from 'vitest';
import { clean, finishClean, readPage, STAGES } from '../../utils/clean/index';
import { hasText } from '../../utils/clean/stages/extract';
import { fixtureNames, fixtureOptions, parseFixture, readFixture } from '../support/fixtures';

const withoutTimings = <T extends { timingsMs: unknown }>(r: T) => ({ ...r, timingsMs: null });

describe('the pipeline split at the DOM boundary (readPage → PageRead → finishClean)', () => {
  test('the DOM stages come first, then only text stages: one boundary', () => {
    const firstText = STAGES.findIndex((s) => !s.dom);
    expect(firstText).toBeGreaterThan(0);
    expect(STAGES.slice(firstText).every((s) => !s.dom)).toBe(true);
    expect(STAGES.filter((s) => s.dom).map((s) => s.name)).toEqual(['extract', 'segment', 'recover']);
  });

  test.each(fixtureNames())('%s: finishClean of a structured clone of readPage equals clean', (name) => {
    const html = readFixture(name);
    const options = fixtureOptions(html);
    let whole: ReturnType<typeof clean> | Error;
    try {
      whole = clean(parseFixture(html), options);
    } catch (error) {
      whole = error as Error;
    }
    if (whole instanceof Error) {
      // A page without an article is refused by the DOM half, before anything crosses.
      expect(() => readPage(parseFixture(html), options)).toThrow(whole.message);
      return;
    }
    const read = readPage(parseFixture(html), options);
    // What a content script sends: a clone must lose nothing (no DOM nodes, no functions, no classes).
    const sent = structuredClone(read);
    expect(sent).toEqual(read);
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
    expect(withoutTimings(finishClean(sent, options))).toEqual(withoutTimings(whole));
  });

  test('timings: the DOM stages from the PageRead, the text stages from finishClean, total covers both', () => {
    const html = readFixture('pipeline--seed-story');
    const read = readPage(parseFixture(html), fixtureOptions(html));
    expect(Object.keys(read.timingsMs)).toEqual(['extract', 'segment', 'recover']);
    const result = finishClean(read, fixtureOptions(html));
    expect(Object.keys(result.timingsMs)).toEqual([...STAGES.map((s) => s.name), 'total']);
    expect(result.timingsMs.extract).toBe(read.timingsMs.extract);
    expect(result.timingsMs.total).toBeGreaterThanOrEqual(read.timingsMs.extract + read.timingsMs.segment);
  });
});

describe('the article-length check reads only as far as it needs', () => {
  const el = (html: string) => parseFixture(`<html><body><div>${html}</div></body></html>`).querySelector('div')!;
  test.each<[string, number, boolean]>([
    ['  a  \n b ', 3, true],
    ['  a  \n b ', 4, false],
    ['<p> a</p><p>b </p>', 2, true],
    ['<p> a</p><p>b </p>', 3, false],
    ['<p>ab</p><p>c</p>', 3, true],
    ['   \n\t ', 0, false],
    ['x', 0, true],
    ['<p>\u00a0</p>', 0, false],
  ])('%j has %i characters: %s', (html, min, expected) => {
    const node = el(html);
    expect(hasText(node, min)).toBe(expected);
    const length = node.textContent!.replace(/\s+/g, ' ').trim().length;
    expect(length > 0 && length >= min).toBe(expected);
  });
});
