import { describe, expect, test } from 'vitest';
import { publishedDate } from '@/utils/view';

describe('the publication date on paper', () => {
  test("a moment is written as the reader's language writes a date, in the given time zone", () => {
    expect(publishedDate('2026-03-04T07:15:00Z', 'en-US', 'UTC')).toBe('March 4, 2026');
    expect(publishedDate('2026-03-04T07:15:00Z', 'de', 'UTC')).toBe('4. März 2026');
    // Late on the 3rd in New York is the 4th in UTC: the reader's own zone decides the day.
    expect(publishedDate('2026-03-04T02:00:00Z', 'en-US', 'America/New_York')).toBe('March 3, 2026');
  });

  test('a bare calendar date stays that day in every time zone', () => {
    expect(publishedDate('2026-03-04', 'en-US', 'America/Los_Angeles')).toBe('March 4, 2026');
  });

  test('no date, or text that is not one, is left out', () => {
    expect(publishedDate(null, 'en')).toBeNull();
    expect(publishedDate('', 'en')).toBeNull();
    expect(publishedDate('last Tuesday', 'en')).toBeNull();
  });

  test('a language tag the runtime refuses falls back to English', () => {
    expect(publishedDate('2026-03-04', 'not a tag!!', 'UTC')).toBe('March 4, 2026');
  });
});
