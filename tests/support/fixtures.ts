import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { clean, type CleanOptions, type CleanResult } from '../../utils/clean/index.ts';
import { ENGLISH } from '../../utils/view/english.ts';
import { articleVerdict } from '../../utils/view/index.ts';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');
export const EXPECTED_DIR = join(import.meta.dirname, '..', 'expected');

/** Fixture pages name the address they were served from in a leading comment. */
const URL_COMMENT = /^\s*<!--\s*(https?:\/\/\S+)\s*-->/;
/** Options a fixture sets for itself: `<!-- sift-options: {"related": false} -->`. */
const OPTIONS_COMMENT = /<!--\s*sift-options:\s*(\{.*?\})\s*-->/;

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');
}

export function parseFixture(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixtureOptions(html: string): Partial<CleanOptions> {
  const url = URL_COMMENT.exec(html)?.[1] ?? null;
  const extra = OPTIONS_COMMENT.exec(html)?.[1];
  return { url, ...(extra ? (JSON.parse(extra) as Partial<CleanOptions>) : {}) };
}

export function cleanFixture(name: string): CleanResult {
  const html = readFixture(name);
  return clean(parseFixture(html), fixtureOptions(html));
}

/** What a baseline records: everything a reader would notice, nothing that varies run to run. */
export function snapshotOf(result: CleanResult) {
  return {
    title: result.title,
    byline: result.byline,
    siteName: result.siteName,
    lang: result.lang,
    url: result.url,
    publishedTime: result.publishedTime,
    // Recorded when it says something: a page refused as not an article, and why.
    ...(result.isArticle
      ? {}
      : { isArticle: false, articleReason: articleVerdict(result.articleReason, false, ENGLISH) }),
    // Recorded when Sift looked beyond Readability's pick: why, and what came of it.
    ...(result.recovery ? { recovery: result.recovery } : {}),
    ...(result.wholeText ? { wholeText: result.wholeText.map((b) => `${b.kind}: ${b.text}`) } : {}),
    blocks: result.blocks.map((b) => ({
      kind: b.kind,
      ...(b.level ? { level: b.level } : {}),
      ...(b.list ? { list: b.list } : {}),
      text: b.text,
      ...(b.runs.some((r) => r.href || r.emphasis || r.code) ? { runs: b.runs } : {}),
      ...(b.rows ? { rows: b.rows } : {}),
      ...(b.provenance ? { provenance: b.provenance } : {}),
      figures: b.figures.map((f) => `${f.kind}: ${f.text}`),
    })),
    removed: result.removed.map((r) => ({ reason: r.reason, text: r.block.text, evidence: r.evidence })),
    keyFigures: result.keyFigures.map((k) => `${k.kind}: ${k.text}`),
  };
}

export function expectedPath(name: string): string {
  return join(EXPECTED_DIR, `${name}.json`);
}

/** The stored baseline, or, with UPDATE_FIXTURES=1, the new one written in its place. */
export function baseline(name: string, actual: unknown): unknown {
  const path = expectedPath(name);
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(path)) {
    if (process.env.UPDATE_FIXTURES !== '1')
      throw new Error(`No baseline for ${name}: run with UPDATE_FIXTURES=1 and review ${path}`);
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}
