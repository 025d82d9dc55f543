/**
 * What Japanese writes differently from Chinese around a number; everything else (numerals,
 * glued units and currencies, 年月日 dates, 割 and 成) is read by `chinese.ts` with the words of
 * `lang/ja.ts`. Here: era years (令和6年), prefixes that belong to the span (摂氏30度, マイナス5),
 * counters that make a rank or a reference (2位, 3番目, 9条), months alone (4月, no date by
 * FIGURES.md), fiscal years and centuries (2024年度, 15世紀), and the text-script fallback that
 * sends kana text to the Japanese tables whatever the page says.
 */
import { D, stickyEnd, toAscii } from './characters';
import { gluedScaleEnd } from './chinese';
import { LANGUAGES } from './lang';
import type { Hit, Outcome, Scan } from './scan';
import type { Tables } from './tables';

/** Characters that may start a Japanese-only figure: era names, span prefixes and approximators (約, 最大, およそ). */
export const JA_STARTS = '令平昭明大マ摂華氷約最少推お';

const KANJI_SMALL = '〇一二三四五六七八九十';

/** 令和6年, 平成元年度, 昭和二十年8月15日: an era year is a year (FIGURES.md: a year is a date). */
const ERA_DATE = new RegExp(
  `(?:令和|平成|昭和|大正|明治)(?:元|${D}{1,2}|[${KANJI_SMALL}]{1,3})年度?(?:(?:${D}{1,2}|[${KANJI_SMALL}]{1,2})月(?:(?:${D}{1,2}|[${KANJI_SMALL}]{1,3})日)?)?`,
  'y',
);

/** A day and month only in digits, or months alone: 4月, 1～3月 (the month is no date without a year or day). */
const MONTH_ALONE = new RegExp(`^${D}{1,2}(?:[-—–~～〜]${D}{1,2})?月$`);

/** After a date that ends in a year, a part of it: the fiscal year (2024年度), a half or quarter, its end, a season. */
const YEAR_PART = /度|前半|後半|上半期|下半期|第[1-4１-４一二三四]四半期|末|初め|半ば|[春夏秋冬](?![休季期])/y;

/** 5年前, 3日前: a point in the past (`20 years ago`), no figure; 1人あたり, 1株当たり: "per person", "per share". */
const AGO_OR_PER_ONE = new RegExp(
  `(?:年|か月|カ月|ヶ月|ヵ月|週間|日|時間|分)前|(?<=(?<!${D})[1１])[\\p{Script=Han}\\u30A1-\\u30FC]{1,3}(?:あたり|当たり)`,
  'uy',
);

/**
 * The second end of a period after から (FIGURES.md: one span, as `January to July 2025`):
 * 2025年1月から6月, 2014年から2018年, 11月18日から19日.
 */
const DATE_TO = new RegExp(
  `から(?:${D}{4}年(?:${D}{1,2}月(?:${D}{1,2}日)?)?|${D}{1,2}月(?:${D}{1,2}日)?|${D}{1,2}日)`,
  'y',
);

/** A weekday written straight after a day, the same date: 5月9日火曜日, 9日金曜. */
const WEEKDAY_AFTER = /[月火水木金土日]曜日?/y;

/** "About" written after a date: 21日ごろ, 5月頃 (an approximator belongs to the span). */
const DATE_ABOUT = /ごろ|頃/y;

/** A day that is no day of a month: 90日 is ninety days. */
const DAYS_COUNT = new RegExp(`^${D}{2}日$`);

/** 15世紀, 21世紀: a century is a date. */
const CENTURY = new RegExp(`${D}{1,2}世紀`, 'y');

interface JapaneseWords {
  references: RegExp | null;
  prefixes: RegExp | null;
}

const cache = new WeakMap<Tables, JapaneseWords>();

function words(tables: Tables): JapaneseWords {
  let w = cache.get(tables);
  if (!w) {
    const pick = (field: 'gluedReferences' | 'gluedPrefixes'): RegExp | null => {
      const list = tables.langs.flatMap((l) => LANGUAGES[l][field] ?? []);
      return list.length ? new RegExp(`(?:${[...list].sort((a, b) => b.length - a.length).join('|')})`, 'y') : null;
    };
    w = { references: pick('gluedReferences'), prefixes: pick('gluedPrefixes') };
    cache.set(tables, w);
  }
  return w;
}

