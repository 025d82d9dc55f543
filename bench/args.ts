/** Command-line arguments of `npm run bench`. */

/** A mistake in the command line: reported in one line with the usage, no stack. */
export class UsageError extends Error {}

export const SECTIONS = ['aeb', 'readability', 'planted', 'defuddle', 'speed'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Args {
  only: Section[];
  limit: number | null;
  out: string | null;
  reuseBaselines: boolean;
  help: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { only: [...SECTIONS], limit: null, out: null, reuseBaselines: false, help: false };
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
    } else if (flag === '--limit') {
      const n = Number(value());
      if (!Number.isInteger(n) || n <= 0) throw new UsageError('--limit takes a positive whole number');
      args.limit = n;
    } else if (flag === '--out') args.out = value();
    else if (flag === '--reuse-baselines') args.reuseBaselines = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new UsageError(`Unknown argument ${argv[i]}`);
  }
  return args;
}

export const USAGE =
  'npm run bench -- [--only aeb,readability,planted,defuddle,speed] [--limit N] [--out FILE] [--reuse-baselines]';
