import { describe, expect, test } from 'vitest';
import {
  normalizeSite,
  siteCoversHost,
  siteForUrl,
  siteMatchPatterns,
  withSite,
} from '@/utils/extension/sites/patterns';

describe('normalizeSite', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/news/today?x=1', 'example.com'],
    ['http://news.example.co.uk:8080/', 'news.example.co.uk'],
    ['*.example.com', 'example.com'],
    ['*://*.example.com/*', 'example.com'],
    ['example.com.', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://127.0.0.1:4173/article.html', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['localhost:3000', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('%s → %s', (input, site) => {
    expect(normalizeSite(input)).toBe(site);
  });

  test.each([
    '',
    '   ',
    'example',
    'exa mple.com',
    'ftp://example.com',
    'javascript:alert(1)',
    '-bad-.com',
    'file:///etc/passwd',
    'a..b.com',
  ])('rejects %j', (input) => {
    expect(normalizeSite(input)).toBeNull();
  });
});

describe('siteMatchPatterns', () => {
  test.each([
    ['example.com', ['*://example.com/*', '*://*.example.com/*']],
    ['news.example.co.uk', ['*://news.example.co.uk/*', '*://*.news.example.co.uk/*']],
    ['127.0.0.1', ['http://127.0.0.1/*', 'https://127.0.0.1/*']],
    ['localhost', ['http://localhost/*', 'https://localhost/*']],
  ])('%s', (site, patterns) => {
    expect(siteMatchPatterns(site)).toEqual(patterns);
  });
});

describe('siteCoversHost', () => {
  test.each([
    ['example.com', 'example.com'],
    ['example.com', 'www.example.com'],
    ['example.com', 'news.example.com'],
    ['example.com', 'EXAMPLE.com.'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s covers %s', (site, host) => {
    expect(siteCoversHost(site, host)).toBe(true);
  });

  test.each([
    ['example.com', 'notexample.com'],
    ['example.com', 'example.com.evil.net'],
    ['news.example.com', 'example.com'],
    ['127.0.0.1', '127.0.0.2'],
    ['localhost', 'sub.localhost'],
  ])('%s does not cover %s', (site, host) => {
    expect(siteCoversHost(site, host)).toBe(false);
  });
});

describe('siteForUrl', () => {
  test.each([
    ['https://www.example.com/a', 'example.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    ['nonsense', null],
  ])('%s → %s', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });
});

test('withSite keeps the list sorted and unique', () => {
  expect(withSite(['b.com', 'a.com'], 'c.com')).toEqual(['a.com', 'b.com', 'c.com']);
  expect(withSite(['a.com'], 'a.com')).toEqual(['a.com']);
});
