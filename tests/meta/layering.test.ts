import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSource, sourceFiles, withoutComments } from './source-files';

/**
 * The tree follows the data flow: the engine (utils/clean) knows nothing of the views or the
 * browser; only the browser-glue folders touch extension APIs; views, the CLI and the benchmark
 * reach the engine through its one door.
 */
const SOURCE_DIRS = ['utils', 'components', 'hooks', 'entrypoints', 'cli', 'bench', 'scripts'];
// bench/reference-extension/ is not Sift: it is the plain reader extension the bench measures Sift against.
const BROWSER_FOLDERS = ['utils/extension/', 'entrypoints/', 'hooks/', 'components/', 'bench/reference-extension/'];
const ENGINE = 'utils/clean/';
const ENGINE_DOOR = 'utils/clean/index.ts';

/** Extension APIs: the `browser` / `chrome` globals and the modules that provide them. */
const BROWSER_API =
  /\b(?:browser|chrome)\.(?:runtime|tabs|storage|scripting|permissions|i18n|action|contextMenus|commands|windows)\b|from ['"](?:wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill)['"]/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function touchesBrowser(text: string): boolean {
  return BROWSER_API.test(withoutComments(text));
}

/** The repository paths a file imports (package imports are left out). */
function importedPaths(file: string, text: string): string[] {
  const out: string[] = [];
  for (const match of withoutComments(text).matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (spec.startsWith('@/')) out.push(normalize(spec.slice(2)));
    else if (spec.startsWith('.')) out.push(normalize(join(dirname(file), spec)));
  }
  return out;
}

/** Imports of the engine from outside it must name its door (with or without the file name). */
const isEngineDoor = (path: string): boolean =>
  path === 'utils/clean' || path === 'utils/clean/index' || path === ENGINE_DOOR;

const files = sourceFiles(SOURCE_DIRS);

describe('layering', () => {
  test('there are files in every layer', () => {
    for (const dir of ['utils/clean/', 'utils/view/', 'utils/format/', 'utils/extension/', 'components/', 'cli/'])
      expect(files.some((f) => f.startsWith(dir))).toBe(true);
  });

  test.each(files.filter((f) => !BROWSER_FOLDERS.some((dir) => f.startsWith(dir))))(
    '%s does not touch extension APIs',
    (file) => {
      expect(touchesBrowser(readSource(file))).toBe(false);
    },
  );

  test.each(files.filter((f) => f.startsWith(ENGINE)))('%s imports nothing outside the engine', (file) => {
    const outside = importedPaths(file, readSource(file)).filter((path) => !path.startsWith(ENGINE));
    expect(outside).toEqual([]);
  });

  test.each(files.filter((f) => !f.startsWith(ENGINE)))('%s reaches the engine only through its door', (file) => {
    const deep = importedPaths(file, readSource(file)).filter((p) => p.startsWith(ENGINE) && !isEngineDoor(p));
    expect(deep).toEqual([]);
  });

  test.each([
    ["import { browser } from 'wxt/browser';", true],
    ['await browser.storage.sync.get()', true],
    ['chrome.tabs.query({})', true],
    ['// browser.tabs is not used here', false],
    ['const browserName = "x";', false],
  ])('touchesBrowser(%j) is %s', (text, expected) => {
    expect(touchesBrowser(text)).toBe(expected);
  });

  test('imported paths resolve relative and @/ imports', () => {
    const text =
      "import { a } from '../clean/stages/dedupe';\nimport type { B } from '@/utils/clean';\nimport x from 'preact';";
    expect(importedPaths('utils/view/x.ts', text)).toEqual(['utils/clean/stages/dedupe', 'utils/clean']);
  });
});
