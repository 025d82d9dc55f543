/**
 * The page's schema.org JSON-LD as a flat list of nodes: arrays, `@graph` lists and nested
 * objects (an Article's `publisher`, a page's `mainEntity`) are all visited, so a caller asks
 * "is there a Product?" or "who publishes this?" without knowing how the page nested it.
 */

export type JsonLdNode = Record<string, unknown>;

/** A page that nests deeper than this is read only to this depth. */
const MAX_DEPTH = 6;
/** Scripts longer than this are data dumps, not page descriptions; skipped to stay fast. */
const MAX_SCRIPT_CHARS = 500_000;

function visit(value: unknown, depth: number, out: JsonLdNode[]): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, depth + 1, out);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  for (const [key, child] of Object.entries(node)) {
    if (key !== '@context' && typeof child === 'object') visit(child, depth + 1, out);
  }
}

/** Every JSON-LD node of the page, outermost first. Malformed scripts are skipped. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    try {
      visit(JSON.parse(text), 0, out);
    } catch {
      // A page's broken JSON-LD says nothing about it.
    }
  }
  return out;
}

/** A node's `@type`s ("NewsArticle", or ["Product", "Thing"]) without any schema.org prefix. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

/** A string field, or the `name` of an object field (`publisher: { name }`), trimmed. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return nameOf((value as JsonLdNode).name);
  return null;
}
