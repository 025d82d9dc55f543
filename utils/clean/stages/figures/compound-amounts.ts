/**
 * An amount told in a unit and its hundredth or its smaller measure is one figure:
 * `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `3 euros con 99 céntimos`,
 * `2ドル3セント`, `5 feet 2 inches`, `7 pounds 4 ounces`, a price said the way shops say it,
 * `15 euros 50.`, and a mixed number (`2と4分の1`, `三百五十又三分之一`). The scan reads the two parts as figures of their own; this joins them.
 */
import type { FigureKind } from '../../types';

/** What may stand between the parts: nothing (CJK), a space, or a space, `and` and a space. */
const JOIN = /^[ \u00A0]?(?:(?:and|y|e|et|und|con|com|и)[ \u00A0])?$/iu;

/** The first part ends in a currency word or code, not a sign (`$3 50 cents` is no price). */
const MONEY_WORD_END = /\p{L}$/u;

/** The hundredth of a currency, ending the second part. */
const MONEY_MINOR_END =
  /(?:^|[^\p{L}])(?:cents?|centavos?|céntimos?|centimes?|centesim[oi]|pence|penny|kopecks?|kopeks?|копе\p{L}*|Rappen|paise)$|\p{N}(?:セント|銭|美分)$/iu;

/** A larger measure and the smaller one that may follow it. */
const MEASURE_PAIRS: readonly [RegExp, RegExp][] = [
  [/(?:^|[^\p{L}])(?:feet|foot|ft\.?)$/iu, /(?:^|[^\p{L}])(?:inches|inch|in\.)$/iu],
  [/(?:^|[^\p{L}])(?:pounds?|lbs?\.?)$/iu, /(?:^|[^\p{L}])(?:ounces?|oz\.?)$/iu],
  [/(?:^|[^\p{L}])(?:stones?|st)$/iu, /(?:^|[^\p{L}])(?:pounds?|lbs?\.?)$/iu],
];

/** A whole number and a fraction joined (`2と4分の1`, `三百五十又三分之一`): a mixed number is one. */
const MIXED_JOIN = /^[ \u3000]?(?:と|又|また)[ \u3000]?$/u;
const CJK_FRACTION = /分[の之]/u;
const CJK_WHOLE = /^[-−]?[\p{N}〇零一二两兩三四五六七八九十百千万亿萬億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟.．,，]+$/u;

/** `15 euros 50.`: two digits closing the clause after a price in words. */
const BARE_CENTS = /^\d{2}$/;
const CLAUSE_END = /^(?:[.,;:!?)]|$)/u;

interface Part {
  start: number;
  end: number;
  kind: FigureKind;
}

/** Whether `second` completes `first` as one amount in `text`. */
export function completesAmount(text: string, first: Part, second: Part): boolean {
  if (second.start < first.end || second.start - first.end > 5) return false; // at most ` and `
  const a = text.slice(first.start, first.end);
  const b = text.slice(second.start, second.end);
  const gap = text.slice(first.end, second.start);
  if (first.kind === 'quantity' && second.kind === 'quantity' && MIXED_JOIN.test(gap))
    return CJK_WHOLE.test(a) && CJK_FRACTION.test(b);
  if (!JOIN.test(gap)) return false;
  if (first.kind === 'money') {
    if (!MONEY_WORD_END.test(a)) return false;
    if (second.kind === 'money') return MONEY_MINOR_END.test(b);
    return (
      second.kind === 'quantity' &&
      second.start === first.end + 1 &&
      BARE_CENTS.test(b) &&
      CLAUSE_END.test(text.slice(second.end, second.end + 1))
    );
  }
  if (first.kind !== 'quantity' || second.kind !== 'quantity') return false;
  return MEASURE_PAIRS.some(([major, minor]) => major.test(a) && minor.test(b));
}
