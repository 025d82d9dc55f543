// Issue 9.5: the popup shows what clean() shows. The built extension's popup, run on a page in
// real Chromium, and clean() in Node on the same HTML parsed by linkedom (as the CLI parses it),
// must give the same blocks, in the same order, with the same texts: on every e2e page, and on a
// fixed sample of benchmark pages read from the datasets at test time (never copied here).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { datasetsRoot, loadWcxb } from '../../bench/datasets';
import { clean, isSiftError, type Block, type CleanOptions } from '../../utils/clean/index.ts';
import { FORCE_OPTIONS } from '../../utils/extension/clean-request/page';
import { clickToolbar, type Popup } from './support/popup';
import type { ExtraPage } from './support/server';
import { useSift } from './support/setup';

const PAGES_DIR = join(import.meta.dirname, 'pages');
const E2E_PAGES = readdirSync(PAGES_DIR)
  .filter((name) => name.endsWith('.html'))
  .sort();

/** The benchmark sample's rule: every 75th page of WCXB dev in id order (20 pages, all seven types). */
const SAMPLE_EVERY = 75;
/**
 * Benchmark pages are real sites: their scripts would rewrite the page in the browser (linkedom
 * runs none) and their images, fonts and frames would reach the network. The policy stops both,
 * so the two DOMs start from the same HTML; content scripts are not bound by a page's policy.
 */
const NO_ACTIVE_CONTENT = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function benchmarkSample(): { path: string; label: string; page: ExtraPage }[] {
  let root: string;
  try {
    root = datasetsRoot();
  } catch {
    return [];
  }
  return loadWcxb(root)
    .filter((_, i) => i % SAMPLE_EVERY === 0)
    .map((p) => ({
      path: `/wcxb/${p.id}.html`,
      label: `WCXB ${p.id} (${p.type})`,
      page: { body: p.html(), headers: { 'content-security-policy': NO_ACTIVE_CONTENT } },
    }));
}

const SAMPLE = benchmarkSample();
const served = new Map(SAMPLE.map((s) => [s.path, s.page]));
const h = useSift({ pages: (path) => served.get(path) });

/** A block as both sides can show it: its id, and its text with white space collapsed. */
interface ShownBlock {
  id: string;
  text: string;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What the popup renders for a block: a table's cells, any other block's text. */
function engineText(block: Block): string {
  return collapse(block.kind === 'table' && block.rows ? block.rows.flat().join('') : block.text);
}

/** The kept blocks the popup shows, in order, each without the blocks nested in it (list children). */
function popupBlocks(popup: Popup): Promise<ShownBlock[]> {
  return popup.surface.run(
    `(root) => [...root.querySelectorAll('[data-testid=article] [data-block-id]')]
      .filter((el) => !el.hasAttribute('data-removed'))
      .map((el) => { const copy = el.cloneNode(true);
        copy.querySelectorAll('[data-block-id], button, .sift-in-place-why').forEach((n) => n.remove());
        return { id: el.getAttribute('data-block-id'), text: copy.textContent.replace(/\\s+/g, ' ').trim() }; })`,
  );
}

type Outcome =
  | { ok: true; isArticle: boolean; title: string; blocks: ShownBlock[]; removed: string[] }
  | { ok: false; code: string };

/** clean() in Node on the HTML the tab was served, as the CLI runs it (linkedom, the page's address). */
function inNode(html: string, url: string, options: Partial<CleanOptions> = {}): Outcome {
  const { document } = parseHTML(html);
  try {
    const result = clean(document as unknown as Document, { url, ...options, mayChangeDocument: true });
    return {
      ok: true,
      isArticle: result.isArticle,
      title: result.title,
      blocks: result.blocks.map((b) => ({ id: b.id, text: engineText(b) })),
      removed: result.removed.map((r) => r.block.id).sort(),
    };
  } catch (error) {
    if (isSiftError(error)) return { ok: false, code: error.code };
    throw error;
  }
}

async function compare(path: string, html: string): Promise<void> {
  const tab = await h.openTab(path);
  const url = tab.url();
  const popup = await clickToolbar(h.sift, tab);
  try {
    const state = await popup.settled();
    const node = inNode(html, url);
    // The decision first: the popup says "not an article" exactly when clean() does (or finds none).
    const nodeState = node.ok && node.isArticle ? 'article' : 'not-article';
    expect(state, `${path}: the popup's state`).toBe(nodeState);
    let expected = node;
    if (state === 'not-article') {
      if (!(await popup.exists('[data-testid=clean-anyway]'))) return; // too large: nothing to compare
      await popup.click('[data-testid=clean-anyway]');
      // The popup shows the result it already has (a page refused by the decision); only a page
      // with no article at all is cleaned again, forced.
      if (!node.ok) expected = inNode(html, url, FORCE_OPTIONS);
      if (!expected.ok) {
        expect(await popup.settled(), `${path}: Clean anyway finds nothing either`).not.toBe('article');
        return;
      }
      // The forced clean may keep nothing (a collection page whose only "article" is its footer,
      // all of it furniture): the popup then says nothing is left, and the empty list is compared.
      await popup.waitFor(
        `(root) => root.querySelector('[data-testid=article] [data-block-id]') || root.querySelector('[data-testid=article] .sift-empty')`,
      );
    }
    if (!expected.ok) return;
    expect(await popup.text('title'), `${path}: the title`).toBe(expected.title);
    // A long article renders its first blocks first and the rest a moment later (ArticleView).
    await popup.waitFor(`(root) => root.querySelector('[data-testid=article][data-complete]')`);
    const shown = await popupBlocks(popup);
    // Ids first, for a readable failure when a block is missing or extra; then the texts.
    expect(
      shown.map((b) => b.id),
      `${path}: the popup's blocks`,
    ).toEqual(expected.blocks.map((b) => b.id));
    expect(shown, `${path}: the blocks' texts`).toEqual(expected.blocks);
    if (!expected.blocks.length) {
      // Nothing kept: the removals are what the two DOMs must agree on.
      expect(await popup.exists('[data-testid=article] .sift-empty'), `${path}: says nothing is left`).toBe(true);
      await popup.openRemovedPanel();
      const removed = (await popup.removedItems()).map((item) => item.blockId).sort();
      expect(removed, `${path}: the removed blocks`).toEqual(expected.removed);
    }
  } finally {
    await popup.close();
    await tab.close();
  }
}

describe('the popup shows what clean() shows', () => {
  test.each(E2E_PAGES)('e2e page %s', async (name) => {
    await compare(`/${name}`, readFileSync(join(PAGES_DIR, name), 'utf8'));
  });

  describe.skipIf(!SAMPLE.length)('benchmark pages (datasets found at SIFT_DATASETS or ../shared/datasets)', () => {
    test.each(SAMPLE.map((s) => [s.label, s] as const))('%s', async (_, sample) => {
      await compare(sample.path, sample.page.body);
    });
  });
});
