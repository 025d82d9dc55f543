/**
 * Readability's and Defuddle's outputs do not change while the engine does, so a run saves them
 * and `--reuse-baselines` reads them back: iterating on Sift then costs seconds, not minutes.
 * The key holds the three packages' versions and the bench code that produces the texts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './datasets';

export interface Baseline {
  readabilityText: string;
  readabilityBlocks: string[];
  defuddleBlocks: string[];
  /** Readability's `isProbablyReaderable` on the page; null when the page could not be parsed. */
  readerable: boolean | null;
  /** CPU time of each, parsing included (the machine is shared: wall time would measure the neighbours). */
  cpuMs: { readability: number; defuddle: number };
  readabilityError?: string;
  defuddleError?: string;
}

const CACHE_DIR = join(repoRoot(), 'node_modules', '.cache', 'sift-bench');
const PRODUCING_FILES = ['bench/dom.ts', 'bench/extractors.ts', 'bench/text.ts'];

function packageVersion(name: string): string {
  try {
    const require = createRequire(join(repoRoot(), 'package.json'));
    const manifest = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    // defuddle's exports map hides its package.json from require.resolve.
    const direct = join(repoRoot(), 'node_modules', name, 'package.json');
    return existsSync(direct) ? (JSON.parse(readFileSync(direct, 'utf8')) as { version: string }).version : 'unknown';
  }
}

export function cacheKey(): string {
  const hash = createHash('sha256');
  for (const name of ['@mozilla/readability', 'defuddle', 'linkedom']) hash.update(`${name}@${packageVersion(name)}\n`);
  for (const file of PRODUCING_FILES) hash.update(readFileSync(join(repoRoot(), file)));
  return hash.digest('hex').slice(0, 16);
}

/** One cache file per dataset: `aeb` or `wcxb`. */
const cacheFile = (key: string, dataset: string) => join(CACHE_DIR, `${dataset}-baselines-${key}.json`);

export function loadBaselines(key: string, dataset = 'aeb'): Map<string, Baseline> {
  try {
    return new Map(
      Object.entries(JSON.parse(readFileSync(cacheFile(key, dataset), 'utf8')) as Record<string, Baseline>),
    );
  } catch {
    return new Map();
  }
}

export function saveBaselines(key: string, baselines: Map<string, Baseline>, dataset = 'aeb'): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cacheFile(key, dataset), JSON.stringify(Object.fromEntries(baselines)));
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}
