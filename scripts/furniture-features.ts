/**
 * The furniture judgement's features on the dev sets: for every block the furniture stage sees
 * (clean() with the stage off), its features and whether the truth holds it (AEB dev and WCXB dev
 * articles, read from ../shared/datasets or SIFT_DATASETS; nothing is copied). Prints, per
 * feature, how often it fires on content and on junk, the weight in
 * utils/clean/lexicon/furniture-weights.json, and the weight a logistic regression fits (L2,
 * token-weighted, fixed seed-free gradient descent: the same data gives the same numbers).
 * `--write` puts the fitted weights into the JSON table; read the printed table first.
 *
 *   node --import tsx scripts/furniture-features.ts [--limit N] [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { datasetsRoot, loadAeb, loadWcxb } from '../bench/datasets.ts';
import { parseDocument } from '../bench/dom.ts';
import { tokenize } from '../bench/metric.ts';
import { Coverage } from '../bench/text.ts';
import { clean, FURNITURE_WEIGHTS, furnitureFeatures, isSiftError } from '../utils/clean/index.ts';

/** A block the truth holds this little of is junk; this much or more, content; between, left out. */
const JUNK_SHARE = 0.2;
const CONTENT_SHARE = 0.8;
/** Long blocks would outweigh everything; each counts for at most this many tokens. */
const MAX_SAMPLE_WEIGHT = 40;
const L2 = 0.5;
const STEPS = 3000;
const RATE = 0.5;

interface Sample {
  features: string[];
  junk: boolean;
  weight: number;
}

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
const root = datasetsRoot();

const pages = [
  ...loadAeb(root).map((p) => ({ set: 'aeb', url: p.url, html: p.html, truth: () => p.truth })),
  ...loadWcxb(root)
    .filter((p) => p.type === 'article')
    .map((p) => ({ set: 'wcxb', url: p.url, html: p.html, truth: () => p.truth().mainContent })),
].slice(0, limit);

const samples: Sample[] = [];
for (const page of pages) {
  let result: ReturnType<typeof clean>;
  try {
    result = clean(parseDocument(page.html(), page.url), { url: page.url, furniture: false, mayChangeDocument: true });
  } catch (error) {
    if (isSiftError(error)) continue;
    throw error;
  }
  const coverage = new Coverage(page.truth());
  const features = furnitureFeatures(result.blocks, result.title);
  result.blocks.forEach((block, i) => {
    const share = coverage.share(block.text);
    if (share > JUNK_SHARE && share < CONTENT_SHARE) return;
    const tokens = tokenize(block.text).length;
    if (tokens === 0) return;
    samples.push({ features: features[i], junk: share <= JUNK_SHARE, weight: Math.min(tokens, MAX_SAMPLE_WEIGHT) });
  });
}

const names = Object.keys(FURNITURE_WEIGHTS.weights).sort();
const index = new Map(names.map((n, i) => [n, i]));
const w = new Float64Array(names.length);
let bias = 0;
const total = samples.reduce((s, x) => s + x.weight, 0);
for (let step = 0; step < STEPS; step++) {
  const grad = new Float64Array(names.length);
  let gradBias = 0;
  for (const s of samples) {
    let z = bias;
    for (const f of s.features) z += w[index.get(f) ?? -1] ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    const err = (p - (s.junk ? 1 : 0)) * s.weight;
    gradBias += err;
    for (const f of s.features) {
      const k = index.get(f);
      if (k !== undefined) grad[k] += err;
    }
  }
  bias -= (RATE * gradBias) / total;
  for (let k = 0; k < w.length; k++) w[k] -= RATE * (grad[k] / total + (L2 * w[k]) / total);
}

const round = (x: number) => Math.round(x * 10) / 10;
console.log(`${pages.length} pages, ${samples.length} blocks (${samples.filter((s) => s.junk).length} junk)`);
console.log(`bias: table ${FURNITURE_WEIGHTS.bias}, fitted ${round(bias)}`);
console.log('feature            content  junk  table  fitted');
for (const name of names) {
  const content = samples.filter((s) => !s.junk && s.features.includes(name)).length;
  const junk = samples.filter((s) => s.junk && s.features.includes(name)).length;
  const table = (FURNITURE_WEIGHTS.weights as Record<string, number>)[name];
  console.log(
    `${name.padEnd(18)} ${String(content).padStart(7)} ${String(junk).padStart(5)} ${String(table).padStart(6)} ${String(round(w[index.get(name)!])).padStart(7)}`,
  );
}

if (args.includes('--write')) {
  const path = new URL('../utils/clean/lexicon/furniture-weights.json', import.meta.url);
  const table = JSON.parse(readFileSync(path, 'utf8'));
  table.bias = round(bias);
  for (const name of names) table.weights[name] = round(w[index.get(name)!]);
  writeFileSync(path, `${JSON.stringify(table, null, 2)}\n`);
  console.log('furniture-weights.json: fitted weights written');
}
