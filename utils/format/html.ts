/**
 * Semantic HTML for rich-text paste: h1-h6, p, ul/ol/li (nested), blockquote, figure with
 * figcaption, pre/code, table/tr/td, a/em/strong/code. A string builder: every piece of page
 * text is escaped, the only attribute is `href`, and only for http(s) links. Never parsed,
 * never assigned to innerHTML here.
 */
import { webHref, type Block, type CleanResult, type Run } from '../clean';
import type { ListTree } from '../view';
import { type FormatOptions, pieces, sourceOf, tableRows, titleOf } from './shared';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

export function toHtml(result: Pick<CleanResult, 'title' | 'url' | 'blocks'>, options: FormatOptions): string {
  const parts: string[] = [];
  const title = titleOf(result, options);
  if (title) parts.push(`<h1>${escapeHtml(title)}</h1>`);
  for (const piece of pieces(result.blocks, options)) {
    parts.push(piece.type === 'list' ? listHtml(piece.list) : blockHtml(piece.item));
  }
  const source = sourceOf(result, options);
  if (source) parts.push(`<p>Source: <a href="${escapeHtml(source)}">${escapeHtml(source)}</a></p>`);
  return parts.filter((p) => p.length > 0).join('\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level ?? 2));
      return `<h${level}>${inlineHtml(block)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${inlineHtml(block)}</blockquote>`;
    case 'caption':
      return `<figure><figcaption>${inlineHtml(block)}</figcaption></figure>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'table':
      return `<table>${tableRows(block)
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('')}</table>`;
    default:
      return `<p>${inlineHtml(block)}</p>`;
  }
}

function listHtml(list: ListTree<Block>): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const items = list.entries.map(
    (entry) => `<li>${inlineHtml(entry.item)}${entry.children.map(listHtml).join('')}</li>`,
  );
  return `<${tag}>${items.join('')}</${tag}>`;
}

function inlineHtml(block: Block): string {
  const runs = block.runs.length > 0 ? block.runs : [{ text: block.text }];
  return runs.map(runHtml).join('');
}

function runHtml(run: Run): string {
  let body = escapeHtml(run.text);
  if (run.code) body = `<code>${body}</code>`;
  if (run.emphasis === 'strong') body = `<strong>${body}</strong>`;
  else if (run.emphasis === 'em') body = `<em>${body}</em>`;
  const href = webHref(run.href);
  return href ? `<a href="${escapeHtml(href)}">${body}</a>` : body;
}
