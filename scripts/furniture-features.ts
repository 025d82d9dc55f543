/**
 * Fits the furniture judgement's weights (utils/clean/lexicon/furniture-weights.json) on the dev
 * sets and says whether they generalise. The blocks are those the furniture stage sees
 * (scripts/furniture-data.ts: AEB dev and WCXB dev articles, read from ../shared/datasets or
 * SIFT_DATASETS; nothing is copied); a block the truth holds under 20% of is junk, 80% or more
 * content, between is left out. The model is a logistic regression on the features, each
 * block weighed by its tokens (at most 40), with an L2 pull towards the hand-set prior
 * (`prior` in the JSON): a feature the data barely sees keeps the weight a reader gave it, one
 * the data sees often takes the weight the data says. Plain gradient descent from the prior, a
 * fixed number of steps: the same data gives the same numbers.
 *
 * Prints each feature's counts and weights, then held-out scores replayed with the bench's own
 * metrics: trained on AEB and tested on WCXB, trained on WCXB and tested on AEB, and 5-fold over
 * all pages (page i in fold i mod 5), each against the table in use and no judgement at all.
 * Caption blocks are left out of the fit and of the scores (as when copying), but for one line.
 * `--write` puts the weights fitted on all pages into the JSON; read the tables first.
 *
 *   node --import tsx scripts/furniture-features.ts [--write] [--fresh]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  FURNITURE_WEIGHTS,
  furniture,
  furnitureFeatures,
  type FurnitureFeature,
  type FurnitureTable,
} from '../utils/clean/index.ts';
import { type DevPage, loadDevPages, replay, type Replay } from './furniture-data.ts';

const JUNK_SHARE = 0.2;
const CONTENT_SHARE = 0.8;
const MAX_SAMPLE_WEIGHT = 40;
/** Strength of the pull towards the prior, in sample-weight units (about this many tokens of evidence). */
const PRIOR_STRENGTH = 400;
const STEPS = 2000;
const RATE = 1;
const FOLDS = 5;

type Table = FurnitureTable;

interface Sample {
  features: number[];
  junk: boolean;
  weight: number;
}

const args = process.argv.slice(2);
const file = new URL('../utils/clean/lexicon/furniture-weights.json', import.meta.url);
const json = JSON.parse(readFileSync(file, 'utf8')) as {
  about: string;
  bias: number;
  weights: Record<string, number>;
  prior: Table;
};
const prior: Table = json.prior;
const names = Object.keys(prior.weights).sort();
const index = new Map(names.map((n, i) => [n, i]));

const pages = loadDevPages({ fresh: args.includes('--fresh'), log: (line) => console.error(line) });
const featuresOf = new Map<DevPage, FurnitureFeature[][]>(
  pages.map((p) => [
    p,
    p.blocks
      ? furnitureFeatures(
          p.blocks.map((b) => b.block),
          p.title,
        )
      : [],
  ]),
);

function samplesOf(subset: readonly DevPage[]): Sample[] {
  const out: Sample[] = [];
  for (const page of subset) {
    const features = featuresOf.get(page)!;
    page.blocks?.forEach((b, i) => {
      // A caption block is shown as a caption and never copied: whether the truth holds it says
      // nothing about furniture.
      if (b.block.kind === 'caption' || b.tokens === 0 || (b.share > JUNK_SHARE && b.share < CONTENT_SHARE)) return;
      out.push({
        features: features[i].flatMap((f) => index.get(f) ?? []),
        junk: b.share <= JUNK_SHARE,
        weight: Math.min(b.tokens, MAX_SAMPLE_WEIGHT),
      });
    });
  }
  return out;
}

function fitTable(samples: readonly Sample[]): Table {
  const w = Float64Array.from(names, (n) => prior.weights[n] ?? 0);
  const p0 = Float64Array.from(w);
  let bias = prior.bias;
  const total = samples.reduce((s, x) => s + x.weight, 0);
  for (let step = 0; step < STEPS; step++) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    for (const s of samples) {
      let z = bias;
      for (const k of s.features) z += w[k];
      const err = (1 / (1 + Math.exp(-z)) - (s.junk ? 1 : 0)) * s.weight;
      gradBias += err;
      for (const k of s.features) grad[k] += err;
    }
    bias -= (RATE * (gradBias + PRIOR_STRENGTH * (bias - prior.bias))) / total;
    for (let k = 0; k < w.length; k++) w[k] -= (RATE * (grad[k] + PRIOR_STRENGTH * (w[k] - p0[k]))) / total;
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return { bias: round(bias), weights: Object.fromEntries(names.map((n, k) => [n, round(w[k])])) };
}

