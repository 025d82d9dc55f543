import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Removed } from '@/utils/clean';
import { t, uiTranslator } from '@/utils/extension/i18n';
import { Checkbox } from './Checkbox';
import { clip, evidenceMessage, removalSummary } from '@/utils/view';

export interface RemovedPanelProps {
  removed: readonly Removed[];
  restoredIds: ReadonlySet<string>;
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  onToggleRestore: (blockId: string) => void;
  /** "Show removed in place": every removed block also shown, muted, at its place in the article. */
  inPlace: boolean;
  onInPlace: (inPlace: boolean) => void;
}

/** How much of a removed block the list shows. */
const PREVIEW_CHARS = 160;

/** The "Removed: …" button and, when open, the list of removals with a Restore toggle each. */
export function RemovedPanel(props: RemovedPanelProps) {
  const { removed, restoredIds, open, onToggleOpen, onToggleRestore, inPlace, onInPlace } = props;
  const summary = removalSummary(removed, uiTranslator);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = 'sift-removed-panel';

  // A layout effect, so Escape works from the moment the panel is on screen (an effect runs
  // after paint, and a quick Escape could come before it).
  useLayoutEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onToggleOpen(false);
      buttonRef.current?.focus();
    };
    // The document in the popup, the shadow root in the in-page reader.
    const target = buttonRef.current?.getRootNode();
    target?.addEventListener('keydown', onKey as EventListener);
    return () => target?.removeEventListener('keydown', onKey as EventListener);
  }, [open, onToggleOpen]);

  if (!summary) {
    return (
      <p class="sift-removed sift-removed-none" data-testid="removed-summary">
        {t('removedNothing')}
      </p>
    );
  }
  return (
    <section class="sift-removed">
      <button
        ref={buttonRef}
        type="button"
        class="sift-removed-summary"
        data-testid="removed-summary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onToggleOpen(!open)}
      >
        {summary}
      </button>
      {open ? (
        <div
          id={panelId}
          class="sift-removed-panel"
          data-testid="removed-panel"
          role="region"
          aria-label={t('removedPanelHeading')}
        >
          <Checkbox
            testId="removed-in-place-toggle"
            checked={inPlace}
            label={t('showRemovedInPlace')}
            onChange={onInPlace}
          />
          <ul>
            {removed.map((item) => {
              const restored = restoredIds.has(item.block.id);
              return (
                <li
                  key={item.block.id}
                  class={`sift-removed-item sift-reason-${item.reason}`}
                  data-testid="removed-item"
                  data-block-id={item.block.id}
                  data-reason={item.reason}
                >
                  <p class="sift-removed-text">{clip(item.block.text, PREVIEW_CHARS)}</p>
                  <p class="sift-removed-why">{evidenceMessage(item.evidence, uiTranslator)}</p>
                  <button
                    type="button"
                    class="sift-restore"
                    data-testid="restore"
                    aria-pressed={restored}
                    onClick={() => onToggleRestore(item.block.id)}
                  >
                    {restored ? t('restored') : t('restore')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
