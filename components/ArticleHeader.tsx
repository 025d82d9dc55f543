import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import type { CleanResult } from '@/utils/clean';
import { t, tp } from '@/utils/extension/i18n';
import { publishedDate } from '@/utils/view';

/** Site and reading time: one short line in the view's toolbar, so the story can start higher. */
export function ArticleMeta({ result, minutes }: { result: CleanResult; minutes: number }) {
  const site = siteOf(result);
  return (
    <p class="sift-meta">
      {site ? (
        <span class="sift-site" data-testid="site-name" dir={result.dir ?? undefined} lang={result.lang ?? undefined}>
          {site}
        </span>
      ) : null}
      <span class="sift-reading-time" data-testid="reading-time">
        {tp('readingTime', minutes)}
      </span>
    </p>
  );
}

/**
 * Title (in the article's language and direction), byline and the date the page says it was
 * published (in the browser's language); `children` (the removed summary) share their line.
 */
export function ArticleHeader({ result, children }: { result: CleanResult; children?: ComponentChildren }) {
  const date = publishedDate(result.publishedTime, browser.i18n.getUILanguage());
  return (
    <div class="sift-header">
      <h1 class="sift-title" data-testid="title" dir={result.dir ?? undefined} lang={result.lang ?? undefined}>
        {result.title}
      </h1>
      <div class="sift-subline">
        {result.byline ? (
          // The UI's words around the page's name: the UI's direction ("By" first), the name a run of its own.
          <p class="sift-byline" data-testid="byline">
            {t('byline', result.byline)}
          </p>
        ) : null}
        {date && result.publishedTime ? (
          <p class="sift-date" data-testid="published-date">
            <time dateTime={result.publishedTime}>{date}</time>
          </p>
        ) : null}
        {children}
      </div>
    </div>
  );
}

/** The site's name as the page gives it, else the address's host without "www.". */
export function siteOf(result: Pick<CleanResult, 'siteName' | 'url'>): string | null {
  return result.siteName || hostOf(result.url);
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
