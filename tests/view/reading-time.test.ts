import { describe, expect, test } from 'vitest';
import { countWords } from '@/utils/clean';
import { WORDS_PER_MINUTE, readingMinutes } from '@/utils/view/reading-time';

describe('reading time', () => {
  test.each([
    [0, 1],
    [1, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE * 1.5, 2],
    [WORDS_PER_MINUTE * 10, 10],
    [2300, 10],
  ])('%s words → %s min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  test.each([
    ['', 0],
    ['  one  ', 1],
    ['Exports rose 8.1% in July.', 5],
    ['line one\nline two', 4],
  ])('%j has %s words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
