import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The repository's root, for meta-tests that read the source as text. */
export const ROOT = resolve(__dirname, '../..');
const SOURCE_FILE = /\.(ts|tsx|js|jsx|mjs|html)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

/** Source files under the given folders, as paths relative to the root. */
export function sourceFiles(dirs: readonly string[]): string[] {
  return dirs
    .filter((dir) => existsSync(join(ROOT, dir)))
    .flatMap((dir) => walk(join(ROOT, dir)))
    .map((path) => relative(ROOT, path));
}

export function readSource(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

/**
 * Comments may name what code may not use. Only block comments and whole-line `//` comments are
 * dropped, so a URL string's `//` cannot hide code after it.
 */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}
