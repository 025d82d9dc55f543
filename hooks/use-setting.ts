import { useEffect, useMemo, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
// The leaf module, not the view's index, which reaches the engine: the options page does not need it.
import { resolveTheme, type Theme } from '@/utils/view/theme';

/**
 * A setting's current value in a component, kept live with `watch()` so a change made in the
 * options page shows at once in an open popup or reader. Starts at the fallback until storage answers.
 */
export function useSetting<T>(item: WxtStorageItem<T, Record<string, unknown>>): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let alive = true;
    void item.getValue().then((stored) => alive && setValue(stored));
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  const save = (next: T) => {
    setValue(next);
    void item.setValue(next);
  };
  return [value, save];
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme to paint now, following the system's preference live when the setting is "system". */
export function useResolvedTheme(theme: Theme, win: Window = window): 'light' | 'dark' {
  const query = useMemo(() => win.matchMedia?.(DARK_QUERY), [win]);
  const [prefersDark, setPrefersDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setPrefersDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return resolveTheme(theme, prefersDark);
}
