/**
 * A child process of the WCXB section: scores the pages its parent sends, one at a time. Pages
 * run here, not in the parent, so that a page that crashes the DOM or exhausts memory costs that
 * page only, and so that memory a page leaves behind dies with the process (the parent recycles it).
 */
import type { Baseline } from './baseline-cache';
import { wcxbPage } from './datasets';
import { loadSift } from './extractors';
import { errorMessage } from './text';
import { failedPage, scoreWcxbPage, type WcxbPageResult } from './wcxb-page';

export interface WcxbJob {
  id: string;
  root: string;
  withSift: boolean;
  baseline: Baseline | null;
}

export type WcxbWorkerMessage =
  | { kind: 'ready'; siftNotice: string | null }
  | { kind: 'done'; result: WcxbPageResult; baseline: Baseline | null; rssMb: number };

const send = (message: WcxbWorkerMessage) => process.send?.(message);

async function main(): Promise<void> {
  const sift = await loadSift();
  process.on('message', async (job: WcxbJob) => {
    const page = wcxbPage(job.root, job.id);
    let result: WcxbPageResult;
    let baseline: Baseline | null = null;
    if (!page) throw new Error(`WCXB page ${job.id} has no ground truth`);
    try {
      const scored = await scoreWcxbPage(
        page,
        page.html(),
        page.truth(),
        job.withSift ? sift.clean : null,
        job.baseline,
      );
      result = scored.result;
      if (!job.baseline) baseline = scored.baseline;
    } catch (error) {
      result = failedPage(page, page.truth(), `cannot score page: ${errorMessage(error)}`, job.withSift);
    }
    send({ kind: 'done', result, baseline, rssMb: process.memoryUsage().rss / 1024 / 1024 });
  });
  send({ kind: 'ready', siftNotice: sift.notice });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
