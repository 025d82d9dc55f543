/**
 * `node --import tsx scripts/train-article-decision.ts [--cache FILE] [--limit N] [--accept SHARE] [--article-cost N] [--folds N] [--fit-readability] [--write]`: fits the article
 * decision's weights (utils/clean/lexicon/article-weights.json) on the development sets.
 *
 * Pages (read from SIFT_DATASETS or ../shared/datasets, through bench/datasets.ts): WCXB dev
 * (articles say yes; product, collection, listing, service and forum pages say no) and AEB dev
 * (all articles). WCXB's documentation pages (a reader may want either) and Readability's 130 test
 * pages are read too but not fitted on: they are a check on pages unlike the fitted ones, the 122
 * that Readability's own expected metadata calls readerable as articles, its other 8 apart
 * (`--fit-readability` fits on those 122 as well). Each page is run through clean() and its
 * `articleSignals` kept; `--cache FILE` stores them (JSON lines) and reuses them on the next run.
 *
 * The model is a logistic regression on standardised signals with an L2 penalty, fitted by
 * gradient descent from zeros (deterministic), each class weighted so that both count alike
 * (`--article-cost N` makes an article count N times more); the threshold is then lowered until a
 * share of training articles pass (`--accept`), because refusing an article costs the reader more
 * than cleaning a page that isn't one. A cross-validation by site (`--folds`, default 2: each
 * page's site, its host name, falls in one fold, so a fit never sees the site it is judged on;
 * with two folds, a fit on half the sites judges the other half) prints the same table for pages
 * each fit did not see, then the trade-off: the share of WCXB's non-articles refused, held out,
 * at other accept shares. Without `--write` it prints the fit and the tables and changes nothing.
 *
 * The defaults (articles weigh 3x, 99.6% of training articles pass) are the held-out choice: on
 * WCXB dev, judged by fits on the other half of the sites, they accept 99.1% of articles and
 * refuse 60.2% of the five other types, where weighing both classes alike refuses 57.3% at 99.0%
 * and 54.2% at 99.1%. The weight moves the fit towards the few articles that look least like one,
 * which are the ones that set the threshold.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetsRoot, loadAeb, loadReadabilityCases, loadWcxb } from '../bench/datasets.ts';
import { parseDocument } from '../bench/dom.ts';
import { type ArticleWeights, articleScore, clean, decideArticle, type PageSignals } from '../utils/clean/index.ts';

const OUT = join(import.meta.dirname, '..', 'utils', 'clean', 'lexicon', 'article-weights.json');
const REFUSED = new Set(['product', 'collection', 'listing', 'service', 'forum']);
/** The share of training articles the threshold lets through (`--accept`). */
const DEFAULT_ACCEPT_SHARE = 0.996;
/** How much more a training article counts than a page to refuse, past the balance of the two classes (`--article-cost`). */
const DEFAULT_ARTICLE_COST = 3;
const L2 = 0.01;
const STEPS = 3000;
const RATE = 0.5;
const DEFAULT_FOLDS = 2;
/** Accept shares the trade-off table tries. */
const TRADE_OFF = [0.999, 0.997, 0.995, 0.99, 0.98, 0.95];

interface Sample {
  set: 'wcxb' | 'aeb' | 'readability';
  id: string;
  /** WCXB's page type; `article` for AEB; for Readability's pages `article` when its expected metadata calls the page readerable, else `not-readerable`. */
  type: string;
  /** Readability's isProbablyReaderable, for the comparison; null when clean() refused the page. */
  readerable: boolean | null;
  /** null when clean() refused the page (no article, empty): a refusal whatever the weights. */
  signals: PageSignals | null;
  /** The page's host name without "www.": its cross-validation fold. */
  site?: string;
}

interface Page {
  set: Sample['set'];
  id: string;
  type: string;
  url: string;
  html: () => string;
}

/** Every page of the three sets, or the first `limit` of each (a quick look). */
function* pages(root: string, limit: number): Generator<Page> {
  for (const p of loadWcxb(root).slice(0, limit))
    yield { set: 'wcxb', id: p.id, type: p.type, url: p.url, html: p.html };
  for (const p of loadAeb(root).slice(0, limit))
    yield { set: 'aeb', id: p.id, type: 'article', url: p.url, html: p.html };
  for (const p of loadReadabilityCases(root).slice(0, limit))
    yield { set: 'readability', id: p.id, type: readabilityType(root, p.id), url: p.url, html: p.source };
}

/** Whether Readability's expected metadata calls its test page readerable (what its own tests check). */
function readabilityType(root: string, id: string): string {
  const file = join(root, 'readability', id, 'expected-metadata.json');
  if (!existsSync(file)) return 'article';
  const { readerable } = JSON.parse(readFileSync(file, 'utf8')) as { readerable?: boolean };
  return readerable === false ? 'not-readerable' : 'article';
}

