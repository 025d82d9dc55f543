/**
 * UI messages as data, for code that runs with and without the browser's i18n: the shape of a
 * messages.json entry, Chrome's substitution rules, and plurals (which Chrome's i18n lacks).
 */

/** One entry of a messages.json file. */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Turns message keys and substitutions into words: the extension's i18n, or the English file. */
export interface Translator<Key extends string = string, PluralBase extends string = string> {
  /** A message with its substitutions; an unknown key gives the key itself, so a gap is visible. */
  message(key: Key, substitutions?: string | string[]): string;
  /** The plural message `<base>_<CLDR category>` for `count` (its first substitution). */
  plural(base: PluralBase, count: number): string;
}

/**
 * Chrome's getMessage over a messages.json table: named $PLACEHOLDERS$ → their content ("$1" →
 * the first substitution), "$$" → "$". Unknown keys give "".
 */
export function fillMessage(
  table: Readonly<Record<string, MessageEntry>>,
  key: string,
  substitutions?: string | string[],
): string {
  const entry = table[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) =>
      fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
    )
    .replace(/\$\$/g, '$');
}

/**
 * Plural messages are stored per CLDR category (`<base>_one`, `<base>_other`, ...) and picked
 * with `locale`'s rules, falling back to `<base>_other`; "" when neither is there.
 */
export function pluralMessage(
  lookup: (key: string, substitutions: string[]) => string,
  base: string,
  count: number,
  locale: string,
): string {
  const category = new Intl.PluralRules(locale).select(count);
  return lookup(`${base}_${category}`, [String(count)]) || lookup(`${base}_other`, [String(count)]);
}
