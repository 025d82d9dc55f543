import { useEffect, useState } from 'preact/hooks';
import { appearanceAttributes, useAppearance, useAppearanceOn } from '@/hooks/use-appearance';
import type { FigureKind } from '@/utils/clean';
import { t } from '@/utils/extension/i18n';
import {
  FIGURE_KINDS,
  FONT_SIZE,
  clampFontSize,
  copyFormatSetting,
  figureKindsSetting,
  fontSizeSetting,
  includeSourceSetting,
  includeTitleSetting,
  themeSetting,
} from '@/utils/extension/settings';
import { COPY_FORMATS, type CopyFormat } from '@/utils/format/names';
// The leaf module, not the view's index, which reaches the engine: the options page does not need it.
import { THEMES, type Theme } from '@/utils/view/theme';
import { flushSettingWrites, useSetting } from '@/hooks/use-setting';
import { SitesSection } from './SitesSection';
import { Checkbox } from '@/components/Checkbox';
import { SettingsAlert } from '@/components/SettingsAlert';

export function App() {
  const appearance = useAppearance();
  useAppearanceOn(document.documentElement, appearance);
  const [theme, setTheme] = useSetting(themeSetting);
  const [fontSize, setFontSize] = useSetting(fontSizeSetting);
  const [kinds, setKinds] = useSetting(figureKindsSetting);
  const [copyFormat, setCopyFormat] = useSetting(copyFormatSetting);
  const [includeTitle, setIncludeTitle] = useSetting(includeTitleSetting);
  const [includeSource, setIncludeSource] = useSetting(includeSourceSetting);
  const [fontDraft, setFontDraft] = useState(String(fontSize));
  useEffect(() => setFontDraft(String(fontSize)), [fontSize]);

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
          <div class="sift-field">
            <label for="theme">{t('themeLabel')}</label>
            <select
              id="theme"
              data-testid="theme"
              value={theme}
              onChange={(e) => setTheme(e.currentTarget.value as Theme)}
            >
              {THEMES.map((value) => (
                <option key={value} value={value}>
                  {t(`theme_${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="sift-field">
            <label for="font-size">{t('fontSizeLabel')}</label>
            <input
              id="font-size"
              type="number"
              data-testid="font-size"
              min={FONT_SIZE.min}
              max={FONT_SIZE.max}
              step={1}
              value={fontDraft}
              onInput={(e) => {
                setFontDraft(e.currentTarget.value);
                const value = Number(e.currentTarget.value);
                if (e.currentTarget.value !== '' && value >= FONT_SIZE.min && value <= FONT_SIZE.max)
                  setFontSize(clampFontSize(value));
              }}
              onChange={flushSettingWrites}
              onBlur={() => setFontDraft(String(fontSize))}
            />
          </div>
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
          </div>
        </section>
      </main>
    </div>
  );
}
