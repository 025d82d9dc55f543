import { describe, expect, test, vi } from 'vitest';
import { POPUP_WINDOW, openPopupFor, type OpenPopupApi } from '@/utils/extension/open-popup';

function api(openPopup?: () => Promise<void>): OpenPopupApi & { windows: { create: ReturnType<typeof vi.fn> } } {
  return {
    action: openPopup ? { openPopup } : {},
    windows: { create: vi.fn(async () => ({})) },
    runtime: { getURL: (path: string) => `chrome-extension://abc${path}` },
  };
}

describe('openPopupFor (context menu)', () => {
  test('Chrome 127+ and Firefox: opens the real popup', async () => {
    const fake = api(vi.fn(async () => undefined));
    expect(await openPopupFor(fake, 5)).toBe('popup');
    expect(fake.windows.create).not.toHaveBeenCalled();
  });

  test('older browsers without action.openPopup: a small window told which tab to clean', async () => {
    const fake = api();
    expect(await openPopupFor(fake, 5)).toBe('window');
    expect(fake.windows.create).toHaveBeenCalledWith({
      url: 'chrome-extension://abc/popup.html?tabId=5',
      type: 'popup',
      focused: true,
      ...POPUP_WINDOW,
    });
  });

  test('openPopup refusing (no focused window) falls back to the window', async () => {
    const fake = api(vi.fn(async () => Promise.reject(new Error('Could not find an active browser window.'))));
    expect(await openPopupFor(fake, 9)).toBe('window');
  });
});
