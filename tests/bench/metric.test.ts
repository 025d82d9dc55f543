import { describe, expect, test } from 'vitest';
import { aggregate, pageCounts, pagePrecision, pageRecall, shingles, tokenize, tokensEqual } from '../../bench/metric';

describe('tokenize matches Python re \\w+', () => {
  test.each([
    ['Hello, world_x 42 café!', ['Hello', 'world_x', '42', 'café']],
    ['naïve ½ ²', ['naïve', '½', '²']],
    // Python's \w has no combining marks: Devanagari splits at vowel signs and viramas.
    ['हिन्दी', ['ह', 'न', 'द']],
    ['日本語のテキスト', ['日本語のテキスト']],
    ['', []],
    ['— … !?', []],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('shingles', () => {
  test.each([
    [['a', 'b', 'c', 'd', 'e'], { 'a b c d': 1, 'b c d e': 1 }],
    [['a', 'b'], { 'a b': 1 }],
    [[], {}],
    [['x', 'y', 'z', 'w', 'x', 'y', 'z', 'w'], { 'x y z w': 2, 'y z w x': 1, 'z w x y': 1, 'w x y z': 1 }],
  ])('%j', (tokens, expected) => {
    expect(Object.fromEntries(shingles(tokens))).toEqual(expected);
  });
});

describe('per-page counts', () => {
  test.each([
    // truth {abcd, bcde}, prediction {abcd}: one found, one missed
    ['a b c d e', 'a b c d', { tp: 0.5, fp: 0, fn: 0.5 }, 1, 0.5],
    // the body printed twice: 1 matching shingle, 4 extra
    ['a b c d', 'a b c d a b c d', { tp: 0.2, fp: 0.8, fn: 0 }, 0.2, 1],
    ['a b c d', 'a. b, c; d!', { tp: 1, fp: 0, fn: 0 }, 1, 1],
    ['a b c d', 'w x y z', { tp: 0, fp: 0.5, fn: 0.5 }, 0, 0],
  ])('%j vs %j', (truth, prediction, counts, precision, recall) => {
    const got = pageCounts(truth, prediction);
    expect(got.tp).toBeCloseTo(counts.tp, 12);
    expect(got.fp).toBeCloseTo(counts.fp, 12);
    expect(got.fn).toBeCloseTo(counts.fn, 12);
    expect(pagePrecision(got)).toBeCloseTo(precision, 12);
    expect(pageRecall(got)).toBeCloseTo(recall, 12);
  });

  test('both empty counts as nothing to score', () => {
    expect(pageCounts('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('aggregate', () => {
  test('means over pages, skipping empty predictions for precision, F1 of the means', () => {
    const pages = [
      { counts: pageCounts('a b c d e', 'a b c d'), exact: false }, // P 1, R 0.5
      { counts: pageCounts('a b c d', 'a b c d a b c d'), exact: false }, // P 0.2, R 1
      { counts: pageCounts('a b c d', ''), exact: false }, // P skipped, R 0
      { counts: pageCounts('a b c d', 'a b c d'), exact: true }, // P 1, R 1
    ];
    const scores = aggregate(pages);
    expect(scores.precision).toBeCloseTo((1 + 0.2 + 1) / 3, 12);
    expect(scores.recall).toBeCloseTo((0.5 + 1 + 0 + 1) / 4, 12);
    const p = 2.2 / 3;
    const r = 2.5 / 4;
    expect(scores.f1).toBeCloseTo((2 * p * r) / (p + r), 12);
    expect(scores.accuracy).toBe(0.25);
    expect(scores.pages).toBe(4);
  });
});

describe('accuracy compares token lists', () => {
  test.each([
    ['Hello world', 'Hello\n\nworld.', true],
    ['Hello, world!', 'hello world', false],
    ['a b', 'a b b', false],
  ])('%j vs %j', (truth, prediction, equal) => {
    expect(tokensEqual(truth, prediction)).toBe(equal);
  });
});
