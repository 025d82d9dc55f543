import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { clean, isSiftError } from '../../utils/clean/index';
import { flattenDeepNesting, MAX_NESTING, measurePage } from '../../utils/clean/dom/budget';

const STORY = [
  'The ferry company said on Monday that the night crossing will run again from the first week of May, after a winter in which the older of its two boats was rebuilt in the yard across the bay.',
  'Passengers had complained for months about the morning queues, and the council had asked the company twice to publish a timetable it could keep through the summer season.',
  'The new timetable adds a late sailing on Fridays and drops the early one on Sundays, which the company says carried fewer than a dozen people on most weeks of the last year.',
];

function deepPage(depth: number, wrapper = 'div'): Document {
  const body = STORY.map((p) => `<p>${p}</p>`).join('');
  const html = `<html><head><title>Ferry returns</title></head><body>${`<${wrapper}>`.repeat(depth)}${body}${`</${wrapper}>`.repeat(depth)}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('the nesting bound', () => {
  test('a 5,000-deep page is read, its story whole, in a few seconds (Readability alone runs for minutes)', () => {
    const started = performance.now();
    const result = clean(deepPage(5000), { url: 'https://ferry.example/news', figures: false });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.blocks.map((b) => b.text)).toEqual(STORY);
  });

  test('flattening keeps every word in order and leaves the page no deeper than the bound allows', () => {
    const doc = deepPage(600, 'b');
    const before = doc.documentElement.textContent;
    const unwrapped = flattenDeepNesting(doc.documentElement);
    expect(unwrapped).toBeGreaterThan(400);
    expect(doc.documentElement.textContent).toBe(before);
    expect(measurePage(doc.documentElement, 0).depth).toBeLessThanOrEqual(MAX_NESTING + 17);
  });

  test('a page within the bound is left as it is', () => {
    const doc = deepPage(MAX_NESTING - 10);
    expect(flattenDeepNesting(doc.documentElement)).toBe(0);
  });

  test("the caller's page is never flattened", () => {
    const doc = deepPage(300);
    const depth = measurePage(doc.documentElement, 0).depth;
    clean(doc, { figures: false });
    expect(measurePage(doc.documentElement, 0).depth).toBe(depth);
  });
});

describe('the element budget', () => {
  test("a page over it is refused with 'too-large' before Readability runs", () => {
    let error: unknown;
    try {
      clean(deepPage(50), { maxElemsToParse: 40 });
    } catch (e) {
      error = e;
    }
    expect(isSiftError(error) && error.code).toBe('too-large');
    expect((error as Error).message).toMatch(/more than 40 elements/);
  });

  test('a page within it is read', () => {
    expect(clean(deepPage(50), { maxElemsToParse: 1000, figures: false }).blocks).toHaveLength(3);
  });
});

describe('mayChangeDocument', () => {
  test('gives the same result as reading a copy', () => {
    const copy = clean(deepPage(20), { url: 'https://ferry.example/a' });
    const own = clean(deepPage(20), { url: 'https://ferry.example/a', mayChangeDocument: true });
    expect({ ...own, timingsMs: null }).toEqual({ ...copy, timingsMs: null });
  });
});
