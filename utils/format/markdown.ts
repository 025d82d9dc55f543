/**
 * Markdown (CommonMark with GFM tables), written straight from the blocks and their runs:
 * headings, lists, quotes, links, emphasis, inline and fenced code, pipe tables. Every piece
 * of page text is escaped, so a paragraph that starts with "1." or contains "*" or "|" reads
 * back as the same text, never as structure.
 */
import { webHref, type Block, type CleanResult, type Run } from '../clean';
import type { ListTree } from '../view';
import { type FormatOptions, pieces, sourceOf, tableRows, titleOf } from './shared';

/** Characters that mean something anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
/** Characters that mean something at the start of a line: headings, quotes, list markers, setext underlines. */
const LINE_START_SPECIAL = /^([ \t]*)([#>+=-])/gm;
/** "1. " or "1) " at the start of a line would open an ordered list. */
const LINE_START_ORDERED = /^([ \t]*\d{1,9})([.)])(?=\s|$)/gm;
/** "&amp;" and "&#38;" would be read as character references. */
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;

export function toMarkdown(result: Pick<CleanResult, 'title' | 'url' | 'blocks'>, options: FormatOptions): string {
  const parts: string[] = [];
  const title = titleOf(result, options);
  if (title) parts.push(`# ${escapeText(oneLine(title))}`);
  for (const piece of pieces(result.blocks, options)) {
    parts.push(piece.type === 'list' ? listMarkdown(piece.list, '') : blockMarkdown(piece.item));
  }
  const source = sourceOf(result, options);
  if (source) parts.push(`Source: <${source}>`);
  return parts.filter((p) => p.length > 0).join('\n\n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level ?? 2));
      return `${'#'.repeat(level)} ${oneLine(inlineMarkdown(block))}`;
    }
    case 'quote':
      return inlineMarkdown(block)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'code':
      return fencedCode(block.text);
    case 'table':
      return tableMarkdown(tableRows(block));
    default:
      return inlineMarkdown(block);
  }
}

function listMarkdown(list: ListTree<Block>, indent: string): string {
  const lines: string[] = [];
  for (const entry of list.entries) {
    const marker = list.ordered ? `${entry.number}. ` : '- ';
    const inner = indent + ' '.repeat(marker.length);
    const [first, ...rest] = inlineMarkdown(entry.item).split('\n');
    lines.push(`${indent}${marker}${first}`);
    for (const line of rest) lines.push(`${inner}${line}`);
    for (const child of entry.children) lines.push(listMarkdown(child, inner));
  }
  return lines.join('\n');
}

/** A block's runs as inline Markdown, with line-start markers in its text escaped. */
function inlineMarkdown(block: Block): string {
  const runs = block.runs.length > 0 ? mergeRuns(block.runs) : [{ text: block.text }];
  const text = runs.map(runMarkdown).join('').trim();
  return text.replace(LINE_START_SPECIAL, '$1\\$2').replace(LINE_START_ORDERED, '$1\\$2');
}

/** Neighbouring runs with the same link and style are one: `*a**b*` would not read back as one emphasis. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.href === run.href && last.emphasis === run.emphasis && Boolean(last.code) === Boolean(run.code)) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else out.push({ ...run });
  }
  return out;
}

function runMarkdown(run: Run): string {
  // emphasis markers must touch the words, so the run's outer spaces go outside them
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
  const [, lead, core, trail] = match;
  if (core === '') return run.text.replace(/\n/g, ' ');
  let body = run.code ? codeSpan(core) : escapeText(core);
  if (run.emphasis === 'strong') body = `**${body}**`;
  else if (run.emphasis === 'em') body = `*${body}*`;
  const href = webHref(run.href);
  if (href) body = `[${body}](${linkDestination(href)})`;
  return `${lead}${body}${trail}`;
}

function escapeText(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/** Parentheses would end the destination early; the URL parser already encoded spaces and quotes. */
function linkDestination(href: string): string {
  return href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((s) => s.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text.replace(/\n/g, ' ')}${pad}${ticks}`;
}

function fencedCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((s) => s.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

function tableMarkdown(rows: string[][]): string {
  if (rows.length === 0) return '';
  const width = Math.max(1, ...rows.map((r) => r.length));
  const line = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeText(oneLine(cells[i] ?? ''))).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
