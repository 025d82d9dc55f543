/**
 * Scoring figure spans against the mapped Recognizers specs, the same way for every tagger.
 * - Lenient: a gold figure is found when a predicted span of its kind overlaps it by one
 *   character; predicted fragments inside a found gold span are absorbed (not errors).
 * - Strict: the predicted span must equal the gold one after the guideline's span rules: leading
 *   articles and prepositions (`the`, `in`, `between`, `de`...) and trailing punctuation are not
 *   part of either, nor a leading approximator (the guideline keeps it, the specs never do); a quantity may carry the one counted word after its number (`42,000 homes`).
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
  /^(?:(?:the|a|an|in|on|of|at|from|between|by|for|since|until|der|die|das|dem|den|des|am|im|vom|von|ab|seit|zum|zur|um|ein|eine|einen|le|la|les|l['’]|du|de|des|d['’]|en|au|aux|à|entre|zwischen|depuis|dès|un|une|el|los|las|del|al|desde|il|lo|gli|i|della|dello|delle|dei|di|nel|nella|tra|fra|o|os|as|do|da|dos|das|em|no|na|nos|nas|ao|um|uma)\s+|l['’]|d['’])+/iu;
const TRAILING = /[\s.,;:!?)\]»"”’]+$/u;
/**
 * Before a date, what the guideline's minimal span leaves out and the specs often keep: a weekday
 * (`mardi 7 mars` → `7 mars`, weekdays alone are no dates), a comparator (`before 2000`), the
 * word for year or day (`the year 2020`, `el día 18`).
 */
const DATE_LEAD =
  /^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo),?|(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.,?|before|after|bis|avant|après|antes de|después de|vor|nach|prima del|dopo|depois de|(?:no |not )?(?:later|earlier|greater|less) than|starting(?: on)?|beginning(?: on)?|commencing(?: on)?|à partir d[ue]|à partir d['’]|a partir del?|comenzando el|empezando el|year|año|année|jahr|anno|ano|día|dia|jour|tag|giorno)\s+/iu;

/**
 * Approximators and comparators: FIGURES.md puts them in the span (`more than 20`), the specs
 * never do (`20`). Strict matching sets a leading one aside on both sides, so that it compares
 * where the number and its unit start and end, not whose convention the span follows.
 */
const APPROXIMATOR =
  /^(?:about|around|approximately|roughly|nearly|almost|some|more than|over|under|up to|at least|at most|fewer than|less than|as many as|as much as|close to|in excess of|an estimated|estimated|circa|minus|plus or minus|rund|etwa|ca\.|circa|fast|knapp|mehr als|über|bis zu|mindestens|weniger als|ungefähr|environ|près de|plus de|moins de|au moins|jusqu['’]à|autour de|quelque|unos|unas|alrededor de|casi|más de|menos de|al menos|hasta|cerca de|aproximadamente|circa|quasi|più di|piu di|meno di|almeno|fino a|oltre|intorno a[il]?|attorno a[il]?|poco più di|poco meno di|all['’]incirca|ben|cerca de|quase|mais de|menos de|pelo menos|ao menos|até|uns|umas|em torno de|por volta de|perto de|mais que|menos que|acima de|abaixo de|pouco mais de|pouco menos de|no mínimo|no máximo|约|大约|超过|近|逾|将近|至少)\s*/iu;

/**
 * After a date in Chinese and Japanese, the same words set aside before one in the other
 * languages: `until`, `from`, `before`, `after`, `or before`, `between` come after the date there
 * (`2018年まで`, `2010年1月10日或之前`, `2019年以降`). The guideline keeps them out of a date's
 * span; the specs keep them in.
 */
const CJK_DATE_TRAIL =
  /(?:まで|から|以降|以前|以後|以来|の間|の後|の前|またはその前|またはその後|或之前|或之后|或之後|及以前|及以后|及以後|之前|之后|之後|以后|起|前|後|后)$/u;

/**
 * The counter or unit glued after a number in Chinese and Japanese (`九年`, `十本`, `199个`): the
 * guideline keeps it as it keeps `42,000 homes`; the number files annotate the number alone.
 */
const CJK_COUNTER = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,4}$/u;
const CJK_NUMERAL_CHAR = /[〇零一二两三四五六七八九十百千万億亿兆萬0-9０-９]/u;

function core(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const lead = LEADING.exec(text.slice(s, e));
  if (lead && lead[0].length < e - s) s += lead[0].length;
  for (let guard = 0; guard < 4; guard++) {
    const lead = (APPROXIMATOR.exec(text.slice(s, e)) ??
      DATE_LEAD.exec(text.slice(s, e)) ??
      LEADING.exec(text.slice(s, e)))?.[0];
    if (!lead || lead.length >= e - s) break;
    s += lead.length;
  }
  const trail = TRAILING.exec(text.slice(s, e));
  if (trail && trail[0].length < e - s) e -= trail[0].length;
  const cjk = CJK_DATE_TRAIL.exec(text.slice(s, e));
  if (cjk && cjk[0].length < e - s && /[年月日号\d０-９]/u.test(text[e - cjk[0].length - 1])) e -= cjk[0].length;
  while (s < e && /\s/.test(text[s])) s++;
  return [s, e];
}

function strictEqual(text: string, gold: { start: number; end: number }, pred: Predicted): boolean {
  const [gs, ge] = core(text, gold.start, gold.end);
  const [ps, pe] = core(text, pred.start, pred.end);
  if (gs === ps && ge === pe) return true;
  // the guideline keeps one counted word after a quantity's number; the specs never do
  if (pred.kind === 'quantity' && gs === ps && pe > ge && /^\s\p{L}+$/u.test(text.slice(ge, pe))) return true;
  const tail = text.slice(ge, pe);
  if (pred.kind === 'quantity' && gs === ps && pe > ge && CJK_COUNTER.test(tail) && !CJK_NUMERAL_CHAR.test(tail))
    return true;
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
