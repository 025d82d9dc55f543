/**
 * Whitespace as a browser shows it, across the runs of one block (segment's inline text).
 */
import type { Run } from '../types';

/** Marks a `<br>` while whitespace is collapsed; becomes "\n" in the block text. */
export const LINE_BREAK = '\u2028';

/** HTML whitespace plus the no-break space, which pages use as padding; thin spaces in numbers stay. */
const HTML_WHITESPACE = /[ \t\n\r\f\u00a0]+/g;

export function sameStyle(a: Run, b: Run): boolean {
  return a.href === b.href && a.emphasis === b.emphasis && a.code === b.code;
}

/** A run being built: its pieces are joined once at the end, so a block of 100,000 pieces stays linear. */
interface OpenRun {
  run: Run;
  pieces: string[];
}

const lastCharOf = (open: OpenRun | undefined): string => {
  const piece = open?.pieces[open.pieces.length - 1];
  return piece ? piece[piece.length - 1] : '';
};

/**
 * Collapses whitespace as a browser would show it across the runs of one block: one space between
 * words whatever tags stand between them, none at the ends, none around line breaks. Linear in
 * the block's length: only the last character built so far is ever looked at.
 */
export function normaliseRuns(raw: readonly Run[]): Run[] {
  const open: OpenRun[] = [];
  let atLineStart = true;
  for (const run of raw) {
    let text = run.text.replace(HTML_WHITESPACE, ' ');
    text = text.replace(/ ?\u2028 ?/g, LINE_BREAK);
    const before = lastCharOf(open[open.length - 1]);
    if (atLineStart || open.length === 0 || before === ' ' || before === LINE_BREAK) {
      text = text.replace(/^ /, '');
    }
    if (!text) continue;
    if (text.startsWith(LINE_BREAK) && open.length > 0 && before === ' ') {
      const pieces = open[open.length - 1].pieces;
      const trimmed = pieces[pieces.length - 1].slice(0, -1);
      if (trimmed) pieces[pieces.length - 1] = trimmed;
      else pieces.pop();
    }
    atLineStart = false;
    const piece = { ...run, text };
    if (!piece.text.trim() && piece.href) delete piece.href;
    const last = open[open.length - 1];
    if (last && sameStyle(last.run, piece)) last.pieces.push(text);
    else open.push({ run: piece, pieces: [text] });
  }
  const out = open.map(({ run, pieces }) => {
    run.text = pieces.join('');
    return run;
  });
  // Trim the block's ends, which may span several runs.
  let first = 0;
  while (first < out.length && !out[first].text.replace(/^[ \u2028]+/, '')) first++;
  let end = out.length;
  while (end > first && !out[end - 1].text.replace(/[ \u2028]+$/, '')) end--;
  const kept = first === 0 && end === out.length ? out : out.slice(first, end);
  if (kept.length) kept[0].text = kept[0].text.replace(/^[ \u2028]+/, '');
  if (kept.length) kept[kept.length - 1].text = kept[kept.length - 1].text.replace(/[ \u2028]+$/, '');
  for (const run of kept) run.text = run.text.replace(/\u2028+/g, '\n');
  return kept;
}
