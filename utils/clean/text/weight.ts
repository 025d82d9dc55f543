/**
 * `textWeight` (text/tokens.ts) counted without building the list of tokens: the page-side
 * walks weigh every text unit of a page, and `text.match(TOKEN)` allocates one string per word
 * (some 150,000 on a 1 MB article, on the page's own thread) only to read the list's length.
 *
 * The same tokens as TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu:
 * at each code point, a Han or kana character is a token of its own; else a letter, digit or
 * mark starts a token that runs over every following letter, digit or mark (a Han letter too);
 * anything else is skipped. Each code point's class is asked of the same Unicode properties once
 * and kept, so the count matches the regex's on every script.
 */

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

const KNOWN = 4;
const IS_CJK = 1;
const IS_WORD = 2;

/** Classes of the Basic Multilingual Plane, filled in as characters are met (0: not yet asked). */
let bmp: Uint8Array | null = null;
const astral = new Map<number, number>();

function classify(char: string): number {
  return KNOWN | (CJK.test(char) ? IS_CJK : 0) | (WORD.test(char) ? IS_WORD : 0);
}

function bmpClass(table: Uint8Array, code: number): number {
  let cls = table[code];
  if (cls === 0) {
    // A lone surrogate is a code point of its own to the regex, neither a letter nor Han.
    cls = code >= 0xd800 && code <= 0xdfff ? KNOWN : classify(String.fromCharCode(code));
    table[code] = cls;
  }
  return cls;
}

function astralClass(point: number): number {
  let cls = astral.get(point);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(point));
    astral.set(point, cls);
  }
  return cls;
}

/** How many tokens `text` holds: `textWeight(text)`, exactly. */
export function countTokens(text: string): number {
  const table = (bmp ??= new Uint8Array(0x10000));
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let cls: number;
    if (code < 0x80) {
      // ASCII: letters and digits are words, nothing is Han.
      cls = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 2 : 0;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cls = astralClass(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        i++;
      } else cls = bmpClass(table, code);
    } else cls = bmpClass(table, code);
    if (inWord) {
      if (cls & IS_WORD) continue;
      inWord = false;
    }
    if (cls & IS_CJK) count++;
    else if (cls & IS_WORD) {
      count++;
      inWord = true;
    }
  }
  return count;
}
