import { vi } from 'vitest';

/** vi.waitFor with room for a loaded machine: storage → watch → render chains take a few ticks. */
export function waitFor<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 5000, interval: 20 });
}
