/** Numbers that name or identify rather than count: phones, versions, scores, citations, list markers, `Boeing 737`. */
import { D, LOWER, NOT_LETTER, UPPER, isHan, stickyEnd, wordBefore } from './characters';
import { everyPageWords, lazy } from './tables';
import { MAX_YEAR } from './dates';
import type { NumberRead } from './numbers';
import type { Scan } from './scan';

/** Phone numbers in their usual shapes (`(555) 014-2368`, `1(555)014-2368`, `555 014 2368`); a run of six or more digits that starts with 0 counts nothing either (`07456934723`). */
export const PHONE = new RegExp(
  `\\+${D}{1,3}(?:[ .\\-]?\\(?${D}{1,4}\\)?){2,5}|(?:1[ .\\-]?)?\\(${D}{2,5}\\)[\\s.]?${D}{3,4}[ .\\-]?${D}{3,4}|${D}{3}([.\\- ])${D}{3}\\1${D}{4}(?!${D})|0${D}{1,4}[ /\\-]${D}{3,4}[ \\-]?${D}{3,4}(?!${D})|0${D}{2,4}(?:[ \\-/]${D}{2,4}){3,4}(?!${D})|0${D}{5,}(?!${D}|[.,]${D})`,
  'y',
);

/** A Chinese mobile number: eleven digits from 13 to 19, read on Chinese pages. */
export const ZH_MOBILE = new RegExp(`1[3-9]${D}{9}(?!${D}|[.,]${D})`, 'y');

export const VERSION = new RegExp(`${D}+\\.${D}+\\.${D}+(?:\\.${D}+)*`, 'y');

export const SCORE = new RegExp(`(${D}{1,3})[-–:](${D}{1,3})(?!${D}|[.,]${D}|[-–:/]${D})`, 'y');

export const SLASHED = new RegExp(`${D}+/${D}+`, 'y');

export const CITATION_MARK = new RegExp(`${D}{1,4}\\]`, 'y');

export const SECTION_NUMBER = new RegExp(`${D}{1,2}(?:\\.${D}{1,2}){1,3}\\.?[ \\u00A0]+\\p{Lu}`, 'uy');

export const LIST_MARKER = new RegExp(`${D}{1,3}[.)]\\s`, 'y');

export const MODEL_SUFFIX = new RegExp(`[ \\u00A0]\\p{Lu}[\\p{Ll}\\p{Lu}]{1,12}[ \\u00A0]${D}{1,4}(?![\\p{N}])`, 'uy');

export const TIME_OF_DAY = new RegExp(
  `${D}{1,2}[:：]${D}{2}(?:[:：]${D}{2})?|${D}{1,2}(?:[.:]${D}{2})?\\s?(?:[ap]\\.\\s?m\\.|[ap]m${NOT_LETTER}|o['’]clock|[Uu]hr${NOT_LETTER}|h${D}{2}|h${NOT_LETTER})|${D}{1,2}[点時时](?:${D}{1,2}分(?:${D}{1,2}秒)?|半|[一二三]刻)?`,
  'uy',
);

/** The number is part of a name or a reference: `Boeing 737`, `Article 5`, `page 12`, `iPhone 15`. */
export function namesNumber(scan: Scan, p: number, amount: NumberRead): boolean {
  const t = scan.text;
  const prev = wordBefore(t, p, 3, true);
  if (prev === null) return false;
  const lower = prev.word.toLowerCase();
  if (prev.dotted) {
    // "No. 5", "p. 45", "Art. 5", but not "in 2024. 20 people" (sentence ends before the number)
    return (
      scan.tables.dottedReferenceWords.has(lower) ||
      (scan.tables.referenceWords.has(lower) && !UPPER.test(prev.word[0]))
    );
  }
  if (prev.possessive) return false;
  if (scan.tables.referenceWords.has(lower)) return true;
  const mixedCase = LOWER.test(prev.word[0]) && UPPER.test(prev.word.slice(1)); // iPhone, eBay
  if (mixedCase) return true;
  // in Chinese text a capitalised Latin word before a number is a product or model name (Mate 60)
  const englishLike = scan.tables.capitalisedWordNames && !scan.titleCase;
  if (!UPPER.test(prev.word[0])) return false;
  if (
    scan.tables.capitalisedFunctionWords.has(lower) ||
    scan.tables.months.has(lower) ||
    scan.tables.monthContext.has(lower)
  )
    return false;
  const allCaps = prev.word.length > 1 && !LOWER.test(prev.word);
  if (allCaps) {
    const year = amount.plain && amount.digits === 4 && amount.value >= 1900 && amount.value <= MAX_YEAR;
    return !year;
  }
  return englishLike;
}

