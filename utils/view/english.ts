/**
 * The English UI messages outside the browser: the CLI and the benchmark say what the popup
 * says in English, read from the same messages.json with the same rules.
 */
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { fillMessage, pluralMessage, type MessageEntry, type Translator } from './messages';

export const ENGLISH_MESSAGES: Readonly<Record<string, MessageEntry>> = messages;

/** An English message by key; "" for an unknown key (as Chrome's getMessage). */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  return fillMessage(ENGLISH_MESSAGES, key, substitutions);
}

export const ENGLISH: Translator = {
  message: (key, substitutions) => englishMessage(key, substitutions) || key,
  plural: (base, count) => pluralMessage(englishMessage, base, count, 'en') || `${base}_other`,
};
