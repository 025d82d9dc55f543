import { useEffect, useRef } from 'preact/hooks';
import type { CleanResult } from '@/utils/clean';
import { legacyCopyIn } from '@/utils/extension/clipboard';
import { t } from '@/utils/extension/i18n';
import { CleanView } from './CleanView';
import { appearanceAttributes, useAppearance } from '@/hooks/use-appearance';
import { useFocusTrap } from '@/hooks/use-focus-trap';

export interface ReaderProps {
  result: CleanResult;
  /** The reader's shadow root: keyboard shortcuts listen there. */
  scope: ShadowRoot;
  onClose: () => void;
  /** Prints the article as the reader shows it (restored blocks included). */
  onPrint?: (shown: CleanResult) => void;
}

/** The in-page reader: the same view as the popup, over the page, with a way back to the original. */
export function Reader({ result, scope, onClose, onPrint }: ReaderProps) {
  const appearance = useAppearance();
  const rootRef = useRef<HTMLDivElement>(null);

  useFocusTrap(rootRef, scope);

  useEffect(() => {
    // Escape closes the reader, unless it is closing the removed-items panel first.
    const onKey = (event: Event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      if (scope.querySelector('[data-testid=removed-panel]')) return;
      onClose();
    };
    scope.addEventListener('keydown', onKey);
    return () => scope.removeEventListener('keydown', onKey);
  }, [scope, onClose]);

  return (
    <div
      ref={rootRef}
      class="sift-root sift-reader"
      data-testid="reader"
      role="dialog"
      aria-modal="true"
      aria-label={t('readerLabel')}
      {...appearanceAttributes(appearance)}
    >
      <CleanView
        result={result}
        showImages={true}
        widthChoice={true}
        shortcutScope={scope}
        onPrint={onPrint}
        saveIn={scope}
        clipboardEnv={{
          clipboard: globalThis.navigator?.clipboard,
          ClipboardItem: globalThis.ClipboardItem,
          legacyCopy: legacyCopyIn(scope),
        }}
        leading={
          <span class="sift-brand">
            <SiftMark />
            {t('readerCleanedBy')}
          </span>
        }
        actions={
          <button type="button" class="sift-button sift-primary" data-testid="show-original" onClick={onClose}>
            {t('showOriginal')}
          </button>
        }
      />
    </div>
  );
}

/** Sift's toolbar icon, drawn inline so the reader needs no web-accessible image. */
function SiftMark() {
  return (
    <svg class="sift-brand-mark" viewBox="0 0 100 100" width="20" height="20" aria-hidden="true">
      <rect width="100" height="100" rx="22" fill="#1f4fbf" />
      <rect x="20" y="24" width="60" height="10" rx="5" fill="#fff" />
      <rect x="20" y="45" width="16" height="10" rx="5" fill="#fff" />
      <rect x="40" y="42" width="40" height="16" rx="6" fill="#fdd878" />
      <rect x="20" y="66" width="40" height="10" rx="5" fill="#fff" />
    </svg>
  );
}
