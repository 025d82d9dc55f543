/**
 * `sift figures [--lang CODE] [FILE|-]`: the figures stage on plain text, one line at a time, for
 * scripts and the benchmark. Input is JSON Lines `{ "text": "...", "lang": "de" }`, or plain lines
 * all in `--lang`; output is one JSON line per input line, in order.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { FIGURE_LANGUAGES, figuresInText, isFigureLanguage } from '../utils/clean/index.ts';
import type { FigureKind } from '../utils/clean/index.ts';
import { UsageError } from './args.ts';
import { EXIT } from './clean-file.ts';

export const FIGURES_USAGE = `Usage: sift figures [--lang CODE] [FILE|-]

Marks money, percentages, dates and quantities in text, without Readability. Reads JSON Lines
{ "text": "...", "lang": "de" } (lang optional), or with --lang plain lines all in that language,
from FILE or standard input, and writes one line per input line:
{ "figures": [{ "start": 0, "end": 12, "kind": "money", "text": "$245 billion" }] }
Offsets count UTF-16 code units of the line's text. Languages: ${FIGURE_LANGUAGES.join(' ')}.

Exit codes: 0 done, 2 usage error, 3 input unreadable, 7 a bad input line (named on stderr).`;

export interface FiguresArgs {
  lang: string | null;
  file: string;
  help: boolean;
}

export interface LineFigure {
  start: number;
  end: number;
  kind: FigureKind;
  text: string;
}

/** What one input line becomes: exactly the spans the figures stage marks in a block of that text. */
export function figuresOfLine(text: string, lang: string | null): { figures: LineFigure[] } {
  return { figures: figuresInText(text, lang).map(({ start, end, kind, text: t }) => ({ start, end, kind, text: t })) };
}

export class BadLine extends Error {}

/** Reads one input line; throws BadLine with a message naming the problem (the caller adds the line number). */
export function parseLine(line: string, plainLang: string | null): { text: string; lang: string | null } {
  if (plainLang !== null) return { text: line, lang: plainLang };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BadLine(line.trim() ? 'invalid JSON' : 'empty line, expected a JSON object');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadLine('expected a JSON object');
  const { text, lang } = value as { text?: unknown; lang?: unknown };
  if (typeof text !== 'string') throw new BadLine('"text" must be a string');
  if (lang !== undefined && lang !== null && typeof lang !== 'string') throw new BadLine('"lang" must be a string');
  if (typeof lang === 'string' && !isFigureLanguage(lang)) throw new BadLine(`unknown language "${lang}"`);
  return { text, lang: typeof lang === 'string' ? lang : null };
}

export function parseFiguresArgs(argv: readonly string[]): FiguresArgs {
  const args: FiguresArgs = { lang: null, file: '-', help: false };
  let file: string | null = null;
  const rest = [...argv];
  while (rest.length) {
    const arg = rest.shift()!;
    if (arg === '-h' || arg === '--help') return { ...args, help: true };
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const code = arg === '--lang' ? rest.shift() : arg.slice('--lang='.length);
      if (!code || code.startsWith('-')) throw new UsageError('--lang needs a language code');
      if (!isFigureLanguage(code))
        throw new UsageError(`unknown language "${code}": use one of ${FIGURE_LANGUAGES.join(', ')}`);
      args.lang = code;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}" for figures`);
    } else {
      if (file !== null) throw new UsageError(`one file at a time: got "${file}" and "${arg}"`);
      file = arg;
    }
  }
  return { ...args, file: file ?? '-' };
}

interface FiguresIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Streams the input line by line; stops at the first bad line with exit code 7. */
export async function runFigures(args: FiguresArgs, io: FiguresIo): Promise<number> {
  let input: NodeJS.ReadableStream = io.stdin;
  if (args.file !== '-') {
    const stream = createReadStream(args.file);
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once('readable', () => resolve());
        stream.once('error', reject);
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
      io.stderr.write(`sift: cannot read ${args.file}: ${why}\n`);
      return EXIT.unreadable;
    }
    input = stream;
  }
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const raw of lines) {
    n++;
    try {
      const { text, lang } = parseLine(raw, args.lang);
      io.stdout.write(`${JSON.stringify(figuresOfLine(text, lang))}\n`);
    } catch (error) {
      if (!(error instanceof BadLine)) throw error;
      io.stderr.write(`sift: line ${n}: ${error.message}\n`);
      lines.close();
      return EXIT.badLine;
    }
  }
  return 0;
}
