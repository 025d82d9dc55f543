import { useEffect, useRef, useState } from 'preact/hooks';
import type { CopyFormat } from '@/utils/format';
import { t } from '@/utils/extension/i18n';
import { Checkbox } from './Checkbox';

export interface CopyBarProps {
  /** Puts the article on the clipboard in this format; rejects with the reason on failure. */
  onCopy: (format: CopyFormat) => Promise<void>;
  /** The main format (from the settings): its button comes first and looks primary. */
  primary: CopyFormat;
  includeTitle: boolean;
  includeSource: boolean;
  onIncludeTitle: (value: boolean) => void;
  onIncludeSource: (value: boolean) => void;
  /** Image captions and credits: shown in the article, copied only when this is on. */
  includeCaptions?: boolean;
  onIncludeCaptions?: (value: boolean) => void;
  /** Where the one-key shortcuts listen: the popup's document, or the reader's shadow root. */
  shortcutScope?: Node | null;
}

/** One-key shortcuts, active when focus is not in a text field. */
export const COPY_SHORTCUTS: Record<string, CopyFormat> = { c: 'text', m: 'markdown' };

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; detail: string };

export function CopyBar(props: CopyBarProps) {
  const { onCopy, primary, includeTitle, includeSource, onIncludeTitle, onIncludeSource, shortcutScope } = props;
  const { includeCaptions, onIncludeCaptions } = props;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copyRef = useRef(onCopy);
  copyRef.current = onCopy;

  const copy = async (format: CopyFormat) => {
    setStatus({ kind: 'idle' });
    try {
      await copyRef.current(format);
      setStatus({ kind: 'copied' });
    } catch (error) {
      setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  // "Copied" describes the last copy; once the options change it would describe something else.
  useEffect(() => setStatus({ kind: 'idle' }), [includeTitle, includeSource, includeCaptions]);

  useEffect(() => {
    if (!shortcutScope) return;
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.altKey || key.ctrlKey || key.metaKey || key.repeat || isTextField(key)) return;
      const format = COPY_SHORTCUTS[key.key.toLowerCase()];
      if (!format) return;
      key.preventDefault();
      void copy(format);
    };
    shortcutScope.addEventListener('keydown', onKey);
    return () => shortcutScope.removeEventListener('keydown', onKey);
  }, [shortcutScope]);

  const formats: CopyFormat[] = primary === 'markdown' ? ['markdown', 'text'] : ['text', 'markdown'];
  return (
    <div class="sift-copybar">
      <div class="sift-copy-buttons">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            class={format === primary ? 'sift-button sift-primary' : 'sift-button'}
            data-testid={format === 'text' ? 'copy-text' : 'copy-markdown'}
            aria-keyshortcuts={format === 'text' ? 'C' : 'M'}
            title={t('copyShortcutHint', format === 'text' ? 'C' : 'M')}
            onClick={() => void copy(format)}
          >
            {format === 'text' ? t('copyText') : t('copyMarkdown')}
            <kbd>{format === 'text' ? 'C' : 'M'}</kbd>
          </button>
        ))}
        <span
          class={`sift-copy-status sift-status-${status.kind}`}
          data-testid="copy-status"
          role="status"
          aria-live="polite"
        >
          {status.kind === 'copied' ? t('copied') : status.kind === 'failed' ? t('copyFailed', status.detail) : ''}
        </span>
      </div>
      <div class="sift-include" role="group" aria-labelledby="sift-include-label">
        <span id="sift-include-label" class="sift-sr-only">
          {t('includeLabel')}
        </span>
        <Checkbox testId="include-title" checked={includeTitle} label={t('includeTitle')} onChange={onIncludeTitle} />
        <Checkbox
          testId="include-source"
          checked={includeSource}
          label={t('includeSource')}
          onChange={onIncludeSource}
        />
        {onIncludeCaptions ? (
          <Checkbox
            testId="include-captions"
            checked={includeCaptions ?? false}
            label={t('includeCaptions')}
            onChange={onIncludeCaptions}
          />
        ) : null}
      </div>
    </div>
  );
}

export function isTextField(event: KeyboardEvent): boolean {
  const target = (event.composedPath?.()[0] ?? event.target) as HTMLElement | null;
  if (!target || typeof target.tagName !== 'string') return false;
  if (target.isContentEditable) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'reset'].includes(type);
}
