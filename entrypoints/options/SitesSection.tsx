import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { t } from '@/utils/extension/i18n';
import { releaseSiteAccess, requestSiteAccess, siteAccessGranted } from '@/utils/extension/sites/access';
import { exportSiteList, parseSiteList } from '@/utils/extension/sites/list-file';
import { normalizeSite, withSite } from '@/utils/extension/sites/patterns';
import { useSetting } from '@/hooks/use-setting';

type Note = { kind: 'info' | 'error'; text: string } | null;

/** The auto-clean site list: add (asking for that site's permission), remove, grant, import, export. */
export function SitesSection({ sitesItem }: { sitesItem: WxtStorageItem<string[], Record<string, unknown>> }) {
  const [sites, setSites] = useSetting(sitesItem);
  const [input, setInput] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  /** Whether the site being typed is granted already, looked up before the click that adds it. */
  const [inputGranted, setInputGranted] = useState<{ site: string; granted: boolean } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // Which listed sites are granted: looked up when the list changes and whenever the browser
  // reports a permission change (the user may revoke one in the browser's own UI).
  const [permissionChanges, setPermissionChanges] = useState(0);
  const sitesKey = sites.join('\n');
  useEffect(() => {
    let alive = true;
    void Promise.all(sites.map(async (site) => [site, await siteAccessGranted(browser, site)] as const)).then(
      (entries) => {
        const next = Object.fromEntries(entries);
        if (alive) setGranted((previous) => (sameRecord(previous, next) ? previous : next));
      },
    );
    return () => {
      alive = false;
    };
  }, [sitesKey, permissionChanges]);
  useEffect(() => {
    const bump = () => setPermissionChanges((n) => n + 1);
    browser.permissions.onAdded.addListener(bump);
    browser.permissions.onRemoved.addListener(bump);
    return () => {
      browser.permissions.onAdded.removeListener(bump);
      browser.permissions.onRemoved.removeListener(bump);
    };
  }, []);

  const onInput = (value: string) => {
    setInput(value);
    const site = normalizeSite(value);
    if (site) void siteAccessGranted(browser, site).then((ok) => setInputGranted({ site, granted: ok }));
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(input);
    if (!site) return setNote({ kind: 'error', text: t('siteInvalid', input.trim()) });
    if (sites.includes(site)) return setNote({ kind: 'info', text: t('siteAlreadyListed', site) });
    const known = inputGranted?.site === site && inputGranted.granted;
    // Ask inside the click (browsers require it); saving right away is safe because a denied
    // site is taken out again below.
    const request = requestSiteAccess(browser, site, known);
    setSites(withSite(sites, site));
    setInput('');
    setNote(null);
    if (!(await request.catch(() => false))) {
      setSites(withoutSite(await sitesItem.getValue(), site));
      setNote({ kind: 'error', text: t('autoCleanDenied', site) });
    }
  };

  const remove = async (site: string) => {
    const remaining = withoutSite(sites, site);
    setSites(remaining);
    await releaseSiteAccess(browser, site, remaining);
  };

  const grant = async (site: string) => {
    const ok = await requestSiteAccess(browser, site, false).catch(() => false);
    if (!ok) setNote({ kind: 'error', text: t('autoCleanDenied', site) });
    setPermissionChanges((n) => n + 1);
  };

  const exportList = () => {
    const blob = new Blob([exportSiteList(sites)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'sift-sites.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const importList = async (file: File | undefined) => {
    if (!file) return;
    try {
      const imported = parseSiteList(await file.text());
      const current = await sitesItem.getValue();
      const added = imported.sites.filter((site) => !current.includes(site));
      setSites(imported.sites.reduce(withSite, current));
      const rejected = imported.rejected.length ? ` ${t('importRejected', imported.rejected.join(', '))}` : '';
      setNote({ kind: 'info', text: `${t('importResult', added.length)}${rejected}` });
    } catch (error) {
      setNote({ kind: 'error', text: t('importFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <section class="sift-card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="sift-note">{t('sitesHelp')}</p>
      <form class="sift-site-form" onSubmit={(e) => void add(e)}>
        <label for="site-input" class="sift-sr-only">
          {t('siteInputLabel')}
        </label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          data-testid="site-input"
          placeholder={t('siteInputPlaceholder')}
          value={input}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <button type="submit" class="sift-button sift-primary" data-testid="site-add">
          {t('siteAdd')}
        </button>
      </form>
      {note ? (
        <p class={`sift-form-note sift-note-${note.kind}`} role={note.kind === 'error' ? 'alert' : 'status'}>
          {note.text}
        </p>
      ) : null}
      <ul class="sift-site-list" data-testid="site-list">
        {sites.map((site) => (
          <li key={site} data-testid="site-item" data-site={site} data-granted={String(granted[site] ?? false)}>
            <span class="sift-site-name">{site}</span>
            {granted[site] === false ? (
              <button type="button" class="sift-link" onClick={() => void grant(site)}>
                {t('siteGrant')}
              </button>
            ) : (
              <span class="sift-site-status">{granted[site] ? t('siteActive') : ''}</span>
            )}
            <button
              type="button"
              class="sift-button"
              data-testid="site-remove"
              aria-label={t('siteRemoveLabel', site)}
              onClick={() => void remove(site)}
            >
              {t('siteRemove')}
            </button>
          </li>
        ))}
      </ul>
      {sites.length === 0 ? <p class="sift-note">{t('sitesEmpty')}</p> : null}
      <div class="sift-file-actions">
        <button type="button" class="sift-button" data-testid="export-sites" onClick={exportList}>
          {t('exportSites')}
        </button>
        <label class="sift-button sift-file-label">
          {t('importSites')}
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            data-testid="import-sites"
            class="sift-sr-only"
            onChange={(e) => void importList(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
    </section>
  );
}

function sameRecord(a: Record<string, boolean>, b: Record<string, boolean>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function withoutSite(sites: readonly string[], site: string): string[] {
  return sites.filter((s) => s !== site);
}