const LETTER_BEFORE = /\p{L}/u;

const LABEL_END = /[\p{L}.]/u;

const LABEL_GAP = ' :：(+\u00A0';

const PHONE_LABELS = lazy(() => new Set(everyPageWords('phoneLabels')));

/** After `Tel.:` or `电话：` a run of digits, spaces and dashes is one phone number. */
const PHONE_RUN = new RegExp(`[${'0-9\\uFF10-\\uFF19'} ().\\-/]{5,30}`, 'y');

const PHONE_GLUE = lazy(() => new Set(everyPageWords('phoneLabelGlue')));

/** A phone label ends at `q`, maybe with a few words of glue after it (`phone number is`, `电话号码是`). */
function labelBefore(t: string, q: number): boolean {
  if (isHan(t[q - 1])) {
    const window = t.slice(Math.max(0, q - 8), q);
    for (const label of PHONE_LABELS()) {
      const i = isHan(label[0]) ? window.lastIndexOf(label) : -1;
      if (i >= 0 && [...window.slice(i + label.length)].every((c) => PHONE_GLUE().has(c))) return true;
    }
    return false;
  }
  let end = q;
  for (let words = 0; words < 4; words++) {
    let s = end;
    if (t[s - 1] === '.') s--;
    while (s > 0 && end - s < 12 && LETTER_BEFORE.test(t[s - 1])) s--;
    if (s === end || (s === end - 1 && t[s] === '.')) return false;
    const word = t.slice(s, end).toLowerCase();
    if (PHONE_LABELS().has(word)) return true;
    if (!PHONE_GLUE().has(word)) return false;
    end = s > 0 && t[s - 1] === ' ' ? s - 1 : -1;
    if (end <= 0) return false;
  }
  return false;
}

/** The end of a phone number labelled as one (`phone: 0800 555 12 34`), or -1. */
export function labelledPhoneEnd(scan: Scan, p: number): number {
  const t = scan.text;
  let q = p;
  while (q > 0 && p - q < 4 && LABEL_GAP.includes(t[q - 1])) q--;
  // cheap first: a label ends in a letter, a dot or a Chinese character right before the gap
  if (q === 0 || !LABEL_END.test(t[q - 1])) return -1;
  if (!labelBefore(t, q)) return -1;
  PHONE_RUN.lastIndex = p;
  const m = PHONE_RUN.exec(t);
  if (!m || (m[0].match(/[0-9\uFF10-\uFF19]/g)?.length ?? 0) < 5) return -1;
  const end = p + m[0].trimEnd().length;
  return Math.max(end, stickyEnd(EXTENSION, t, end)); // ext. 123
}

/** An extension after a phone number: ` ext. 123`, ` x 63888`. */
const EXTENSION = new RegExp(`,?[ \u00A0]?(?:ext\\.?|x)[ \u00A0]?${D}{1,6}(?!${D})`, 'iy');

/** `que 1) explica … 2) advierte`: a small number closing a parenthesis that nothing opened numbers an item inline. */
export function inlineEnumerator(t: string, p: number, end: number): boolean {
  const q = t[end] === ' ' ? end + 1 : end;
  if (t[q] !== ')') return false;
  for (let i = p - 1; i >= 0 && p - i <= 80; i--) {
    if (t[i] === '(') return false;
    if (t[i] === ')') break;
  }
  return true;
}
