import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type ArticleReason, decideArticle, type PageSignals, SIGNAL_NAMES } from '@/utils/clean';
import { articleVerdict, articleWhy, fillMessage, type MessageEntry, type Translator } from '@/utils/view';
import { ENGLISH } from '@/utils/view/english';

const LOCALES = resolve(__dirname, '../../public/_locales');

function translatorFor(code: string): Translator {
  const table = JSON.parse(readFileSync(join(LOCALES, code, 'messages.json'), 'utf8')) as Record<string, MessageEntry>;
  return { message: (key, subs) => fillMessage(table, key, subs) || key, plural: (base) => base };
}

const signals = (...list: [keyof PageSignals, number][]): ArticleReason => ({
  kind: 'signals',
  signals: list.map(([name, value]) => ({ name, value })),
});

describe('the article decision in words', () => {
  test('a refusal names its signals: marks as words, counts as numbers, shares in percent', () => {
    const reason = signals(['ldProduct', 1], ['cart', 8], ['repeatedShare', 0.62]);
    expect(articleVerdict(reason, false, ENGLISH)).toBe(
      "Doesn't look like an article: its data describes a product; buy or add-to-cart buttons: 8; 62% of its text is in repeated items.",
    );
    expect(articleWhy(reason, ENGLISH)).toBe(
      'Why: its data describes a product; buy or add-to-cart buttons: 8; 62% of its text is in repeated items.',
    );
  });

  test('a missing date or author is said as missing', () => {
    expect(articleWhy(signals(['dated', 0], ['byline', 0]), ENGLISH)).toBe(
      'Why: it states no publication date; it names no author.',
    );
  });

  test('an article with nothing standing out says what it is not; a refusal with nothing says only that', () => {
    expect(articleVerdict(signals(), true, ENGLISH)).toBe(
      'Looks like an article: nothing marks it as a shop, a listing, a service page or a forum.',
    );
    expect(articleVerdict(signals(), false, ENGLISH)).toBe("This page doesn't look like an article.");
    expect(articleWhy(signals(), ENGLISH)).toBeNull();
  });

  test('too little prose, in the numbers the reader can check', () => {
    const reason: ArticleReason = { kind: 'too-little-prose', words: 97, paragraphs: 1 };
    expect(articleWhy(reason, ENGLISH)).toBe(
      'Why: too little text for a story (words: 97, paragraphs of prose: 1), and nothing marks it as one.',
    );
  });

  test('numbers follow the messages’ language', () => {
    expect(articleWhy(signals(['weight', 12500]), translatorFor('de'))).toBe('Warum: Wörter im Haupttext: 12.500.');
    expect(articleWhy(signals(['headingRatio', 1.5]), translatorFor('fr'))).toBe(
      'Pourquoi : intertitres par paragraphe : 1,5.',
    );
  });

  test.each(['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'zh_CN', 'ja'])(
    '%s: every signal a reason can quote has its words',
    (code) => {
      const say = translatorFor(code);
      for (const name of SIGNAL_NAMES) {
        const text = articleWhy(signals([name, 3]), say) ?? '';
        expect(text, name).not.toMatch(/articleSignal_|\$[A-Z]+\$/);
        expect(text, name).toMatch(/3|\p{L}/u);
      }
      for (const name of ['dated', 'byline'] as const)
        expect(articleWhy(signals([name, 0]), say), name).not.toMatch(/article[A-Z]/);
    },
  );
});

/** A page's signals at the training pages' means, then changed where a case says. */
function page(changes: Partial<PageSignals>): PageSignals {
  const base = Object.fromEntries(SIGNAL_NAMES.map((name) => [name, 0])) as unknown as PageSignals;
  return { ...base, weight: Math.log2(1 + 800), paragraphs: Math.log2(1 + 8), ...changes };
}

describe('decideArticle', () => {
  test('too little prose and no mark of a story: refused, whatever the score', () => {
    const bare = page({ weight: Math.log2(1 + 120), paragraphs: Math.log2(1 + 1) });
    expect(decideArticle(bare)).toMatchObject({
      isArticle: false,
      reason: { kind: 'too-little-prose', words: 120, paragraphs: 1 },
    });
  });

  test('the same short text with a named author is judged on its signals (a news brief)', () => {
    const brief = page({ weight: Math.log2(1 + 120), paragraphs: Math.log2(1 + 1), byline: 1 });
    expect(decideArticle(brief).reason.kind).toBe('signals');
  });

  test('a refusal never quotes a mark of a story, an acceptance never a mark of a shop', () => {
    for (const changes of [
      { ldProduct: 1, cart: 4, prices: 5, byline: 1, dated: 1 },
      { ldArticle: 1, ogArticle: 1, byline: 1, prices: 3 },
    ]) {
      const decision = decideArticle(page(changes));
      const quoted = decision.reason.kind === 'signals' ? decision.reason.signals.map((s) => s.name) : [];
      const storyMarks = ['ldArticle', 'ogArticle'];
      const shopMarks = ['ldProduct', 'cart', 'prices'];
      if (decision.isArticle) expect(quoted.filter((n) => shopMarks.includes(n))).toEqual([]);
      else expect(quoted.filter((n) => storyMarks.includes(n) || n === 'byline' || n === 'dated')).toEqual([]);
    }
  });
});
