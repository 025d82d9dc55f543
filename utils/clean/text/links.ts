/** An absolute http(s) URL for `href` (resolved against `base`), or undefined for any other scheme. */
export function webHref(href: string | null | undefined, base: string | null = null): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Share of a block's text that sits inside links. */
export function linkDensity(runs: readonly { text: string; href?: string }[]): number {
  let total = 0;
  let linked = 0;
  for (const run of runs) {
    const length = run.text.replace(/\s+/g, '').length;
    total += length;
    if (run.href) linked += length;
  }
  return total === 0 ? 0 : linked / total;
}
