import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { READER_COMMAND } from '@/utils/extension/commands';
import { finishHandlers } from '@/utils/extension/clean-request/finish';
import { readerInTab, type ReaderTabApi } from '@/utils/extension/clean-request/reader';
import { dropOnNavigation, type SessionArea, type TabEvents } from '@/utils/extension/clean-request/session-result';
import { t } from '@/utils/extension/i18n';
import { listen } from '@/utils/extension/messages';
import { openPopupFor } from '@/utils/extension/open-popup';
import { serialize, syncRegistrations, type RegistrationApi } from '@/utils/extension/registration';
import { followSites, loadSites, watchSites } from '@/utils/extension/settings/sites-store';

const CONTEXT_MENU_ID = 'sift-clean-page';

export default defineBackground(() => {
  const api = browser as unknown as RegistrationApi;
  // The in-page reader's clean: the page reads itself, the text stages run here, off its thread.
  // Registered first and synchronously, so a message that wakes the worker finds its listener.
  listen(finishHandlers());
  const sync = serialize(async () => syncRegistrations(api, await loadSites()));
  const resync = () => void sync().catch((error) => console.error('Sift: could not update auto-clean sites', error));

  // Registrations persist across sessions, but a permission revoked while the browser was
  // closed, or a sites list synced from another browser, must still be caught up with.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus
      .removeAll()
      .then(() =>
        browser.contextMenus.create({ id: CONTEXT_MENU_ID, title: t('contextMenuClean'), contexts: ['page'] }),
      );
    resync();
  });
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  watchSites(resync);
  // The full list is in storage.local; this keeps its synced copy and other devices' changes merged.
  followSites();
  // The popup's kept results (instant reopen) go when their tab navigates, reloads or closes.
  dropOnNavigation(browser.tabs as unknown as TabEvents, browser.storage.session as unknown as SessionArea);

  // The keyboard command grants activeTab for the tab it was pressed in, so the reader can be
  // injected there without any host permission.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== READER_COMMAND) return;
    void toggleReaderIn(tab?.id).catch((error) => console.error('Sift: could not open the reader', error));
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || tab?.id === undefined) return;
    void openPopupFor(browser as never, tab.id);
  });
});

async function toggleReaderIn(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await readerInTab(browser as unknown as ReaderTabApi, id, 'toggle');
}
