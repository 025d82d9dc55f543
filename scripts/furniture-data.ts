/**
 * The blocks the furniture stage judges on the dev sets (AEB dev, WCXB dev articles), with what
 * the truth holds of each, and an exact replay of the benchmarks' metrics for any judgement:
 * furniture is the last stage that removes, so `clean()` with it off gives the very blocks it
 * sees, and the kept ones joined are what the bench scores. Read from ../shared/datasets (or
 * SIFT_DATASETS); the blocks are cached in bench/.cache/ (gitignored, never committed) under a
 * key of the engine's sources outside the furniture judgement, so changing only furniture.ts or
 * its lexicon replays in seconds; any other engine change needs `--fresh` (minutes of CPU).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { datasetsRoot, loadAeb, loadWcxb, repoRoot } from '../bench/datasets.ts';
import { parseDocument } from '../bench/dom.ts';
import { aggregate, pageCounts, tokenize, tokensEqual, type Scores } from '../bench/metric.ts';
import { Coverage } from '../bench/text.ts';
import { meanScores, scorePage, type WcxbScores } from '../bench/wcxb-metric.ts';
import { type Block, clean, isSiftError } from '../utils/clean/index.ts';

export type DevSet = 'aeb' | 'wcxb';

export interface DevBlock {
  block: Block;
  /** Share of the block's shingles the truth holds (bench/text.ts Coverage). */
  share: number;
  tokens: number;
}

export interface DevPage {
  set: DevSet;
  id: string;
  title: string | null;
  /** null when clean() found no article: the bench scores an empty prediction. */
  blocks: DevBlock[] | null;
}

/** The judgement's own files (and the types, which run nothing): changing them does not change the blocks it sees. */
const JUDGEMENT_FILES = new Set([
  'utils/clean/types.ts',
  'utils/clean/stages/furniture.ts',
  'utils/clean/lexicon/furniture.ts',
  'utils/clean/lexicon/furniture-weights.json',
]);

function engineKey(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!JUDGEMENT_FILES.has(relative(repoRoot(), path))) hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(repoRoot(), 'utils/clean'));
  for (const file of ['bench/text.ts', 'bench/dom.ts', 'bench/metric.ts'])
    hash.update(readFileSync(join(repoRoot(), file)));
  return hash.digest('hex').slice(0, 16);
}

/** Every dev page's blocks as the furniture stage sees them (cached). */
export function loadDevPages(options: { fresh?: boolean; log?: (line: string) => void } = {}): DevPage[] {
  const dir = join(repoRoot(), 'bench/.cache');
  const file = join(dir, `furniture-blocks-${engineKey()}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevPage[];
  // Cleaning ~900 pages takes minutes of CPU: on a shared machine that is a bench run (its lock).
  if (!options.fresh) throw new Error(`no blocks cached for this engine: run again with --fresh (${file})`);
  const root = datasetsRoot();
  const sources = [
    ...loadAeb(root).map((p) => ({ set: 'aeb' as const, id: p.id, url: p.url, html: p.html, truth: p.truth })),
    ...loadWcxb(root)
      .filter((p) => p.type === 'article')
      .map((p) => ({ set: 'wcxb' as const, id: p.id, url: p.url, html: p.html, truth: p.truth().mainContent })),
  ];
  const pages: DevPage[] = [];
  for (const [n, source] of sources.entries()) {
    if (n % 100 === 0) options.log?.(`${n}/${sources.length} pages`);
    let blocks: DevBlock[] | null = null;
    let title: string | null = null;
    try {
      const doc = parseDocument(source.html(), source.url);
      const result = clean(doc, { url: source.url, furniture: false, figures: false, mayChangeDocument: true });
      const coverage = new Coverage(source.truth);
      title = result.title;
      blocks = result.blocks.map((block) => ({
        block: { ...block, figures: [] },
        share: coverage.share(block.text),
        tokens: tokenize(block.text).length,
      }));
    } catch (error) {
      if (!isSiftError(error)) throw error;
    }
    pages.push({ set: source.set, id: source.id, title, blocks });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(pages));
  return pages;
}

/** The blocks of a page the judgement keeps (caption blocks among them marked as captions). */
export type Judge = (page: DevPage) => readonly Block[];

export interface Replay {
  aeb: Scores;
  wcxb: WcxbScores;
}

/**
 * The bench's scores of the pages' kept blocks under `judge`; caption blocks are left out, as
 * when copying (`captions: true` scores them too).
 */
export function replay(pages: readonly DevPage[], judge: Judge, options: { captions?: boolean } = {}): Replay {
  const aeb: { counts: ReturnType<typeof pageCounts>; exact: boolean }[] = [];
  const wcxb: ReturnType<typeof scorePage>[] = [];
  for (const page of pages) {
    const truth = truthCache(page);
    let text = '';
    if (page.blocks)
      text = judge(page)
        .filter((b) => options.captions || b.kind !== 'caption')
        .map((b) => b.text)
        .join('\n');
    if (page.set === 'aeb') aeb.push({ counts: pageCounts(truth.text, text), exact: tokensEqual(truth.text, text) });
    else wcxb.push(scorePage(text, { mainContent: truth.text, with: truth.with, without: truth.without }));
  }
  return { aeb: aggregate(aeb), wcxb: meanScores(wcxb) };
}

const truths = new Map<string, { text: string; with: string[]; without: string[] }>();
let aebTruths: Map<string, string> | null = null;
let wcxbIndex: Map<string, ReturnType<typeof loadWcxb>[number]> | null = null;

function truthCache(page: DevPage): { text: string; with: string[]; without: string[] } {
  const key = `${page.set}:${page.id}`;
  const hit = truths.get(key);
  if (hit) return hit;
  let truth: { text: string; with: string[]; without: string[] };
  if (page.set === 'aeb') {
    aebTruths ??= new Map(loadAeb(datasetsRoot()).map((p) => [p.id, p.truth]));
    truth = { text: aebTruths.get(page.id) ?? '', with: [], without: [] };
  } else {
    wcxbIndex ??= new Map(loadWcxb(datasetsRoot()).map((p) => [p.id, p]));
    const t = wcxbIndex.get(page.id)?.truth() ?? { mainContent: '', with: [], without: [] };
    truth = { text: t.mainContent, with: t.with, without: t.without };
  }
  truths.set(key, truth);
  return truth;
}
