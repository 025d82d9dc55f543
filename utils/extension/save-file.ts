import type { CleanResult } from '@/utils/clean';
import { escapeHtml, formatResult, type FormatOptions } from '@/utils/format';

export type SaveFormat = 'markdown' | 'html';

const EXTENSIONS: Record<SaveFormat, string> = { markdown: 'md', html: 'html' };
const TYPES: Record<SaveFormat, string> = { markdown: 'text/markdown;charset=utf-8', html: 'text/html;charset=utf-8' };
/** Long titles make unwieldy file names; file systems allow 255 bytes. */
const MAX_NAME_CHARS = 100;

/** A file name from the article's title: characters no file system accepts go, spaces stay. */
export function fileNameFor(title: string, format: SaveFormat): string {
  const cleaned = title
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, MAX_NAME_CHARS)
    .trim();
  return `${cleaned || 'article'}.${EXTENSIONS[format]}`;
}

/** What the saved file holds: the Markdown as Copy writes it, or a whole HTML document around the HTML. */
export function fileContent(result: CleanResult, format: SaveFormat, options: Partial<FormatOptions>): string {
  const body = formatResult(result, format, options);
  if (format === 'markdown') return body;
  const lang = result.lang ? ` lang="${escapeHtml(result.lang)}"` : '';
  const dir = result.dir ? ` dir="${result.dir}"` : '';
  return `<!doctype html>\n<html${lang}${dir}>\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(result.title)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/**
 * Saves through a blob link (the browser's own download, so no `downloads` permission), in the
 * popup or in the reader. The link is never in the page's DOM: detached, or for the length of
 * the click in `attachTo` (the reader's shadow root; some browsers only follow an attached
 * link). The URL is let go afterwards.
 */
export function saveFile(
  result: CleanResult,
  format: SaveFormat,
  options: Partial<FormatOptions>,
  attachTo?: ParentNode,
  doc: Document = document,
): string {
  const name = fileNameFor(result.title, format);
  const url = URL.createObjectURL(new Blob([fileContent(result, format, options)], { type: TYPES[format] }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  attachTo?.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
