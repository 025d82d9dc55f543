/**
 * The key a shortcut's "Ctrl" means on this machine: on macOS the views answer to ⌘ (metaKey),
 * and a help line saying "Ctrl" there names a key that prints nothing.
 */
export type ModifierLabel = 'Ctrl' | '⌘';

/** What the browser says about its platform: the newer `userAgentData`, else the old `platform`. */
export interface PlatformHints {
  userAgentData?: { platform?: string };
  platform?: string;
}

export function primaryModifierLabel(hints: PlatformHints | undefined): ModifierLabel {
  const platform = hints?.userAgentData?.platform || hints?.platform || '';
  return /^mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}
