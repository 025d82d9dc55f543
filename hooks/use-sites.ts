import { useEffect, useState } from 'preact/hooks';
import {
  type SitesSyncStatus,
  loadSites,
  readSyncStatus,
  watchSites,
  watchSyncStatus,
} from '@/utils/extension/settings/sites-store';

export interface ChosenSites {
  /** The stored list (never one the browser refused to store). */
  sites: string[];
  loaded: boolean;
  /** How much of the list syncs, as the background last recorded it. */
  syncStatus: SitesSyncStatus | undefined;
}

/** The chosen sites, live: changes from this page, other pages and other devices show at once. */
export function useSites(): ChosenSites {
  const [sites, setSites] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [syncStatus, setSyncStatus] = useState<SitesSyncStatus | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const unwatch = watchSites((next) => alive && setSites(next));
    const unwatchStatus = watchSyncStatus((next) => alive && setSyncStatus(next));
    void loadSites().then((next) => {
      if (!alive) return;
      setSites(next);
      setLoaded(true);
    });
    void readSyncStatus().then((status) => alive && status && setSyncStatus(status));
    return () => {
      alive = false;
      unwatch();
      unwatchStatus();
    };
  }, []);
  return { sites, loaded, syncStatus };
}
