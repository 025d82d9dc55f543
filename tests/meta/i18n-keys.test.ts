import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from '../support/i18n';

/** Every UI string goes through t()/tp(); this checks each literal key used exists in the English messages. */
const ROOT = resolve(__dirname, '../..');
const KEY_CALL = /\bt\(\s*'([A-Za-z0-9_]+)'/g;
const PLURAL_CALL = /\btp\(\s*'([A-Za-z0-9_]+)'/g;
const TEMPLATE_KEYS = /\bt\(\s*`([A-Za-z0-9_]+)_\$\{/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = ['entrypoints', 'components', 'hooks', 'utils']
  .flatMap((dir) => files(join(ROOT, dir)))
  .map((path) => readFileSync(path, 'utf8'));
const used = new Set(sources.flatMap((text) => [...text.matchAll(KEY_CALL)].map((m) => m[1])));
const plurals = new Set(sources.flatMap((text) => [...text.matchAll(PLURAL_CALL)].map((m) => m[1])));
const prefixes = new Set(sources.flatMap((text) => [...text.matchAll(TEMPLATE_KEYS)].map((m) => m[1])));

/** The string literals of a union-typed field in the result types, e.g. the boilerplate rules. */
/** The string literals of a field's union, or of a named union type, in the result types. */
function unionOf(field: string): string[] {
  const types = readFileSync(join(ROOT, 'utils/clean/types.ts'), 'utf8');
  const declaration = /^[A-Z]/.test(field) ? `type ${field} =` : `${field}:`;
  const union = new RegExp(`\\b${declaration}((?:\\s*\\|?\\s*'[a-z-]+')+)\\s*;`).exec(types)?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
}

describe('i18n messages', () => {
  test('the code uses messages', () => {
    expect(used.size).toBeGreaterThan(30);
  });

  test.each([...used].sort())('"%s" exists', (key) => {
    expect(MESSAGES[key]).toBeDefined();
  });

  test.each([...plurals].sort())('plural "%s" has _one and _other', (base) => {
    expect(MESSAGES[`${base}_one`]).toBeDefined();
    expect(MESSAGES[`${base}_other`]).toBeDefined();
  });

  test.each([...prefixes].sort())('keys built as "%s_…" exist for every value', (prefix) => {
    const values: Record<string, string[]> = {
      kind: ['money', 'percent', 'date', 'quantity'],
      theme: ['system', 'light', 'sepia', 'dark', 'contrast'],
      typeface: ['serif', 'sans', 'legible'],
      format: ['text', 'markdown'],
      boilerplate: unionOf('BoilerplateRule'),
    };
    expect(values[prefix], `add the values of ${prefix}_… to this test`).toBeDefined();
    expect(values[prefix].length).toBeGreaterThan(1);
    for (const value of values[prefix]) expect(MESSAGES[`${prefix}_${value}`]).toBeDefined();
  });

  test.each(Object.entries(MESSAGES))('"%s" declares every $PLACEHOLDER$ it uses', (_, entry) => {
    const named = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase());
    for (const name of named) expect(entry.placeholders?.[name], name).toBeDefined();
  });
});

/** The UI languages Sift ships (issue 11), as Chrome names their folders. */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'zh_CN', 'ja'];
/** Messages that are the same word in English and the language, or names that are never translated. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  '*': ['extName', 'siteInputPlaceholder', 'format_markdown', 'pixels'],
  // "Pause" is the German and the French word too.
  de: ['theme_sepia', 'readAloudPause'],
  es: ['theme_sepia'],
  fr: ['kind_date', 'siteInputLabel', 'readAloudPause'],
  pt: ['siteInputLabel'],
};
const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;
const LOCALES_DIR = join(ROOT, 'public/_locales');

function readLocale(code: string): Record<string, { message: string; placeholders?: Record<string, unknown> }> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, code, 'messages.json'), 'utf8'));
}

function placeholdersIn(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()).sort();
}

describe('UI locales', () => {
  const pluralBases = Object.keys(MESSAGES)
    .filter((key) => key.endsWith('_other'))
    .map((key) => key.slice(0, -'_other'.length));
  const isPlural = (key: string) => PLURAL_FORM.test(key) && pluralBases.includes(key.replace(PLURAL_FORM, ''));
  const singleKeys = Object.keys(MESSAGES)
    .filter((key) => !isPlural(key))
    .sort();

  test('exactly the shipped languages have a folder', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES)('%s', (code) => {
    const messages = readLocale(code);
    const categories = new Intl.PluralRules(code.replace('_', '-')).resolvedOptions().pluralCategories;

    test('has every message English has, and no other', () => {
      expect(
        Object.keys(messages)
          .filter((key) => !isPlural(key))
          .sort(),
      ).toEqual(singleKeys);
    });

    test("has each plural message in exactly its language's CLDR forms", () => {
      const expected = pluralBases.flatMap((base) => categories.map((category) => `${base}_${category}`)).sort();
      expect(Object.keys(messages).filter(isPlural).sort()).toEqual(expected);
    });

    test('names its own language, whose plural rules pick the forms', () => {
      expect(messages.messagesLocale.message).toBe(code.replace('_', '-'));
    });

    test('uses the same placeholders as English, and declares them', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const english = MESSAGES[isPlural(key) ? key.replace(PLURAL_FORM, '_other') : key];
        expect(placeholdersIn(entry.message), key).toEqual(placeholdersIn(english.message));
        for (const name of placeholdersIn(entry.message))
          expect(entry.placeholders?.[name], `${key}: ${name}`).toBeDefined();
      }
    });

    test.skipIf(code === 'en')('is translated: no message left in English', () => {
      const allowed = [...SAME_AS_ENGLISH['*'], ...(SAME_AS_ENGLISH[code] ?? [])];
      const untranslated = Object.keys(messages).filter(
        (key) => !allowed.includes(key) && key !== 'messagesLocale' && MESSAGES[key]?.message === messages[key].message,
      );
      expect(untranslated).toEqual([]);
    });
  });
});
