import type { KeyFigure } from '@/utils/clean';
import { t } from '@/utils/extension/i18n';
import { figureMarkId } from './RunsText';

export interface KeyFigureStripProps {
  figures: readonly KeyFigure[];
  /** Scrolls to (and focuses) the mark with this id. */
  onJump: (markId: string) => void;
}

/** The ranked key figures as chips; each jumps to its place in the text. */
export function KeyFigureStrip({ figures, onJump }: KeyFigureStripProps) {
  if (figures.length === 0) return null;
  return (
    <section class="sift-figures" data-testid="key-figures" aria-label={t('keyFiguresHeading')}>
      <h2 class="sift-sr-only">{t('keyFiguresHeading')}</h2>
      <ul class="sift-chips">
        {figures.map((figure) => {
          const target = figureMarkId(figure.blockId, figure.start);
          return (
            <li key={target}>
              <button
                type="button"
                class={`sift-chip sift-kind-${figure.kind}`}
                data-testid="key-figure"
                data-kind={figure.kind}
                data-target={target}
                title={figure.context}
                aria-label={`${figure.text} (${t(`kind_${figure.kind}`)}): ${t('keyFigureJump', figure.text)}`}
                onClick={() => onJump(target)}
              >
                {figure.text}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
