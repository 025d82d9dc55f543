/**
 * `sift clean` on many pages: a pool of worker threads, each output written atomically (a
 * temporary file, then a rename), one bad page never stopping the rest, and a summary.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliArgs } from './args.ts';
import { EXIT, type CleanSettings, type FileJob, type FileOutcome } from './clean-file.ts';
import { firstCollision, type Input, outputPath } from './inputs.ts';
import { defaultJobs, runJobs } from './pool.ts';
import { createProgress } from './progress.ts';
import type { Io } from './main.ts';

/** Writes `data` to `path` so that a reader sees the old file or the whole new one, never a part. */
export async function writeAtomically(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface Summary {
  files: number;
  cleaned: number;
  notArticles: number;
  failed: number;
  skipped: number;
  seconds: number;
}

export function summaryLine(s: Summary): string {
  const skipped = s.skipped ? `, ${s.skipped} skipped (done before)` : '';
  return `sift: ${s.files} files in ${s.seconds.toFixed(1)} s: ${s.cleaned} cleaned, ${s.notArticles} not articles, ${s.failed} failed${skipped}`;
}

export async function runBatch(
  args: CliArgs,
  settings: CleanSettings,
  inputs: Input[],
  stdin: string | null,
  io: Io,
): Promise<number> {
  const started = performance.now();
  const out = args.out;
  if (out) {
    const clash = firstCollision(inputs);
    if (clash) {
      io.stderr.write(
        `sift: ${clash[0].source} and ${clash[1].source} would both write ${outputPath(out, clash[1], args.format)}\n`,
      );
      return EXIT.usage;
    }
  }
  const summary: Summary = { files: inputs.length, cleaned: 0, notArticles: 0, failed: 0, skipped: 0, seconds: 0 };
  const failures: string[] = [];
  const todo: { input: Input; job: FileJob }[] = [];
  for (const input of inputs) {
    if (input.problem) {
      summary.failed++;
      failures.push(`sift: ${input.problem}`);
      if (args.format === 'jsonl')
        io.stdout.write(`${JSON.stringify({ file: input.source, status: 'failed', error: input.problem })}\n`);
      continue;
    }
    if (out && args.resume && existsSync(outputPath(out, input, args.format))) {
      summary.skipped++;
      continue;
    }
    todo.push({
      input,
      job: { source: input.source, ...(input.source === '-' ? { html: stdin ?? '' } : {}), settings },
    });
  }

  const progress = createProgress(io.stderr, todo.length, !args.quiet);
  // jsonl lines and failure lines come out in input order, whatever order the workers finish in.
  const lines: (string | null)[] = todo.map(() => null);
  const messages: (string | null)[] = todo.map(() => null);
  let flushed = 0;
  const flush = () => {
    while (flushed < todo.length && lines[flushed] !== null) {
      if (lines[flushed]) io.stdout.write(`${lines[flushed]}\n`);
      flushed++;
    }
  };
  const record = async (index: number, outcome: FileOutcome) => {
    const { input } = todo[index];
    let result = outcome;
    if (out && outcome.status === 'cleaned' && outcome.output !== null) {
      try {
        await writeAtomically(outputPath(out, input, args.format), outcome.output);
      } catch (error) {
        result = {
          ...outcome,
          status: 'failed',
          exit: EXIT.unexpected,
          message: `cannot write the output of ${input.source}: ${(error as Error).message}`,
        };
      }
    }
    if (result.status === 'cleaned') summary.cleaned++;
    else if (result.status === 'not-article') summary.notArticles++;
    else summary.failed++;
    // --quiet keeps failures only; a page that is not an article is not a failure.
    if (result.status === 'failed' || (result.status === 'not-article' && !args.quiet))
      messages[index] = `sift: ${result.message?.includes(input.source) ? '' : `${input.source}: `}${result.message}`;
    lines[index] = args.format === 'jsonl' ? (result.output ?? '') : '';
    flush();
    progress.tick(result.status === 'failed');
  };
  await runJobs(
    todo.map((t) => t.job),
    Math.min(args.jobs ?? defaultJobs(), Math.max(1, todo.length)),
    record,
  );
  progress.end();
  summary.seconds = (performance.now() - started) / 1000;
  for (const message of messages) if (message) io.stderr.write(`${message}\n`);
  for (const failure of failures) io.stderr.write(`${failure}\n`);
  if (!args.quiet) io.stderr.write(`${summaryLine(summary)}\n`);
  if (summary.failed) return EXIT.someFailed;
  return summary.notArticles ? EXIT.noArticle : EXIT.ok;
}
