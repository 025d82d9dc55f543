import { webHref } from './clean';

/** Whether a link may be rendered: only absolute http(s) URLs, never javascript:, data: or the like. */
export function isWebUrl(href: string): boolean {
  return webHref(href) !== undefined;
}
