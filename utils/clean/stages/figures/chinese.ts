/**
 * Chinese (and Japanese) numerals have their own grammar: no spaces, numeral characters
 * (三千, 二十多), measure words straight after the number (3000人, 六年) and dates written
 * with 年月日. Their words come from the records' `everyPage.glued*` fields, read on every page.
 * What only Japanese writes (era years, 2位, 摂氏30度) is read in `japanese.ts`.
 */
import { D, isDigit, stickyEnd } from './characters';
import { approximated } from './number-words';
import type { Tail } from './numbers';
import type { Outcome, Scan } from './scan';
import { JA_STARTS, atJapanese, japaneseReferenceEnd } from './japanese';
import { atDigit } from './starts';

/** 2025年3月3日, 1-7月, 2019-2021年, 2024年第三季度, 3日. */
export const ZH_DATE = new RegExp(
  `${D}{4}年代|${D}{4}[-—–~～〜至到]${D}{4}年|${D}{4}年(?:第[一二三四1-4](?:季度|财季)|[上下]半年|${D}{1,2}(?:[-—–~～〜至到]${D}{1,2})?月(?:${D}{1,2}[日号](?:[-—–~～〜至到]${D}{1,2}[日号])?)?)?|${D}{1,2}(?:[-—–~～〜至到]${D}{1,2})?月(?:[-—–~～〜至到]${D}{1,2}月)?(?:${D}{1,2}[日号](?:[-—–~～〜至到]${D}{1,2}[日号])?)?|${D}{1,2}[日号](?![元人])`,
  'y',
);

const ORDINAL_DIGITS = new RegExp(`${D}+(?:[.,．]${D}+)?[万亿千百]?`, 'y');

const ZH_QUARTER = /第[一二三四](?:季度|财季)|[上下]半年/y;

/** "More than", written after the number: 二十多个, 3000余人. */
const ZH_MORE_THAN = /[多余]/y;

/** Units of measure: 一吨 is a tonne, where 一个 and 一次 are mere articles; so are the katakana units (一トン, 一ダース). */
const ZH_MEASURES = /^(?:吨|公里|千米|公斤|千克|斤|桶|米|平方公里|[\u30A1-\u30FC]+)$/;

const ZH_MORE_SCALE = /[万亿萬億千百]/y;

/** The general measure word: 二十多个. */
const ZH_CLASSIFIER = /个/y;

/** Numeral characters, with the financial (壹, 贰) and traditional (萬, 億, 兩) forms the press also writes. */
const NUMERAL_CLASS = '零〇一二两兩倆三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兆';

const ZH_NUMERALS = new RegExp(`[${NUMERAL_CLASS}]{1,40}`, 'y');

