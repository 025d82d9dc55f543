import { describe, expect, test } from 'vitest';
import { forbiddenReason, isProtectedPageError } from '@/utils/extension/forbidden-url';

describe('forbiddenReason', () => {
  test.each([
    ['chrome://extensions/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['moz-extension://1234-5678/options.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['data:text/html,<p>hi</p>', 'browser-page'],
    ['not a url', 'browser-page'],
    ['https://chromewebstore.google.com/detail/sift/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/sift/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', 'store'],
    ['https://example.com/report.pdf', 'pdf'],
    ['https://example.com/REPORT.PDF', 'pdf'],
    ['file:///home/ana/report.pdf', 'pdf'],
    ['file:///home/ana/article.html', 'file'],
  ])('forbids %s (%s)', (url, reason) => {
    expect(forbiddenReason(url, { fileAccess: false })).toBe(reason);
  });

  test.each([
    'https://www.example.com/news/2025/08/exports',
    'http://127.0.0.1:8080/fixture.html',
    'https://chrome.google.com/search?q=news',
    'https://google.com/webstore-news',
    'https://example.com/pdf-guide',
    'https://example.com/report.pdf.html',
    'https://mozilla.org/addons-news',
  ])('allows %s', (url) => {
    expect(forbiddenReason(url, { fileAccess: false })).toBeNull();
  });

  test('allows file:// pages once the user granted file access', () => {
    expect(forbiddenReason('file:///home/ana/article.html', { fileAccess: true })).toBeNull();
  });
});

describe('isProtectedPageError', () => {
  test.each([
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'Cannot access a chrome:// URL',
    'The extensions gallery cannot be scripted.',
    'Missing host permission for the tab',
  ])('recognises %s', (message) => {
    expect(isProtectedPageError(message)).toBe(true);
  });

  test.each(['No tab with id: 12.', 'Could not load file: cleaner.js', 'Frame with ID 0 was removed.'])(
    'does not treat %s as a protected page',
    (message) => {
      expect(isProtectedPageError(message)).toBe(false);
    },
  );
});
