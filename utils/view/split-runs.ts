import type { Block, Figure, FigureKind, Run } from '../clean';

/** A piece of the block's text to render: plain runs, or the runs inside one key figure. */
export type Segment = { type: 'run'; run: Run } | { type: 'figure'; figure: Figure; runs: Run[] };

/**
 * Cuts a block's runs at its figures' offsets so each figure can be wrapped in one `<mark>`
 * while links and emphasis keep their extent (a link that straddles a figure becomes two
 * links). Figures of other kinds, out of range or overlapping an earlier one are not marked.
 */
export function splitRunsAtFigures(block: Pick<Block, 'runs' | 'figures'>, kinds?: readonly FigureKind[]): Segment[] {
  const textLength = block.runs.reduce((sum, run) => sum + run.text.length, 0);
  const figures = markableFigures(block.figures, textLength, kinds);
  const segments: Segment[] = [];
  let figureIndex = 0;
  let offset = 0;

  const current = (): Extract<Segment, { type: 'figure' }> | null => {
    const last = segments[segments.length - 1];
    return last?.type === 'figure' && last.figure === figures[figureIndex] ? last : null;
  };

  for (const run of block.runs) {
    const runEnd = offset + run.text.length;
    let cursor = offset;
    while (cursor < runEnd) {
      const figure = figures[figureIndex];
      if (!figure || figure.start >= runEnd) {
        segments.push({ type: 'run', run: slice(run, cursor - offset, runEnd - offset) });
        cursor = runEnd;
      } else if (cursor < figure.start) {
        segments.push({ type: 'run', run: slice(run, cursor - offset, figure.start - offset) });
        cursor = figure.start;
      } else {
        const pieceEnd = Math.min(figure.end, runEnd);
        const piece = slice(run, cursor - offset, pieceEnd - offset);
        const open = current();
        if (open) open.runs.push(piece);
        else segments.push({ type: 'figure', figure, runs: [piece] });
        cursor = pieceEnd;
        if (pieceEnd === figure.end) figureIndex += 1;
      }
    }
    offset = runEnd;
  }
  return segments;
}

function markableFigures(figures: readonly Figure[], textLength: number, kinds?: readonly FigureKind[]): Figure[] {
  const sorted = figures
    .filter((figure) => !kinds || kinds.includes(figure.kind))
    .filter((figure) => figure.start >= 0 && figure.end > figure.start && figure.end <= textLength)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Figure[] = [];
  for (const figure of sorted) {
    const previous = result[result.length - 1];
    if (!previous || figure.start >= previous.end) result.push(figure);
  }
  return result;
}

function slice(run: Run, start: number, end: number): Run {
  return start === 0 && end === run.text.length ? run : { ...run, text: run.text.slice(start, end) };
}
