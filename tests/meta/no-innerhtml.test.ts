import { describe, expect, test } from 'vitest';
import { readSource, sourceFiles, withoutComments } from './source-files';

/**
 * House rule: page content never reaches an HTML parser in an extension page. This fails if any
 * HTML-string sink appears in extension code. The allow-list is empty on purpose; adding to it
 * needs a reason in review.
 */
const SCANNED_DIRS = ['entrypoints', 'components', 'hooks', 'utils'];
const HTML_SINKS: readonly [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML assignment', /\bouterHTML\s*=(?!=)/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
];
const ALLOW_LIST: readonly string[] = [];

function sinksIn(text: string): string[] {
  const stripped = withoutComments(text);
  return HTML_SINKS.filter(([, pattern]) => pattern.test(stripped)).map(([name]) => name);
}

const files = sourceFiles(SCANNED_DIRS);

describe('no HTML-string sinks in extension code', () => {
  test('there are files to scan', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain('components/ArticleView.tsx');
  });

  test.each(files.filter((file) => !ALLOW_LIST.includes(file)))('%s', (file) => {
    const found = sinksIn(readSource(file));
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
