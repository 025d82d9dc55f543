import { describe, expect, test } from 'vitest';
import { exportSiteList, parseSiteList } from '@/utils/extension/sites/list-file';

describe('site list files', () => {
  test('an export imports back to the same list', () => {
    const sites = ['127.0.0.1', 'example.com', 'news.example.org'];
    expect(parseSiteList(exportSiteList(sites))).toEqual({ sites, rejected: [] });
  });

  test('the export is marked as a Sift list', () => {
    expect(JSON.parse(exportSiteList(['a.com']))).toEqual({ format: 'sift-sites', version: 1, sites: ['a.com'] });
  });

  test.each<[string, string, string[], string[]]>([
    ['a bare array', '["www.a.com", "https://b.org/x"]', ['a.com', 'b.org'], []],
    [
      'junk entries are reported',
      '{"format":"sift-sites","version":1,"sites":["a.com","no such site",7]}',
      ['a.com'],
      ['no such site', '7'],
    ],
    ['duplicates collapse', '["a.com","A.com","www.a.com"]', ['a.com'], []],
  ])('imports %s', (_, text, sites, rejected) => {
    expect(parseSiteList(text)).toEqual({ sites, rejected });
  });

  test.each([
    ['not JSON', 'sites: a.com', /not JSON/],
    ['another JSON file', '{"name":"package"}', /format/],
    ['a list without sites', '{"format":"sift-sites","version":1}', /sites/],
  ])('refuses %s', (_, text, error) => {
    expect(() => parseSiteList(text)).toThrow(error);
  });
});
