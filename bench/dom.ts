/** One DOM implementation for every extractor: linkedom, a fresh document per page and per run. */
import { parseHTML } from 'linkedom';
import { BLOCK_TAGS as ENGINE_BLOCK_TAGS } from '../utils/clean/index.ts';

/**
 * Parses a page on its own: nothing is shared between pages, so dropping the returned document
 * frees it. Adds the two browser APIs Defuddle reads that linkedom lacks.
 */
export function parseDocument(html: string, url: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const doc = document as unknown as {
    URL: string;
    styleSheets: unknown;
    defaultView: { getComputedStyle?: unknown } | null;
  };
  if (!doc.styleSheets) doc.styleSheets = [];
  const view = doc.defaultView;
  if (view && !view.getComputedStyle) view.getComputedStyle = () => ({ display: '' });
  try {
    doc.URL = url;
  } catch {
    // Some DOMs keep URL read-only; the extractors also receive the URL explicitly.
  }
  return document;
}

/** Elements that start a new line of text (the engine's block elements, and line breaks and forms): their text never runs into a neighbour's word. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([...ENGINE_BLOCK_TAGS, 'BR', 'FORM']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The texts of an element's blocks, in order: what "Readability joined by blocks" scores. */
export function blockTexts(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) current += child.nodeValue ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}
