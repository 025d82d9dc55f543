import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { clean, isSiftError } from '../utils/clean/index.ts';
import { formatResult } from '../utils/format/index.ts';
import { USAGE, UsageError, parseArgs } from './args.ts';
import { toCliJson } from './json.ts';
import { highlightFigures, LEGEND } from './highlight.ts';
import { formatReport } from './report.ts';

export const EXIT = { ok: 0, unexpected: 1, usage: 2, unreadable: 3, noArticle: 4 } as const;

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs one CLI invocation and returns its exit code; every failure is one line on stderr. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.stderr.write(`sift: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return code;
  };
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

  let html: string;
  try {
    html = args.file === '-' ? await readAll(io.stdin) : await readFile(args.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    return fail(EXIT.unreadable, `cannot read ${args.file}: ${why}`);
  }
  if (!html.trim())
    return fail(EXIT.noArticle, `${args.file === '-' ? 'standard input' : args.file} is empty: no article to clean`);

  try {
    const { document } = parseHTML(html);
    const result = clean(document as unknown as Document, {
      url: args.url,
      dedupe: args.dedupe,
      related: args.related,
      figures: args.figures,
    });
    const output =
      args.format === 'json'
        ? JSON.stringify(toCliJson(result), null, 2)
        : formatResult(args.highlight && args.format === 'text' ? highlightFigures(result) : result, args.format, {
            includeTitle: true,
            includeSource: Boolean(result.url),
          });
    io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    if (args.highlight && args.format === 'text') io.stdout.write(`\nFigures: ${LEGEND}\n`);
    if (args.report) io.stderr.write(`${formatReport(result)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (isSiftError(error)) return fail(EXIT.noArticle, error.message);
    return fail(EXIT.unexpected, `unexpected error: ${(error as Error).message ?? String(error)}`);
  }
}