/** Where a rank or reference counter right after the number ends (2位, 3番目, 9条, 5階), or -1. */
export function japaneseReferenceEnd(scan: Scan, end: number): number {
  const re = words(scan.tables).references;
  return re ? stickyEnd(re, scan.text, end) : -1;
}

/**
 * At a digit on a Japanese page, once the number ending at `numberEnd` is read: a skip for a
 * rank, a reference or a month alone, a date for a century or a fiscal year, else null.
 */
export function japaneseAtDigit(scan: Scan, p: number, numberEnd: number, date: Hit | null): Outcome {
  const t = scan.text;
  // 3番目, 2位; after a glued scale too: 3兆番目
  const reference = japaneseReferenceEnd(scan, Math.max(numberEnd, gluedScaleEnd(scan, numberEnd)));
  if (reference >= 0) return { skip: reference };
  if (numberEnd - p <= 3) {
    const ago = stickyEnd(AGO_OR_PER_ONE, t, numberEnd);
    if (ago >= 0) return { skip: ago };
  }
  const century = stickyEnd(CENTURY, t, p);
  if (century >= 0) return { start: p, end: century, kind: 'date' };
  if (date === null) return null;
  let end = date.end;
  if (DAYS_COUNT.test(t.slice(date.start, end)) && t[end] !== '間' && +toAscii(t.slice(date.start, end - 1)) > 31)
    return { start: p, end, kind: 'quantity' };
  const to = t[end] === 'か' ? stickyEnd(DATE_TO, t, end) : -1;
  if (MONTH_ALONE.test(t.slice(date.start, end))) {
    // 4月 alone is no date; 11月から2017年2月 is a period with its year
    return to >= 0 && t.slice(end, to).includes('年') ? { ...date, end: to } : { skip: end };
  }
  if (to >= 0) end = to;
  if (t[end - 1] === '年') end = Math.max(end, stickyEnd(YEAR_PART, t, end));
  if (t[end - 1] === '日') end = Math.max(end, stickyEnd(WEEKDAY_AFTER, t, end));
  end = Math.max(end, stickyEnd(DATE_ABOUT, t, end));
  return end > date.end ? { ...date, end } : null;
}

const KANJI_NUMERALS = /^[〇零一二三四五六七八九十百千万億兆]{1,12}$/;

/** 令和6年 and the prefixed numbers (摂氏30度, マイナス5パーセント); null when neither starts here. */
export function atJapanese(scan: Scan, p: number, readNumber: (scan: Scan, q: number) => Outcome): Outcome {
  const t = scan.text;
  const era = stickyEnd(ERA_DATE, t, p);
  if (era >= 0) return { start: p, end: era, kind: 'date' };
  const re = words(scan.tables).prefixes;
  if (re === null) return null;
  let q = stickyEnd(re, t, p);
  if (q < 0) return null;
  q = Math.max(q, stickyEnd(re, t, q)); // 華氏マイナス20度
  const inner = readNumber(scan, q);
  // マイナス五: a sign makes a lone numeral plainly a number
  if (
    inner !== null &&
    'skip' in inner &&
    t.slice(p, q).includes('マイナス') &&
    KANJI_NUMERALS.test(t.slice(q, inner.skip))
  )
    return { start: p, end: inner.skip, kind: 'quantity' };
  if (inner === null || 'skip' in inner || inner.start !== q || inner.kind === 'date') return null;
  return { start: p, end: inner.end, kind: inner.kind };
}

/** Hiragana and katakana: their presence makes a text Japanese, whatever the page language says. */
const KANA = /[\u3041-\u3096\u30A1-\u30FA]/;

const KANA_ALL = /[\u3041-\u3096\u30A1-\u30FA]/g;

/**
 * The language whose tables read `text`: Japanese when kana make up a fair share of it (a
 * Japanese page often says nothing, or says `en` or `zh` from a template), else `lang`.
 * A kana test first: text without kana costs one scan that finds nothing.
 */
export function scriptLang(text: string, lang: string | null): string | null {
  if (!KANA.test(text)) return lang;
  if ((lang ?? '').toLowerCase().startsWith('ja')) return lang;
  // Japanese prose is a third kana or more; a name or a quote in kana in other text is far less
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const kana = sample.match(KANA_ALL)?.length ?? 0;
  return kana >= 2 && kana * 20 >= sample.length ? 'ja' : lang;
}
