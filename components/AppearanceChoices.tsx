import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/extension/i18n';
import {
  CONTENT_WIDTH,
  FONT_SIZE,
  LINE_HEIGHT,
  clampFontSize,
  contentWidthSetting,
  fontSizeSetting,
  lineHeightSetting,
  themeSetting,
  typefaceSetting,
} from '@/utils/extension/settings';
// The leaf module, not the view's index, which reaches the engine: the options page does not need it.
import { THEMES, type Theme, TYPEFACES, type Typeface } from '@/utils/view/theme';
import { flushSettingWrites, useSetting } from '@/hooks/use-setting';

export interface AppearanceChoicesProps {
  /** Makes the ids unique where two sets could meet (never today: one per page). */
  idPrefix: string;
  /** The column width applies to the in-page reader only; the popup's width is the browser's. */
  showWidth: boolean;
  /** Says under the width that it is the reader's (the options page, where no reader is in view). */
  widthHint?: boolean;
}

/**
 * The appearance choices, one owner for the popup's and the reader's "Aa" panel and the
 * options page: theme, typeface, text size, line height and (in the reader) column width.
 * Each choice writes its setting at once; every open view repaints through `watch`.
 * Themes and typefaces are radio groups (arrow keys move and choose, as native radios do);
 * sizes are native number and range fields (arrows step them).
 */
export function AppearanceChoices({ idPrefix, showWidth, widthHint = false }: AppearanceChoicesProps) {
  const [theme, setTheme] = useSetting(themeSetting);
  const [typeface, setTypeface] = useSetting(typefaceSetting);
  const [lineHeight, setLineHeight] = useSetting(lineHeightSetting);
  const [contentWidth, setContentWidth] = useSetting(contentWidthSetting);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <div class="sift-appearance">
      <fieldset class="sift-choices" data-testid="theme">
        <legend>{t('themeLabel')}</legend>
        <div class="sift-choice-row">
          {THEMES.map((value) => (
            <Choice
              key={value}
              name={id('theme')}
              value={value}
              checked={theme === value}
              onChoose={() => setTheme(value as Theme)}
              testId={`theme-${value}`}
              sample={<span class={`sift-swatch sift-swatch-${value}`} aria-hidden="true" />}
              label={t(`theme_${value}`)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset class="sift-choices" data-testid="typeface">
        <legend>{t('typefaceLabel')}</legend>
        <div class="sift-choice-row">
          {TYPEFACES.map((value) => (
            <Choice
              key={value}
              name={id('typeface')}
              value={value}
              checked={typeface === value}
              onChoose={() => setTypeface(value as Typeface)}
              testId={`typeface-${value}`}
              sample={
                <span class={`sift-face-sample sift-face-${value}`} aria-hidden="true">
                  Aa
                </span>
              }
              label={t(`typeface_${value}`)}
            />
          ))}
        </div>
      </fieldset>

      <FontSizeField id={id('font-size')} />

      <div class="sift-field sift-range-field">
        <label for={id('line-height')}>{t('lineHeightLabel')}</label>
        <input
          id={id('line-height')}
          type="range"
          data-testid="line-height"
          min={LINE_HEIGHT.min}
          max={LINE_HEIGHT.max}
          step={LINE_HEIGHT.step}
          value={lineHeight}
          onInput={(e) => setLineHeight(Number(e.currentTarget.value))}
          onChange={flushSettingWrites}
        />
        <output for={id('line-height')} data-testid="line-height-value">
          {lineHeight.toFixed(1)}
        </output>
      </div>

      {showWidth ? (
        <div class="sift-field sift-range-field">
          <label for={id('content-width')}>{t('contentWidthLabel')}</label>
          <input
            id={id('content-width')}
            type="range"
            data-testid="content-width"
            min={CONTENT_WIDTH.min}
            max={CONTENT_WIDTH.max}
            step={CONTENT_WIDTH.step}
            value={contentWidth}
            aria-describedby={widthHint ? id('content-width-hint') : undefined}
            onInput={(e) => setContentWidth(Number(e.currentTarget.value))}
            onChange={flushSettingWrites}
          />
          <output for={id('content-width')} data-testid="content-width-value">
            {t('pixels', [String(contentWidth)])}
          </output>
          {widthHint ? (
            <p class="sift-field-hint" id={id('content-width-hint')}>
              {t('contentWidthHint')}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

interface ChoiceProps {
  name: string;
  value: string;
  checked: boolean;
  onChoose: () => void;
  testId: string;
  sample: preact.ComponentChildren;
  label: string;
}

/** One tile of a radio group: a real radio (keyboard, screen readers), drawn as a sample and a name. */
function Choice({ name, value, checked, onChoose, testId, sample, label }: ChoiceProps) {
  return (
    <label class="sift-choice">
      <input
        class="sift-choice-input"
        type="radio"
        name={name}
        value={value}
        checked={checked}
        data-testid={testId}
        onChange={(e) => e.currentTarget.checked && onChoose()}
      />
      {sample}
      <span class="sift-choice-name">{label}</span>
    </label>
  );
}

/**
 * Text size as a number field: typed values are saved once they are in range (a half-typed
 * "2" on the way to "20" is not), the field shows what is stored again when it is left.
 */
function FontSizeField({ id }: { id: string }) {
  const [fontSize, setFontSize] = useSetting(fontSizeSetting);
  const [draft, setDraft] = useState(String(fontSize));
  useEffect(() => setDraft(String(fontSize)), [fontSize]);
  return (
    <div class="sift-field">
      <label for={id}>{t('fontSizeLabel')}</label>
      <input
        id={id}
        type="number"
        data-testid="font-size"
        min={FONT_SIZE.min}
        max={FONT_SIZE.max}
        step={1}
        value={draft}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          const value = Number(e.currentTarget.value);
          if (e.currentTarget.value !== '' && value >= FONT_SIZE.min && value <= FONT_SIZE.max)
            setFontSize(clampFontSize(value));
        }}
        onChange={flushSettingWrites}
        onBlur={() => setDraft(String(fontSize))}
      />
    </div>
  );
}
