/**
 * Moving a value between Sift's contexts (content script ↔ popup ↔ background) by runtime
 * messaging. It always crosses as its JSON text: Chrome converts a message's object tree
 * node by node on the sending page's thread (on a 1 MB article, a hundred milliseconds and
 * more, the biggest share of the page's blocking), while a string is one copy, and
 * JSON.stringify takes a few milliseconds. Chrome also refuses a message over 64 MiB, so a
 * text longer than one part crosses in parts, each a message of its own.
 */

/**
 * Characters (UTF-16 code units) per part. A part travels as a JSON string inside a message:
 * escaping can double it and UTF-8 can triple each unit, so 4 M units stay under 24 MB, well
 * inside Chrome's 64 MiB.
 */
export const PART_CHARS = 4_000_000;
/** A parked value nobody came for (the popup was closed half-way) is dropped after this. */
const PARKED_MS = 60_000;

/**
 * A value as one message carries it: its JSON text, or the address of the parts the sender
 * holds. The type parameter records what the text parses to.
 */
export type Sent<T> = ({ json: string } | { parked: string; parts: number }) & { readonly __of?: T };

/**
 * `text` cut into pieces of at most `size` units, never between the two halves of a surrogate
 * pair (a lone half would not survive Chrome's UTF-8 messaging).
 */
export function cut(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/** `value`'s JSON text, whole when it fits one message, else in parts. */
export function pack(value: unknown, partChars = PART_CHARS): { json: string } | { parts: string[] } {
  const json = JSON.stringify(value);
  return json.length <= partChars ? { json } : { parts: cut(json, partChars) };
}

let counter = 0;
/** Unique enough within one browser session; `crypto.randomUUID` is missing on http pages. */
export function transferId(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The parts one context holds for others to take (or has been sent, to assemble). */
export class Parking {
  private readonly held = new Map<string, { parts: (string | undefined)[]; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly keepMs = PARKED_MS) {}

  /** Parks `value` if it needs parts, and says how to fetch it. */
  park<T>(value: T, partChars = PART_CHARS): Sent<T> {
    const packed = pack(value, partChars);
    if ('json' in packed) return packed;
    const id = transferId();
    for (const [index, text] of packed.parts.entries()) this.put(id, index, packed.parts.length, text);
    return { parked: id, parts: packed.parts.length };
  }

  /** Holds one part of `id` (sent here by another context, or parked by this one). */
  put(id: string, index: number, parts: number, text: string): void {
    let entry = this.held.get(id);
    if (!entry) {
      const timer = setTimeout(() => this.held.delete(id), this.keepMs);
      entry = { parts: new Array(parts).fill(undefined), timer };
      this.held.set(id, entry);
    }
    entry.parts[index] = text;
  }

  /** Hands out one part; the entry goes once every part has been taken. Null when unknown or expired. */
  take(id: string, index: number): string | null {
    const entry = this.held.get(id);
    const text = entry?.parts[index];
    if (!entry || text === undefined) return null;
    entry.parts[index] = undefined;
    if (entry.parts.every((part) => part === undefined)) {
      clearTimeout(entry.timer);
      this.held.delete(id);
    }
    return text;
  }
}

/** The value a Sent names: parsed at once when it came whole, else fetched part by part first. */
export async function receive<T>(
  sent: Sent<T>,
  fetchPart: (id: string, index: number) => Promise<string | null> | string | null,
): Promise<T> {
  if ('json' in sent) return JSON.parse(sent.json) as T;
  const parts: string[] = [];
  for (let index = 0; index < sent.parts; index++) {
    const part = await fetchPart(sent.parked, index);
    if (part === null) throw new Error(`Part ${index + 1} of ${sent.parts} was lost on the way`);
    parts.push(part);
  }
  return JSON.parse(parts.join('')) as T;
}