/** The host name of a page's address, "www." dropped: pages of one site share a fold. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Each page's site, for a cache written before samples kept it. */
function sitesOf(root: string): Map<string, string> {
  const sites = new Map<string, string>();
  for (const p of loadWcxb(root)) sites.set(`wcxb ${p.id}`, siteOf(p.url));
  for (const p of loadAeb(root)) sites.set(`aeb ${p.id}`, siteOf(p.url));
  return sites;
}

function collect(cache: string | null, limit: number): Sample[] {
  if (cache && existsSync(cache)) {
    const root = datasetsRoot();
    const sites = sitesOf(root);
    return (
      readFileSync(cache, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Sample)
        // A cache written before the expected metadata was read called every Readability page an article.
        .map((s) => (s.set === 'readability' ? { ...s, type: readabilityType(root, s.id) } : s))
        .map((s) => ({ ...s, site: s.site ?? sites.get(`${s.set} ${s.id}`) ?? s.id }))
    );
  }
  const samples: Sample[] = [];
  for (const page of pages(datasetsRoot(), limit)) {
    const sample: Sample = {
      set: page.set,
      id: page.id,
      type: page.type,
      readerable: null,
      signals: null,
      site: siteOf(page.url),
    };
    try {
      const result = clean(parseDocument(page.html(), page.url), {
        url: page.url,
        figures: false,
        related: false,
        dedupe: false,
        mayChangeDocument: true,
      });
      sample.readerable = result.readerable;
      sample.signals = result.articleSignals;
    } catch {
      // No article at all: refused before the decision weighs anything.
    }
    samples.push(sample);
    if (samples.length % 100 === 0) process.stderr.write(`${samples.length} pages\n`);
  }
  if (cache) writeFileSync(cache, `${samples.map((s) => JSON.stringify(s)).join('\n')}\n`);
  return samples;
}

/** The pages the weights are fitted on: WCXB's articles and five refused types, AEB's articles (and Readability's readerable pages with `--fit-readability`). */
const fitted = (s: Sample): s is Sample & { signals: PageSignals } =>
  s.signals !== null && (fitReadability || s.set !== 'readability') && (s.type === 'article' || REFUSED.has(s.type));

