import { normalizeSite } from '@/utils/extension/sites/patterns';

/** Marks a JSON file as a Sift site list, so an import can refuse other files clearly. */
export const SITE_LIST_FORMAT = 'sift-sites';
export const SITE_LIST_VERSION = 1;

export interface SiteListFile {
  format: typeof SITE_LIST_FORMAT;
  version: number;
  sites: string[];
}

export function exportSiteList(sites: readonly string[]): string {
  const file: SiteListFile = { format: SITE_LIST_FORMAT, version: SITE_LIST_VERSION, sites: [...sites] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface ImportedSites {
  sites: string[];
  /** Entries that are not sites, shown to the user rather than dropped silently. */
  rejected: string[];
}

/** Reads an exported list (or a bare JSON array of sites); throws with a reason when the file is neither. */
export function parseSiteList(text: string): ImportedSites {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not JSON');
  }
  const entries = Array.isArray(data) ? data : sitesOfFile(data);
  const sites = new Set<string>();
  const rejected: string[] = [];
  for (const entry of entries) {
    const site = typeof entry === 'string' ? normalizeSite(entry) : null;
    if (site) sites.add(site);
    else rejected.push(String(entry));
  }
  return { sites: [...sites].sort(), rejected };
}

function sitesOfFile(data: unknown): unknown[] {
  const file = data as Partial<SiteListFile> | null;
  if (!file || typeof file !== 'object' || file.format !== SITE_LIST_FORMAT)
    throw new Error('no "format": "sift-sites"');
  if (!Array.isArray(file.sites)) throw new Error('no "sites" list');
  return file.sites;
}
