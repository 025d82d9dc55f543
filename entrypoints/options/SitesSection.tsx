import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/extension/i18n';
import {
  type SitesSyncStatus,
  addChosenSites,
  loadSites,
  removeChosenSites,
} from '@/utils/extension/settings/sites-store';
import { releaseSiteAccess, requestSiteAccess, siteAccessGranted } from '@/utils/extension/sites/access';
import { exportSiteList, parseSiteList } from '@/utils/extension/sites/list-file';
import { normalizeSite } from '@/utils/extension/sites/patterns';
import { useSites } from '@/hooks/use-sites';

type Note = { kind: 'info' | 'error'; text: string } | null;

/**
 * The auto-clean site list: add (asking for that site's permission), remove, grant, import,
 * export. The list shown is the stored one: a change appears once the browser has stored it.
 */
export function SitesSection() {
  const { sites, syncStatus } = useSites();
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
    setNote(null);
    if (!(await addChosenSites([site]))) return;
    setInput('');
    if (!(await request.catch(() => false))) {
      await removeChosenSites([site]);
      setNote({ kind: 'error', text: t('autoCleanDenied', site) });
    }
  };

  const remove = async (site: string) => {
    if (!(await removeChosenSites([site]))) return;
    await releaseSiteAccess(browser, site, await loadSites());
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
      const current = new Set(await loadSites());
      const added = imported.sites.filter((site) => !current.has(site));
      if (!(await addChosenSites(imported.sites))) return;
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
      <p class="sift-note" data-testid="sites-sync-note">
        {syncNote(syncStatus)}
      </p>
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

/** Where the list is kept, said plainly: all of it here, and how much of it syncs. */
function syncNote(status: SitesSyncStatus | undefined): string {
  if (status?.fault === 'unavailable') return t('sitesSyncOff');
  if (status && status.synced < status.total) return t('sitesSyncSome', [status.synced, status.total]);
  return t('sitesSyncAll');
}