function fitWeights(samples: (Sample & { signals: PageSignals })[], acceptShare: number): ArticleWeights {
  const ARTICLE_COST = articleCost;
  const names = Object.keys(samples[0].signals).sort() as (keyof PageSignals)[];
  const stats = names.map((name) => {
    const values = samples.map((s) => s.signals[name]);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
    return { mean, std };
  });
  const x = samples.map((s) => names.map((name, j) => (s.signals[name] - stats[j].mean) / stats[j].std));
  const y = samples.map((s) => (s.type === 'article' ? 1 : 0));
  const positives = y.filter(Boolean).length;
  const weightOf = (label: number) =>
    label ? (ARTICLE_COST * samples.length) / (2 * positives) : samples.length / (2 * (samples.length - positives));
  const w = names.map(() => 0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const grad = names.map(() => 0);
    let gradBias = 0;
    for (let i = 0; i < x.length; i++) {
      const z = bias + x[i].reduce((sum, v, j) => sum + v * w[j], 0);
      const error = (1 / (1 + Math.exp(-z)) - y[i]) * weightOf(y[i]);
      for (let j = 0; j < w.length; j++) grad[j] += error * x[i][j];
      gradBias += error;
    }
    for (let j = 0; j < w.length; j++) w[j] -= RATE * (grad[j] / x.length + L2 * w[j]);
    bias -= (RATE * gradBias) / x.length;
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const sets = [...new Set(samples.map((s) => s.set))].join(' and ');
  const table: ArticleWeights = {
    trainedOn: `scripts/train-article-decision.ts: ${positives} articles and ${samples.length - positives} product, collection, listing, service and forum pages of ${sets} dev; ${ARTICLE_COST === 1 ? '' : `articles weigh ${ARTICLE_COST}x; `}threshold: ${acceptShare * 100}% of those articles pass`,
    bias: round(bias),
    threshold: 0,
    signals: Object.fromEntries(
      names.map((name, j) => [name, { mean: round(stats[j].mean), std: round(stats[j].std), weight: round(w[j]) }]),
    ) as ArticleWeights['signals'],
  };
  const articleScores = samples
    .filter((s) => s.type === 'article')
    .map((s) => articleScore(s.signals, table))
    .sort((a, b) => a - b);
  const cut = articleScores[Math.floor(articleScores.length * (1 - acceptShare))];
  table.threshold = round(Math.min(0, cut - 0.001));
  return table;
}

type Verdict = (s: Sample) => boolean;

/** Per set and page type: pages, accepted by isProbablyReaderable, accepted by the decision. */
function confusion(samples: Sample[], verdict: Verdict): string {
  const rows = new Map<string, { pages: number; readerable: number; sift: number }>();
  for (const s of samples) {
    const key = `${s.set} ${s.type}`;
    const row = rows.get(key) ?? { pages: 0, readerable: 0, sift: 0 };
    row.pages++;
    if (s.readerable) row.readerable++;
    if (verdict(s)) row.sift++;
    rows.set(key, row);
  }
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1).padStart(5)}%`;
  return [
    `${'set type'.padEnd(24)} pages  isProbablyReaderable accepts  Sift accepts`,
    ...[...rows]
      .sort()
      .map(
        ([key, r]) =>
          `${key.padEnd(24)} ${String(r.pages).padStart(5)}  ${pct(r.readerable, r.pages)} ${String(r.readerable).padStart(4)}              ${pct(r.sift, r.pages)} ${String(r.sift).padStart(4)}`,
      ),
  ].join('\n');
}

/** The weights' verdict on a page clean() did not refuse: decideArticle's, its guard included. */
function accepts(table: ArticleWeights): Verdict {
  return (s) => s.signals !== null && decideArticle(s.signals, table).isArticle;
}

/** A site's fold: FNV-1a of its name, so the split depends on nothing but the name. */
function foldOf(site: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) h = Math.imul(h ^ site.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

/** Each page judged by weights fitted on the other folds' sites. */
function crossValidated(samples: Sample[], acceptShare: number): Verdict {
  const train = samples.filter(fitted);
  const fold = new Map<Sample, number>(train.map((s) => [s, foldOf(s.site ?? s.id, FOLDS)]));
  const tables = Array.from({ length: FOLDS }, (_, k) =>
    fitWeights(
      train.filter((s) => fold.get(s) !== k),
      acceptShare,
    ),
  );
  const full = fitWeights(train, acceptShare);
  return (s) => {
    const k = fold.get(s);
    return accepts(k === undefined ? full : tables[k])(s);
  };
}

const argv = process.argv.slice(2);
const fitReadability = argv.includes('--fit-readability');
const costAt = argv.indexOf('--article-cost');
const articleCost = costAt >= 0 ? Number(argv[costAt + 1]) : DEFAULT_ARTICLE_COST;
const cacheAt = argv.indexOf('--cache');
const limitAt = argv.indexOf('--limit');
const samples = collect(cacheAt >= 0 ? argv[cacheAt + 1] : null, limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity);
const foldsAt = argv.indexOf('--folds');
const FOLDS = foldsAt >= 0 ? Number(argv[foldsAt + 1]) : DEFAULT_FOLDS;
const acceptAt = argv.indexOf('--accept');
const acceptShare = acceptAt >= 0 ? Number(argv[acceptAt + 1]) : DEFAULT_ACCEPT_SHARE;
const table = fitWeights(samples.filter(fitted), acceptShare);
console.log('Fitted on all training pages (the weights written):');
console.log(confusion(samples, accepts(table)));
console.log(
  FOLDS === 2
    ? '\nEach training page judged by a fit on the other half of the sites (held out):'
    : `\nEach training page judged by a fit on the sites of the other ${FOLDS - 1} folds (held out):`,
);
console.log(confusion(samples, crossValidated(samples, acceptShare)));
console.log(
  '\nThe trade-off, held out: the five non-article types refused as the threshold lets more or fewer articles through',
);
for (const share of TRADE_OFF) {
  const verdict = crossValidated(samples, share);
  const wcxb = samples.filter((s) => s.set === 'wcxb');
  const articles = wcxb.filter((s) => s.type === 'article');
  const others = wcxb.filter((s) => REFUSED.has(s.type));
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  const accepted = articles.filter(verdict).length;
  const refused = others.filter((s) => !verdict(s)).length;
  console.log(
    `  ${pct(share, 1).padStart(6)} of training articles pass: WCXB articles accepted ${pct(accepted, articles.length)} (${accepted}), non-articles refused ${pct(refused, others.length)} (${refused})`,
  );
}
console.log(`\nbias ${table.bias}, threshold ${table.threshold}`);
for (const [name, { weight }] of Object.entries(table.signals).sort(
  (a, b) => Math.abs(b[1].weight) - Math.abs(a[1].weight),
))
  console.log(`  ${name.padEnd(18)} ${weight}`);
if (argv.includes('--write')) {
  writeFileSync(OUT, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}
