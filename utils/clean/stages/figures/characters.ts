/** Character classes and bounded look-arounds the readers share: sticky matches, words before and after a position. */
export const D = '[0-9\\uFF10-\\uFF19]';

/** No letter follows, except a Chinese character or kana: `25kgで`, `5パーセントの` end there (no spaces in CJK text). */
export const NOT_LETTER = '(?!(?![\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff])[\\p{L}\\p{M}])';

export const NOT_ALNUM = '(?![\\p{L}\\p{M}\\p{N}])';

export const HSPACE = /[ \t\u00A0\u2009\u202F\u2007]/;

export const LETTER = /[\p{L}\p{M}]/u;

const HAN = /[\p{Script=Han}\u3040-\u30ff]/u;

export const UPPER = /\p{Lu}/u;

export const LOWER = /\p{Ll}/u;

const WORD_AT = /(?:(?![\p{Script=Han}])[\p{L}\p{M}]){1,40}/uy;

export const DASH = /\s?[-–—～〜]\s?/y;

export function stickyExec(re: RegExp, t: string, p: number): RegExpExecArray | null {
  if (p < 0 || p > t.length) return null;
  re.lastIndex = p;
  return re.exec(t);
}

export function stickyEnd(re: RegExp, t: string, p: number): number {
  if (p < 0 || p > t.length) return -1;
  re.lastIndex = p;
  return re.test(t) ? re.lastIndex : -1;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

/** Chinese characters and Japanese kana: figures there need no spaces around them. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80 && HAN.test(ch);
}

export function toAscii(s: string): string {
  let wide = false;
  for (let i = 0; i < s.length && !wide; i++) wide = s.charCodeAt(i) >= 0xff0c;
  if (!wide) return s;
  return s.replace(/[０-９．，]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function skipSpace(t: string, p: number, max: number): number {
  let q = p;
  while (q < t.length && q - p < max && HSPACE.test(t[q])) q++;
  return q;
}

export function wordAt(t: string, p: number): { word: string; lower: string; end: number } | null {
  if (p < 0 || isLetter(t[p - 1])) return null;
  const m = stickyExec(WORD_AT, t, p);
  if (!m) return null;
  const end = p + m[0].length;
  if (isLetter(t[end]) && !isHan(t[end])) return null;
  return { word: m[0], lower: m[0].toLowerCase(), end };
}

interface PrevWord {
  word: string;
  start: number;
  /** Ends in a dot before the number (`No. 5`). */
  dotted: boolean;
  /** Is the `s` of a possessive (`China's 1.4 billion`). */
  possessive: boolean;
}

/** The word just before `p`, across at most `maxSpaces` spaces (and one dot if `allowDot`). */
export function wordBefore(t: string, p: number, maxSpaces: number, allowDot = false): PrevWord | null {
  let q = p;
  let spaces = 0;
  while (q > 0 && spaces < maxSpaces && HSPACE.test(t[q - 1])) {
    q--;
    spaces++;
  }
  let dotted = false;
  if (allowDot && q > 0 && t[q - 1] === '.' && spaces > 0) {
    dotted = true;
    q--;
  }
  const end = q;
  while (q > 0 && end - q < 40 && isLetter(t[q - 1]) && !isHan(t[q - 1])) q--;
  if (q === end) return null;
  const word = t.slice(q, end);
  const possessive = (word === 's' || word === 'S') && (t[q - 1] === "'" || t[q - 1] === '’');
  return { word, start: q, dotted, possessive };
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x2007 ||
    code === 0x3000
  );
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function escapeClass(s: string): string {
  return s.replace(/[\]\\^-]/g, '\\$&');
}
