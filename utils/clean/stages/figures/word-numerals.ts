/**
 * Cardinals written in words, as one number however many words they take: `fifty-two`,
 * `two hundred and five`, `ciento treinta y dos`, `quatre-vingt-dix-sept`, `dreiundzwanzig`,
 * `minus five point five`. The words and joiners come from the page language's record; a word
 * joins the number before it only where the grammar of numbers allows it (a smaller value after
 * a larger one, or a larger multiplier), so `one two three` stays three numbers.
 */
import { isLetter, skipSpace, wordAt } from './characters';
import type { Scan } from './scan';

export interface Cardinal {
  end: number;
  value: number;
  /** How many number words it took (a single `one` is mostly a pronoun). */
  words: number;
}

/** Longest German-style compound a decomposition tries: `siebenhundertdreiundzwanzigtausend`. */
const MAX_COMPOUND = 48;

/** The value of one number word, a hyphenated pair in the table (`quatre-vingt`), or a compound. */
function wordValue(scan: Scan, lower: string): number | undefined {
  const direct = scan.tables.numberWords.get(lower);
  if (direct !== undefined) return direct;
  return scan.tables.compoundNumberWords ? compoundValue(scan, lower) : undefined;
}

/** `dreiundzwanzig` → 23, `siebenhundert` → 700; undefined when the word is no number. */
function compoundValue(scan: Scan, word: string): number | undefined {
  if (word.length > MAX_COMPOUND || word.length < 6) return undefined;
  if (!compoundStarts(scan).has(word.slice(0, 3))) return undefined; // most words start like no number

  const parts = decompose(scan, word, 0, 0);
  if (parts === null || parts.length < 2) return undefined;
  return combine(parts);
}

function decompose(scan: Scan, word: string, at: number, depth: number): number[] | null {
  if (at === word.length) return [];
  if (depth > 8) return null;
  // longest first, so "dreizehn" wins over "drei" + "zehn"
  for (let end = word.length; end > at; end--) {
    const piece = word.slice(at, end);
    const joiner = scan.tables.numberJoins.has(piece) && at > 0 && end < word.length;
    const v = joiner ? -1 : scan.tables.numberWords.get(piece);
    if (v === undefined) continue;
    const rest = decompose(scan, word, end, depth + 1);
    if (rest !== null) return v < 0 ? rest : [v, ...rest];
  }
  return null;
}

const starts = new WeakMap<Scan['tables'], ReadonlySet<string>>();

/** Cheap test before any decomposition: a compound number word is long and starts like a number word. */
export function mayBeCompound(scan: Scan, lower: string): boolean {
  return scan.tables.compoundNumberWords && lower.length >= 6 && compoundStarts(scan).has(lower.slice(0, 3));
}

/** The first three letters of every number word: a compound must start with one of them. */
function compoundStarts(scan: Scan): ReadonlySet<string> {
  let set = starts.get(scan.tables);
  if (!set) {
    set = new Set([...scan.tables.numberWords.keys()].map((w) => w.slice(0, 3)));
    starts.set(scan.tables, set);
  }
  return set;
}

/** Values in reading order to one number: multipliers scale what precedes them. */
function combine(values: readonly number[]): number {
  let total = 0;
  let current = 0;
  for (const v of values) {
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
  }
  return total + current;
}

/** The cardinal that starts with the number word at `p`, or null when `p` holds none. */
export function readCardinal(scan: Scan, p: number): Cardinal | null {
  const t = scan.text;
  const first = wordAt(t, p);
  if (first === null) return null;
  const v = pairValue(scan, first.end, first.lower) ?? { value: wordValue(scan, first.lower), end: first.end };
  if (v.value === undefined) return null;
  const values: number[] = [v.value];
  let end = v.end;
  let last = v.value;
  for (let guard = 0; guard < 12; guard++) {
    const next = nextNumberWord(scan, end);
    if (next === null) break;
    const ok = next.joined || (next.value >= 100 && next.value > last) || next.value < last;
    if (!ok) break;
    values.push(next.value);
    last = next.value;
    end = next.end;
  }
  const decimal = decimalPart(scan, end);
  return { end: decimal ?? end, value: combine(values), words: values.length };
}

/** `quatre-vingt`, `vingt-et-un`: a hyphenated entry of the table read as one word. */
function pairValue(scan: Scan, end: number, lower: string): { value: number; end: number } | null {
  const t = scan.text;
  if (t[end] !== '-' || !isLetter(t[end + 1])) return null;
  const w = wordAt(t, end + 1);
  if (w === null) return null;
  const value = scan.tables.numberWords.get(`${lower}-${w.lower}`);
  return value === undefined ? null : { value, end: w.end };
}

interface NextWord {
  value: number;
  end: number;
  /** Came after a joiner (`and`, `y`, `et`): it belongs to the number whatever its size. */
  joined: boolean;
}

/** The number word after `end`: across a space, a hyphen (`fifty-two`, `fifty - two`) or a joiner. */
function nextNumberWord(scan: Scan, end: number): NextWord | null {
  const t = scan.text;
  let q = skipSpace(t, end, 3);
  let hyphen = false;
  if (t[q] === '-' || t[q] === '‑') {
    hyphen = true;
    q = skipSpace(t, q + 1, 3);
  }
  if (q === end && !hyphen) return null;
  let w = wordAt(t, q);
  if (w === null) return null;
  let joined = false;
  if (scan.tables.numberJoins.has(w.lower)) {
    let s = w.end;
    if (t[s] === '-') s++;
    else {
      s = skipSpace(t, s, 1);
      if (s === w.end) return null;
    }
    w = wordAt(t, s);
    if (w === null) return null;
    joined = true;
  }
  const pair = pairValue(scan, w.end, w.lower);
  if (pair) return { ...pair, joined };
  const value = wordValue(scan, w.lower);
  if (value === undefined) return null;
  return { value, end: w.end, joined };
}

/** `point five`, `coma veintiocho`, `virgule cinq`: digits after a decimal word. */
function decimalPart(scan: Scan, end: number): number | null {
  const t = scan.text;
  const s = skipSpace(t, end, 1);
  if (s === end) return null;
  const w = wordAt(t, s);
  if (w === null || !scan.tables.decimalWords.has(w.lower)) return null;
  const after = skipSpace(t, w.end, 1);
  const digit = after > w.end ? wordAt(t, after) : null;
  if (digit === null || wordValue(scan, digit.lower) === undefined) return null;
  let e = digit.end;
  for (let guard = 0; guard < 8; guard++) {
    const next = nextNumberWord(scan, e);
    if (next === null) break;
    e = next.end;
  }
  return e;
}
