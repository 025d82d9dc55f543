import { useEffect, useRef } from 'preact/hooks';
import type { CleanResult } from '@/utils/clean/types';
import { legacyCopyIn } from '@/utils/clipboard';
import { t } from '@/utils/i18n';
import { CleanView } from './CleanView';
import { appearanceAttributes, useAppearance } from './use-appearance';

export interface ReaderProps {
  result: CleanResult;
  /** The reader's shadow root: keyboard shortcuts listen there. */
  scope: ShadowRoot;
  onClose: () => void;
}

/** The in-page reader: the same view as the popup, over the page, with a way back to the original. */
export function Reader({ result, scope, onClose }: ReaderProps) {
  const appearance = useAppearance();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Put keyboard focus in the reader so Tab, arrows and the copy shortcuts work at once.
    rootRef.current?.querySelector<HTMLElement>('.sift-scroll')?.focus({ preventScroll: true });
  }, []);

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
        shortcutScope={scope}
        clipboardEnv={{
          clipboard: globalThis.navigator?.clipboard,
          ClipboardItem: globalThis.ClipboardItem,
          legacyCopy: legacyCopyIn(scope),
        }}
        toolbar={
          <>
            <span class="sift-brand">{t('readerCleanedBy')}</span>
            <span class="sift-spacer" />
            <button type="button" class="sift-button sift-primary" data-testid="show-original" onClick={onClose}>
              {t('showOriginal')}
            </button>
          </>
        }
      />
    </div>
  );
}
