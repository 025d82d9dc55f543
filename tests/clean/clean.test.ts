import { describe, expect, test } from 'vitest';
import { clean, isSiftError, STAGES } from '../../utils/clean/index';
import { cleanFixture, fixtureOptions, parseFixture, readFixture } from '../support/fixtures';

const SEED = 'pipeline--seed-story';
const STORY_HEADING = 'Kim at Chinese parade';
const HEADLINES = [
  'DPL 2025: New Delhi Tigers End Campaign With Thrilling Last-ball Win Over North Delhi Strikers',
  'Trent Alexander-Arnold faces Liverpool boos as Arne Slot speaks out on Champions League dr',
  'BREAKING: Alejandro Garnacho to Chelsea transfer update emerges as major Man Utd decision made',
  'Time to take Indo-Japan ties to next level',
  'Five Hollywood Stars Who Defied Body Shaming',
];

describe('the seed story (body printed twice, then "You may also like")', () => {
  const result = cleanFixture(SEED);

  test('keeps the story once: 7 paragraphs and the heading, in order', () => {
    expect(result.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(result.blocks[0].text).toMatch(/^MOSCOW: Russia-China trade/);
    expect(result.blocks[6].text).toBe(STORY_HEADING);
    expect(result.blocks[7].text).toMatch(/^North Korean leader Kim Jong Un/);
    expect(new Set(result.blocks.map((b) => b.text)).size).toBe(result.blocks.length);
  });

  test('drops every unrelated headline and the label, each with its evidence', () => {
    const text = result.blocks.map((b) => b.text).join('\n');
    for (const headline of HEADLINES) expect(text).not.toContain(headline);
    expect(text).not.toContain('You may also like');
    const related = result.removed.filter((r) => r.reason === 'related');
    expect(related.map((r) => r.block.text)).toEqual(['You may also like', ...HEADLINES]);
    for (const r of related)
      expect(r.evidence).toMatchObject({ kind: 'label', label: 'You may also like', lang: 'en' });
  });

  test('records the second copy as duplicates of the first', () => {
    const duplicates = result.removed.filter((r) => r.reason === 'duplicate' && r.evidence.kind !== 'metadata');
    expect(duplicates).toHaveLength(7);
  });

  test.each([
    ['$245 billion', 'money'],
    ['8.1%', 'percent'],
    ['2024', 'date'],
    ['February 2022', 'date'],
    ['January to July 2025', 'date'],
    ['more than 20', 'quantity'],
    ['six years', 'quantity'],
  ])('marks %s as %s', (text, kind) => {
    const figures = result.blocks.flatMap((b) => b.figures);
    expect(figures).toContainEqual(expect.objectContaining({ text, kind }));
  });

  test('figure offsets point into the block text', () => {
    for (const block of result.blocks)
      for (const f of block.figures) expect(block.text.slice(f.start, f.end)).toBe(f.text);
  });

  test('ranks money and percentages first among the key figures', () => {
    expect(result.keyFigures.slice(0, 2).map((k) => k.text)).toEqual(['$245 billion', '8.1%']);
    expect(result.keyFigures.length).toBeLessThanOrEqual(8);
  });

  test('reads the metadata', () => {
    expect(result).toMatchObject({
      title: 'Russia-China trade slides as Putin prepares for Xi summit',
      siteName: 'World News Daily',
      lang: 'en',
      publishedTime: '2025-08-28T09:30:00Z',
      url: 'https://news.example.com/world/russia-china-trade-falls',
      readerable: true,
    });
  });
});

describe('clean()', () => {
  test('leaves the input document unchanged', () => {
    const html = readFixture(SEED);
    const doc = parseFixture(html);
    const before = doc.documentElement.outerHTML;
    clean(doc, fixtureOptions(html));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('is deterministic', () => {
    const strip = (r: ReturnType<typeof cleanFixture>) => ({ ...r, timingsMs: null });
    expect(strip(cleanFixture(SEED))).toEqual(strip(cleanFixture(SEED)));
  });

  test('times every stage', () => {
    const { timingsMs } = cleanFixture(SEED);
    for (const stage of STAGES) expect(timingsMs[stage.name]).toBeGreaterThanOrEqual(0);
    expect(timingsMs.total).toBeGreaterThan(0);
  });

  test.each([
    [
      'dedupe',
      { dedupe: false },
      (r: ReturnType<typeof cleanFixture>) => r.removed.some((x) => x.reason === 'duplicate'),
    ],
    [
      'related',
      { related: false },
      (r: ReturnType<typeof cleanFixture>) => r.removed.some((x) => x.reason === 'related'),
    ],
    ['figures', { figures: false }, (r: ReturnType<typeof cleanFixture>) => r.blocks.some((b) => b.figures.length > 0)],
  ])('turning %s off turns it off', (_, options, happened) => {
    const html = readFixture(SEED);
    const on = clean(parseFixture(html), fixtureOptions(html));
    const off = clean(parseFixture(html), { ...fixtureOptions(html), ...options });
    expect(happened(on)).toBe(true);
    expect(happened(off)).toBe(false);
  });

  test.each([
    ['an empty page', '<html><body></body></html>', 'empty-page'],
    ['a page of whitespace', '<html><body>   \n  </body></html>', 'empty-page'],
    ['a page with no article', '<html><body><nav><a href="/">Home</a></nav></body></html>', 'no-article'],
  ])('%s is a SiftError', (_, html, code) => {
    let error: unknown;
    try {
      clean(parseFixture(html));
    } catch (e) {
      error = e;
    }
    expect(isSiftError(error) && error.code).toBe(code);
  });
});
