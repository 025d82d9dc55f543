import { describe, expect, test } from 'vitest';
import { dedupe } from '../../utils/clean/stages/dedupe';
import { resolveOptions } from '../../utils/clean/options';
import { blocksOf } from '../support/blocks';

const options = resolveOptions();
const A =
  'The central bank raised its main interest rate by half a point on Thursday, the largest increase in two decades.';
const B =
  'Officials said the decision was unanimous and that further increases were likely before the end of the year.';
const C =
  'Markets fell sharply after the announcement, with the main index closing down almost three percent in late trading.';
const D =
  'Economists had expected a smaller move, citing signs that inflation was already beginning to ease across the region.';

const removedTexts = (...texts: string[]) =>
  dedupe(blocksOf(...texts), options).removed.map((r) => [r.block.text, r.evidence.kind]);

describe('dedupe removes repeats, keeping the first', () => {
  test.each([
    ['an exact repeat', [A, B, A], [[A, 'exact']]],
    [
      'a repeat with other whitespace and case',
      [A, B, A.toUpperCase().replace(/ /g, '  ')],
      [[A.toUpperCase().replace(/ /g, '  '), 'exact']],
    ],
    ['a repeat with a "Read more" tail', [A, B, `${A} Read more »`], [[`${A} Read more »`, 'exact']]],
    ['a repeat with a "Weiterlesen" tail', [A, B, `${A} Weiterlesen`], [[`${A} Weiterlesen`, 'exact']]],
    ['a repeat with curly quotes and dashes', [`"${A}" - ${B}`, C, `“${A}” — ${B}`], [[`“${A}” — ${B}`, 'exact']]],
    ['a one-word edit', [A, B, A.replace('largest', 'biggest')], [[A.replace('largest', 'biggest'), 'near']]],
    ['a sentence appended', [A, B, `${A} ${D}`], [[`${A} ${D}`, 'near']]],
    ['a teaser before the full paragraph', [`${A.slice(0, 60)}…`, B, A], [[`${A.slice(0, 60)}…`, 'teaser']]],
  ])('%s', (_, texts, expected) => {
    expect(removedTexts(...(texts as string[]))).toEqual(expected);
  });

  test('the whole body printed twice goes as a run, with its short heading', () => {
    const blocks = blocksOf(A, B, ['heading', 'Markets react'], C, D, A, B, ['heading', 'Markets react'], C, D);
    const out = dedupe(blocks, options);
    expect(out.kept.map((b) => b.id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(out.removed.map((r) => r.evidence.kind)).toEqual(['exact', 'exact', 'run', 'exact', 'exact']);
  });

  test('short lines after a repeated run go with it', () => {
    const blocks = blocksOf(
      A,
      B,
      C,
      ['caption', 'Photo: Reuters'],
      'Tickets: 02-751-1500',
      D,
      A,
      B,
      C,
      ['caption', 'Photo: Reuters'],
      'Tickets: 02-751-1500',
    );
    const out = dedupe(blocks, options);
    expect(out.kept.map((b) => b.id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
  });

  test('inside a run the looser threshold holds', () => {
    // Two neighbouring words changed: similar enough for a run (≥ 0.7), not alone (< 0.8).
    const edit = (s: string) =>
      s
        .split(' ')
        .map((w, i) => (i === 5 ? 'altered' : i === 6 ? 'wording' : w))
        .join(' ');
    const blocks = blocksOf(A, B, C, D, edit(A), edit(B), edit(C), edit(D));
    expect(dedupe(blocks, options).kept).toHaveLength(4);
    expect(dedupe(blocksOf(A, B, edit(C)), options).kept).toHaveLength(3);
  });

  test('Chinese text is compared by character shingles', () => {
    const zh = '中国海关总署发布的数据显示，今年一月至七月两国贸易额同比下降百分之八点一，主要原因是汽车进口减少。';
    const out = dedupe(blocksOf(zh, B, zh.replace('主要原因', '主要因素')), options);
    expect(out.removed.map((r) => r.evidence.kind)).toEqual(['near']);
  });
});

describe('dedupe keeps legitimate repeats', () => {
  test.each([
    ['short answers', ['Yes.', A, 'Yes.', B, 'Yes.']],
    ['photo credits', ['Photo: Reuters', A, 'Photo: Reuters', B]],
    [
      'distinct paragraphs on one subject',
      [
        A,
        `${A.replace('raised', 'cut').replace('largest increase', 'first cut').replace('Thursday', 'Friday')} Officials declined to comment on the timing.`,
      ],
    ],
  ])('%s', (_, texts) => {
    expect(dedupe(blocksOf(...(texts as string[])), options).removed).toEqual([]);
  });

  test('code blocks', () => {
    const code = 'const response = await fetch(url);\nconst data = await response.json();\nconsole.log(data);';
    expect(dedupe(blocksOf(['code', code], A, ['code', code]), options).removed).toEqual([]);
  });

  test('a byline block repeating the metadata goes, a sentence naming the author stays', () => {
    const out = dedupe(
      blocksOf('By Jane Smith', A, 'Jane Smith said the figures were worrying and called for an inquiry.'),
      options,
      { title: null, byline: 'Jane Smith' },
    );
    expect(out.removed.map((r) => [r.block.text, r.evidence.kind])).toEqual([['By Jane Smith', 'metadata']]);
  });

  test('turned off, nothing goes', () => {
    expect(dedupe(blocksOf(A, A), resolveOptions({ nearDuplicateThreshold: 1.01 })).removed).toHaveLength(1);
  });
});

describe('dedupe keeps templates', () => {
  test('a block with three or more copies is structure (a schedule, a recipe), not a repeat', () => {
    const step = 'Portion: one green container, one red container, one yellow container and a teaspoon of oil.';
    const blocks = blocksOf(
      ['heading', 'Day 1'],
      step,
      A,
      ['heading', 'Day 2'],
      step,
      B,
      ['heading', 'Day 3'],
      step,
      C,
    );
    expect(dedupe(blocks, options).removed).toEqual([]);
  });
});

describe('dedupe compares like with like', () => {
  const heading = 'Example 4: Bob implements and publishes a new feature in the shared repository';
  test.each([
    ['a heading repeating a table-of-contents entry', blocksOf(['list-item', heading], A, ['heading', heading], B)],
    [
      'paragraphs that differ only in their numbers',
      blocksOf(
        `${A.replace('two decades', '20 years')} Item 11111.`,
        B,
        `${A.replace('two decades', '20 years')} Item 22222.`,
      ),
    ],
    [
      'a caption nearly repeating another caption',
      blocksOf(
        ['caption', 'Photo illustration by Andrew Myers for The Daily Ledger, with files from the archive'],
        A,
        ['caption', 'Photo illustration by Andrew Myers for The Daily Ledger'],
        B,
      ),
    ],
    [
      'two short entries a word apart',
      blocksOf(
        "Anime film based on Yasutaka Tsutsui's 1965 novel of the same name.",
        A,
        "Third film based on Yasutaka Tsutsui's 1965 novel of the same name.",
      ),
    ],
    ['a list item inside a longer list item', blocksOf(['list-item', `${A} ${B}`], ['list-item', A])],
  ])('%s stays', (_, blocks) => {
    expect(dedupe(blocks, options).removed).toEqual([]);
  });

  test('entries of one list never repeat each other (a reference cited twice)', () => {
    const ref = 'Bogue, Mike (2017). Apocalypse Then: American and Japanese Atomic Cinema. McFarland. p. 80.';
    const list = { id: 1, ordered: true, depth: 0 };
    const blocks = blocksOf(
      ['list-item', ref],
      ['list-item', 'Another reference entirely, with its own title and publisher.'],
      ['list-item', ref],
    ).map((b) => ({ ...b, list }));
    expect(dedupe(blocks, options).removed).toEqual([]);
  });
});
