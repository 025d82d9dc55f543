/** Whether a link may be rendered: only absolute http(s) URLs, never javascript:, data: or the like. */
export function isWebUrl(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
