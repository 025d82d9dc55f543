import { browser } from 'wxt/browser';
// The view's leaf modules, not its index: the index reaches the engine, which the background
// (a user of t()) must not bundle.
import { pluralMessage } from '@/utils/view/messages';
import type { RemovalTranslator } from '@/utils/view/removals';
import type englishMessages from '../../public/_locales/en/messages.json';

/**
 * Every key of public/_locales/en/messages.json, read from the file itself: WXT's generated union
 * (in .wxt/) lags the file until `wxt prepare` runs again, and plain `tsc` then rejects new keys.
 */
export type MessageKey = Extract<keyof typeof englishMessages, string>;

/** Keys that come in plural forms: `<base>_one`, `<base>_other`, ... (CLDR categories). */
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

type Lookup = (key: string, substitutions?: string | string[]) => string;

/**
 * The one way UI code reads a string. An unknown key shows as itself, so a missing translation
 * is visible rather than a blank button.
 */
export function t(key: MessageKey, substitutions?: string | number | (string | number)[]): string {
  const subs = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  const lookup = browser.i18n.getMessage as unknown as Lookup;
  return lookup(key, subs) || key;
}

/**
 * Chrome's i18n has no plurals, so plural messages are stored per CLDR category and picked here
 * with the rules of the language the messages come from; `count` is the first substitution.
 */
export function tp(base: PluralKey, count: number, locale = messagesLanguage()): string {
  const lookup = browser.i18n.getMessage as unknown as Lookup;
  return pluralMessage(lookup, base, count, locale) || t(`${base}_other` as MessageKey, count);
}

/** The UI's words for the shared view helpers that say what was removed and why. */
export const uiTranslator = { message: t, plural: tp } satisfies RemovalTranslator;

/**
 * The language of the messages the browser picked. Not the UI language: a Ukrainian browser gets
 * the English file (no Ukrainian one), and English forms must follow English plural rules.
 */
function messagesLanguage(): string {
  try {
    return (browser.i18n.getMessage as unknown as Lookup)('messagesLocale') || 'en';
  } catch {
    return 'en';
  }
}
