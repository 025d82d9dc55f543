import type { FigureKind } from '@/utils/clean';
import { t } from '@/utils/extension/i18n';
import { primaryModifierLabel } from '@/utils/view';
import { Legend } from './Legend';

/** The keys the views answer to, for the help line; the copy keys come from the copy bar. */
const SHORTCUTS = [
  { keys: ['C'], what: 'copyText' },
  { keys: ['M'], what: 'copyMarkdown' },
  { keys: ['Space', 'PgDn', '↑', '↓'], what: 'shortcutScroll' },
  { keys: ['R'], what: 'shortcutReadAloud' },
  { keys: [',', '.'], what: 'shortcutReadAloudStep' },
  { keys: ['Mod', 'P'], what: 'printArticle' },
  { keys: ['?'], what: 'shortcutHelp' },
  { keys: ['Esc'], what: 'shortcutClose' },
] as const;

/** What "?" opens: the keyboard shortcuts and what each highlight means. */
export function HelpPanel({ kinds }: { kinds: readonly FigureKind[] }) {
  const modifier = primaryModifierLabel(globalThis.navigator);
  return (
    <div class="sift-help">
      <h2 class="sift-section-title">{t('shortcutsHeading')}</h2>
      <ul class="sift-shortcuts" data-testid="shortcuts">
        {SHORTCUTS.map(({ keys, what }) => (
          <li key={what}>
            <span class="sift-keys">
              {keys.map((key) => (
                <kbd key={key}>{key === 'Mod' ? modifier : key}</kbd>
              ))}
            </span>
            {t(what)}
          </li>
        ))}
      </ul>
      <Legend kinds={kinds} />
    </div>
  );
}
