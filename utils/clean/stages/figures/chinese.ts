/**
 * Chinese (and Japanese) numerals have their own grammar: no spaces, numeral characters
 * (三千, 二十多), measure words straight after the number (3000人, 六年) and dates written
 * with 年月日. Their words come from the records' `everyPage.glued*` fields, read on every page.
 */
import { D, isDigit, stickyEnd } from './characters';
import { approximated } from './number-words';
import type { Tail } from './numbers';
import type { Outcome, Scan } from './scan';
import { atDigit } from './starts';

/** 2025年3月3日, 1-7月, 2019-2021年, 2024年第三季度, 3日. */
export const ZH_DATE = new RegExp(
  `${D}{4}年代|${D}{4}[-—–~至到]${D}{4}年|${D}{4}年(?:第[一二三四1-4](?:季度|财季)|[上下]半年|${D}{1,2}(?:[-—–~至到]${D}{1,2})?月(?:${D}{1,2}[日号](?:[-—–~至到]${D}{1,2}[日号])?)?)?|${D}{1,2}(?:[-—–~至到]${D}{1,2})?月(?:[-—–~至到]${D}{1,2}月)?(?:${D}{1,2}[日号](?:[-—–~至到]${D}{1,2}[日号])?)?|${D}{1,2}[日号](?![元人])`,
  'y',
);

const ZH_QUARTER = /第[一二三四](?:季度|财季)|[上下]半年/y;

/** "More than", written after the number: 二十多个, 3000余人. */
const ZH_MORE_THAN = /[多余]/y;

/** The general measure word: 二十多个. */
const ZH_CLASSIFIER = /个/y;

const ZH_NUMERALS = /[零〇一二两三四五六七八九十百千万亿]{1,12}/y;

const ZH_PERCENT = new RegExp(`百分之(?:[零〇一二两三四五六七八九十百点]{1,8}|${D}+(?:\\.${D}+)?)`, 'y');

/** Percentage points: 3个百分点. */
const ZH_POINTS = /个百分点/y;

export function atHan(scan: Scan, p: number): Outcome {
  const t = scan.text;
  const pct = stickyEnd(ZH_PERCENT, t, p);
  if (pct >= 0) return { start: p, end: pct, kind: 'percent' };
  if (t[p] === '第') {
    const q = stickyEnd(ZH_QUARTER, t, p);
    if (q >= 0) return { start: p, end: q, kind: 'date' };
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
  const n = stickyEnd(ZH_NUMERALS, t, p);
  if (n < 0) return null;
  const numerals = t.slice(p, n);
  const money = stickyEnd(scan.tables.gluedCurrency, t, n);
  if (money >= 0 && numerals.length > 1) return { start: p, end: money, kind: 'money' };
  const more = stickyEnd(ZH_MORE_THAN, t, n);
  if (more >= 0) {
    const counted = Math.max(stickyEnd(scan.tables.gluedUnit, t, more), stickyEnd(ZH_CLASSIFIER, t, more));
    if (counted >= 0) return { start: p, end: counted, kind: 'quantity' }; // 二十多个
  }
  const unit = stickyEnd(scan.tables.gluedUnit, t, n);
  if (unit < 0) return null;
  const u = t.slice(n, unit);
  if (numerals === '一' && !scan.tables.gluedTimeUnits.has(u)) return null;
  if (u === '年' && /^[〇零一二三四五六七八九]{4}$/.test(numerals)) return { start: p, end: unit, kind: 'date' };
  if (u === '年' && t[unit] === '代') return { start: p, end: unit + 1, kind: 'date' }; // 八十年代, the eighties
  return { start: p, end: unit, kind: 'quantity' };
}

/** What a Chinese number ends in, straight after its digits: 个百分点, a currency, 多/余 and a measure word, a unit. */
export function chineseTail(scan: Scan, end: number, scaled: boolean): Tail | null {
  const t = scan.text;
  const tables = scan.tables;
  const points = stickyEnd(ZH_POINTS, t, end);
  if (points >= 0) return { end: points, kind: 'percent', unit: null, scaled, compound: false };
  const money = stickyEnd(tables.gluedCurrency, t, end);
  if (money >= 0) return { end: money, kind: 'money', unit: null, scaled, compound: false };
  // 3000多家, 20余人: "more than" written after the number, then any measure word
  const more = stickyEnd(ZH_MORE_THAN, t, end);
  if (more >= 0) {
    const unit = Math.max(stickyEnd(tables.gluedUnit, t, more), stickyEnd(ZH_CLASSIFIER, t, more));
    if (unit >= 0) return { end: unit, kind: 'quantity', unit: 'counted', scaled, compound: false };
  }
  const unit = stickyEnd(tables.gluedUnit, t, end);
  if (unit < 0) return null;
  const time = tables.gluedTimeUnits.has(t.slice(end, unit));
  return { end: unit, kind: 'quantity', unit: time ? 'time' : 'counted', scaled, compound: false };
}
