import { describe, expect, test } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: {
  browser: string;
  mode: string;
  manifestVersion: number;
  command: string;
}) => Record<string, any>;
const manifest = config.manifest as ManifestFn;

describe('manifest per browser and mode', () => {
  const chrome = manifest({ browser: 'chrome', mode: 'production', manifestVersion: 3, command: 'build' });
  const firefox = manifest({ browser: 'firefox', mode: 'production', manifestVersion: 3, command: 'build' });
  const e2e = manifest({ browser: 'chrome', mode: 'e2e', manifestVersion: 3, command: 'build' });

  test.each([
    ['chrome', chrome],
    ['firefox', firefox],
  ])('%s ships without host permissions, asking per site', (_, m) => {
    expect(m.host_permissions).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.permissions).toEqual(
      expect.arrayContaining(['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite']),
    );
    expect(m.permissions).not.toContain('tabs');
    expect(m.permissions).not.toContain('<all_urls>');
  });

  test('the e2e build pre-grants exactly the pattern Sift asks for when 127.0.0.1 is added, and the many-sites domain', () => {
    expect(e2e.host_permissions).toEqual(['*://127.0.0.1/*', '*://*.sift-e2e.test/*']);
  });

  test('Firefox declares its id and that it collects no data; Chrome does not carry those keys', () => {
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      id: expect.stringMatching(/@/),
      data_collection_permissions: { required: ['none'] },
      // The first Firefox that understands data_collection_permissions (web-ext lint warns below it).
      strict_min_version: '140.0',
    });
    expect(firefox.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  test('a keyboard command opens the popup', () => {
    expect(chrome.commands._execute_action.suggested_key.default).toBe('Alt+Shift+S');
  });
});
