import type { MessageKey } from '@/utils/extension/i18n';
import type { StorageFault } from './storage-faults';

/**
 * Something the user must hear about a setting: a write the browser refused, a value that
 * could only be kept in this browser, a stored value that could not be read.
 */
export type SettingProblem =
  | { kind: 'not-saved'; label: MessageKey; fault: StorageFault }
  | { kind: 'saved-here-only'; label: MessageKey }
  | { kind: 'unreadable'; label: MessageKey }
  | { kind: 'sites-not-synced'; fault: StorageFault };

type Listener = (problem: SettingProblem) => void;
const listeners = new Set<Listener>();

/** Tells every open alert on this page (components/SettingsAlert) about a problem. */
export function reportSettingProblem(problem: SettingProblem): void {
  if (listeners.size === 0) console.warn('Sift: settings problem with no view to show it', problem);
  for (const listener of listeners) listener(problem);
}

export function onSettingProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
