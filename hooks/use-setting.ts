import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Setting } from '@/utils/extension/settings/define-setting';
import { writeQueue } from '@/utils/extension/settings/write-queue';
// The leaf module, not the view's index, which reaches the engine: the options page does not need it.
import { type PaintedTheme, resolveTheme, type Theme } from '@/utils/view/theme';

/**
 * Writes now what continuous controls left settling: call it when the control commits (its
 * `change` event: a slider released, a number field left or stepped) or the page goes away.
 */
export function flushSettingWrites(): void {
  writeQueue.flush();
}

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSettingWrites();
  });
  globalThis.addEventListener?.('pagehide', flushSettingWrites);
}

/**
 * Changes made on this page that are on their way to storage, per setting, shared by every
 * component showing that setting (the options page's size field and the page's own text size).
 */
const drafts = new Map<Setting<unknown>, { value: unknown; seq: number }>();
const draftListeners = new Map<Setting<unknown>, Set<() => void>>();
let draftSeq = 0;

function publishDraft(setting: Setting<unknown>, draft: { value: unknown; seq: number } | null): void {
  if (draft) drafts.set(setting, draft);
  else drafts.delete(setting);
  for (const listener of draftListeners.get(setting) ?? []) listener();
}

/**
 * A setting's value in a component: what is stored, kept live with `watch()` (another page,
 * another device), except while a change made on this page is on its way to storage; that
 * change is newer and is shown meanwhile (a size being typed or dragged updates the view at
 * once). If the browser refuses the write, the view goes back to what is really stored and
 * the alert (components/SettingsAlert) says why.
 */
export function useSetting<T>(setting: Setting<T>): [T, (value: T) => void] {
  const key = setting as Setting<unknown>;
  const [stored, setStored] = useState<T>(setting.fallback);
  const [, setDraftVersion] = useState(0);
  useEffect(() => {
    let alive = true;
    void setting.getValue().then((value) => alive && setStored(value));
    const unwatch = setting.watch((value) => alive && setStored(value));
    const onDraft = () => setDraftVersion((n) => n + 1);
    const listeners = draftListeners.get(key) ?? new Set();
    draftListeners.set(key, listeners.add(onDraft));
    return () => {
      alive = false;
      unwatch();
      listeners.delete(onDraft);
    };
  }, [setting]);
  const save = (next: T) => {
    const seq = ++draftSeq;
    publishDraft(key, { value: next, seq });
    void setting.setValue(next).then(async (outcome) => {
      // A newer change is on its way; it decides what is shown.
      if (drafts.get(key)?.seq !== seq) return;
      const settled = outcome.ok ? next : await setting.getValue();
      setStored(settled);
      if (drafts.get(key)?.seq === seq) publishDraft(key, null);
    });
  };
  const draft = drafts.get(key);
  return [draft ? (draft.value as T) : stored, save];
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
const CONTRAST_QUERY = '(prefers-contrast: more)';

/** Whether a media query matches, kept live. */
function useMediaQuery(win: Window, text: string): boolean {
  const query = useMemo(() => win.matchMedia?.(text), [win, text]);
  const [matches, setMatches] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setMatches(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/** The theme to paint now, following the system's preferences live when the setting is "system". */
export function useResolvedTheme(theme: Theme, win: Window = window): PaintedTheme {
  const prefersDark = useMediaQuery(win, DARK_QUERY);
  const prefersContrast = useMediaQuery(win, CONTRAST_QUERY);
  return resolveTheme(theme, { prefersDark, prefersContrast });
}
