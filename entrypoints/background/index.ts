import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { t } from '@/utils/extension/i18n';
import { openPopupFor } from '@/utils/extension/open-popup';
import { serialize, syncRegistrations, type RegistrationApi } from '@/utils/extension/registration';
import { sitesSetting } from '@/utils/extension/settings';

const CONTEXT_MENU_ID = 'sift-clean-page';

export default defineBackground(() => {
  const api = browser as unknown as RegistrationApi;
  const sync = serialize(async () => syncRegistrations(api, await sitesSetting.getValue()));
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
  sitesSetting.watch(resync);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || tab?.id === undefined) return;
    void openPopupFor(browser as never, tab.id);
  });
});
