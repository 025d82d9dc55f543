/** `CleanResult` → plain text, Markdown or HTML: what Copy and the CLI print. */
import type { CleanResult } from '../clean';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './shared';
import { toText } from './text';

export type CopyFormat = 'text' | 'markdown' | 'html';

export const COPY_FORMATS: readonly CopyFormat[] = ['text', 'markdown', 'html'];

const WRITERS: Readonly<Record<CopyFormat, (result: CleanResult, options: FormatOptions) => string>> = {
  text: toText,
  markdown: toMarkdown,
  html: toHtml,
};

/** The kept blocks of `result` (the caller adds any restored ones first) in the chosen format. */
export function formatResult(result: CleanResult, format: CopyFormat, options: Partial<FormatOptions> = {}): string {
  return WRITERS[format](result, { ...DEFAULT_FORMAT_OPTIONS, ...options });
}

export { toText, toMarkdown, toHtml };
export { escapeHtml } from './html';
export { safeHref, DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './shared';
