import { describe, expect, test, vi } from 'vitest';
import {
  releaseSiteAccess,
  requestSiteAccess,
  siteAccessGranted,
  type SiteAccessApi,
} from '@/utils/extension/sites/access';

function fakeApi(granted: string[] = []) {
  const set = new Set(granted);
  return {
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => set.has(o))),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        for (const o of origins) set.add(o);
        return true;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        for (const o of origins) set.delete(o);
        return true;
      }),
    },
    granted: set,
  } satisfies SiteAccessApi & { granted: Set<string> };
}

describe('site access', () => {
  test('a site counts as granted only when all its patterns are', async () => {
    expect(await siteAccessGranted(fakeApi(['*://example.com/*']), 'example.com')).toBe(false);
    expect(await siteAccessGranted(fakeApi(['*://example.com/*', '*://*.example.com/*']), 'example.com')).toBe(true);
  });

  test('asks for exactly the site’s patterns', async () => {
    const api = fakeApi();
    expect(await requestSiteAccess(api, 'example.com', false)).toBe(true);
    expect(api.permissions.request).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://*.example.com/*'] });
  });

  test('does not ask again for a site known to be granted (the e2e build, re-adding a site)', async () => {
    const api = fakeApi();
    expect(await requestSiteAccess(api, '127.0.0.1', true)).toBe(true);
    expect(api.permissions.request).not.toHaveBeenCalled();
  });

  test('removing a site gives its permission back', async () => {
    const api = fakeApi(['*://example.com/*', '*://*.example.com/*']);
    await releaseSiteAccess(api, 'example.com', []);
    expect(api.permissions.remove).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://*.example.com/*'] });
    expect(api.granted.size).toBe(0);
  });

  test('keeps patterns that another chosen site still needs', async () => {
    const api = fakeApi();
    await releaseSiteAccess(api, 'localhost', ['localhost']);
    expect(api.permissions.remove).not.toHaveBeenCalled();
  });

  test('a permission the manifest requires cannot be removed; that is not an error', async () => {
    const api = fakeApi();
    api.permissions.remove.mockRejectedValueOnce(new Error('You cannot remove required permissions.'));
    await expect(releaseSiteAccess(api, '127.0.0.1', [])).resolves.toBeUndefined();
  });
});
