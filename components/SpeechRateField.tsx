import { useSetting } from '@/hooks/use-setting';
import { t } from '@/utils/extension/i18n';
import { SPEECH_RATE, speechRateSetting } from '@/utils/extension/settings';

/** The speeds offered: every step from the slowest to the fastest. */
export const SPEECH_RATES: readonly number[] = Array.from(
  { length: Math.round((SPEECH_RATE.max - SPEECH_RATE.min) / SPEECH_RATE.step) + 1 },
  (_, i) => SPEECH_RATE.min + i * SPEECH_RATE.step,
);

/** "1.25×" in the UI's number format. */
export function rateLabel(rate: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale).format(rate)}×`;
}

/** Read-aloud speed: one field for the options page and the read-aloud bar, on the same setting. */
export function SpeechRateField({ id, compact = false }: { id: string; compact?: boolean }) {
  const [rate, setRate] = useSetting(speechRateSetting);
  // A speed stored by another version between the steps still shows as chosen.
  const rates = SPEECH_RATES.includes(rate) ? SPEECH_RATES : [...SPEECH_RATES, rate].sort((a, b) => a - b);
  return (
    <div class={compact ? 'sift-read-speed' : 'sift-field'}>
      <label for={id}>{t('speechRateLabel')}</label>
      <select
        id={id}
        data-testid={compact ? 'read-speed' : 'speech-rate'}
        value={String(rate)}
        onChange={(event) => setRate(Number(event.currentTarget.value))}
      >
        {rates.map((value) => (
          <option key={value} value={String(value)}>
            {rateLabel(value)}
          </option>
        ))}
      </select>
    </div>
  );
}
