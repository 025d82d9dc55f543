import WEIGHTS from '../lexicon/article-weights.json';
import type { PageSignals, SignalName } from './page-signals';

/**
 * Whether a page is an article a reader wants cleaned, and why. A logistic score over the
 * page's signals (page-signals.ts) with the weights in lexicon/article-weights.json, which
 * scripts/train-article-decision.ts fits on the development sets; the reason names the signals
 * that weighed most for the verdict, as data the views put in words (utils/view/article-reason.ts).
 */
export interface ArticleDecision {
  isArticle: boolean;
  reason: ArticleReason;
  /** The score the threshold was applied to (log-odds; positive leans article). */
  score: number;
}

/** A signal as a reader can check it on the page: counts as counts, shares as fractions (0 to 1). */
export interface ShownSignal {
  name: SignalName;
  value: number;
}

/** Why the decision went the way it did. */
export type ArticleReason =
  | {
      /** Too little prose to be read as a story, and nothing (article data, og:type, an author, a date) marks it as one. */
      kind: 'too-little-prose';
      words: number;
      paragraphs: number;
    }
  | {
      /**
       * The two or three signals that pulled the score most towards the verdict: for an article
       * the marks of one it has; for a refusal the marks of a shop, listing, service page or
       * forum it has, or the prose an article would have and it lacks. Empty when none stands out.
       */
      kind: 'signals';
      signals: ShownSignal[];
    };

export interface ArticleWeights {
  /** What the weights were fitted on and how, for whoever reads the table. */
  trainedOn: string;
  bias: number;
  /** A page is an article when its score is at least this. */
  threshold: number;
  /** Per signal: its mean and spread on the training pages, and the weight of its standardised value. */
  signals: Record<SignalName, { mean: number; std: number; weight: number }>;
}

const TABLE = WEIGHTS as ArticleWeights;

/**
 * Which way each signal points for a reader: towards a story, or towards a shop, listing, service
 * page or forum. A reason only quotes a signal in its own direction, whatever sign the fitted
 * weight took (a weight also corrects for the other signals, and "it states when it was
 * published" is no reason to refuse a page).
 */
const LEANS: Record<SignalName, 'article' | 'other'> = {
  ldArticle: 'article',
  ogArticle: 'article',
  dated: 'article',
  byline: 'article',
  weight: 'article',
  paragraphs: 'article',
  longestParagraph: 'article',
  shareOfPage: 'article',
  ldProduct: 'other',
  ldList: 'other',
  ldForum: 'other',
  ldService: 'other',
  ogProduct: 'other',
  linkDensity: 'other',
  prices: 'other',
  cart: 'other',
  formFields: 'other',
  cards: 'other',
  repeatedShare: 'other',
  posts: 'other',
  pagePosts: 'other',
  headingRatio: 'other',
  phoneLinks: 'other',
  pagination: 'other',
};

/** Every signal's name, in a fixed order (for the views' messages and the tests). */
export const SIGNAL_NAMES = Object.keys(LEANS) as SignalName[];

/** Signals kept as log2(1 + n), shown to the reader as the count n. */
const COUNTED: ReadonlySet<SignalName> = new Set([
  'weight',
  'paragraphs',
  'longestParagraph',
  'prices',
  'cart',
  'formFields',
  'cards',
  'posts',
  'pagePosts',
  'phoneLinks',
]);

/** A signal's value as the reader can check it: log counts decoded, the rest as they are. */
function shown(name: SignalName, value: number): number {
  return COUNTED.has(name) ? Math.round(2 ** value - 1) : Math.round(value * 100) / 100;
}

/** Each signal's pull on the score: its weight times its standardised value. */
export function contributions(signals: PageSignals, table: ArticleWeights = TABLE): [SignalName, number][] {
  return (Object.keys(table.signals) as SignalName[]).map((name) => {
    const { mean, std, weight } = table.signals[name];
    return [name, (weight * (signals[name] - mean)) / (std || 1)];
  });
}

export function articleScore(signals: PageSignals, table: ArticleWeights = TABLE): number {
  return contributions(signals, table).reduce((sum, [, c]) => sum + c, table.bias);
}

/** Under this many words' weight and two paragraphs of prose a page says too little to be read as a story… */
const MIN_PROSE_WEIGHT = 200;
const MIN_PROSE_PARAGRAPHS = 2;

/**
 * …unless something marks it as one (article data, og:type, a named author, the date it was
 * published): a short news brief stays an article, a shelter's page of animal cards with an
 * opening-hours box does not. A date counts alone: a short dated notice is a story more often
 * than not (on the development pages it spares two articles, one of WCXB and one of AEB, and
 * sends five short non-articles on to the score instead: three forum threads, a shop page and a
 * listing): every article a guard refuses is one fewer the threshold may refuse.
 */
function tooLittleProse(signals: PageSignals): boolean {
  const marked = signals.ldArticle > 0 || signals.ogArticle > 0 || signals.byline > 0 || signals.dated > 0;
  return (
    !marked &&
    shown('weight', signals.weight) < MIN_PROSE_WEIGHT &&
    shown('paragraphs', signals.paragraphs) < MIN_PROSE_PARAGRAPHS
  );
}

/** At least this many posts (each with its own author or time) holding this share of the article's text… */
const MIN_THREAD_POSTS = 5;
const MIN_THREAD_SHARE = 0.6;

/**
 * …make the article a thread (or a feed of entries), not a story: a story's comments sit outside
 * the article Readability finds, a forum's posts are the article. On the development pages no
 * article has such a run, some forum and listing pages do, however much text they carry.
 */
function runOfPosts(signals: PageSignals): boolean {
  return shown('posts', signals.posts) >= MIN_THREAD_POSTS && signals.repeatedShare >= MIN_THREAD_SHARE;
}

/** How many signals a reason quotes at most, and the least pull (in log-odds) one needs to be quoted. */
const MAX_QUOTED = 3;
const MIN_PULL = 0.05;

/** Whether a signal, pulling the score towards the verdict, is one a reader can see on the page. */
function quotable(name: SignalName, value: number, mean: number, isArticle: boolean): boolean {
  const above = value > mean;
  if (LEANS[name] === 'other') return !isArticle && above;
  // Lacking article data or og:type explains nothing: most pages of every kind lack them.
  return isArticle ? above : !above && !/^(?:ld|og)/.test(name);
}

/** The verdict on a page from its signals. */
export function decideArticle(signals: PageSignals, table: ArticleWeights = TABLE): ArticleDecision {
  const score = Math.round(articleScore(signals, table) * 100) / 100;
  if (tooLittleProse(signals)) {
    const reason: ArticleReason = {
      kind: 'too-little-prose',
      words: shown('weight', signals.weight),
      paragraphs: shown('paragraphs', signals.paragraphs),
    };
    return { isArticle: false, reason, score };
  }
  if (runOfPosts(signals)) {
    const quoted: ShownSignal[] = [
      { name: 'posts', value: shown('posts', signals.posts) },
      { name: 'repeatedShare', value: shown('repeatedShare', signals.repeatedShare) },
    ];
    return { isArticle: false, reason: { kind: 'signals', signals: quoted }, score };
  }
  const isArticle = score >= table.threshold;
  const quoted = contributions(signals, table)
    .filter(([, pull]) => (isArticle ? pull > MIN_PULL : pull < -MIN_PULL))
    .filter(([name]) => quotable(name, signals[name], table.signals[name].mean, isArticle))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, MAX_QUOTED)
    .map(([name]) => ({ name, value: shown(name, signals[name]) }));
  return { isArticle, reason: { kind: 'signals', signals: quoted }, score };
}
