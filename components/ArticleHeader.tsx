import type { CleanResult } from '@/utils/clean';
import { readingMinutes } from '@/utils/view';
import { t, tp } from '@/utils/extension/i18n';

/** Title, site, byline and reading time. */
export function ArticleHeader({ result, wordCount = result.wordCount }: { result: CleanResult; wordCount?: number }) {
  const site = result.siteName || hostOf(result.url);
  return (
    <header class="sift-header" dir={result.dir ?? undefined} lang={result.lang ?? undefined}>
      <p class="sift-meta">
        {site ? (
          <span class="sift-site" data-testid="site-name">
            {site}
          </span>
        ) : null}
        <span class="sift-reading-time" data-testid="reading-time">
          {tp('readingTime', readingMinutes(wordCount))}
        </span>
      </p>
      <h1 class="sift-title" data-testid="title">
        {result.title}
      </h1>
      {result.byline ? (
        <p class="sift-byline" data-testid="byline">
          {t('byline', result.byline)}
        </p>
      ) : null}
    </header>
  );
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
