import { appearanceAttributes, useAppearance, useAppearanceOn } from '@/hooks/use-appearance';
import type { FigureKind } from '@/utils/clean';
import { t } from '@/utils/extension/i18n';
import {
  FIGURE_KINDS,
  copyFormatSetting,
  figureKindsSetting,
  includeSourceSetting,
  includeCaptionsSetting,
  includeTitleSetting,
} from '@/utils/extension/settings';
import { SpeechRateField } from '@/components/SpeechRateField';
import { COPY_FORMATS, type CopyFormat } from '@/utils/format/names';
import { useSetting } from '@/hooks/use-setting';
import { AppearanceChoices } from '@/components/AppearanceChoices';
import { SitesSection } from './SitesSection';
import { Checkbox } from '@/components/Checkbox';
import { SettingsAlert } from '@/components/SettingsAlert';

export function App() {
  const appearance = useAppearance();
  useAppearanceOn(document.documentElement, appearance);
  const [kinds, setKinds] = useSetting(figureKindsSetting);
  const [copyFormat, setCopyFormat] = useSetting(copyFormatSetting);
  const [includeTitle, setIncludeTitle] = useSetting(includeTitleSetting);
  const [includeSource, setIncludeSource] = useSetting(includeSourceSetting);
  const [includeCaptions, setIncludeCaptions] = useSetting(includeCaptionsSetting);

  const toggleKind = (kind: FigureKind, on: boolean) =>
    setKinds(FIGURE_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))));

  return (
    <div class="sift-root sift-options" {...appearanceAttributes(appearance)}>
      <main class="sift-options-main">
        <h1>{t('optionsTitle')}</h1>
        <p class="sift-note">{t('savedNote')}</p>
        <SettingsAlert />

        <SitesSection />

        <section class="sift-card" aria-labelledby="appearance-heading">
          <h2 id="appearance-heading">{t('appearanceHeading')}</h2>
          <AppearanceChoices idPrefix="options" showWidth={true} widthHint={true} />
        </section>

        <section class="sift-card" aria-labelledby="read-aloud-heading">
          <h2 id="read-aloud-heading">{t('readAloudHeading')}</h2>
          <SpeechRateField id="speech-rate" />
          <p class="sift-note">{t('readAloudPrivacy')}</p>
        </section>

        <section class="sift-card" aria-labelledby="kinds-heading">
          <h2 id="kinds-heading">{t('kindsHeading')}</h2>
          <div class="sift-checks">
            {FIGURE_KINDS.map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  data-testid={`kind-${kind}`}
                  checked={kinds.includes(kind)}
                  onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
                />
                <mark class={`sift-mark sift-kind-${kind}`}>{t(`kind_${kind}`)}</mark>
              </label>
            ))}
          </div>
        </section>

        <section class="sift-card" aria-labelledby="copy-heading">
          <h2 id="copy-heading">{t('copyHeading')}</h2>
          <div class="sift-field">
            <label for="copy-format">{t('copyFormatLabel')}</label>
            <select
              id="copy-format"
              data-testid="copy-format"
              value={copyFormat}
              onChange={(e) => setCopyFormat(e.currentTarget.value as CopyFormat)}
            >
              {COPY_FORMATS.map((value) => (
                <option key={value} value={value}>
                  {t(`format_${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="sift-checks">
            <Checkbox
              testId="include-title"
              checked={includeTitle}
              label={t('includeTitleDefault')}
              onChange={setIncludeTitle}
            />
            <Checkbox
              testId="include-source"
              checked={includeSource}
              label={t('includeSourceDefault')}
              onChange={setIncludeSource}
            />
            <Checkbox
              testId="include-captions"
              checked={includeCaptions}
              label={t('includeCaptionsDefault')}
              onChange={setIncludeCaptions}
            />
          </div>
        </section>
      </main>
    </div>
  );
}
