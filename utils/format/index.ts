/** `CleanResult` → plain text, Markdown or HTML: what Copy and the CLI print. */
import type { CleanResult } from '../clean';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './shared';
import { toText } from './text';

/** What the writers produce; the CLI prints any of them. */
export type FormatName = 'text' | 'markdown' | 'html';
export const FORMAT_NAMES: readonly FormatName[] = ['text', 'markdown', 'html'];

/**
 * What a copy button puts in text/plain. HTML is not one of them: every copy adds it as
 * text/html anyway (utils/extension/clipboard.ts).
 */
export type CopyFormat = Exclude<FormatName, 'html'>;
export const COPY_FORMATS: readonly CopyFormat[] = ['text', 'markdown'];

const WRITERS: Readonly<Record<FormatName, (result: CleanResult, options: FormatOptions) => string>> = {
  text: toText,
  markdown: toMarkdown,
  html: toHtml,
};

/** The kept blocks of `result` (the caller adds any restored ones first) in the chosen format. */
export function formatResult(result: CleanResult, format: FormatName, options: Partial<FormatOptions> = {}): string {
  return WRITERS[format](result, { ...DEFAULT_FORMAT_OPTIONS, ...options });
}

export { toText, toMarkdown, toHtml };
export { escapeHtml } from './html';
export { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './shared';
