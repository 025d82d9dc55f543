/** Why the browser will not let an extension script a page; `null` when Sift may try. */
export type ForbiddenReason = 'browser-page' | 'store' | 'pdf' | 'file';

/** The only schemes content scripts can run on. Everything else (chrome:, about:, view-source:, ...) is the browser's own. */
const SCRIPTABLE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Extension galleries that every browser shields from all extensions. */
const STORE_PAGES: readonly { host: string; pathPrefix: string }[] = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
  { host: 'addons.opera.com', pathPrefix: '/' },
];

/** A path the built-in PDF viewer shows (the tab keeps the file's own URL). */
const PDF_PATH = /\.pdf$/i;

export interface ForbiddenUrlOptions {
  /** Whether the user let Sift read file:// pages (`extension.isAllowedFileSchemeAccess`). */
  fileAccess: boolean;
}

export function forbiddenReason(url: string, options: ForbiddenUrlOptions): ForbiddenReason | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (!SCRIPTABLE_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (PDF_PATH.test(parsed.pathname)) return 'pdf';
  if (parsed.protocol === 'file:') return options.fileAccess ? null : 'file';
  const host = parsed.hostname.toLowerCase();
  const isStore = STORE_PAGES.some((store) => store.host === host && parsed.pathname.startsWith(store.pathPrefix));
  return isStore ? 'store' : null;
}

/** Error texts browsers give when `scripting.executeScript` hits a page it protects. */
const PROTECTED_PAGE_ERRORS = [
  /cannot access (contents of|a chrome)/i,
  /cannot be scripted/i,
  /extensions gallery/i,
  /missing host permission/i,
  /the extensions? (gallery|store)/i,
];

/** Whether an injection error means "the browser forbids this page" rather than a bug. */
export function isProtectedPageError(message: string): boolean {
  return PROTECTED_PAGE_ERRORS.some((pattern) => pattern.test(message));
}
