import { describe, expect, test } from 'vitest';
import { textWeight } from '../../utils/clean/text/tokens';
import { countTokens } from '../../utils/clean/text/weight';
import { mulberry32 } from '../../bench/prng';

/** Characters of many scripts and classes: letters, marks, digits, Han radicals, kana marks, emoji, surrogates. */
const ALPHABET = [
  ...'abcXYZ019 \t\n.,;-—’“”',
  ...'éüñçœßÆ',
  ...'абвгдЁ',
  ...'αβγ',
  ...'אבג',
  ...'عربي',
  ...'हिन्दी',
  ...'漢字中文日本語',
  ...'ひらがなカタカナーゝゞ々〆〇',
  ...'⺀⺁⿰',
  ...'한국어',
  '\u0301',
  '\u3099',
  '\u309b',
  '\u30fb',
  '𠀀',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  '\u00a0',
  '\u2003',
  '\ufeff',
];

describe('countTokens counts what textWeight counts, without the list', () => {
  test.each([
    '',
    'one two  three',
    'abc漢字 漢字abc',
    '⺀abc⺀',
    'ka\u0301fe',
    '日本語のテキスト、and English 2024.',
    '😀😀 a😀b',
    '\ud800abc\udc00',
    'Кириллица и латиница mixed',
  ])('%j', (text) => {
    expect(countTokens(text)).toBe(textWeight(text));
  });

  test('every character of the Basic Multilingual Plane, alone and between letters', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `漢${c}`]) if (countTokens(text) !== textWeight(text)) expect(code).toBe(-1);
    }
  });

  test('on 2,000 random strings of many scripts', () => {
    const next = mulberry32(13);
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(next() * 40);
      const text = Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
      expect(countTokens(text), JSON.stringify(text)).toBe(textWeight(text));
    }
  });
});
