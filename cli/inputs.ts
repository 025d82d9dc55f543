/** What `sift clean` was given, as a list of pages, and where each one's output goes. */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { OutputFormat } from './args.ts';

export interface Input {
  /** A path, or '-' for standard input. */
  source: string;
  /** The output's path under --out, without its extension. */
  name: string;
  /** Set when the input cannot be read at all (no such path, a folder without pages). */
  problem?: string;
}

const PAGE = /\.html?$/i;

const EXTENSIONS: Readonly<Record<Exclude<OutputFormat, 'jsonl'>, string>> = {
  text: '.txt',
  markdown: '.md',
  html: '.html',
  json: '.json',
};

export const outputPath = (dir: string, input: Input, format: OutputFormat): string =>
  join(dir, input.name + (format === 'jsonl' ? '.jsonl' : EXTENSIONS[format]));

async function pagesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await pagesUnder(path)));
    // A link is followed when read; a broken one fails alone, like any unreadable page.
    else if ((entry.isFile() || entry.isSymbolicLink()) && PAGE.test(entry.name)) out.push(path);
  }
  return out;
}

const withoutExtension = (path: string): string => path.slice(0, path.length - extname(path).length);

/**
 * Expands folders into their pages (sorted, recursively); a path that cannot be read stays in
 * the list with its problem, so the batch reports it and goes on.
 */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ source: '-', name: 'stdin' });
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      // Reading it will say why (no such file, permission denied).
    }
    if (!isDir) {
      inputs.push({ source: arg, name: withoutExtension(basename(arg)) });
      continue;
    }
    const pages = (await pagesUnder(arg)).sort();
    if (!pages.length) inputs.push({ source: arg, name: basename(arg), problem: `${arg} has no .html or .htm files` });
    for (const page of pages) inputs.push({ source: page, name: withoutExtension(relative(arg, page)) });
  }
  return inputs;
}

/** Two inputs that would write the same output file: the second would overwrite the first. */
export function firstCollision(inputs: readonly Input[]): [Input, Input] | null {
  const seen = new Map<string, Input>();
  for (const input of inputs) {
    const key = input.name.toLowerCase();
    const other = seen.get(key);
    if (other && !input.problem) return [other, input];
    if (!input.problem) seen.set(key, input);
  }
  return null;
}
