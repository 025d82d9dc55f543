/** The state of one scan and what a reader returns: a figure (`Hit`), a place to jump past (`Skip`), or nothing. */
import { HSPACE, UPPER, isHan, isSpaceCode } from './characters';
import type { FigureKind } from '../../types';
import type { Tables } from './tables';

/** When two readings are equally long, the more specific kind wins. */
const KIND_PRIORITY: Readonly<Record<FigureKind, number>> = { money: 4, percent: 3, date: 2, quantity: 1 };

export interface Hit {
  start: number;
  end: number;
  kind: FigureKind;
}

export interface Skip {
  skip: number;
}

export type Outcome = Hit | Skip | null;

/** One scan of one text: what it reads, with which tables, and what it has learnt on the way. */
export interface Scan {
  text: string;
  tables: Tables;
  /** Headline capitalisation: a capitalised word before a number says nothing about names. */
  titleCase: boolean;
  /** The last whitespace-free run checked for looking like a URL, so a long run is read once. */
  urlRun: { start: number; end: number; url: boolean };
}

export function best(...outcomes: Outcome[]): Outcome {
  let top: Hit | null = null;
  let skip: Skip | null = null;
  for (const o of outcomes) {
    if (o === null) continue;
    if ('skip' in o) {
      skip ??= o;
      continue;
    }
    if (
      top === null ||
      o.end - o.start > top.end - top.start ||
      (o.end - o.start === top.end - top.start && KIND_PRIORITY[o.kind] > KIND_PRIORITY[top.kind])
    ) {
      top = o;
    }
  }
  return top ?? skip;
}

/** Most longer words capitalised, as in `Russia Fires 120 Missiles At Ukraine's Grid`. */
export function isTitleCase(text: string): boolean {
  const head = text.slice(0, 400);
  // On ASCII text \p{L} is [A-Za-z]: the plain class spares the Unicode tables on every character.
  const words = head.match(/[\u0080-\uffff]/.test(head) ? /\p{L}{4,}/gu : /[A-Za-z]{4,}/g) ?? [];
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => UPPER.test(w[0])).length;
  return capitalised / words.length >= 0.8;
}

const URL_HINT =
  /:\/\/|www\.|@|doi:|bibcode:|[a-z]\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|cn|es|info|html?)(?:\/|$)/i;

/** Digits inside a URL, e-mail address or file path are not figures. */
export function inUrlLikeRun(scan: Scan, p: number): boolean {
  const t = scan.text;
  if (p >= scan.urlRun.start && p < scan.urlRun.end) return scan.urlRun.url;
  // Chinese and Japanese write no spaces: a run stops at their characters, which no URL holds
  let s = p;
  while (s > 0 && !isSpaceCode(t.charCodeAt(s - 1)) && !isHan(t[s - 1])) s--;
  let e = p;
  while (e < t.length && !isSpaceCode(t.charCodeAt(e)) && !isHan(t[e])) e++;
  // a long run is checked near its start only; it is one token either way
  scan.urlRun = { start: s, end: e, url: e - s >= 6 && URL_HINT.test(t.slice(s, Math.min(e, s + 300))) };
  return scan.urlRun.url;
}

/** A figure never ends in a space; a dot stays only where the patterns took it as an abbreviation's (`Mio.`). */
export function trimEnd(t: string, start: number, end: number): number {
  let e = end;
  while (e > start && HSPACE.test(t[e - 1])) e--;
  return e;
}
