/** Two numbers read as one figure: a size (`107.5 x 85mm`) and a proportion told as counts (`1 in 4`, `1 sobre 3 por ciento`). */
import { D, isDigit, isLetter, skipSpace, stickyEnd } from './characters';
import { type NumberRead, RATIO_JOIN, type Tail, readNumber, readTail } from './numbers';
import type { Hit, Scan } from './scan';

const DIMENSION_JOIN = new RegExp(`[ \\u00A0]?[x×][ \\u00A0]?(?=${D})`, 'y');

/**
 * A size (`107.5 x 85mm`, `4.0×1.7mm`, `10 x 20 x 30 cm`, `2 m x 3 m`) is one measure: where the
 * sides after the first, read from `end`, stop, or -1. The last side must carry a unit of measure,
 * so arithmetic (`3 x 4`) and names (`4x4`) stay as they are.
 */
export function dimensionEnd(scan: Scan, end: number): number {
  const t = scan.text;
  let e = end;
  let unit: Tail['unit'] = null;
  for (let sides = 1; sides < 3; sides++) {
    const j = stickyEnd(DIMENSION_JOIN, t, e);
    const next = j >= 0 ? readNumber(scan, j) : null;
    if (next === null) break;
    const tail = readTail(scan, next.end);
    if (tail.kind !== 'quantity' || (tail.unit !== null && tail.unit !== 'measure') || tail.compound) break;
    e = tail.end;
    unit = tail.unit;
  }
  return e > end && unit === 'measure' ? e : -1;
}

/** `1 in 4`, `9 out of 10`: a proportion told as counts. */
export function digitRatio(scan: Scan, amount: NumberRead): Hit | null {
  const t = scan.text;
  if (!amount.plain || amount.value > 100) return null;
  const r = stickyEnd(RATIO_JOIN(), t, amount.end);
  if (r < 0 || !isDigit(t[r])) return null;
  const second = readNumber(scan, r);
  if (!second?.plain || second.value < amount.value || second.value > 1000 || isLetter(t[second.end])) return null;
  return ratioHit(scan, amount.start, second.end);
}

/** A proportion ends at its second count, or after the percent word that makes it a share (`1 sobre 3 por ciento`). */
export function ratioHit(scan: Scan, start: number, end: number): Hit {
  const pct = stickyEnd(scan.tables.percent, scan.text, skipSpace(scan.text, end, 1));
  return pct >= 0 ? { start, end: pct, kind: 'percent' } : { start, end, kind: 'quantity' };
}
