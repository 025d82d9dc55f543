/**
 * Scoring figure spans against the mapped Recognizers specs, the same way for every tagger.
 * - Lenient: a gold figure is found when a predicted span of its kind overlaps it by one
 *   character; predicted fragments inside a found gold span are absorbed (not errors).
 * - Strict: the predicted span must equal the gold one after the guideline's span rules: leading
 *   articles and prepositions (`the`, `in`, `between`, `de`...) and trailing punctuation are not
 *   part of either; a quantity may carry the one counted word after its number (`42,000 homes`).
 * - A predicted span is a false positive when it overlaps a span that must stay unmarked
 *   (an ordinal, a time of day, a phone number, a month alone), or when its kind is one the file
 *   annotates and it matches no gold span of that kind; spans overlapping an ignored annotation
 *   count for nothing.
 */
import { type GoldKind, KINDS, type Kind, type SpecCase, type SpecLang } from './recognizers-cases';

export interface Predicted {
  start: number;
  end: number;
  kind: Kind;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Tally {
  lenient: Map<string, Counts>;
  strict: Map<string, Counts>;
}

export function newTally(): Tally {
  return { lenient: new Map(), strict: new Map() };
}

const LEADING =
  /^(?:(?:the|a|an|in|on|of|at|from|between|by|for|since|until|der|die|das|dem|den|des|am|im|vom|von|ab|seit|zum|zur|um|ein|eine|einen|le|la|les|l['’]|du|de|des|d['’]|en|au|aux|à|entre|un|une|el|los|las|del|al|il|lo|gli|i|della|dello|delle|dei|di|nel|nella|tra|fra|o|os|as|do|da|dos|das|em|no|na|nos|nas|ao|um|uma)\s+|l['’]|d['’])+/iu;
const TRAILING = /[\s.,;:!?)\]»"”’]+$/u;

function core(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const lead = LEADING.exec(text.slice(s, e));
  if (lead && lead[0].length < e - s) s += lead[0].length;
  const trail = TRAILING.exec(text.slice(s, e));
  if (trail && trail[0].length < e - s) e -= trail[0].length;
  while (s < e && /\s/.test(text[s])) s++;
  return [s, e];
}

function strictEqual(text: string, gold: { start: number; end: number }, pred: Predicted): boolean {
  const [gs, ge] = core(text, gold.start, gold.end);
  const [ps, pe] = core(text, pred.start, pred.end);
  if (gs === ps && ge === pe) return true;
  // the guideline keeps one counted word after a quantity's number; the specs never do
  if (pred.kind === 'quantity' && gs === ps && pe > ge && /^\s\p{L}+$/u.test(text.slice(ge, pe))) return true;
  return false;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function add(map: Map<string, Counts>, key: string, field: keyof Counts): void {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field]++;
  map.set(key, c);
}

/** Adds one case's result under the keys `all`, `kind:<k>`, `lang:<l>`, `lang:<l>:kind:<k>`. */
export function scoreCase(tally: Tally, c: SpecCase, predicted: readonly Predicted[]): void {
  for (const mode of ['lenient', 'strict'] as const) {
    const map = tally[mode];
    const count = (kind: Kind, field: keyof Counts): void => {
      for (const key of ['all', `kind:${kind}`, `lang:${c.lang}`, `lang:${c.lang}:kind:${kind}`]) add(map, key, field);
    };
    const scored = c.gold.filter((g): g is typeof g & { kind: Kind } =>
      (KINDS as readonly GoldKind[]).includes(g.kind),
    );
    const usedPred = new Set<number>();
    for (const g of scored) {
      const hits = predicted.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === g.kind && overlaps(p, g));
      const found = mode === 'lenient' ? hits.length > 0 : hits.some(({ p }) => strictEqual(c.input, g, p));
      count(g.kind, found ? 'tp' : 'fn');
      // fragments inside a gold span are absorbed; in strict mode a wrong boundary is a miss, not also a false alarm
      for (const { i } of hits) usedPred.add(i);
    }
    predicted.forEach((p, i) => {
      if (usedPred.has(i)) return;
      if (c.gold.some((g) => g.kind === 'ignore' && overlaps(g, p))) return;
      const forbidden = c.gold.some((g) => g.kind === 'none' && overlaps(g, p));
      const sameKindGold = c.gold.some((g) => g.kind === p.kind && overlaps(g, p));
      if (forbidden || (c.annotates.includes(p.kind) && !sameKindGold)) count(p.kind, 'fp');
    });
  }
}

export function prf(c: Counts | undefined): Prf {
  const { tp, fp, fn } = c ?? { tp: 0, fp: 0, fn: 0 };
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

export function keyFor(lang: SpecLang | null, kind: Kind | null): string {
  if (lang && kind) return `lang:${lang}:kind:${kind}`;
  if (lang) return `lang:${lang}`;
  if (kind) return `kind:${kind}`;
  return 'all';
}
