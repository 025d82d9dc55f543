import { siteMatchPatterns } from '@/utils/extension/sites/patterns';

/** The slice of `browser.permissions` that granting and releasing a site needs. */
export interface SiteAccessApi {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
}

/** Whether every pattern of the site is granted already. */
export function siteAccessGranted(api: SiteAccessApi, site: string): Promise<boolean> {
  return api.permissions.contains({ origins: siteMatchPatterns(site) });
}

/**
 * Asks for a site's host permission. Must be called straight from a click handler: browsers
 * only show the prompt inside a user gesture, so `knownGranted` (looked up before the click)
 * lets an already granted site skip the request, which never answers in headless browsers.
 */
export function requestSiteAccess(api: SiteAccessApi, site: string, knownGranted: boolean): Promise<boolean> {
  if (knownGranted) return Promise.resolve(true);
  return api.permissions.request({ origins: siteMatchPatterns(site) });
}

/**
 * Gives back the host permission of a removed site, except patterns another chosen site still
 * needs. Permissions the manifest grants (the e2e build's) cannot be removed; that is fine.
 */
export async function releaseSiteAccess(
  api: SiteAccessApi,
  site: string,
  remainingSites: readonly string[],
): Promise<void> {
  const stillNeeded = new Set(remainingSites.flatMap(siteMatchPatterns));
  const origins = siteMatchPatterns(site).filter((pattern) => !stillNeeded.has(pattern));
  if (origins.length === 0) return;
  try {
    await api.permissions.remove({ origins });
  } catch {
    // Required (manifest) host permissions throw on removal; the site is gone from the list anyway.
  }
}
