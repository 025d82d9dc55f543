import type { KeyFigure } from '@/utils/clean';
import { t } from '@/utils/extension/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { figureMarkId } from './RunsText';

export interface KeyFigureStripProps {
  figures: readonly KeyFigure[];
  /** Scrolls to (and focuses) the mark with this id. */
  onJump: (markId: string) => void;
}

/** Which physical edges of the chip row hide chips: the row fades there, so a cut chip reads as "more". */
export type HiddenEdges = 'none' | 'left' | 'right' | 'both';

/**
 * The edges of a sideways-scrolling row that have content beyond them. In a right-to-left row
 * `scrollLeft` runs from 0 down to minus the overflow, so its size, not its sign, is the distance
 * from the start edge.
 */
export function hiddenEdges(scrollLeft: number, scrollWidth: number, clientWidth: number, rtl: boolean): HiddenEdges {
  const overflow = scrollWidth - clientWidth;
  // One pixel of slack: zoomed layouts leave fractional scroll positions at either end.
  if (overflow <= 1) return 'none';
  const fromStart = Math.abs(scrollLeft);
  const beforeStart = fromStart > 1;
  const beyondEnd = fromStart < overflow - 1;
  const [startSide, endSide] = rtl ? (['right', 'left'] as const) : (['left', 'right'] as const);
  if (beforeStart && beyondEnd) return 'both';
  if (beforeStart) return startSide;
  return beyondEnd ? endSide : 'none';
}

/** The ranked key figures as chips; each jumps to its place in the text. */
export function KeyFigureStrip({ figures, onJump }: KeyFigureStripProps) {
  const list = useRef<HTMLUListElement>(null);
  const [edges, setEdges] = useState<HiddenEdges>('none');

  useEffect(() => {
    const row = list.current;
    if (!row) return;
    const update = () =>
      setEdges(
        hiddenEdges(row.scrollLeft, row.scrollWidth, row.clientWidth, getComputedStyle(row).direction === 'rtl'),
      );
    update();
    row.addEventListener('scroll', update, { passive: true });
    // The popup's width settles after first paint, and the reader's changes with the window and font size.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
    resized?.observe(row);
    return () => {
      row.removeEventListener('scroll', update);
      resized?.disconnect();
    };
  }, [figures]);

  if (figures.length === 0) return null;
  return (
    <section class="sift-figures" data-testid="key-figures" aria-label={t('keyFiguresHeading')}>
      <h2 class="sift-sr-only">{t('keyFiguresHeading')}</h2>
      <ul class="sift-chips" ref={list} data-hidden-edges={edges}>
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
