/** The three contenders, each reduced to the plain text the metric scores. */
import { pathToFileURL } from 'node:url';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { CleanResult } from '../utils/clean/index.ts';
import type { CleanOptions } from '../utils/clean/index.ts';
import type { Baseline } from './baseline-cache';
import { blockTexts, parseDocument } from './dom';
import { errorMessage, quietly } from './text';

export interface ReadabilityOutput {
  /** Readability's own `textContent`, as the benchmark's readability_js entry scores it. */
  textContent: string;
  /** The same article, its blocks joined by newlines (words never run together across blocks). */
  blocks: string[];
}

export function runReadability(doc: Document): ReadabilityOutput | null {
  const article = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  if (!article?.content) return null;
  return { textContent: article.textContent ?? '', blocks: blockTexts(article.content) };
}

type DefuddleFn = (doc: Document, url?: string, options?: Record<string, unknown>) => Promise<{ content: string }>;
let defuddleFn: DefuddleFn | null = null;

/** Defuddle's Node entry accepts any DOM document; we score the text of its HTML output. */
export async function runDefuddle(doc: Document, url: string): Promise<string[]> {
  if (!defuddleFn) {
    const mod = (await import('defuddle/node')) as unknown as { Defuddle: DefuddleFn };
    defuddleFn = mod.Defuddle;
  }
  const result = await defuddleFn(doc, url);
  const out = parseDocument(`<!DOCTYPE html><html><body>${result.content ?? ''}</body></html>`, url);
  return blockTexts(out.body);
}

export type CleanFn = (doc: Document, options?: Partial<CleanOptions>) => CleanResult;

/**
 * Kept as a variable so the bench still type-checks and runs while the engine is being written;
 * SIFT_ENGINE points at another build of it (an absolute path), e.g. to compare before and after.
 */
const SIFT_ENTRY = process.env.SIFT_ENGINE ? pathToFileURL(process.env.SIFT_ENGINE).href : '../utils/clean/index.ts';

export interface SiftLoad {
  clean: CleanFn | null;
  /** Why Sift is skipped, when it is. */
  notice: string | null;
}

export async function loadSift(): Promise<SiftLoad> {
  try {
    const mod = (await import(SIFT_ENTRY)) as { clean?: CleanFn };
    if (typeof mod.clean !== 'function')
      return { clean: null, notice: 'utils/clean/index.ts has no clean() export yet' };
    return { clean: mod.clean, notice: null };
  } catch (error) {
    return {
      clean: null,
      notice: `Sift skipped: cannot load ${SIFT_ENTRY} (${(error as Error).message.split('\n')[0]})`,
    };
  }
}

/** What Sift contributes to the metric: its kept blocks' texts, one per line (the title is not in the truth). */
export function siftText(result: CleanResult): string {
  return result.blocks.map((block) => block.text).join('\n');
}

/** CPU milliseconds `fn` takes in this process (wall time on a shared machine measures the neighbours). */
async function cpuTimed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const before = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

/**
 * Readability alone and Defuddle on one page, each on its own fresh document; also Readability's
 * article check (`isProbablyReaderable`, read before `parse()` rewrites the document).
 */
export async function computeBaseline(html: string, url: string): Promise<Baseline> {
  const baseline: Baseline = {
    readabilityText: '',
    readabilityBlocks: [],
    defuddleBlocks: [],
    readerable: null,
    cpuMs: { readability: 0, defuddle: 0 },
  };
  const started = process.cpuUsage();
  try {
    const doc = parseDocument(html, url);
    baseline.readerable = isProbablyReaderable(doc);
    const r = runReadability(doc);
    baseline.readabilityText = r?.textContent ?? '';
    baseline.readabilityBlocks = r?.blocks ?? [];
  } catch (error) {
    baseline.readabilityError = errorMessage(error);
  } finally {
    const used = process.cpuUsage(started);
    baseline.cpuMs.readability = (used.user + used.system) / 1000;
  }
  try {
    const run = await cpuTimed(() => quietly(() => runDefuddle(parseDocument(html, url), url)));
    baseline.defuddleBlocks = run.value;
    baseline.cpuMs.defuddle = run.ms;
  } catch (error) {
    baseline.defuddleError = errorMessage(error);
  }
  return baseline;
}
