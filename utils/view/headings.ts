import type { ShownBlock } from './restore';

/** Article headings start at h2 (the title is the h1), keeping their relative levels. */
export function headingLevels(shown: readonly ShownBlock[]): (level: number | undefined) => number {
  const levels = shown.filter((s) => s.block.kind === 'heading').map((s) => s.block.level ?? 2);
  const top = levels.length ? Math.min(...levels) : 2;
  return (level) => Math.min(6, Math.max(2, (level ?? 2) - top + 2));
}
