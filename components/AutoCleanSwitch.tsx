import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/extension/i18n';
import { addChosenSites, loadSites, removeChosenSites } from '@/utils/extension/settings/sites-store';
import { releaseSiteAccess, requestSiteAccess, siteAccessGranted } from '@/utils/extension/sites/access';
import { siteCoversHost, siteForUrl } from '@/utils/extension/sites/patterns';
import { useSites } from '@/hooks/use-sites';

/**
 * "Clean this site automatically" for the page the popup cleaned. On asks for this site's host
 * permission (in the click, as browsers require); off removes the site and gives the permission back.
 */
export function AutoCleanSwitch({ url }: { url: string }) {
  const { sites } = useSites();
  const site = siteForUrl(url);
  const host = safeHost(url);
  const [knownGranted, setKnownGranted] = useState(false);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    if (site) void siteAccessGranted(browser, site).then(setKnownGranted, () => setKnownGranted(false));
  }, [site]);

  if (!site || !host) return null;
  const covering = sites.filter((s) => siteCoversHost(s, host));
  const on = covering.length > 0;

  const toggle = async (wantOn: boolean) => {
    setDenied(false);
    if (wantOn) {
      // The request starts first, inside the click; the site is saved at once because a
      // permission prompt can close the popup before the request answers.
      const granted = requestSiteAccess(browser, site, knownGranted);
      if (!(await addChosenSites([site]))) return;
      if (!(await granted.catch(() => false))) {
        await removeChosenSites([site]);
        setDenied(true);
      }
      return;
    }
    if (!(await removeChosenSites(covering))) return;
    const remaining = await loadSites();
    await Promise.all(covering.map((s) => releaseSiteAccess(browser, s, remaining)));
  };

  return (
    <>
      <label class="sift-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="auto-clean-toggle"
          checked={on}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        {t('autoCleanToggle')}
      </label>
      {denied ? (
        <span class="sift-note" role="alert">
          {t('autoCleanDenied', site)}
        </span>
      ) : null}
    </>
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
