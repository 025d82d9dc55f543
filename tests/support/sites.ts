import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSites, liveSites, type SiteBook } from '@/utils/extension/settings/site-book';
import { SITE_BOOK_KEY, SITE_BOOK_VERSION } from '@/utils/extension/settings/sites-store';

/** The chosen sites as stored in this browser (storage.local). */
export async function storedSites(): Promise<string[]> {
  const got = await fakeBrowser.storage.local.get(SITE_BOOK_KEY);
  const stored = got[SITE_BOOK_KEY] as { book: SiteBook } | undefined;
  return stored ? liveSites(stored.book) : [];
}

/** Stores a list of chosen sites the way Sift does, as if chosen earlier. */
export async function storeSites(sites: string[], at = 1_700_000_000): Promise<void> {
  await fakeBrowser.storage.local.set({ [SITE_BOOK_KEY]: { v: SITE_BOOK_VERSION, book: addSites({}, sites, at) } });
}
