import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Evidence, Removed } from '@/utils/clean';
import { t, tp } from '@/utils/extension/i18n';

export interface RemovedPanelProps {
  removed: readonly Removed[];
  restoredIds: ReadonlySet<string>;
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  onToggleRestore: (blockId: string) => void;
}

/** How much of a removed block (or the block it repeats) the list shows. */
const PREVIEW_CHARS = 160;
const EVIDENCE_QUOTE_CHARS = 60;

/** "Removed: 6 repeated paragraphs · 6 unrelated items · 2 site notices", or null when nothing was removed. */
export function removedSummary(removed: readonly Removed[]): string | null {
  const duplicates = removed.filter((r) => r.reason === 'duplicate').length;
  const related = removed.filter((r) => r.reason === 'related').length;
  const notices = removed.filter((r) => r.reason === 'boilerplate').length;
  const parts = [
    duplicates ? tp('removedDuplicates', duplicates) : null,
    related ? tp('removedRelated', related) : null,
    notices ? tp('removedBoilerplate', notices) : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? t('removedSummary', parts.join(' · ')) : null;
}

/** Why a block was removed, in words, from its evidence. */
export function evidenceText(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'exact':
      return t('evidenceExact', clip(evidence.ofText, EVIDENCE_QUOTE_CHARS));
    case 'near':
      return t('evidenceNear', [clip(evidence.ofText, EVIDENCE_QUOTE_CHARS), percent(evidence.similarity)]);
    case 'teaser':
      return t('evidenceTeaser', clip(evidence.ofText, EVIDENCE_QUOTE_CHARS));
    case 'run':
      return t('evidenceRun', clip(evidence.ofText, EVIDENCE_QUOTE_CHARS));
    case 'label':
      return t('evidenceLabel', evidence.label);
    case 'read-also':
      return t('evidenceReadAlso', evidence.label);
    case 'off-topic':
      return t('evidenceOffTopic', percent(evidence.similarity));
    case 'metadata':
      return t(
        evidence.field === 'title' ? 'evidenceMetadataTitle' : 'evidenceMetadataByline',
        clip(evidence.value, EVIDENCE_QUOTE_CHARS),
      );
    case 'boilerplate':
      return t('evidenceBoilerplate', t(`boilerplate_${evidence.rule}`));
  }
}

/** The "Removed: …" button and, when open, the list of removals with a Restore toggle each. */
export function RemovedPanel({ removed, restoredIds, open, onToggleOpen, onToggleRestore }: RemovedPanelProps) {
  const summary = removedSummary(removed);
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
                  <p class="sift-removed-why">{evidenceText(item.evidence)}</p>
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

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function percent(similarity: number): string {
  return String(Math.round(similarity * 100));
}
