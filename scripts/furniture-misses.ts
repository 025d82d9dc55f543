/**
 * What the furniture judgement gets wrong on the dev sets (scripts/furniture-data.ts): kept
 * blocks the truth barely holds (precision lost), grouped by where they sit, their kind, length
 * and page markup, with the tokens each group costs; and removed blocks the truth holds
 * (recall lost). Texts are printed to the terminal only, to read, never to copy into the repo.
 *
 *   node --import tsx scripts/furniture-misses.ts [--set aeb|wcxb] [--list kept|removed] [--fresh] [--top N]
 */
import { FURNITURE_WEIGHTS, furnitureFeatures, type FurnitureFeature } from '../utils/clean/index.ts';
import { type DevPage, loadDevPages } from './furniture-data.ts';

/** Under this share in the truth a kept block is junk; at this share or more a removed one was content. */
const JUNK_SHARE = 0.2;
const CONTENT_SHARE = 0.5;

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const set = option('--set');
const list = option('--list');
const top = Number(option('--top') ?? 6);

const weights = FURNITURE_WEIGHTS.weights as Record<string, number>;
const score = (features: readonly FurnitureFeature[]) =>
  features.reduce((sum, f) => sum + (weights[f] ?? 0), FURNITURE_WEIGHTS.bias);

interface Row {
  page: string;
  where: string;
  kind: string;
  size: string;
  from: string;
  tokens: number;
  share: number;
  score: number;
  features: FurnitureFeature[];
  text: string;
}

function where(features: readonly FurnitureFeature[]): string {
  if (features.includes('before-body')) return 'before';
  if (features.includes('after-body')) return 'after';
  if (features.includes('long')) return 'long';
  return 'between';
}

function size(tokens: number): string {
  return tokens < 10 ? '<10' : tokens < 30 ? '10-29' : tokens < 80 ? '30-79' : '80+';
}

const pages: DevPage[] = loadDevPages({ fresh: args.includes('--fresh'), log: (l) => console.error(l) }).filter(
  (p) => !set || p.set === set,
);
const kept: Row[] = [];
const removed: Row[] = [];
for (const page of pages) {
  if (!page.blocks) continue;
  const features = furnitureFeatures(
    page.blocks.map((b) => b.block),
    page.title,
  );
  page.blocks.forEach((b, i) => {
    const s = score(features[i]);
    const row: Row = {
      page: `${page.set}:${page.id}`,
      where: where(features[i]),
      kind: b.block.kind,
      size: size(b.tokens),
      from: (b.block.provenance ?? []).join('+') || '-',
      tokens: b.tokens,
      share: b.share,
      score: Math.round(s * 10) / 10,
      features: features[i],
      text: b.block.text.replace(/\s+/g, ' ').slice(0, 140),
    };
    const gone = s > 0 && !b.block.image;
    if (!gone && b.share < JUNK_SHARE) kept.push(row);
    if (gone && b.share >= CONTENT_SHARE) removed.push(row);
  });
}

function table(rows: readonly Row[], key: (r: Row) => string, title: string): void {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const total = rows.reduce((s, r) => s + r.tokens, 0);
  console.log(`\n## ${title}: ${rows.length} blocks, ${total} tokens`);
  for (const [name, group] of [...groups].sort((a, b) => sum(b[1]) - sum(a[1]))) {
    console.log(
      `${name.padEnd(36)} ${String(group.length).padStart(5)} blocks ${String(sum(group)).padStart(7)} tokens`,
    );
  }
}

const sum = (rows: readonly Row[]) => rows.reduce((s, r) => s + r.tokens, 0);

const print = (r: Row) =>
  console.log(
    `${r.page.padEnd(14)} ${r.where.padEnd(7)} ${r.kind.padEnd(9)} ${r.tokens.toString().padStart(4)}t share ${r.share.toFixed(2)} score ${r.score} [${r.features.join(' ')}] ${r.text}`,
  );

if (list === 'kept') [...kept].sort((a, b) => b.tokens - a.tokens).forEach(print);
else if (list === 'removed') removed.forEach(print);
else {
  console.log(`${pages.length} pages (${set ?? 'aeb + wcxb articles'})`);
  table(kept, (r) => r.where, 'kept junk by position');
  table(kept, (r) => `${r.where} ${r.kind} ${r.size}`, 'kept junk by position, kind, tokens');
  table(kept, (r) => r.from, 'kept junk by page markup');
  table(removed, (r) => r.features.filter((f) => (weights[f] ?? 0) > 0).join(' '), 'removed content by features');
  console.log(`\n## largest kept junk (top ${top} of each position)`);
  for (const pos of ['before', 'between', 'after', 'long'])
    kept
      .filter((r) => r.where === pos)
      .sort((a, b) => b.tokens - a.tokens)
      .slice(0, top)
      .forEach(print);
}