/** The furniture stage itself with `table` (null: the stage off, every block kept as it came). */
const judgeWith = (table: Table | null) => (page: DevPage) => {
  const blocks = (page.blocks ?? []).map((b) => b.block);
  return table ? furniture(blocks, page.title, table).kept : blocks;
};

const f3 = (x: number) => x.toFixed(3);
const line = (name: string, r: Replay, sets: string) =>
  console.log(
    `${name.padEnd(26)} ${sets.includes('aeb') ? `AEB P/R/F1 ${f3(r.aeb.precision)}/${f3(r.aeb.recall)}/${f3(r.aeb.f1)}` : ''.padEnd(27)}` +
      `${sets.includes('wcxb') ? `  WCXB P/R/F1 ${f3(r.wcxb.precision)}/${f3(r.wcxb.recall)}/${f3(r.wcxb.f1)} without ${(r.wcxb.withoutRate * 100).toFixed(1)}%` : ''}`,
  );

function heldOut(name: string, train: readonly DevPage[], test: readonly DevPage[], sets: string): void {
  const fitted = fitTable(samplesOf(train));
  console.log(`\n${name}: trained on ${train.length} pages, tested on ${test.length}`);
  line('  no judgement', replay(test, judgeWith(null)), sets);
  line('  table in use', replay(test, judgeWith(FURNITURE_WEIGHTS)), sets);
  line('  fitted on the training', replay(test, judgeWith(fitted)), sets);
}

const all = samplesOf(pages);
const fitted = fitTable(all);
console.log(`${pages.length} pages, ${all.length} blocks (${all.filter((s) => s.junk).length} junk)`);
console.log(`bias: prior ${prior.bias}, in use ${FURNITURE_WEIGHTS.bias}, fitted ${fitted.bias}`);
console.log('feature            content  junk  prior  in use  fitted');
for (const name of names) {
  const k = index.get(name)!;
  const content = all.filter((s) => !s.junk && s.features.includes(k)).length;
  const junk = all.filter((s) => s.junk && s.features.includes(k)).length;
  const inUse = (FURNITURE_WEIGHTS.weights as Record<string, number>)[name];
  console.log(
    `${name.padEnd(18)} ${String(content).padStart(7)} ${String(junk).padStart(5)} ${String(prior.weights[name]).padStart(6)} ${String(inUse).padStart(7)} ${String(fitted.weights[name]).padStart(7)}`,
  );
}

const aeb = pages.filter((p) => p.set === 'aeb');
const wcxb = pages.filter((p) => p.set === 'wcxb');
heldOut('AEB -> WCXB', aeb, wcxb, 'wcxb');
heldOut('WCXB -> AEB', wcxb, aeb, 'aeb');
const foldJudges = Array.from({ length: FOLDS }, (_, f) =>
  judgeWith(fitTable(samplesOf(pages.filter((_, i) => i % FOLDS !== f)))),
);
const foldOf = new Map(pages.map((p, i) => [p, i % FOLDS]));
console.log(`\n${FOLDS}-fold over all pages (each page judged by the weights fitted without its fold)`);
line('  no judgement', replay(pages, judgeWith(null)), 'aeb wcxb');
line('  table in use', replay(pages, judgeWith(FURNITURE_WEIGHTS)), 'aeb wcxb');
line('  table, captions scored', replay(pages, judgeWith(FURNITURE_WEIGHTS), { captions: true }), 'aeb wcxb');
line(
  '  fitted, held out',
  replay(pages, (page) => foldJudges[foldOf.get(page)!](page)),
  'aeb wcxb',
);
line('  fitted on all (in-sample)', replay(pages, judgeWith(fitted)), 'aeb wcxb');

if (args.includes('--write')) {
  json.bias = fitted.bias;
  json.weights = fitted.weights;
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log('\nfurniture-weights.json: the weights fitted on all pages written');
}
