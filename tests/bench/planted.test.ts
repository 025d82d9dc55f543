import { describe, expect, test } from 'vitest';
import {
  LIST_VARIANTS,
  REPEAT_VARIANTS,
  headlineFromTitle,
  paragraphsOf,
  plantAll,
  plantPage,
  storyOf,
  type SourceArticle,
} from '../../bench/planted';
import { hashSeed, mulberry32 } from '../../bench/prng';

const para = (topic: string, n: number) =>
  `${topic} paragraph ${n} tells the story at length, with enough words to count as a real paragraph of the article body here.`;

const articles: SourceArticle[] = ['Harbour', 'Election', 'Vaccine', 'Orchestra'].map((topic, i) => ({
  id: `a${i}`,
  headline: `${topic} headline number ${i} for the planted set`,
  paragraphs: [1, 2, 3, 4, 5, 6].map((n) => para(topic, n)),
}));
const others = (id: string) => articles.filter((a) => a.id !== id).map(storyOf);

describe('planted pages are reproducible', () => {
  test('the same seed gives the same pages', () => {
    expect(plantAll(articles)).toEqual(plantAll(articles));
  });

  test('a different seed changes the pages', () => {
    const a = plantAll(articles, 1).map((p) => p.html);
    const b = plantAll(articles, 2).map((p) => p.html);
    expect(a).not.toEqual(b);
  });

  test('a page does not depend on which other pages are generated', () => {
    const all = plantAll(articles);
    const alone = plantPage(articles[1], others('a1'), all[2].repeat, all[2].list);
    expect(alone).toEqual(all[2]);
  });

  test('the PRNG is stable', () => {
    const random = mulberry32(hashSeed('sift', 1));
    const first = [random(), random(), random()];
    const again = mulberry32(hashSeed('sift', 1));
    expect([again(), again(), again()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('planted pages hold what they claim', () => {
  test.each(REPEAT_VARIANTS.flatMap((r) => LIST_VARIANTS.map((l) => [r, l] as const)))('%s + %s', (repeat, list) => {
    const page = plantPage(articles[0], others('a0'), repeat, list);
    const real = page.blocks.filter((b) => b.role === 'real').map((b) => b.text);
    expect(real).toEqual(articles[0].paragraphs);
    const repeats = page.blocks.filter((b) => b.role === 'repeat');
    const expectedRepeats = { none: 0, exact: 1, edited: 1, teaser: 1, twice: 6 }[repeat];
    expect(repeats).toHaveLength(expectedRepeats);
    const items = page.blocks.filter((b) => b.role === 'item').map((b) => b.text);
    if (list === 'none') expect(items).toHaveLength(0);
    else expect(items.length).toBeGreaterThanOrEqual(1);
    // Items (headlines, and deks on cards) come from other pages only, and each shows in the page.
    const otherTexts = others('a0').flatMap((o) => [o.headline, o.dek]);
    for (const item of items) {
      expect(articles[0].headline).not.toBe(item);
      expect(otherTexts).toContain(item);
      expect(page.html).toContain(item);
    }
    if (repeat === 'teaser') expect(repeats[0].text.endsWith('…')).toBe(true);
    if (repeat === 'edited') expect(real).not.toContain(repeats[0].text);
    expect(page.labelLang === null).toBe(list === 'none' || list === 'unlabelled' || list === 'cards');
  });
});

describe('helpers', () => {
  test.each([
    ['Home Depot sales miss, shares plunge | Fox Business', 'Home Depot sales miss, shares plunge'],
    ['Video Shows Dramatic Rescue of a Girl - NBC 5 Dallas-Fort Worth', 'Video Shows Dramatic Rescue of a Girl'],
    ['Short - Site', 'Short - Site'],
    ['Tom &amp; Jerry&#39;s big day at the seaside', "Tom & Jerry's big day at the seaside"],
  ])('headline of %j', (title, headline) => {
    expect(headlineFromTitle(title)).toBe(headline);
  });

  test('a story card shows the headline and the first sentence', () => {
    expect(
      storyOf({
        id: 'x',
        headline: 'H',
        paragraphs: ['Short.', 'The first long sentence is this one here. And then more.'],
      }),
    ).toEqual({
      headline: 'H',
      dek: 'The first long sentence is this one here.',
    });
  });

  test('paragraphs are the lines, each once', () => {
    expect(paragraphsOf('One.\n\nTwo.\nOne.\n  \nThree  words here.')).toEqual(['One.', 'Two.', 'Three words here.']);
  });
});
