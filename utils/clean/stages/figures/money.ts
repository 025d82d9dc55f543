/** Money written with a sign or code before the amount: `$5 million`, `US$3m`, `EUR 300`. */
import { isDigit, skipSpace, stickyEnd } from './characters';
import { gluedScaleEnd } from './chinese';
import { ATTACHED_SCALE, readAmount, readTail } from './numbers';
import type { Outcome, Scan } from './scan';

export function moneyWithPrefix(scan: Scan, p: number): Outcome {
  const t = scan.text;
  const prefixEnd = stickyEnd(scan.tables.currencyPrefix, t, p);
  if (prefixEnd < 0) return null;
  const q = skipSpace(t, prefixEnd, 1);
  if (!isDigit(t[q])) return null;
  const amount = readAmount(scan, q, true);
  if (amount === null) return null;
  const tail = readTail(scan, amount.end);
  // "$5 million" keeps its scale; a unit after ("$5 a day") is not part of the sum
  const end = tail.scaled ? scaleEnd(scan, amount.end) : amount.end;
  return { start: p, end, kind: 'money' };
}

function scaleEnd(scan: Scan, e: number): number {
  const t = scan.text;
  const zh = gluedScaleEnd(scan, e);
  if (zh >= 0) return zh;
  const attached = stickyEnd(ATTACHED_SCALE, t, e);
  if (attached >= 0) return attached;
  const spaced = stickyEnd(scan.tables.scale, t, skipSpace(t, e, 1));
  if (spaced < 0) return e;
  const again = stickyEnd(scan.tables.scale, t, skipSpace(t, spaced, 1));
  return again >= 0 ? again : spaced;
}
