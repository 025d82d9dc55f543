import { describe, expect, test } from 'vitest';
import type { Evidence } from '@/utils/clean';
import { clip, evidenceMessage, fillMessage, pluralMessage } from '@/utils/view';
import { ENGLISH, englishMessage } from '@/utils/view/english';

describe('evidence in words (English, as the CLI and the benchmark print it)', () => {
  test.each<[Evidence, string]>([
    [{ kind: 'exact', of: 'b1', ofText: 'The port said', similarity: 1 }, 'Repeats “The port said” word for word'],
    [{ kind: 'teaser', of: 'b1', ofText: 'The port said', similarity: 0.9 }, 'A teaser of “The port said”'],
    [
      { kind: 'run', of: 'b1', ofText: 'The port said', similarity: 1 },
      'Part of the story printed twice; repeats “The port said”',
    ],
    [{ kind: 'metadata', field: 'title', value: 'Exports rise' } as Evidence, 'Repeats the title “Exports rise”'],
    [{ kind: 'boilerplate', rule: 'share' } as Evidence, 'The site’s own furniture: share buttons'],
    [
      { kind: 'furniture', score: 2.2, features: ['credit', 'after-body', 'in-nav'] } as Evidence,
      'Site furniture, judged by: a photo credit without its photo, after the story, in the site’s navigation',
    ],
  ])('%j', (evidence, expected) => {
    expect(evidenceMessage(evidence, ENGLISH)).toBe(expected);
  });

  test('a long quote is cut to one short line', () => {
    const long = `${'word '.repeat(40)}\nend`;
    const text = evidenceMessage({ kind: 'exact', of: 'b1', ofText: long, similarity: 1 }, ENGLISH);
    expect(text).not.toContain('\n');
    expect(text).toMatch(/…” word for word$/);
  });
});

describe('messages as data', () => {
  const table = {
    hello: { message: 'Hello $NAME$, $$5', placeholders: { name: { content: '$1' } } },
    apple_one: { message: '$N$ apple', placeholders: { n: { content: '$1' } } },
    apple_other: { message: '$N$ apples', placeholders: { n: { content: '$1' } } },
  };
  const lookup = (key: string, subs: string[]) => fillMessage(table, key, subs);

  test('placeholders, "$$" and unknown keys follow Chrome', () => {
    expect(fillMessage(table, 'hello', 'Ana')).toBe('Hello Ana, $5');
    expect(fillMessage(table, 'missing')).toBe('');
  });

  test.each([
    [1, 'en', '1 apple'],
    [2, 'en', '2 apples'],
    [0, 'en', '0 apples'],
    [3, 'ru', '3 apples'],
  ])('%s in %s → %s (a missing category falls back to _other)', (count, locale, expected) => {
    expect(pluralMessage(lookup, 'apple', count, locale)).toBe(expected);
  });

  test('the English translator reads the shipped messages and shows a missing key as itself', () => {
    expect(englishMessage('removedNothing')).toBe('Nothing was removed');
    expect(ENGLISH.message('noSuchKey')).toBe('noSuchKey');
    expect(ENGLISH.plural('removedRelated', 1)).toBe('1 unrelated item');
  });

  test('clip keeps short text and flattens white space', () => {
    expect(clip('  a \n b  ', 10)).toBe('a b');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
  });
});
