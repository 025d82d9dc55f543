/** A worker thread of `sift clean --jobs N`: cleans the pages it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { cleanFile, type FileJob } from './clean-file.ts';

if (!parentPort) throw new Error('cli/worker runs as a worker thread of sift');
const port = parentPort;
port.on('message', async ({ index, job }: { index: number; job: FileJob }) => {
  port.postMessage({ index, outcome: await cleanFile(job) });
});
