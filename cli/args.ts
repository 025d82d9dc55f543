import { FORMAT_NAMES, type FormatName } from '../utils/format/index.ts';

export type OutputFormat = FormatName | 'json';

export interface CliArgs {
  command: 'clean' | 'help' | 'version';
  file: string;
  url: string | null;
  format: OutputFormat;
  dedupe: boolean;
  related: boolean;
  figures: boolean;
  report: boolean;
  highlight: boolean;
}

export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = [...FORMAT_NAMES, 'json'];

export const USAGE = `Usage: sift clean FILE|- [options]

Cleans the article in an HTML file (or standard input with -): removes repeated paragraphs and
unrelated "You may also like" items, and marks money, percentages, dates and quantities.

Options:
  --url URL          the page's address, for resolving links (default: the page's canonical URL)
  --format FORMAT    text (default), markdown, html or json
  --no-dedupe        keep repeated paragraphs
  --no-related       keep recommendation lists
  --no-figures       don't mark figures
  --report           after the article, list what was removed and the key figures (to stderr)
  --highlight        colour the figures by kind (text format, for a terminal)
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 done, 1 unexpected error, 2 usage error, 3 input unreadable, 4 no article found.`;

/** Parses the command line; throws UsageError with a one-line message. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: 'clean',
    file: '',
    url: null,
    format: 'text',
    dedupe: true,
    related: true,
    figures: true,
    report: false,
    highlight: false,
  };
  const rest = [...argv];
  if (rest.length === 0) throw new UsageError('missing command: try "sift clean FILE" or "sift --help"');
  const first = rest[0];
  if (first === '-h' || first === '--help' || first === 'help') return { ...args, command: 'help' };
  if (first === '-v' || first === '--version') return { ...args, command: 'version' };
  if (first !== 'clean') throw new UsageError(`unknown command "${first}": the command is "clean"`);
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
      case '--report':
        args.report = true;
        break;
      case '--highlight':
        args.highlight = true;
        break;
      case '-h':
      case '--help':
        return { ...args, command: 'help' };
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
        if (args.file) throw new UsageError(`one file at a time: got "${args.file}" and "${flag}"`);
        args.file = flag;
    }
  }
  if (!args.file) throw new UsageError('missing FILE: give a path to an HTML file, or - for standard input');
  if (args.url !== null && !/^https?:\/\/\S+$/i.test(args.url))
    throw new UsageError(`--url must be an http(s) address, got "${args.url}"`);
  return args;
}
