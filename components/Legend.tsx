import type { FigureKind } from '@/utils/clean';
import { t } from '@/utils/extension/i18n';
import { FIGURE_KINDS } from '@/utils/extension/settings';

/** What each highlight colour (and underline style) means; only the kinds being highlighted. */
export function Legend({ kinds }: { kinds: readonly FigureKind[] }) {
  if (kinds.length === 0) return null;
  return (
    <div class="sift-legend" data-testid="legend">
      <h2 class="sift-section-title">{t('legendHeading')}</h2>
      <ul>
        {kinds.map((kind) => (
          <li key={kind} class="sift-legend-item" data-kind={kind}>
            <mark class={`sift-mark sift-kind-${kind}`} aria-hidden="true">
              {KIND_SAMPLES[kind]}
            </mark>{' '}
            {t(`kind_${kind}`)}
          </li>
        ))}
      </ul>
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

/**
 * Hidden names of the kinds, which each figure's mark points at with aria-describedby, so a
 * screen reader says "Money" after "$245 billion" without the word entering the text (or a copy).
 */
export function KindDescriptions() {
  return (
    <div hidden>
      {FIGURE_KINDS.map((kind) => (
        <span key={kind} id={kindDescriptionId(kind)}>
          {t(`kind_${kind}`)}
        </span>
      ))}
    </div>
  );
}

export function kindDescriptionId(kind: FigureKind): string {
  return `sift-kind-name-${kind}`;
}
