/** A bare calendar date ("2025-08-28"): a day, not a moment, so it must not shift with the time zone. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The article's publication date as the reader's language writes a date ("28 August 2025"),
 * or null when the page gave none or something that is not a date (it is then left out
 * rather than shown as the page's raw text).
 */
export function publishedDate(publishedTime: string | null, locale: string, timeZone?: string): string | null {
  if (!publishedTime) return null;
  const text = publishedTime.trim();
  const moment = new Date(text);
  if (Number.isNaN(moment.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeZone: DATE_ONLY.test(text) ? 'UTC' : timeZone,
    }).format(moment);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(moment);
  }
}
