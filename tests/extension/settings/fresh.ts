import { vi } from 'vitest';
import type { SettingProblem } from '@/utils/extension/settings/problems';

/**
 * Sift's settings modules loaded afresh, as a newly opened extension page loads them: a new
 * write queue (no writes remembered) and a new problem channel, whose reports are collected.
 */
export async function freshSettings() {
  vi.resetModules();
  const settings = await import('@/utils/extension/settings');
  const sites = await import('@/utils/extension/settings/sites-store');
  const queue = await import('@/utils/extension/settings/write-queue');
  const { onSettingProblem } = await import('@/utils/extension/settings/problems');
  const problems: SettingProblem[] = [];
  onSettingProblem((problem) => problems.push(problem));
  return { ...settings, sites, queue, problems };
}
