import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * House rule: page content never reaches an HTML parser in an extension page. This fails if any
 * HTML-string sink appears in extension code. The allow-list is empty on purpose; adding to it
 * needs a reason in review.
 */
const ROOT = resolve(__dirname, '../..');
const SCANNED_DIRS = ['entrypoints', 'components', 'hooks', 'utils'];
const SOURCE_FILE = /\.(ts|tsx|js|jsx|mjs|html)$/;
const HTML_SINKS: readonly [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML assignment', /\bouterHTML\s*=(?!=)/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
];
const ALLOW_LIST: readonly string[] = [];

/**
 * Comments may name the sinks (to say they are not used); code may not. Only block comments
 * and whole-line `//` comments are dropped, so a URL string's `//` cannot hide code after it.
 */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function sinksIn(text: string): string[] {
  const stripped = code(text);
  return HTML_SINKS.filter(([, pattern]) => pattern.test(stripped)).map(([name]) => name);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

const files = SCANNED_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => relative(ROOT, path));

describe('no HTML-string sinks in extension code', () => {
  test('there are files to scan', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain('components/ArticleView.tsx');
  });

  test.each(files.filter((file) => !ALLOW_LIST.includes(file)))('%s', (file) => {
    const found = sinksIn(readFileSync(join(ROOT, file), 'utf8'));
    expect(found, `${file} uses ${found.join(', ')}`).toEqual([]);
  });

  test.each([
    ['el.innerHTML = x', true],
    ['el.outerHTML = x', true],
    ['el.outerHTML === x', false],
    ['<div dangerouslySetInnerHTML={{ __html: x }} />', true],
    ['el.insertAdjacentHTML("beforeend", x)', true],
    ['el.textContent = x', false],
    ['/** Page text is never assigned to innerHTML. */', false],
    ['  // no innerHTML here', false],
    ["const u = 'https://a.example/'; el.innerHTML = u;", true],
  ])('the check itself catches %s: %s', (source, caught) => {
    expect(sinksIn(source).length > 0).toBe(caught);
  });
});
