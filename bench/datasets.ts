/** Where the public evaluation data lives and how to read each set; nothing here is copied into the repo. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { pageTypeOf } from './wcxb-metric';

export const DATASETS_ENV = 'SIFT_DATASETS';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Beside the repo: `<repo>/../shared/datasets`. */
const DEFAULT_DATASETS = resolve(REPO_ROOT, '../shared/datasets');

export function repoRoot(): string {
  return REPO_ROOT;
}

export class MissingDatasetsError extends Error {}

export function datasetsRoot(env: NodeJS.ProcessEnv = process.env): string {
  const root = env[DATASETS_ENV] ? resolve(env[DATASETS_ENV]!) : DEFAULT_DATASETS;
  if (!existsSync(root)) {
    throw new MissingDatasetsError(
      `Datasets not found at ${root}. Put the evaluation data there (aeb-dev/, readability/, defuddle/) ` +
        `or point ${DATASETS_ENV} at it, e.g. ${DATASETS_ENV}=/path/to/datasets npm run bench`,
    );
  }
  return root;
}

export interface AebPage {
  id: string;
  url: string;
  truth: string;
  /** Read lazily so that only one page's HTML is in memory at a time. */
  html: () => string;
}

export function loadAeb(root: string): AebPage[] {
  const dir = join(root, 'aeb-dev');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url ?? 'https://example.com/',
      truth: truth[id].articleBody ?? '',
      html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

export interface ReadabilityCase {
  id: string;
  /** Readability's test pages were saved from this made-up address; relative links resolve against it. */
  url: string;
  source: () => string;
  expected: () => string;
}

/** Readability's own tests parse every page at this URL. */
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export function loadReadabilityCases(root: string): ReadabilityCase[] {
  const dir = join(root, 'readability');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => ({
      id,
      url: READABILITY_TEST_URL,
      source: () => readFileSync(join(dir, id, 'source.html'), 'utf8'),
      expected: () => readFileSync(join(dir, id, 'expected.html'), 'utf8'),
    }));
}

export interface DefuddleCase {
  id: string;
  url: string;
  html: () => string;
  /** Defuddle's expected Markdown content, without the leading metadata block. */
  expectedMarkdown: () => string;
}

/** The categories whose fixtures carry related-post blocks, newsletter boxes and trailing link lists. */
export const DEFUDDLE_CATEGORIES = ['content-patterns', 'general', 'issues'] as const;

/** A fixture may name its page address in a leading `<!-- {"url": ...} -->` comment. */
const FIXTURE_META_RE = /^\s*<!--\s*(\{[\s\S]*?\})\s*-->/;

function fixtureUrl(head: string): string | null {
  const json = FIXTURE_META_RE.exec(head)?.[1];
  if (!json) return null;
  try {
    const url = (JSON.parse(json) as { url?: unknown }).url;
    return typeof url === 'string' && /^https?:/.test(url) ? url : null;
  } catch {
    return null;
  }
}

export function loadDefuddleCases(root: string): DefuddleCase[] {
  const dir = join(root, 'defuddle');
  return readdirSync(join(dir, 'fixtures'))
    .filter((name) => name.endsWith('.html') && DEFUDDLE_CATEGORIES.some((c) => name.startsWith(`${c}--`)))
    .sort()
    .map((name) => {
      const id = name.replace(/\.html$/, '');
      const html = () => readFileSync(join(dir, 'fixtures', name), 'utf8');
      const head = html().slice(0, 2000);
      const url = fixtureUrl(head) ?? `https://example.com/${id}`;
      return {
        id,
        url,
        html,
        expectedMarkdown: () => stripMetadata(readFileSync(join(dir, 'expected', `${id}.md`), 'utf8')),
      };
    });
}

/** Expected files start with a fenced or bare JSON metadata block; the content follows it. */
export function stripMetadata(markdown: string): string {
  const fenced = /^```json\n[\s\S]*?\n```\n?/.exec(markdown);
  if (fenced) return markdown.slice(fenced[0].length);
  if (markdown.startsWith('{')) {
    let depth = 0;
    for (let i = 0; i < markdown.length; i++) {
      if (markdown[i] === '{') depth++;
      else if (markdown[i] === '}' && --depth === 0) return markdown.slice(i + 1);
    }
  }
  return markdown;
}

export interface WcxbTruth {
  mainContent: string;
  with: string[];
  without: string[];
}

export interface WcxbPage {
  id: string;
  url: string;
  type: string;
  /** Read lazily, like the HTML: a worker process reads its own pages. */
  truth: () => WcxbTruth;
  html: () => string;
}

/** The WCXB development split: `dev/ground-truth/<id>.json` beside `dev/html/<id>.html.gz`. */
export function wcxbDir(root: string): string {
  return join(root, 'wcxb', 'dev');
}

interface WcxbFile {
  url?: string;
  _internal?: { page_type?: unknown } | null;
  ground_truth?: { main_content?: string | null; with?: string[] | null; without?: string[] | null } | null;
}

const readWcxbFile = (dir: string, id: string): WcxbFile =>
  JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as WcxbFile;

/** One page, or null when its `ground_truth` is not an object (evaluate.py skips those). */
export function wcxbPage(root: string, id: string): WcxbPage | null {
  const dir = wcxbDir(root);
  const file = readWcxbFile(dir, id);
  const gt = file.ground_truth;
  if (!gt || typeof gt !== 'object' || Array.isArray(gt)) return null;
  return {
    id,
    url: file.url ?? 'https://example.com/',
    type: pageTypeOf(file),
    truth: () => {
      const t = readWcxbFile(dir, id).ground_truth ?? {};
      return { mainContent: t.main_content || '', with: t.with || [], without: t.without || [] };
    },
    html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  };
}

/** Pages in id order, as evaluate.py reads them. */
export function loadWcxb(root: string): WcxbPage[] {
  return readdirSync(join(wcxbDir(root), 'ground-truth'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort()
    .flatMap((id) => wcxbPage(root, id) ?? []);
}
