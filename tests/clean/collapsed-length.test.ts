import { describe, expect, test } from 'vitest';
import { collapsedPrefix } from '@/utils/clean/stages/page-signals';
import { collapsedLength } from '@/utils/clean/text/space';

/** What collapsedLength stands for: the length of the text with its white space collapsed and trimmed. */
const slow = (text: string) => text.replace(/\s+/g, ' ').trim().length;

describe('collapsedLength (page signals count text without copying it)', () => {
  // Every code unit `\s` matches, and some near misses (zero-width space, thin space in numbers is \u2009: a space).
  const SPACES = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const OTHERS = 'a9é中\u200b\u200c\u180e\u0085-.\ud83d\ude00';

  test.each([
    '',
    '   ',
    'word',
    '  two  words  ',
    '\n\tlines\r\nand\u00a0no-break\u3000ideographic\ufeff',
    `${SPACES}x${SPACES}y${SPACES}`,
    OTHERS,
  ])('%j', (text) => {
    expect(collapsedLength(text)).toBe(slow(text));
  });

  test('matches the regex version on random mixes of spaces and other characters', () => {
    const alphabet = [...SPACES, ...OTHERS];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(random() * 24);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(collapsedLength(text), JSON.stringify(text)).toBe(slow(text));
    }
  });
});

describe('collapsedPrefix (the page text the price count reads)', () => {
  const slowPrefix = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);
  test('matches the regex version at every cut, on texts around the cut', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = [' ', ' ', '\n', '\u00a0', 'a', 'b', '中'];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * 7)]).join('');
      const max = Math.floor(random() * 30);
      expect(collapsedPrefix(text, max), JSON.stringify([text, max])).toBe(slowPrefix(text, max));
    }
  });
});
