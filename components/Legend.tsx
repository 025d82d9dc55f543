import type { FigureKind } from '@/utils/clean';
import { t } from '@/utils/extension/i18n';

/** What each highlight colour (and underline style) means; only the kinds being highlighted. */
export function Legend({ kinds }: { kinds: readonly FigureKind[] }) {
  if (kinds.length === 0) return null;
  return (
    <div class="sift-legend" data-testid="legend" role="note" aria-label={t('legendHeading')}>
      <span class="sift-legend-title">{t('legendHeading')}:</span>
      {kinds.map((kind) => (
        <span key={kind} class="sift-legend-item" data-kind={kind}>
          <mark class={`sift-mark sift-kind-${kind}`} aria-hidden="true">
            {KIND_SAMPLES[kind]}
          </mark>{' '}
          {t(`kind_${kind}`)}
        </span>
      ))}
    </div>
  );
}

/** A tiny sample per kind so the legend shows the real mark style, not just a colour swatch. */
const KIND_SAMPLES: Record<FigureKind, string> = {
  money: '$',
  percent: '%',
  date: '31',
  quantity: '#',
};
