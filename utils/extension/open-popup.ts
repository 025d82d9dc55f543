/** The popup's size when it has to open as a window (no `action.openPopup`). */
export const POPUP_WINDOW = { width: 480, height: 640 } as const;

export interface OpenPopupApi {
  action?: { openPopup?: (options?: object) => Promise<void> };
  windows: {
    create(data: { url: string; type: 'popup'; width: number; height: number; focused: boolean }): Promise<unknown>;
  };
  runtime: { getURL(path: string): string };
}

/**
 * Opens Sift's popup for a tab, as the toolbar button would. `action.openPopup()` exists in
 * Chrome 127+ and Firefox; where it is missing or refuses (no focused window), the popup page
 * opens in a small window told which tab to clean.
 */
export async function openPopupFor(api: OpenPopupApi, tabId: number): Promise<'popup' | 'window'> {
  if (api.action?.openPopup) {
    try {
      await api.action.openPopup();
      return 'popup';
    } catch {
      // Fall through to the window.
    }
  }
  await api.windows.create({
    url: api.runtime.getURL(`/popup.html?tabId=${tabId}`),
    type: 'popup',
    focused: true,
    ...POPUP_WINDOW,
  });
  return 'window';
}
