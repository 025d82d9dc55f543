import { FORMAT_NAMES, type FormatName } from '../utils/format/index.ts';
import type { CleanSettings } from './clean-file.ts';

export type OutputFormat = FormatName | 'json' | 'jsonl';

/** What the command line asked for: the inputs and the batch, then how each file is cleaned. */
export interface CliArgs extends CleanSettings {
  command: 'clean' | 'help' | 'version';
  /** Files, folders (their .html and .htm files, recursively) and `-` for standard input. */
  inputs: string[];
  /** Write each result to this folder (one file each) instead of standard output. */
  out: string | null;
  /** Worker threads; null: one per core. */
  jobs: number | null;
  quiet: boolean;
  /** With --out: skip inputs whose output file is already there. */
  resume: boolean;
}

export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = [...FORMAT_NAMES, 'json', 'jsonl'];

export const USAGE = `Usage: sift clean FILE|FOLDER|- ... [options]
       sift figures [--lang CODE] [FILE|-]   (marks figures in plain text; see sift figures --help)

Cleans the article in each HTML file (folders: their .html and .htm files; - reads standard
input): removes repeated paragraphs and unrelated "You may also like" items, and marks money,
percentages, dates and quantities. One file prints to standard output; many need --out or jsonl.

Options:
  --url URL          the page's address, for resolving links (one input only; default: its canonical URL)
  --format FORMAT    text (default), markdown, html, json, or jsonl (one JSON line per file)
  --out DIR          write each article to DIR/<name>.<txt|md|html|json>, atomically
  --resume           with --out: skip inputs whose output is already in DIR
  --jobs N           clean on N worker threads (default: one per core)
  --quiet            no progress bar and no summary, only failures
  --no-dedupe        keep repeated paragraphs
  --no-related       keep recommendation lists
  --no-figures       don't mark figures
  --no-furniture     keep what the furniture judgement would remove (credits, labels, notices)
  --captions         keep image captions in text, markdown and html (left out by default, as when copying)
  --report           after the article, list what was removed and the key figures (to stderr)
  --highlight        colour the figures by kind (text format, for a terminal)
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 done, 1 unexpected error, 2 usage error, 3 input unreadable, 4 no article found,
5 page too large; for many files: 0 all cleaned, 4 some not articles, 6 some failed.`;

/** Parses the command line; throws UsageError with a one-line message. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: 'clean',
    inputs: [],
    out: null,
    jobs: null,
    quiet: false,
    resume: false,
    url: null,
    format: 'text',
    dedupe: true,
    related: true,
    figures: true,
    furniture: true,
    captions: false,
    report: false,
    highlight: false,
  };
  const rest = [...argv];
  if (rest.length === 0) throw new UsageError('missing command: try "sift clean FILE" or "sift --help"');
  const first = rest[0];
  if (first === '-h' || first === '--help' || first === 'help') return { ...args, command: 'help' };
  if (first === '-v' || first === '--version') return { ...args, command: 'version' };
  if (first !== 'clean') throw new UsageError(`unknown command "${first}": the commands are "clean" and "figures"`);
  rest.shift();
  const value = (flag: string): string => {
    const next = rest.shift();
    if (next === undefined || (next.startsWith('--') && next !== '-')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  while (rest.length) {
    const arg = rest.shift()!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    switch (flag) {
      case '--url':
        args.url = inline ?? value(flag);
        break;
      case '--format': {
        const format = (inline ?? value(flag)) as OutputFormat;
        if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}": use ${FORMATS.join(', ')}`);
        args.format = format;
        break;
      }
      case '--no-dedupe':
        args.dedupe = false;
        break;
      case '--no-related':
        args.related = false;
        break;
      case '--no-figures':
        args.figures = false;
        break;
      case '--no-furniture':
        args.furniture = false;
        break;
      case '--captions':
        args.captions = true;
        break;
      case '--report':
        args.report = true;
        break;
      case '--highlight':
        args.highlight = true;
        break;
      case '--out':
        args.out = inline ?? value(flag);
        break;
      case '--jobs': {
        const raw = inline ?? value(flag);
        const jobs = Number(raw);
        if (!Number.isInteger(jobs) || jobs < 1)
          throw new UsageError(`--jobs takes a whole number from 1, got "${raw}"`);
        args.jobs = jobs;
        break;
      }
      case '--quiet':
        args.quiet = true;
        break;
      case '--resume':
        args.resume = true;
        break;
      case '-h':
      case '--help':
        return { ...args, command: 'help' };
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
        if (flag === '-' && args.inputs.includes('-')) throw new UsageError('standard input (-) can be read once');
        args.inputs.push(flag);
    }
  }
  if (!args.inputs.length)
    throw new UsageError('missing FILE: give paths to HTML files or folders, or - for standard input');
  if (args.url !== null && args.inputs.length > 1)
    throw new UsageError('--url names one page: give it with one input only');
  if (args.format === 'jsonl' && args.out)
    throw new UsageError('--format jsonl writes to standard output; redirect it instead of --out');
  if (args.resume && !args.out) throw new UsageError('--resume needs --out DIR');
  if (args.report && (args.inputs.length > 1 || args.out || args.format === 'jsonl'))
    throw new UsageError('--report is for one page printed to standard output');
  if (args.url !== null && !/^https?:\/\/\S+$/i.test(args.url))
    throw new UsageError(`--url must be an http(s) address, got "${args.url}"`);
  return args;
}
