import { browser } from 'wxt/browser';
import { type StorageFault, classifyStorageError, retryHelps } from './storage-faults';

export type AreaName = 'sync' | 'local';
export type WriteOutcome = { ok: true } | { ok: false; fault: StorageFault };

/**
 * Our own ceiling for sync writes from one page, under Chromium's 120 a minute and 1,800 an
 * hour: other Sift pages (a popup, a reader, the background) may write in the same minute.
 */
export const SYNC_WRITE_BUDGET = { perMinute: 100, perHour: 1_500 } as const;
/** Pauses before retrying a write refused for the per-minute rate; the window is one minute. */
export const RATE_RETRY_DELAYS_MS = [20_000, 40_000, 60_000] as const;

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Remembers when this page wrote to sync, and says how long to wait before the next write. */
export class RateGate {
  private times: number[] = [];
  constructor(private readonly budget: { perMinute: number; perHour: number }) {}

  delayAt(now: number): number {
    this.times = this.times.filter((time) => time > now - HOUR);
    const lastMinute = this.times.filter((time) => time > now - MINUTE);
    if (lastMinute.length >= this.budget.perMinute) return lastMinute[0] + MINUTE - now;
    if (this.times.length >= this.budget.perHour) return this.times[0] + HOUR - now;
    return 0;
  }

  record(now: number): void {
    this.times.push(now);
  }
}

interface Job {
  area: AreaName;
  items: Record<string, unknown>;
  settleUntil: number;
  attempts: number;
  waiters: ((outcome: WriteOutcome) => void)[];
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Every settings write goes through here. Writes to the same key coalesce: while one waits
 * (for a continuous control to settle, for the rate budget, for a retry) a newer value replaces
 * it, and everyone waiting learns the outcome of the write that carried the newest value.
 */
export class WriteQueue {
  private readonly waiting = new Map<string, Job>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly gates: Record<AreaName, RateGate | null> = {
    sync: new RateGate(SYNC_WRITE_BUDGET),
    local: null,
  };

  write(area: AreaName, key: string, items: Record<string, unknown>, settleMs = 0): Promise<WriteOutcome> {
    const id = `${area}:${key}`;
    return new Promise((resolve) => {
      const job = this.waiting.get(id);
      const settleUntil = Date.now() + settleMs;
      if (job) {
        // Merged, not replaced: a write of several items (site shards) keeps the ones still due.
        job.items = { ...job.items, ...items };
        job.settleUntil = Math.max(job.settleUntil, settleUntil);
        job.attempts = 0;
        job.waiters.push(resolve);
      } else {
        this.waiting.set(id, { area, items, settleUntil, attempts: 0, waiters: [resolve] });
      }
      this.schedule(id);
    });
  }

  /** Writes whatever is waiting now, ignoring the settle time: the page is going away. */
  flush(): void {
    for (const [id, job] of this.waiting) {
      job.settleUntil = 0;
      this.schedule(id);
    }
  }

  private schedule(id: string): void {
    const job = this.waiting.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    const now = Date.now();
    const delay = Math.max(job.settleUntil - now, this.gates[job.area]?.delayAt(now) ?? 0, 0);
    job.timer = setTimeout(() => void this.run(id), delay);
  }

  private async run(id: string): Promise<void> {
    // One write per key at a time, in order: a newer value never lands before an older one.
    const previous = this.running.get(id);
    if (previous) {
      await previous;
      return this.schedule(id);
    }
    const job = this.waiting.get(id);
    if (!job) return;
    this.waiting.delete(id);
    const done = this.attempt(id, job);
    this.running.set(id, done);
    await done;
    this.running.delete(id);
  }

  private async attempt(id: string, job: Job): Promise<void> {
    this.gates[job.area]?.record(Date.now());
    let outcome: WriteOutcome;
    try {
      await browser.storage[job.area].set(job.items);
      outcome = { ok: true };
    } catch (error) {
      outcome = { ok: false, fault: classifyStorageError(error) };
    }
    if (!outcome.ok && retryHelps(outcome.fault) && job.attempts < RATE_RETRY_DELAYS_MS.length) {
      if (this.waiting.has(id)) {
        // A newer value is already waiting; it will be written instead of this one.
        this.waiting.get(id)?.waiters.push(...job.waiters);
        return;
      }
      job.settleUntil = Date.now() + RATE_RETRY_DELAYS_MS[job.attempts];
      job.attempts += 1;
      this.waiting.set(id, job);
      return this.schedule(id);
    }
    for (const resolve of job.waiters) resolve(outcome);
  }
}

/** The one queue of this page. */
export const writeQueue = new WriteQueue();
