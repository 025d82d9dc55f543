/**
 * A pool of worker threads for a batch: each worker cleans one page at a time and gets the
 * next as soon as it is free. A worker that dies fails its page only; a new one takes its place.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cleanFile, EXIT, type FileJob, type FileOutcome } from './clean-file.ts';

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * The built CLI (cli/dist) runs its bundled worker; run from source (tests, development) the
 * worker is TypeScript, started through worker-source.mjs with the tsx loader, a devDependency.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_FILE = FROM_SOURCE ? './worker-source.mjs' : './worker.mjs';

function startWorker(): Worker {
  return new Worker(new URL(WORKER_FILE, import.meta.url));
}

const crashed = (error: unknown): FileOutcome => ({
  status: 'failed',
  exit: EXIT.unexpected,
  message: `unexpected error: the worker stopped (${(error as Error)?.message ?? String(error)})`,
  output: null,
  report: null,
});

/**
 * Cleans every job on `jobs` threads (in this thread when 1), calling `done` as each finishes
 * (in finishing order, with the job's index). Resolves when all are done.
 */
export async function runJobs(
  jobs: readonly FileJob[],
  threads: number,
  done: (index: number, outcome: FileOutcome) => void | Promise<void>,
): Promise<void> {
  if (threads <= 1 || jobs.length <= 1) {
    for (let i = 0; i < jobs.length; i++) await done(i, await cleanFile(jobs[i]));
    return;
  }
  let next = 0;
  const pending: Promise<void>[] = [];
  // What `done` does with a page (writing its output) overlaps the worker's next page.
  const finishing: Promise<void>[] = [];
  const finish = (index: number, outcome: FileOutcome) => finishing.push(Promise.resolve(done(index, outcome)));
  const lane = () =>
    new Promise<void>((resolve) => {
      let worker = startWorker();
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate();
          resolve();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, job: jobs[current] });
      };
      const listen = (w: Worker) => {
        w.on('message', ({ index, outcome }: { index: number; outcome: FileOutcome }) => {
          feed();
          finish(index, outcome);
        });
        w.on('error', (error) => {
          const failed = current;
          worker = startWorker();
          listen(worker);
          feed();
          if (failed >= 0) finish(failed, crashed(error));
        });
      };
      listen(worker);
      feed();
    });
  for (let i = 0; i < Math.min(threads, jobs.length); i++) pending.push(lane());
  await Promise.all(pending);
  await Promise.all(finishing);
}
