import { readFile } from 'node:fs/promises';
import { USAGE, UsageError, parseArgs } from './args.ts';
import { runBatch } from './batch.ts';
import { cleanFile, EXIT, type CleanSettings } from './clean-file.ts';
import { FIGURES_USAGE, parseFiguresArgs, runFigures } from './figures.ts';
import { expandInputs } from './inputs.ts';

export { EXIT };

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function version(): Promise<string> {
  // From cli/ and from cli/dist/ alike: the first package.json up the tree is the project's.
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (pkg.name === 'sift') return pkg.version;
    } catch {
      // Try the next one up.
    }
  }
  return 'unknown';
}

/** Runs one CLI invocation and returns its exit code; every failure is one line on stderr. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.stderr.write(`sift: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return code;
  };
  if (argv[0] === 'figures') {
    try {
      const figureArgs = parseFiguresArgs(argv.slice(1));
      if (figureArgs.help) {
        io.stdout.write(`${FIGURES_USAGE}\n`);
        return EXIT.ok;
      }
      return await runFigures(figureArgs, io);
    } catch (error) {
      if (error instanceof UsageError) return fail(EXIT.usage, `${error.message} (see sift figures --help)`);
      throw error;
    }
  }
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(EXIT.usage, `${error.message} (see sift --help)`);
    throw error;
  }
  if (args.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (args.command === 'version') {
    io.stdout.write(`${await version()}\n`);
    return EXIT.ok;
  }
  const settings: CleanSettings = {
    url: args.url,
    format: args.format,
    dedupe: args.dedupe,
    related: args.related,
    figures: args.figures,
    furniture: args.furniture,
    captions: args.captions,
    report: args.report,
    highlight: args.highlight,
  };
  const inputs = await expandInputs(args.inputs);
  const batch = inputs.length > 1 || args.inputs.length > 1 || args.out !== null || args.format === 'jsonl';
  if (batch && !args.out && args.format !== 'jsonl')
    return fail(EXIT.usage, 'many inputs need --out DIR or --format jsonl (see sift --help)');
  const stdin = args.inputs.includes('-') ? await readAll(io.stdin) : null;
  if (batch) return runBatch(args, settings, inputs, stdin, io);

  // One page to standard output.
  const [input] = inputs;
  if (input.problem) return fail(EXIT.unreadable, input.problem);
  const outcome = await cleanFile({ source: input.source, ...(stdin !== null ? { html: stdin } : {}), settings });
  if (outcome.status !== 'cleaned') return fail(outcome.exit, outcome.message ?? 'failed');
  io.stdout.write(outcome.output ?? '');
  if (outcome.report) io.stderr.write(outcome.report);
  return EXIT.ok;
}
