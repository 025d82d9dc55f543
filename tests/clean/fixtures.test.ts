import { describe, expect, test } from 'vitest';
import { baseline, cleanFixture, fixtureNames, snapshotOf } from '../support/fixtures';

// Every page in tests/fixtures is cleaned and compared with its reviewed baseline in
// tests/expected. Baselines change only on purpose: UPDATE_FIXTURES=1 npx vitest run fixtures.
const names = fixtureNames();

test('there are fixtures for every stage', () => {
  const stages = new Set(names.map((n) => n.split('--')[0]));
  for (const stage of ['pipeline', 'extract', 'segment', 'recover', 'dedupe', 'related', 'figures'])
    expect(stages).toContain(stage);
});

describe.each(names)('%s', (name) => {
  test('matches its baseline', () => {
    const actual = snapshotOf(cleanFixture(name));
    expect(actual).toEqual(baseline(name, actual));
  });
});
