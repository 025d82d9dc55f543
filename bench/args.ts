/** Command-line arguments of `npm run bench`. */
import { WCXB_TYPES } from './wcxb-metric';

/** A mistake in the command line: reported in one line with the usage, no stack. */
export class UsageError extends Error {}

export const SECTIONS = [
  'aeb',
  'readability',
  'planted',
  'defuddle',
  'speed',
  'wcxb',
  'corpus',
  'recognizers',
  'reference',
  'cli-batch',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface Args {
  only: Section[];
  limit: number | null;
  out: string | null;
  reuseBaselines: boolean;
  /** WCXB page types to run (`--types article,forum`); null for all. */
  types: string[] | null;
  /** Worker processes for WCXB; null for one per core. */
  jobs: number | null;
  help: boolean;
}

const positive = (flag: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive whole number`);
  return n;
};

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    only: [...SECTIONS],
    limit: null,
    out: null,
    reuseBaselines: false,
    types: null,
    jobs: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--only') {
      const names = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (unknown.length)
        throw new UsageError(`Unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
      args.only = names as Section[];
    } else if (flag === '--limit') args.limit = positive(flag, value());
    else if (flag === '--jobs') args.jobs = positive(flag, value());
    else if (flag === '--types') {
      const names = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = names.filter((n) => !(WCXB_TYPES as readonly string[]).includes(n));
      if (unknown.length || !names.length)
        throw new UsageError(`Unknown page type(s) ${unknown.join(', ')}; choose from ${WCXB_TYPES.join(', ')}`);
      args.types = names;
    } else if (flag === '--out') args.out = value();
    else if (flag === '--reuse-baselines') args.reuseBaselines = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new UsageError(`Unknown argument ${argv[i]}`);
  }
  return args;
}

export const USAGE =
  'npm run bench -- [--only aeb,readability,planted,defuddle,speed,wcxb,corpus,recognizers,reference,cli-batch] [--limit N] [--out FILE] [--reuse-baselines]\n' +
  '                 [--types article,forum,product,collection,listing,documentation,service] [--jobs N]\n' +
  '  --limit N: the first N pages of each section (WCXB: an even sample, every k-th page, of the selected types)\n' +
  '  --types: WCXB page types only; --jobs: WCXB worker processes (default: one per core)';
