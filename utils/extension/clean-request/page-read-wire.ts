import type { Block, PageRead } from '@/utils/clean';

/**
 * A PageRead as it crosses from the page to the extension, without what the receiver can
 * rebuild: a block's `text` (its runs joined, as segment makes it), its `id` (`b<index>`) and
 * its empty `figures` (the text stages fill them in). On a 1 MB article that is over a third of
 * the JSON the page's thread writes and the popup parses. Each field is left out only when it
 * is what the receiver would rebuild, so any block crosses unchanged, and a block sent whole
 * (an older cleaner, a test's fake) is read as it is.
 */
export type WireBlock = Omit<Block, 'id' | 'text' | 'figures'> & Partial<Pick<Block, 'id' | 'text' | 'figures'>>;
export type WirePageRead = Omit<PageRead, 'blocks'> & { blocks: WireBlock[] };

const joined = (runs: Block['runs']): string => (runs.length === 1 ? runs[0].text : runs.map((r) => r.text).join(''));

export function toWire(read: PageRead): WirePageRead {
  return { ...read, blocks: read.blocks.map(wireBlock) };
}

function wireBlock(block: Block): WireBlock {
  const { id, text, figures, ...rest } = block;
  const out: WireBlock = rest;
  if (id !== `b${block.index}`) out.id = id;
  if (text !== joined(block.runs)) out.text = text;
  if (figures.length) out.figures = figures;
  return out;
}

export function fromWire(read: WirePageRead): PageRead {
  return { ...read, blocks: read.blocks.map(fullBlock) };
}

/** Keys in segment's order (id, index, kind, text, runs, figures, then the optional ones), so a block reads back as it was made. */
function fullBlock(wire: WireBlock): Block {
  const { id, index, kind, text, runs, figures, ...rest } = wire;
  return { id: id ?? `b${index}`, index, kind, text: text ?? joined(runs), runs, figures: figures ?? [], ...rest };
}
