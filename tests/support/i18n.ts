import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const MESSAGES: Record<string, MessageEntry> = JSON.parse(
  readFileSync(resolve(__dirname, '../../public/_locales/en/messages.json'), 'utf8'),
);

/** Chrome's getMessage: named $PLACEHOLDERS$ → their content ("$1" → the first substitution), "$$" → "$". Unknown keys give "". */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) =>
      fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
    )
    .replace(/\$\$/g, '$');
}

/** fakeBrowser leaves i18n unimplemented; tests read the real English messages. */
export function installMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en');
}
