import { normalizeSite } from '@/utils/extension/sites/patterns';

/**
 * The site list of Sift's first versions, a plain array in `storage.sync` under "sites":
 * version 1 kept entries as typed ("https://www.Example.com/news", "*.example.com"), version 2
 * normalised sites ("example.com"), sorted, without duplicates. Both read as normalised sites
 * (normalising is idempotent, so a version-2 list comes out as it went in).
 */
export function migrateSitesToV2(old: unknown): string[] {
  if (!Array.isArray(old)) return [];
  const sites = old
    .filter((entry): entry is string => typeof entry === 'string')
    .map(normalizeSite)
    .filter((site): site is string => site !== null);
  return [...new Set(sites)].sort();
}