/** The digit characters, without magnitudes (十百千万亿) and zero. */
const ZH_DIGIT = /[一二两兩倆三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/;

const ZH_MAGNITUDE = /[十百千万亿拾佰仟萬億兆]/;

/** Two digits in a row outside a year: 十四五 (a plan's name), 三八 (a holiday). */
const ZH_DIGIT_PAIR = /[一二两兩倆三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]{2}/;

/** A decimal part: 九点九, 两千万点五五四四 (not 三点 of a clock, nor 三点一刻). */
const ZH_DECIMAL = /[点點][零〇一二三四五六七八九]{1,8}(?![分刻半钟鐘])/y;

const ZH_MONTH_DAY = /月[零〇一二三四五六七八九十]{1,3}[日号]/y;

/** A day of the month in numerals, 一 to 三十一. */
const ZH_DAY_NUMERALS = /^(?:[一二三四五六七八九十]|[一二]?十[一二三四五六七八九]|二十|三十一?)$/;

/** The month and day in numerals after a year in numerals: 二〇一八年十二月, 二〇二四年三月五日. */
const ZH_NUMERAL_MONTH_DAY =
  /(?:十[一二]?|[一二三四五六七八九])月(?:(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?/y;

/** After numerals, a time of day (三点, 十二点半, 三点一刻, 十五时二十分) or a month (十一月). */
const ZH_CLOCK = new RegExp(
  `[点點时時](?:[${'零〇一二三四五六七八九十'}]{1,3}分|半|[一二三]刻|(?![零〇一二三四五六七八九]))|月(?![${'零〇一二三四五六七八九十'}]{1,3}[日号])`,
  'y',
);

/** A minus sign written as a word: 负三十二. */
const ZH_MINUS = /[负負]/y;

/** A fraction: 三分之一, 五十万分之二十五, Japanese 三分の一, 3分の1 (百分之 is a percentage, read first). */
const ZH_FRACTION_OF = new RegExp(`分[之の](?:[${NUMERAL_CLASS}]{1,20}|${D}+(?:[.．]${D}+)?)`, 'y');

/**
 * Tenths written 成 (三成, 9.5成), Japanese 割 (3割, 2割引き, a batting 3割2分5厘), and discounts
 * written 折 (75折, 打八折): percentages. Not the verb 割る / 割れ.
 */
const ZH_TENTHS = new RegExp(
  `成(?!不变|千上万|员|立|本|交|果|长|功)|割(?:引き?|[${'0-9０-９〇一二三四五六七八九'}]分(?:[${'0-9０-９〇一二三四五六七八九'}]厘)?)?(?![るれりっ])`,
  'y',
);

const ZH_DISCOUNT = /折(?![叠腾磨服射合算])/y;

/** A number that names a congress or a plan (二十大, 十四五), or an idiom (万一, 一一): no count. */
const ZH_NAMED_AFTER = /[大届]/y;

const JA_MYRIADS = /^[十百千][万億兆]$/;

/**
 * 百分之五, 百分之2.4, 百分之２．４, 百分之1,111 (grouped, in either width), Japanese 百分の五; 千分之二 and
 * 千分之2.4 are per mille, proportions too.
 */
const ZH_PERCENT = new RegExp(
  `[百千]分[之の](?:[零〇一二两三四五六七八九十百千万点]{1,8}|${D}+(?:[,，]${D}{3})*(?:[.．,，]${D}+)?)`,
  'y',
);

/** Percentage points: 3个百分点. */
const ZH_POINTS = /\s?[个個]百分[点點]/y;

export function atHan(scan: Scan, p: number): Outcome {
  const t = scan.text;
  if (JA_STARTS.includes(t[p])) {
    const ja = atJapanese(scan, p, zhNumber);
    if (ja) return ja;
  }
  const pct = stickyEnd(ZH_PERCENT, t, p);
  if (pct >= 0) return { start: p, end: pct, kind: 'percent' };
  if (t[p] === '第' && isDigit(t[p + 1])) return { skip: Math.max(p + 2, stickyEnd(ORDINAL_DIGITS, t, p + 1)) }; // 第3万回
  if (t[p] === '第') {
    const q = stickyEnd(ZH_QUARTER, t, p);
    if (q >= 0) return { skip: q }; // 第三季度 without its year is no date (2024年第三季度 is read at the year)
    const n = stickyEnd(ZH_NUMERALS, t, p + 1);
    return { skip: n >= 0 ? n : p + 1 };
  }
  if (scan.tables.approximatorStarts.has(t[p]) || stickyEnd(scan.tables.approximators, t, p) >= 0) {
    const a = approximated(scan, p);
    if (a) return a;
  }
  return zhNumber(scan, p);
}

/** Chinese numerals or digits with a unit or currency: 六年, 三千人, 2450亿美元. */
export function zhNumber(scan: Scan, p: number): Outcome {
  const t = scan.text;
  if (isDigit(t[p])) return atDigit(scan, p);
  const pct = stickyEnd(ZH_PERCENT, t, p);
  if (pct >= 0) return { start: p, end: pct, kind: 'percent' };
  const minus = stickyEnd(ZH_MINUS, t, p);
  const from = minus >= 0 ? minus : p;
  let n = stickyEnd(ZH_NUMERALS, t, from);
  if (n < 0) return null;
  const numerals = t.slice(from, n);
  if (t[p - 1] === '数' || t[p - 1] === '幾') return { skip: n }; // 数十人, 数百万: vague, no numeral (FIGURES.md)
  if (scan.tables.page === 'ja') {
    const reference = japaneseReferenceEnd(scan, n);
    if (reference >= 0) return { skip: reference }; // 二位, 三番目
    if (ZH_DAY_NUMERALS.test(numerals) && t[n] === '日' && t[n + 1] !== '間')
      return { start: p, end: n + 1, kind: 'date' }; // 二十九日
  }
  const day = numerals.length <= 3 ? stickyEnd(ZH_MONTH_DAY, t, n) : -1;
  if (day >= 0) return { start: p, end: day, kind: 'date' }; // 十一月五日
  const clock = stickyEnd(ZH_CLOCK, t, n);
  if (clock >= 0) return { skip: clock }; // 十二点之后, 三点一刻, 十一月: a time of day, a month alone
  n = Math.max(n, stickyEnd(ZH_DECIMAL, t, n));
  const fraction = stickyEnd(ZH_FRACTION_OF, t, n);
  // 三分之一 is a fraction; 千分之一, 万分之三 (no digit before 分之) are proportions, as 百分之 is
  if (fraction >= 0) return { start: p, end: fraction, kind: ZH_DIGIT.test(numerals) ? 'quantity' : 'percent' };
  const points = stickyEnd(ZH_POINTS, t, n);
  if (points >= 0) return { start: p, end: points, kind: 'percent' }; // 六个百分点
  const money = stickyEnd(scan.tables.gluedCurrency, t, n);
  // 两美元; a single numeral before 元 or 块 alone is too often a word (一块, together), not before 円 (千円; 一円 is "all over")
  if (money >= 0 && (numerals.length > 1 || money - n > 1 || (t[n] === '円' && numerals !== '一')))
    return { start: p, end: postposed(t, money), kind: 'money' };
  // 八折, 八点五折, 打八折; not 一波三折, 百折不挠
  const discountOk =
    numerals.length > 1 || n > from + 1 || t[p - 1] === '打' || (ZH_DIGIT.test(numerals) && t[p - 1] !== '波');
  const percent = hanPercentEnd(scan, n, discountOk);
  if (percent >= 0) return { start: p, end: percent, kind: 'percent' };
  const more = stickyEnd(ZH_MORE_THAN, t, n);
  const moreScale = more >= 0 ? stickyEnd(ZH_MORE_SCALE, t, more) : -1;
  if (moreScale >= 0)
    return { start: p, end: Math.max(moreScale, stickyEnd(scan.tables.gluedUnit, t, moreScale)), kind: 'quantity' }; // 十多万人
  if (more >= 0) {
    const counted = Math.max(stickyEnd(scan.tables.gluedUnit, t, more), stickyEnd(ZH_CLASSIFIER, t, more));
    if (counted >= 0) return { start: p, end: counted, kind: 'quantity' }; // 二十多个
  }
  const unit = stickyEnd(scan.tables.gluedUnit, t, n);
  if (unit < 0) return bareNumerals(scan, p, n, numerals, minus >= 0);
  const u = t.slice(n, unit);
  if (numerals === '一' && !scan.tables.gluedTimeUnits.has(u) && !ZH_MEASURES.test(u)) return null; // 一个, 一次: articles
  if (u === '年' && /^[〇零一二三四五六七八九]{4}$/.test(numerals))
    return { start: p, end: Math.max(unit, stickyEnd(ZH_NUMERAL_MONTH_DAY, t, unit)), kind: 'date' }; // 二〇一八年十二月
  if (u === '年' && t[unit] === '代') return { start: p, end: unit + 1, kind: 'date' }; // 八十年代, the eighties
  return { start: p, end: postposed(t, halfEnd(scan, unit)), kind: 'quantity' };
}

/** 一吨半, 一年半, 三个半月: a half after the unit (or between 个 and the unit) is part of the amount; where it ends. */
function halfEnd(scan: Scan, unit: number): number {
  const t = scan.text;
  if (t[unit] !== '半') return unit;
  if (t[unit - 1] !== '个' && t[unit - 1] !== '個') return unit + 1;
  // 三个半月 is 三个月 and a half: read the unit as if 个 stood before it
  const direct = stickyEnd(scan.tables.gluedUnit, t, unit + 1);
  if (direct >= 0) return direct; // 3个半小时
  const joined = `${t[unit - 1]}${t.slice(unit + 1, unit + 6)}`;
  const after = stickyEnd(scan.tables.gluedUnit, joined, 0);
  return after > 1 ? unit + after : unit + 1;
}

/**
 * Numerals with no measure word after them are a count when they are plainly a number: a
 * magnitude with a digit (一百, 两千三百五, 四十五亿), a decimal (九点九) or a sign. Runs of bare
 * digits (十四五, 三八) are names or idioms, a single character is too ambiguous (四 in a name).
 */
function bareNumerals(scan: Scan, p: number, end: number, numerals: string, signed: boolean): Outcome {
  const t = scan.text;
  if (stickyEnd(ZH_NAMED_AFTER, t, end) >= 0 || numerals === '万一' || numerals === '一一') return { skip: end };
  const decimal = end > p + numerals.length + (signed ? 1 : 0);
  const magnitude = ZH_DIGIT.test(numerals) && ZH_MAGNITUDE.test(numerals) && !ZH_DIGIT_PAIR.test(numerals);
  // 十万, 百億: in Japanese a ten, hundred or thousand of a myriad is a number (Chinese 千万 is "by all means")
  const myriads = scan.tables.page === 'ja' && JA_MYRIADS.test(numerals);
  if (!magnitude && !decimal && !myriads && !(signed && numerals.length > 1)) return { skip: end };
  return { start: p, end, kind: 'quantity' };
}

/** 成 or 折 after a number (and ％ or a percent word): where the percentage ends, or -1. */
export function hanPercentEnd(scan: Scan, end: number, discountOk: boolean): number {
  const t = scan.text;
  const q = t[end] === ' ' ? end + 1 : end;
  const sign = stickyEnd(scan.tables.percent, t, q);
  if (sign >= 0) return postposed(t, sign);
  const tenths = stickyEnd(ZH_TENTHS, t, q);
  if (tenths >= 0) return postposed(t, t[tenths] === '半' ? tenths + 1 : tenths); // 三成半
  return discountOk ? stickyEnd(ZH_DISCOUNT, t, q) : -1;
}

/** 以上 / 左右 / 前後 after a figure belong to it, as 多 and 余 do to a count: 30%以上, 六成左右, 100人近く. */
export function postposed(t: string, end: number): number {
  return Math.max(end, stickyEnd(ZH_POSTPOSED, t, end));
}

const ZH_POSTPOSED = /以上|以下|左右|前後|程度|近く|超(?![えす])/y;

/** The smaller parts written after a glued scale, one amount with it: 2兆4000億, 1万5000, 3万4,500. */
const GLUED_PART = new RegExp(`${D}{1,4}(?:[,，]${D}{3})?(?![0-9０-９.．])`, 'y');

/** Where a scale glued to the digits ends (3万, 2450亿), with the parts after it (2兆4000億, 1万5000); or -1. */
export function gluedScaleEnd(scan: Scan, p: number): number {
  const t = scan.text;
  let end = stickyEnd(scan.tables.gluedScale, t, p);
  // 千克, 千米: 千 opening a unit is its kilo (1千克 is a kilogram, not 1000 grams); 万人 keeps its scale
  if (t[p] === '千' && end === p + 1 && stickyEnd(scan.tables.gluedUnit, t, p) > end) return -1;
  for (let parts = 0; end >= 0 && parts < 3; parts++) {
    const digits = stickyEnd(GLUED_PART, t, end);
    if (digits < 0) break;
    const scale = stickyEnd(scan.tables.gluedScale, t, digits);
    if (scale < 0) return digits;
    end = scale;
  }
  return end;
}

/** What a Chinese number ends in, straight after its digits: 个百分点, a currency, 多/余 and a measure word, a unit. */
export function chineseTail(scan: Scan, end: number, scaled: boolean): Tail | null {
  const t = scan.text;
  const tables = scan.tables;
  const points = stickyEnd(ZH_POINTS, t, end);
  if (points >= 0) return { end: points, kind: 'percent', unit: null, scaled, compound: false };
  const tenths = hanPercentEnd(scan, end, true);
  if (tenths >= 0 && t[end] !== '%' && t[end] !== '％')
    return { end: tenths, kind: 'percent', unit: null, scaled, compound: false };
  const money = stickyEnd(tables.gluedCurrency, t, end);
  if (money >= 0) return { end: postposed(t, money), kind: 'money', unit: null, scaled, compound: false };
  const fraction = stickyEnd(ZH_FRACTION_OF, t, end);
  if (fraction >= 0) return { end: fraction, kind: 'quantity', unit: null, scaled, compound: false }; // 3分の1
  // 3000多家, 20余人: "more than" written after the number, then any measure word
  const more = stickyEnd(ZH_MORE_THAN, t, end);
  if (more >= 0) {
    const unit = Math.max(stickyEnd(tables.gluedUnit, t, more), stickyEnd(ZH_CLASSIFIER, t, more));
    if (unit >= 0) return { end: unit, kind: 'quantity', unit: 'counted', scaled, compound: false };
  }
  const listed = stickyEnd(tables.gluedUnit, t, end);
  // Japanese writes loanword units and counted nouns in katakana, glued (100メガバイト, 16ビット,
  // 1メートルトン): the whole run is the unit, listed or not
  const from = listed < 0 ? end : /[\u30A1-\u30FC]/.test(t[listed - 1]) ? listed : -1;
  const kana = tables.page === 'ja' && from >= 0 ? stickyEnd(KATAKANA_RUN, t, from) : -1;
  const unit = Math.max(listed, kana);
  if (unit < 0) return null;
  const time = listed === unit && tables.gluedTimeUnits.has(t.slice(end, unit));
  return {
    end: postposed(t, halfEnd(scan, unit)),
    kind: 'quantity',
    unit: time ? 'time' : 'counted',
    scaled,
    compound: false,
  };
}

const KATAKANA_RUN = /[\u30A1-\u30F5\u30F7-\u30FA\u30FC]{1,12}/y;
