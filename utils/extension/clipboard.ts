import type { CleanResult } from '@/utils/clean';
import { toHtml, toMarkdown, toText } from '@/utils/format';
import type { CopyFormat } from '@/utils/format';

export interface CopyOptions {
  includeTitle: boolean;
  includeSource: boolean;
  /** Captions and credits too; default false. */
  includeCaptions?: boolean;
}

/** What one copy puts on the clipboard: the chosen format as plain text, and HTML for rich editors. */
export interface CopyPayload {
  plain: string;
  html: string;
}

/**
 * "Copy Markdown" puts Markdown in text/plain (code editors and chat boxes paste that), while
 * both buttons add text/html so a rich editor keeps headings, lists and links.
 */
export function copyPayload(result: CleanResult, format: CopyFormat, options: CopyOptions): CopyPayload {
  const plain = format === 'markdown' ? toMarkdown(result, options) : toText(result, options);
  return { plain, html: toHtml(result, options) };
}

/** The pieces of the environment a copy touches, so tests and the in-page reader can pass their own. */
export interface ClipboardEnv {
  clipboard?: Pick<Clipboard, 'write' | 'writeText'>;
  ClipboardItem?: typeof ClipboardItem;
  /** Last resort for pages that are not a secure context: a hidden textarea and execCommand('copy'). */
  legacyCopy?: (text: string) => boolean;
}

/**
 * Writes both flavours when the async clipboard allows it; falls back to text only, then to
 * the legacy copy command. Resolves to nothing or throws the last failure.
 */
export async function writeToClipboard(payload: CopyPayload, env: ClipboardEnv = defaultEnv()): Promise<void> {
  const { clipboard, ClipboardItem: Item, legacyCopy } = env;
  if (clipboard && Item) {
    try {
      const item = new Item({
        'text/plain': new Blob([payload.plain], { type: 'text/plain' }),
        'text/html': new Blob([payload.html], { type: 'text/html' }),
      });
      await clipboard.write([item]);
      return;
    } catch {
      // Some pages' permissions policy blocks write() but not writeText(); try that next.
    }
  }
  if (clipboard) {
    try {
      await clipboard.writeText(payload.plain);
      return;
    } catch (error) {
      if (!legacyCopy) throw error;
    }
  }
  if (legacyCopy?.(payload.plain)) return;
  throw new Error('The clipboard is not available here');
}

function defaultEnv(): ClipboardEnv {
  return {
    clipboard: globalThis.navigator?.clipboard,
    ClipboardItem: globalThis.ClipboardItem,
  };
}

/** execCommand('copy') through a hidden textarea in `root`, for the in-page reader on http pages. */
export function legacyCopyIn(root: Node & ParentNode, doc: Document = document): (text: string) => boolean {
  return (text) => {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    root.appendChild(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } finally {
      area.remove();
    }
  };
}
