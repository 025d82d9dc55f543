import { t } from '@/utils/extension/i18n';

export interface IncompleteNoticeProps {
  /** The view shows the page's whole readable text rather than the cleaned article. */
  showingWhole: boolean;
  onToggle: () => void;
}

/**
 * Said above the article when it may be incomplete (Readability's pick held little of the page's
 * text and no wider container looked like the article): the button switches to the page's whole
 * readable text and back. It stays where it is in both views, so the keyboard focus stays on it.
 */
export function IncompleteNotice({ showingWhole, onToggle }: IncompleteNoticeProps) {
  return (
    <div class="sift-incomplete" role="note" data-testid="incomplete-notice">
      <span>{t(showingWhole ? 'wholeTextNotice' : 'incompleteNotice')}</span>
      <button type="button" class="sift-link" data-testid="whole-text-toggle" onClick={onToggle}>
        {t(showingWhole ? 'showCleanedArticle' : 'showWholeText')}
      </button>
    </div>
  );
}
