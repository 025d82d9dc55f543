import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReadAloudView } from '@/hooks/use-read-aloud';
import { t } from '@/utils/extension/i18n';
import { isTextField } from './CopyBar';
import { SpeechRateField } from './SpeechRateField';

/** The one-key shortcuts of read aloud (see HelpPanel): R plays or pauses; , and . step. */
export const READ_ALOUD_KEYS = { toggle: 'r', previous: ',', next: '.' } as const;

const BAR_ID = 'sift-read-aloud';

/** The toolbar's speaker button: shows or hides the read-aloud bar (hiding stops the reading). */
export function ReadAloudButton({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const label = t('readAloudButton');
  return (
    <button
      type="button"
      class="sift-icon-button"
      data-testid="read-aloud-button"
      aria-expanded={open}
      aria-controls={BAR_ID}
      aria-label={label}
      title={label}
      onClick={(event) => {
        const root = event.currentTarget.getRootNode() as ParentNode;
        onOpenChange(!open);
        // Opened with the button: the play button takes focus, so Enter or Space starts at once.
        if (!open) requestAnimationFrame(() => root.querySelector<HTMLElement>('[data-testid=read-play]')?.focus());
      }}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" class="sift-read-icon">
        <path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor" />
        <path
          d="M11 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9"
          fill="none"
          stroke="currentColor"
          stroke-width="1.4"
        />
      </svg>
    </button>
  );
}

export interface ReadAloudBarProps {
  reading: ReadAloudView;
  open: boolean;
  onClose: () => void;
}

/** Play / pause, previous and next paragraph, speed, and a live line saying what is read. */
export function ReadAloudBar({ reading, open, onClose }: ReadAloudBarProps) {
  const { state, controls } = reading;
  const usable = !['unsupported', 'loading', 'no-voice'].includes(state.status);
  const playing = state.status === 'playing';

  if (!open) return null;
  return (
    <div
      id={BAR_ID}
      class="sift-read-aloud"
      role="group"
      aria-label={t('readAloudButton')}
      data-testid="read-aloud-bar"
      data-status={state.status}
    >
      <button
        type="button"
        class="sift-icon-button"
        data-testid="read-previous"
        aria-label={t('readAloudPrevious')}
        title={t('readAloudPrevious')}
        disabled={!usable}
        onClick={controls.previous}
      >
        <Icon d="M4 3h2v10H4zM13 3v10L6.5 8z" />
      </button>
      <button
        type="button"
        class="sift-icon-button sift-read-play"
        data-testid="read-play"
        aria-label={t('readAloudPlay')}
        aria-pressed={playing}
        title={playing ? t('readAloudPause') : t('readAloudPlay')}
        disabled={!usable}
        onClick={controls.toggle}
      >
        {playing ? <Icon d="M4 3h3v10H4zM9 3h3v10H9z" /> : <Icon d="M4 2.5v11L13.5 8z" />}
      </button>
      <button
        type="button"
        class="sift-icon-button"
        data-testid="read-next"
        aria-label={t('readAloudNext')}
        title={t('readAloudNext')}
        disabled={!usable}
        onClick={controls.next}
      >
        <Icon d="M10 3h2v10h-2zM3 3v10l6.5-5z" />
      </button>
      <SpeechRateField id="sift-read-speed" compact />
      <p class="sift-read-status" role="status" data-testid="read-status">
        {statusText(reading)}
      </p>
      <button
        type="button"
        class="sift-icon-button sift-read-close"
        data-testid="read-close"
        aria-label={t('readAloudClose')}
        title={t('readAloudClose')}
        onClick={onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

/** What the live line says: which paragraph is read, or why nothing can be. */
function statusText({ state, lang }: ReadAloudView): string {
  switch (state.status) {
    case 'unsupported':
      return t('readAloudUnsupported');
    case 'loading':
      return t('readAloudLoading');
    case 'no-voice':
      return t('readAloudNoVoice', languageName(lang));
    case 'playing':
      return t('readAloudReading', [state.position, state.total]);
    case 'paused':
      return t('readAloudPaused', [state.position, state.total]);
    case 'ended':
      return t('readAloudEnded');
    case 'failed':
      return t('readAloudFailed');
    default:
      return t('readAloudReady', state.voice ?? '');
  }
}

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/** "German" for "de-AT" in the UI's language; the tag itself where the browser cannot name it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * R plays or pauses (opening the bar), "," and "." go to the previous and next paragraph while
 * the bar is open. Not in text fields, not with modifiers, as the copy keys.
 */
export function useReadAloudKeys(
  scope: Node | null | undefined,
  reading: ReadAloudView,
  open: boolean,
  setOpen: (open: boolean) => void,
): void {
  const latest = useRef({ reading, open, setOpen });
  latest.current = { reading, open, setOpen };
  useEffect(() => {
    if (!scope) return;
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.altKey || key.ctrlKey || key.metaKey || key.repeat || isTextField(key)) return;
      const { reading: now, open: isOpen, setOpen: show } = latest.current;
      const pressed = key.key.toLowerCase();
      if (pressed === READ_ALOUD_KEYS.toggle) {
        show(true);
        now.controls.toggle();
      } else if (isOpen && pressed === READ_ALOUD_KEYS.previous) now.controls.previous();
      else if (isOpen && pressed === READ_ALOUD_KEYS.next) now.controls.next();
      else return;
      key.preventDefault();
    };
    scope.addEventListener('keydown', onKey);
    return () => scope.removeEventListener('keydown', onKey);
  }, [scope]);
}
