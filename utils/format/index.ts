/** `CleanResult` → plain text, Markdown or HTML: what Copy and the CLI print. */
import type { CleanResult } from '../clean';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './shared';
import { toText } from './text';
import type { FormatName } from './names';

export { COPY_FORMATS, FORMAT_NAMES, type CopyFormat, type FormatName } from './names';

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
