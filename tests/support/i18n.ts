import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGLISH_MESSAGES, englishMessage } from '@/utils/view/english';

export const MESSAGES = ENGLISH_MESSAGES;

/** Chrome's getMessage over the English messages (unknown keys give ""). */
export const getMessage = englishMessage;

/** fakeBrowser leaves i18n unimplemented; tests read the real English messages. */
export function installMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en');
}
