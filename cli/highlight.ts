import type { Block, CleanResult, FigureKind, Run } from '../utils/clean/index.ts';

/** Terminal colours per figure kind (background), so the demo shows what the popup marks. */
const KIND_COLOURS: Readonly<Record<FigureKind, string>> = {
  money: '\u001b[30;42m',
  percent: '\u001b[30;46m',
  date: '\u001b[30;43m',
  quantity: '\u001b[30;45m',
};
const RESET = '\u001b[0m';

/** Inserts `insert` at `offset` of the block's text, inside whichever run holds that offset. */
function insertAt(runs: Run[], offset: number, insert: string, atEnd: boolean): void {
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    if (offset < end || (atEnd && offset === end)) {
      run.text = run.text.slice(0, offset - start) + insert + run.text.slice(offset - start);
      return;
    }
    start = end;
  }
  runs[runs.length - 1].text += insert;
}

function highlightBlock(block: Block): Block {
  if (!block.figures.length) return block;
  const runs = block.runs.map((r) => ({ ...r }));
  // From the last figure back, so earlier offsets stay valid.
  for (const figure of [...block.figures].sort((a, b) => b.start - a.start)) {
    insertAt(runs, figure.end, RESET, true);
    insertAt(runs, figure.start, KIND_COLOURS[figure.kind], false);
  }
  return { ...block, runs, text: runs.map((r) => r.text).join('') };
}

/** The result with each figure coloured by kind, for printing to a terminal. */
export function highlightFigures(result: CleanResult): CleanResult {
  return { ...result, blocks: result.blocks.map(highlightBlock) };
}

export const LEGEND = (Object.entries(KIND_COLOURS) as [FigureKind, string][])
  .map(([kind, colour]) => `${colour} ${kind} ${RESET}`)
  .join(' ');
