/**
 * A "site" is what the user picks for auto-cleaning: a host name that stands for the domain and
 * all its subdomains ("example.com"), or a single IP address / localhost. These helpers turn
 * what people type or paste into a site, and a site into the match patterns that permissions and
 * content-script registration need.
 */

/** A DNS name: labels of letters, digits and inner hyphens, at least two labels. */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
const SINGLE_HOSTS = new Set(['localhost']);
/** "www." names the same site as the bare domain for nearly every publisher. */
const WWW_PREFIX = /^www\d?\./;
/** What people paste from match patterns: "*://*.example.com/*", "*.example.com". */
const WILDCARD_PREFIX = /^(?:\*:\/\/)?(?:\*\.)?/;

/** The site for what the user typed or pasted (a host, a URL, a match pattern), or null if it is none. */
export function normalizeSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(WILDCARD_PREFIX, '');
  const host = hostOf(text.includes('://') ? text : `http://${text}`);
  if (host === null) return null;
  const bare = host.replace(/\.$/, '');
  if (isSingleHost(bare)) return bare;
  const site = bare.replace(WWW_PREFIX, '');
  return HOST_NAME.test(site) ? site : null;
}

/** The site a page belongs to, for the popup's switch; null for pages that are not on the web. */
export function siteForUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normalizeSite(parsed.hostname);
}

/**
 * The match patterns that cover a site: the host itself and, for domains, every subdomain.
 * A single host (an IP, localhost) gets one pattern per scheme, so a grant of just its http
 * side (a local dev server) still counts for that side.
 */
export function siteMatchPatterns(site: string): string[] {
  if (isSingleHost(site)) return [`http://${site}/*`, `https://${site}/*`];
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/** Whether a chosen site covers a page's host name (the domain itself or a subdomain). */
export function siteCoversHost(site: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (isSingleHost(site)) return host === site;
  return host === site || host.endsWith(`.${site}`);
}

/** Adds a site to a list, keeping it sorted and free of duplicates. */
export function withSite(sites: readonly string[], site: string): string[] {
  return [...new Set([...sites, site])].sort();
}

function isSingleHost(host: string): boolean {
  return SINGLE_HOSTS.has(host) || IPV4.test(host) || IPV6.test(host);
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname || null;
  } catch {
    return null;
  }
}
