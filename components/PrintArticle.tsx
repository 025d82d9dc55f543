import { browser } from 'wxt/browser';
import type { CleanResult, FigureKind } from '@/utils/clean';
import { publishedDate, shownBlocks } from '@/utils/view';
import { t } from '@/utils/extension/i18n';
import { siteOf } from './ArticleHeader';
import { ArticleView } from './ArticleView';

export interface PrintArticleProps {
  /** What the reader shows, restored blocks included (`resultWithRestored`). */
  result: CleanResult;
  kinds: readonly FigureKind[];
}

/**
 * The article as it goes on paper: title, byline, site, date and address, then the text with its
 * figures and images. Nothing to press: no toolbar, chips, copy bar or removed list.
 */
export function PrintArticle({ result, kinds }: PrintArticleProps) {
  const date = publishedDate(result.publishedTime, browser.i18n.getUILanguage());
  const source = [siteOf(result), date].filter(Boolean).join(' · ');
  return (
    <div class="sift-print" data-testid="print-article">
      <header class="sift-print-header">
        <h1
          class="sift-print-title"
          data-testid="print-title"
          dir={result.dir ?? undefined}
          lang={result.lang ?? undefined}
        >
          {result.title}
        </h1>
        {result.byline ? (
          <p class="sift-print-byline" data-testid="print-byline">
            {t('byline', result.byline)}
          </p>
        ) : null}
        {source ? (
          <p class="sift-print-source" data-testid="print-source">
            {source}
          </p>
        ) : null}
        {result.url ? (
          <p class="sift-print-source sift-print-address" data-testid="print-address">
            {result.url}
          </p>
        ) : null}
      </header>
      <ArticleView
        shown={shownBlocks(result, new Set())}
        kinds={kinds}
        showImages={true}
        eagerImages={true}
        dir={result.dir}
        lang={result.lang}
      />
    </div>
  );
}
