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
      theme: ['system', 'light', 'dark'],
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
