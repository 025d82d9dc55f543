/** Built extension sizes, gzip, when `npm run build` has produced .output/chrome-mv3. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Issue 13's budget for the cleaner content script, gzip: it carries only the DOM half of the
 * pipeline (readPage: Readability, metadata, segment); the text stages run in the popup.
 */
export const CLEANER_GOAL_GZIP_BYTES = 25_000;

export interface BundleEntry {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  built: boolean;
  dir: string;
  entries: BundleEntry[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function entry(name: string, root: string, files: string[]): BundleEntry {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { name, files: files.map((f) => relative(root, f)), bytes, gzipBytes };
}

/** The popup is its HTML page plus every script and style it names (shared chunks included). */
function popupFiles(root: string, all: string[]): string[] {
  const page = join(root, 'popup.html');
  if (!existsSync(page)) return [];
  const html = readFileSync(page, 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(root, m[1]));
  return [page, ...referenced.filter((f) => all.includes(f))];
}

export function measureBundle(repoRoot: string): BundleResult {
  const dir = join(repoRoot, '.output', 'chrome-mv3');
  if (!existsSync(dir)) return { built: false, dir, entries: [] };
  const all = walk(dir);
  const entries: BundleEntry[] = [];
  const missing = (name: string): BundleEntry => ({
    name: `${name}: not built`,
    files: [],
    bytes: NaN,
    gzipBytes: NaN,
  });
  // The cleaner is an unlisted script at the root (the popup injects it), the reader a content script.
  const scripts = all.filter((f) => /content-scripts\/.*\.js$/.test(f) || relative(dir, f) === 'cleaner.js');
  for (const file of scripts) entries.push(entry(`content script ${relative(dir, file)}`, dir, [file]));
  if (!scripts.length) entries.push(missing('content script'));
  const popup = popupFiles(dir, all);
  entries.push(popup.length ? entry('popup (html + scripts + styles)', dir, popup) : missing('popup'));
  const background = all.filter((f) => /background\.js$/.test(f));
  if (background.length) entries.push(entry('background', dir, background));
  return { built: true, dir, entries };
}
