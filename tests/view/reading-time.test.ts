import { describe, expect, test } from 'vitest';
import { countWords } from '@/utils/clean';
import { CJK_CHARS_PER_MINUTE, WORDS_PER_MINUTE, readingMinutes, readingMinutesOf } from '@/utils/view/reading-time';

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

  test('Chinese and Japanese are timed by characters, other scripts by words', () => {
    const chinese = '经济增长放缓。'.repeat(Math.round((CJK_CHARS_PER_MINUTE * 5) / 6)); // 6 Han characters, 1 mark
    expect(readingMinutesOf([chinese])).toBe(5);
    const japanese = 'ひらがなとカタカナ'.repeat((CJK_CHARS_PER_MINUTE / 9) * 3);
    expect(readingMinutesOf([japanese])).toBe(3);
    // Spaced scripts: words, whatever the script (Russian, Korean).
    expect(readingMinutesOf(['Экономика растёт быстро '.repeat(WORDS_PER_MINUTE)])).toBe(3);
    expect(readingMinutesOf(['경제 성장이 둔화되었다 '.repeat(WORDS_PER_MINUTE)])).toBe(3);
    // Mixed: Latin words in a Chinese story count as words on top of the characters.
    expect(readingMinutesOf(['中'.repeat(CJK_CHARS_PER_MINUTE * 2), 'GDP '.repeat(WORDS_PER_MINUTE * 2)])).toBe(4);
    // Punctuation alone is not read.
    expect(readingMinutesOf(['— '.repeat(WORDS_PER_MINUTE * 3)])).toBe(1);
  });
});
