/**
 * Plain text: the title, then the blocks separated by blank lines. List items become "- "
 * (or "1. ") lines, two spaces deeper per nesting level, one per line; table rows keep their
 * cells apart with tabs so they paste into a spreadsheet.
 */
import type { Block, CleanResult } from '../clean';
import type { ListTree } from '../view';
import { type FormatOptions, pieces, sourceOf, tableRows, titleOf } from './shared';

const INDENT = '  ';

export function toText(result: Pick<CleanResult, 'title' | 'url' | 'blocks'>, options: FormatOptions): string {
  const parts: string[] = [];
  const title = titleOf(result, options);
  if (title) parts.push(oneLine(title));
  for (const piece of pieces(result.blocks, options)) {
    parts.push(piece.type === 'list' ? listText(piece.list, 0) : blockText(piece.item));
  }
  const source = sourceOf(result, options);
  if (source) parts.push(`Source: ${source}`);
  return parts.filter((p) => p.length > 0).join('\n\n');
}

function blockText(block: Block): string {
  if (block.kind === 'table')
    return tableRows(block)
      .map((row) => row.map(oneLine).join('\t'))
      .join('\n');
  if (block.kind === 'code') return block.text;
  return block.text.trim();
}

function listText(list: ListTree<Block>, depth: number): string {
  const lines: string[] = [];
  for (const entry of list.entries) {
    const marker = list.ordered ? `${entry.number}. ` : '- ';
    const indent = INDENT.repeat(depth);
    const [first, ...rest] = entry.item.text.trim().split('\n');
    lines.push(`${indent}${marker}${first}`);
    for (const line of rest) lines.push(`${indent}${' '.repeat(marker.length)}${line}`);
    for (const child of entry.children) lines.push(listText(child, depth + 1));
  }
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
