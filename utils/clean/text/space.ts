/**
 * White space as JavaScript's `\s` and `trim()` define it, tested by character code: counting
 * text this way allocates nothing, where `text.replace(/\s+/g, …)` copies every text node of a
 * page once per question asked of it.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `text.replace(/\s+/g, '').length`: its characters other than white space. */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) n++;
  return n;
}

/** `text.replace(/\s+/g, ' ').trim().length`: its length with white space collapsed and trimmed. */
export function collapsedLength(text: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpace(text.charCodeAt(i))) gap = n > 0;
    else {
      n += gap ? 2 : 1;
      gap = false;
    }
  }
  return n;
}
