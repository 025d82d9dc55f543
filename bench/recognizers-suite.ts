/**
 * Microsoft's Recognizers-Text suite (devDependency, comparison only) as the figure tagger a
 * developer would pick instead of Sift: every model of the suite on each case, its results
 * mapped to Sift's kinds with the same mapping as the specs' annotations, overlaps resolved
 * longest first. Outputs are cached per suite version, as the suite takes minutes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './datasets';
import { dateKind, type GoldKind, SIMPLE_KINDS, type SpecCase, type SpecLang } from './recognizers-cases';
import type { Predicted } from './recognizers-score';

const SUITE = '@microsoft/recognizers-text-suite';
const CULTURES: Readonly<Record<SpecLang, string>> = {
  en: 'en-us',
  de: 'de-de',
  fr: 'fr-fr',
  es: 'es-es',
  it: 'it-it',
  pt: 'pt-br',
  zh: 'zh-cn',
  ja: 'ja-jp',
};

interface SuiteResult {
  start: number;
  end: number;
  typeName: string;
  text: string;
  resolution?: { values?: { timex?: string }[] } | null;
}
type Recognize = (query: string, culture: string) => SuiteResult[];
type SuiteModule = Record<string, Recognize>;

const MODELS = [
  'recognizeNumber',
  'recognizeOrdinal',
  'recognizePercentage',
  'recognizeCurrency',
  'recognizeDimension',
  'recognizeAge',
  'recognizeTemperature',
  'recognizeDateTime',
  'recognizePhoneNumber',
] as const;

/** A suite result as a Sift kind, or `none` for what it recognises that is no figure (ordinal, time, phone). */
function predictedKind(r: SuiteResult): GoldKind {
  const timex = r.resolution?.values?.[0]?.timex ?? '';
  const simple = SIMPLE_KINDS[r.typeName];
  if (simple) return simple;
  switch (r.typeName) {
    case 'datetimeV2.date':
    case 'datetimeV2.daterange':
    case 'datetimeV2.datetime':
    case 'datetimeV2.datetimerange':
      return dateKind(r.text, timex) === 'date' ? 'date' : 'none';
    case 'datetimeV2.duration':
      return /\d/.test(r.text) ? 'quantity' : 'none';
    default:
      return 'none';
  }
}

const PRIORITY: Readonly<Record<string, number>> = { money: 5, percent: 4, date: 3, quantity: 2, none: 1 };

/** Longest span first (then the more specific kind); what is recognised as no figure still claims its characters. */
export function resolveSuite(results: readonly SuiteResult[], length: number): Predicted[] {
  const spans = results
    .map((r) => ({ start: r.start, end: Math.min(length, r.end + 1), kind: predictedKind(r) }))
    .filter((s) => s.end > s.start && s.kind !== 'ignore')
    .sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.kind] - PRIORITY[a.kind] || a.start - b.start);
  const kept: typeof spans = [];
  for (const s of spans) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return kept
    .filter((s): s is Predicted => s.kind !== 'none')
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, kind }) => ({ start, end, kind }));
}

export interface SuiteRun {
  version: string;
  predictions: Predicted[][];
  /** CPU seconds spent in the suite this run (0 when every case came from the cache). */
  cpuS: number;
  cached: number;
}

export function suiteVersion(): string | null {
  const path = join(repoRoot(), 'node_modules', SUITE, 'package.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version : null;
}

/** Runs every model on every case (or reads the cache), returning each case's resolved spans. */
export function runSuite(cases: readonly SpecCase[], log: (m: string) => void): SuiteRun | null {
  const version = suiteVersion();
  if (!version) return null;
  const dir = join(repoRoot(), 'node_modules', '.cache', 'sift-bench');
  const cacheFile = join(dir, `recognizers-suite-${version}.json`);
  const cache: Record<string, SuiteResult[]> = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  const suite = createRequire(import.meta.url)(SUITE) as SuiteModule;
  const before = process.cpuUsage();
  let cached = 0;
  let fresh = 0;
  const predictions = cases.map((c, i) => {
    const key = `${c.lang}\u0000${c.input}`;
    let results = cache[key];
    if (results) cached++;
    else {
      results = [];
      for (const model of MODELS) {
        try {
          results.push(
            ...suite[model](c.input, CULTURES[c.lang]).map(({ start, end, typeName, text, resolution }) => ({
              start,
              end,
              typeName,
              text,
              resolution: resolution
                ? {
                    values: (resolution as { values?: { timex?: string }[] }).values
                      ?.slice(0, 1)
                      .map((v) => ({ timex: v.timex })),
                  }
                : null,
            })),
          );
        } catch {
          // a model that throws on a case recognises nothing there
        }
      }
      cache[key] = results;
      fresh++;
      if (fresh % 500 === 0) log(`recognizers suite: ${i + 1}/${cases.length}`);
    }
    return resolveSuite(results, c.input.length);
  });
  const used = process.cpuUsage(before);
  if (fresh) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return { version, predictions, cpuS: fresh ? (used.user + used.system) / 1e6 : 0, cached };
}
